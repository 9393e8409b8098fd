//! The studio's components in headless chromium (wasm-bindgen-test; run by
//! scripts/test.sh, layer 2), mounted on the fictional fixture
//! (tests/fixtures/mini) with the reader's query the studio opens on.

use std::rc::Rc;

use article_explorer::data::{Data, DataRef};
use explorer_studio::components::studio_root::{Studio, StudioProps};
use gloo::utils::{document, window};
use wasm_bindgen_test::*;
use web_sys::wasm_bindgen::JsCast;
use web_sys::{Element, HtmlIFrameElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn fixture() -> DataRef {
    let article = include_str!("../../tests/fixtures/mini/article.txt");
    let json = include_str!("../../tests/fixtures/mini/dataset.json");
    let (_, dataset) = explorer_core::author::check::load(article.as_bytes(), json).expect("valid");
    let mentions = explorer_core::read::mentions::find(&dataset, article);
    DataRef(Rc::new(Data::new(
        article,
        Box::leak(Box::new(dataset)),
        "fixture",
        &mentions,
    )))
}

async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

/// Mounts the studio opened from the reader's `query` on its tool
/// `fragment`; returns its root.
async fn mount_on(query: &str, fragment: &str) -> Element {
    window().location().set_hash(fragment).unwrap();
    // One studio in the document at a time: an earlier test's radios would
    // share the builder's radio groups.
    while let Some(old) = document().query_selector(".studio-test-root").unwrap() {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("studio-test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let props = StudioProps {
        data: fixture(),
        query: query.to_owned().into(),
    };
    yew::Renderer::<Studio>::with_root_and_props(root.clone(), props).render();
    next_frame().await;
    next_frame().await;
    root
}

/// The studio on its embed builder, as the reader's "Embed" opens it.
async fn mount(query: &str) -> Element {
    mount_on(query, "#embed").await
}

fn radio(root: &Element, label: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    (0..labels.length())
        .map(|i| labels.item(i).unwrap().unchecked_into::<Element>())
        .find(|l| l.text_content().unwrap_or_default().starts_with(label))
        .and_then(|l| l.query_selector("input").unwrap())
        .unwrap_or_else(|| panic!("no choice {label}"))
        .unchecked_into()
}

fn snippet(root: &Element) -> String {
    let area = root.query_selector("#embed-snippet").unwrap().unwrap();
    area.unchecked_into::<HtmlTextAreaElement>().value()
}

#[wasm_bindgen_test]
async fn the_builder_starts_from_the_readers_view_and_its_preview_is_the_snippets_frame() {
    let root = mount("view=figures").await;
    assert!(radio(&root, "Compare figures").checked());
    assert!(
        radio(&root, "The selected item as a card").disabled(),
        "nothing selected"
    );
    let code = snippet(&root);
    let preview: HtmlIFrameElement = root
        .query_selector("iframe.embed-preview")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let src = preview.src().replace('&', "&amp;");
    assert!(
        code.contains(&format!("<iframe src=\"{src}\"")),
        "{code} / {src}"
    );
    assert!(
        src.contains("view=figures") && src.contains("embed=1"),
        "{src}"
    );
}

#[wasm_bindgen_test]
async fn a_selection_can_be_a_card_and_a_choice_changes_the_snippet() {
    let data = fixture();
    let first = data.dataset.statements[0].id.clone();
    let root = mount(&format!("sel={first}")).await;
    let card = radio(&root, "The selected item as a card");
    assert!(!card.disabled());
    let before = snippet(&root);
    card.click();
    next_frame().await;
    let after = snippet(&root);
    assert_ne!(before, after);
    assert!(after.contains("view=card"), "{after}");
    assert!(after.contains(&format!("sel={first}")), "{after}");
}

#[wasm_bindgen_test]
async fn without_a_fragment_the_studio_opens_on_making_an_explorer() {
    let root = mount_on("", "").await;
    assert!(root.query_selector("#article-text").unwrap().is_some());
    assert!(root.query_selector("#dataset-json").unwrap().is_some());
    assert!(root.query_selector(".embed-builder").unwrap().is_none());
    let current = root.query_selector("[aria-current=page]").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap(), "Make an explorer");
}

mod annotating {
    use std::cell::RefCell;
    use std::rc::Rc;

    use explorer_core::author::candidates::{candidates, item_places, place, segments};
    use explorer_core::author::edit::{FormEdit, ItemAt};
    use explorer_core::author::form::{choices, Kind};
    use explorer_core::author::schema::cached_schema;
    use explorer_core::author::session::Edit;
    use explorer_studio::browser::select_within;
    use explorer_studio::components::author::annotate_panel::{AnnotatePanel, AnnotatePanelProps};
    use gloo::utils::document;
    use serde_json::Value;
    use wasm_bindgen_test::*;
    use web_sys::wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement};

    const ARTICLE: &str = include_str!("../../tests/fixtures/mini/article.txt");
    const DATASET: &str = include_str!("../../tests/fixtures/mini/dataset.json");

    async fn mount(shown: Option<ItemAt>) -> (Element, Rc<RefCell<Vec<Edit>>>) {
        while let Some(old) = document().query_selector(".annotate-test-root").unwrap() {
            old.remove();
        }
        let root = document().create_element("div").unwrap();
        root.set_class_name("annotate-test-root");
        document().body().unwrap().append_child(&root).unwrap();
        let edits = Rc::new(RefCell::new(Vec::new()));
        let seen = edits.clone();
        let props = AnnotatePanelProps {
            article: ARTICLE.into(),
            dataset: DATASET.into(),
            shown,
            refused: None,
            onedit: yew::Callback::from(move |e| seen.borrow_mut().push(e)),
        };
        yew::Renderer::<AnnotatePanel>::with_root_and_props(root.clone(), props).render();
        super::next_frame().await;
        super::next_frame().await;
        (root, edits)
    }

    #[wasm_bindgen_test]
    async fn the_text_marks_every_item_and_a_selection_makes_a_statement_of_its_words() {
        let (root, edits) = mount(None).await;
        let dataset: Value = serde_json::from_str(DATASET).unwrap();
        let places = item_places(ARTICLE, &dataset);
        let ranges: Vec<(usize, usize)> = places.iter().map(|p| (p.0, p.1)).collect();
        let proposed: Vec<(usize, usize)> = candidates(ARTICLE, &dataset)
            .iter()
            .map(|c| (c.start, c.end))
            .collect();
        let pieces = segments(ARTICLE.len(), &ranges, &proposed);
        let marked = pieces.iter().filter(|s| !s.items.is_empty()).count();
        assert!(marked > 0);
        let marks = root
            .query_selector_all("#annotate-text mark.item")
            .unwrap()
            .length() as usize;
        assert_eq!(marks, marked);
        let text = root.query_selector("#annotate-text").unwrap().unwrap();
        assert_eq!(
            text.text_content().unwrap(),
            ARTICLE,
            "the marks keep the text as it is"
        );

        let (start, end) = place(ARTICLE, &dataset["statements"][0]["span"]).unwrap();
        let units = |b: usize| ARTICLE[..b].encode_utf16().count();
        select_within("annotate-text", units(start), units(end));
        let up = web_sys::MouseEvent::new("mouseup").unwrap();
        text.dispatch_event(&up).unwrap();
        super::next_frame().await;
        let button = root
            .query_selector("button[data-kind=statements]")
            .unwrap()
            .unwrap();
        button.unchecked_into::<HtmlElement>().click();
        let made = edits.borrow().last().cloned();
        let wanted = FormEdit::New {
            kind: Kind::Statement,
            selection: Some((start, end)),
        };
        assert_eq!(made, Some(Edit::Form(wanted)));
    }

    #[wasm_bindgen_test]
    async fn a_statements_form_offers_each_channel_with_its_meaning() {
        let (root, _) = mount(Some(ItemAt::Item(Kind::Statement, 0))).await;
        let channels = choices(cached_schema(), "Channel");
        let radios = root
            .query_selector_all("#f-channel input[type=radio]")
            .unwrap();
        assert_eq!(radios.length() as usize, channels.len());
        let meanings = root
            .query_selector_all("#f-channel .choice-meaning")
            .unwrap();
        let first = meanings.item(0).unwrap().text_content().unwrap();
        assert_eq!(first, channels[0].meaning);
        let checked = root
            .query_selector("#f-channel input:checked")
            .unwrap()
            .unwrap();
        let dataset: Value = serde_json::from_str(DATASET).unwrap();
        let value = checked.get_attribute("value").unwrap();
        assert_eq!(value, dataset["statements"][0]["channel"].as_str().unwrap());
    }
}

async fn pause(ms: i32) {
    let pause = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(pause).await.unwrap();
}

/// Waits (up to about five seconds) for `found` to give something.
async fn eventually<T>(mut found: impl FnMut() -> Option<T>) -> T {
    for _ in 0..100 {
        if let Some(it) = found() {
            return it;
        }
        pause(50).await;
    }
    panic!("not found in time");
}

/// The reader's preview alone, on these texts; returns its root.
fn mount_preview(article: &str, dataset: &str) -> Element {
    use explorer_studio::components::preview::reader_preview::{ReaderPreview, ReaderPreviewProps};
    let root = document().create_element("div").unwrap();
    root.set_class_name("preview-test-root");
    document().body().unwrap().append_child(&root).unwrap();
    let texts = explorer_core::author::session::Texts {
        article: article.into(),
        dataset: dataset.into(),
    };
    yew::Renderer::<ReaderPreview>::with_root_and_props(root.clone(), ReaderPreviewProps { texts })
        .render();
    root
}

#[wasm_bindgen_test]
async fn the_preview_mounts_the_real_reader_on_the_texts_in_a_phone_wide_frame() {
    let article = include_str!("../../tests/fixtures/mini/article.txt");
    let json = include_str!("../../tests/fixtures/mini/dataset.json");
    let statements = serde_json::from_str::<serde_json::Value>(json).unwrap()["statements"]
        .as_array()
        .unwrap()
        .len();
    let address = window().location().href().unwrap();
    let root = mount_preview(article, json);
    let frame: HtmlIFrameElement = eventually(|| root.query_selector("iframe").unwrap())
        .await
        .unchecked_into();
    let heading = format!("Statements ({statements})");
    let doc = eventually(|| {
        let doc = frame.content_document()?;
        let headings = doc.query_selector_all(".results h3").ok()?;
        (0..headings.length())
            .filter_map(|i| headings.item(i)?.text_content())
            .any(|h| h == heading)
            .then_some(doc)
    })
    .await;
    // The reader's media queries see the frame's width.
    let inner = frame.content_window().unwrap().inner_width().unwrap();
    assert_eq!(inner.as_f64(), Some(390.0));
    assert_eq!(doc.compat_mode(), "CSS1Compat", "a page in standards mode");
    // A filter pressed in the preview changes the reader, not the studio's address.
    let option = eventually(|| {
        doc.query_selector(".facet-option[aria-pressed=false]")
            .unwrap()
    })
    .await;
    option
        .clone()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    let pressed = || option.get_attribute("aria-pressed").filter(|p| p == "true");
    eventually(pressed).await;
    // The reader writes its address a frame later (or a quarter second).
    pause(500).await;
    assert_eq!(window().location().href().unwrap(), address);
    root.remove();
}

#[wasm_bindgen_test]
async fn texts_that_fail_the_check_get_a_count_of_their_problems_and_no_frame() {
    let article = include_str!("../../tests/fixtures/mini/article.txt");
    let json = include_str!("../../tests/fixtures/mini/dataset.json");
    let broken = json.replacen("\"statements\"", "\"statement\"", 1);
    let problems = explorer_core::author::check::check(article.as_bytes(), &broken)
        .unwrap_err()
        .len();
    let root = mount_preview(article, &broken);
    let said = eventually(|| root.query_selector(".preview-blocked").unwrap()).await;
    let expected = if problems == 1 {
        "Fix the problem above to preview.".to_owned()
    } else {
        format!("Fix the {problems} problems above to preview.")
    };
    assert_eq!(said.text_content().unwrap(), expected);
    assert!(root.query_selector("iframe").unwrap().is_none());
    root.remove();
}

//! Components and browser glue, mounted in headless chromium by
//! wasm-bindgen-test (run: scripts/test.sh, layer 2).

use std::time::Duration;

use article_explorer::components::app::App;
use article_explorer::components::facet_option::{FacetOption, FacetOptionProps};
use explorer_core::query::Facet;
use gloo::utils::{document, window};
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew render and run its effects, and what they leave for after the
/// next paint (the history entry): two frames, then a task.
async fn settle() {
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            window().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// The app mounted in a fresh element, at `query`, rendered and settled.
async fn mount_app(query: &str) -> Element {
    set_query(query);
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

fn set_query(query: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn facet_option_shows_its_count_and_pressed_state() {
    let root = fresh_root();
    let props = FacetOptionProps {
        facet: Facet::Party,
        option: AttrValue::from("iran"),
        label: AttrValue::from("Iran"),
        count: 0,
        selected: true,
        ontoggle: Callback::noop(),
    };
    yew::Renderer::<FacetOption>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let button = root.query_selector("button").unwrap().expect("a button");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(button.class_name().split(" ").any(|c| c == "zero"));
    assert_eq!(button.text_content().unwrap(), "Iran0");
    let count = root.query_selector(".count").unwrap().unwrap();
    assert_eq!(
        count.get_attribute("aria-label").as_deref(),
        Some("no results")
    );
}

#[wasm_bindgen_test]
async fn app_renders_the_whole_article_and_all_results() {
    let root = mount_app("").await;
    let paragraphs = root
        .query_selector_all("article.article p:not(.editor-note)")
        .unwrap();
    assert_eq!(paragraphs.length(), 26);
    let heads = root.query_selector_all("article.article h3").unwrap();
    assert_eq!(heads.length(), 3);
    let count = root.query_selector(".result-count").unwrap().unwrap();
    assert_eq!(
        count.text_content().unwrap(),
        "54 results: 43 statements, 11 claimed figures"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn url_state_filters_and_junk_is_noticed_and_cleaned() {
    let root = mount_app("?party=iran&bogus=%3Cscript%3Ealert(1)%3C/script%3E").await;
    let count = root.query_selector(".result-count").unwrap().unwrap();
    assert!(count.text_content().unwrap().starts_with("2 results"));
    let notice = root.query_selector(".notice").unwrap().expect("a notice");
    assert!(notice.text_content().unwrap().contains("bogus"));
    // Rendered as text: no element came from the URL.
    assert!(root.query_selector("script").unwrap().is_none());
    assert_eq!(window().location().search().unwrap(), "?party=iran");
    root.remove();
}

/// Runs queued microtasks (Yew renders in one), but no task or frame.
async fn microtasks() {
    for _ in 0..3 {
        let done = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn results_change_at_once_and_facet_counts_and_url_a_frame_later() {
    let root = mount_app("").await;
    let text = |selector: &str| {
        root.query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    // Contested items among the results: 11 of all, none of Russia's.
    let contested = ".contested-toggle .count";
    assert_eq!(text(contested), "11");
    let russia: web_sys::HtmlElement = root
        .query_selector("#facet-party button[data-option='russia']")
        .unwrap()
        .expect("a Russia option")
        .dyn_into_html();
    russia.click();
    microtasks().await;
    // In the click's frame: the pressed option and the results.
    assert_eq!(
        russia.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(text(".result-count").starts_with("2 results"));
    assert_eq!(text(contested), "11", "counts wait for the next frame");
    assert_eq!(window().location().search().unwrap(), "");
    settle().await;
    assert_eq!(text(contested), "0", "counts follow a frame later");
    assert_eq!(window().location().search().unwrap(), "?party=russia");
    root.remove();
    set_query("");
}

#[wasm_bindgen_test]
fn error_panel_replaces_the_page_with_a_reload_link() {
    let root = fresh_root();
    root.set_inner_html("<p>the app</p>");
    article_explorer::browser::show_error_panel(&root);
    assert!(
        root.query_selector("p")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            != "the app"
    );
    let panel = root.query_selector("#error-panel").unwrap().expect("panel");
    let alert = panel
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert_eq!(
        alert
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Something went wrong"
    );
    let link = alert.query_selector("a").unwrap().unwrap();
    assert_eq!(link.text_content().unwrap(), "Reload");
}

trait IntoHtml {
    fn dyn_into_html(self) -> web_sys::HtmlElement;
}
impl IntoHtml for Element {
    fn dyn_into_html(self) -> web_sys::HtmlElement {
        use wasm_bindgen::JsCast;
        self.dyn_into().unwrap()
    }
}

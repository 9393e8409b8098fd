//! Components and browser glue, mounted in headless chromium by
//! wasm-bindgen-test (run: scripts/test.sh, layer 2). The app is mounted on
//! a fictional fixture (tests/fixtures/mini), and every expected count is
//! taken from that dataset through the core.

use std::cell::Cell;
use std::rc::Rc;

use article_explorer::browser;
use article_explorer::components::filters::facet_option::{FacetOption, FacetOptionProps};
use article_explorer::components::footer::toast::ToastRegion;
use article_explorer::components::page::explorer::{Explorer, ExplorerProps};
use article_explorer::data::{Data, DataRef};
use article_explorer::state::PAGE;
use article_explorer::state::{Action, Toast};
use explorer_core::read::mount;
use explorer_core::read::query::{Facet, Filters, Outcome};
use explorer_core::read::wording::result_summary;
use gloo::utils::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::{
    function_component, html, AppHandle, AttrValue, Callback, ContextProvider, Html, Properties,
};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// The fictional fixture, validated by the core as the build validates the
/// shipped dataset.
fn fixture() -> DataRef {
    let article = include_str!("fixtures/mini/article.txt");
    let json = include_str!("fixtures/mini/dataset.json");
    let (_, dataset) = explorer_core::author::check::load(article.as_bytes(), json).expect("valid");
    let mentions = explorer_core::read::mentions::find(&dataset, article);
    DataRef(Rc::new(Data::new(
        article,
        Box::leak(Box::new(dataset)),
        "fixture",
        &mentions,
    )))
}

/// A promise that resolves on the next animation frame.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

/// Resolves after a timer of `ms` milliseconds.
async fn timer(ms: i32) {
    let done = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
}

/// Lets Yew render and run its effects, and what they leave for after the
/// next paint (the history entry, queued as a task from a frame callback).
/// Twice a frame and then a task: work queued from a frame callback
/// registered after ours, in the same frame, still lands before the end.
async fn settle() {
    for _ in 0..2 {
        next_frame().await;
        timer(0).await;
    }
}

thread_local! {
    static BUSY: Cell<bool> = const { Cell::new(false) };
}

/// Held by a test that touches what every test shares (the address bar,
/// history, `window` functions): wasm-bindgen-test polls async tests
/// concurrently, so these take turns.
struct Exclusive;

async fn exclusive() -> Exclusive {
    while BUSY.with(|busy| busy.replace(true)) {
        timer(5).await;
    }
    Exclusive
}

impl Drop for Exclusive {
    fn drop(&mut self) {
        BUSY.with(|busy| busy.set(false));
    }
}

/// An explorer mounted on the fixture; `unmount` removes it and its
/// listeners, so no test sees another's popstate handler.
struct Mounted {
    root: Element,
    handle: AppHandle<Explorer>,
    data: DataRef,
    _turn: Exclusive,
}

impl Mounted {
    /// Mounted at `query`, its first mount done (spread over tasks).
    async fn at(query: &str) -> Mounted {
        let app = Mounted::start(query).await;
        app.mount_done().await;
        app
    }

    /// Rendered at `query`: Yew's first render has run, no task since.
    async fn start(query: &str) -> Mounted {
        let turn = exclusive().await;
        set_query(query);
        let root = fresh_root();
        let data = fixture();
        let props = ExplorerProps {
            data: data.clone(),
            query: AttrValue::from(query.to_string()),
            narrow: false,
            preview: false,
            folds: false,
        };
        let handle = yew::Renderer::<Explorer>::with_root_and_props(root.clone(), props).render();
        microtasks().await;
        Mounted {
            root,
            handle,
            data,
            _turn: turn,
        }
    }

    /// Waits until the first mount's last step (the root busy no more).
    async fn mount_done(&self) {
        for _ in 0..400 {
            settle().await;
            if self.count(".app[aria-busy]") == 0 {
                return;
            }
        }
        panic!("the first mount never finished");
    }

    fn count(&self, selector: &str) -> usize {
        self.root.query_selector_all(selector).unwrap().length() as usize
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn run(&self, filters: &Filters) -> Outcome {
        self.data.index.run(filters)
    }

    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
        set_query("");
    }
}

fn set_query(query: &str) {
    let path = window().location().pathname().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
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
        hidden: false,
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
        Some("no results by or about this party"),
        "a party's count says what it counts"
    );
}

#[wasm_bindgen_test]
async fn app_renders_the_whole_article_and_all_results() {
    let app = Mounted::at("").await;
    let blocks = &app.data.blocks;
    let paragraphs = app
        .root
        .query_selector_all("article.article p:not(.editor-note)")
        .unwrap();
    assert_eq!(
        paragraphs.length() as usize,
        blocks.iter().filter(|b| !b.heading).count()
    );
    let heads = app.root.query_selector_all("article.article h3").unwrap();
    assert_eq!(
        heads.length() as usize,
        blocks.iter().filter(|b| b.heading).count()
    );
    let everything = app.run(&Filters::default());
    assert_eq!(everything.items.len(), app.data.index.items.len());
    assert_eq!(app.text(".result-count"), result_summary(&everything));
    assert_eq!(
        app.text(".masthead h1"),
        app.data.dataset.article.title,
        "the masthead names the mounted dataset's article"
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn the_first_mount_is_spread_over_tasks() {
    let app = Mounted::start("").await;
    // The first task: the first rows, no facet's options yet, the root busy.
    let rows = app.data.index.items.len().min(PAGE);
    assert_eq!(app.count(".app[aria-busy=true]"), 1);
    assert_eq!(app.count(".row"), rows.min(mount::FIRST_ROWS));
    assert_eq!(app.count("#filters button[data-option]"), 0);
    app.mount_done().await;
    assert_eq!(app.count(".row"), rows);
    let options: usize = app.data.option_names.iter().map(Vec::len).sum();
    let sides = app.data.option_names[Facet::Side.index()].len();
    assert_eq!(app.count("#filters button[data-option]"), options - sides);
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_selection_mounts_at_once() {
    let id = first_item_id();
    let app = Mounted::start(&format!("?sel={id}")).await;
    assert_eq!(app.count(".app[aria-busy]"), 0);
    assert_eq!(app.count(".row"), app.data.index.items.len().min(PAGE));
    app.unmount();
}

fn first_item_id() -> String {
    fixture().index.items.first().expect("an item").id.clone()
}

#[wasm_bindgen_test]
async fn url_state_filters_and_junk_is_noticed_and_cleaned() {
    let app = Mounted::at("?party=borduria&bogus=%3Cscript%3Ealert(1)%3C/script%3E").await;
    let mut filters = Filters::default();
    filters.toggle(Facet::Party, "borduria");
    let expected = app.run(&filters).items.len();
    assert!(app
        .text(".result-count")
        .starts_with(&format!("{expected} result")));
    let notice = app
        .root
        .query_selector(".notice")
        .unwrap()
        .expect("a notice");
    assert!(notice.text_content().unwrap().contains("bogus"));
    // Rendered as text: no element came from the URL.
    assert!(app.root.query_selector("script").unwrap().is_none());
    assert_eq!(window().location().search().unwrap(), "?party=borduria");
    app.unmount();
}

/// Runs queued microtasks (Yew renders in one), but no task or frame.
async fn microtasks() {
    for _ in 0..3 {
        let done = js_sys::Promise::resolve(&JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    }
}

fn option_button(app: &Mounted, facet: Facet, key: &str) -> web_sys::HtmlElement {
    let selector = format!("#facet-{} button[data-option='{key}']", facet.key());
    app.root
        .query_selector(&selector)
        .unwrap()
        .expect("the option's button")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn results_change_at_once_and_facet_counts_and_url_a_frame_later() {
    let app = Mounted::at("").await;
    let contested = ".contested-toggle .count";
    let before = app.run(&Filters::default()).contested_count;
    assert_eq!(app.text(contested), before.to_string());
    let mut filters = Filters::default();
    filters.toggle(Facet::Unit, "wounded");
    let after = app.run(&filters);
    assert_ne!(
        after.contested_count, before,
        "the fixture must make the count change"
    );
    let wounded = option_button(&app, Facet::Unit, "wounded");
    wounded.click();
    microtasks().await;
    // In the click's frame: the results. (The pressed option too, in a
    // release build; a debug build's scheduler may finish the option's
    // render in a later task, so it is checked after the frame.)
    assert!(app
        .text(".result-count")
        .starts_with(&after.items.len().to_string()));
    assert_eq!(
        app.text(contested),
        before.to_string(),
        "counts wait for the next frame"
    );
    assert_eq!(window().location().search().unwrap(), "");
    settle().await;
    assert_eq!(
        wounded.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(app.text(contested), after.contested_count.to_string());
    assert_eq!(window().location().search().unwrap(), "?unit=wounded");
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_step_back_within_a_frame_of_a_click_drops_the_clicks_history_entry() {
    let app = Mounted::at("").await;
    let history = window().history().unwrap();
    let entries = history.length().unwrap();
    option_button(&app, Facet::Unit, "wounded").click();
    microtasks().await;
    // The reader steps back before the click's entry is written.
    let popstate = web_sys::Event::new("popstate").unwrap();
    window().dispatch_event(&popstate).unwrap();
    microtasks().await;
    settle().await;
    assert_eq!(
        history.length().unwrap(),
        entries,
        "no stale entry was pushed"
    );
    assert_eq!(window().location().search().unwrap(), "");
    assert_eq!(
        app.text(".result-count"),
        result_summary(&app.run(&Filters::default()))
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn after_next_paint_runs_in_a_hidden_tab_where_no_frame_comes() {
    let _turn = exclusive().await;
    // A hidden tab runs no animation frames: stand in for one.
    let never = Closure::<dyn Fn()>::new(|| {});
    let real = js_sys::Reflect::get(&window(), &"requestAnimationFrame".into()).unwrap();
    js_sys::Reflect::set(&window(), &"requestAnimationFrame".into(), never.as_ref()).unwrap();
    let ran = Rc::new(Cell::new(false));
    let flag = ran.clone();
    browser::after_next_paint(move || flag.set(true));
    timer(600).await;
    js_sys::Reflect::set(&window(), &"requestAnimationFrame".into(), &real).unwrap();
    assert!(ran.get(), "the deferred work ran without a frame");
}

#[wasm_bindgen_test]
async fn a_download_keeps_its_blob_url_past_the_click() {
    let _turn = exclusive().await;
    let revoked = Rc::new(Cell::new(0));
    let count = revoked.clone();
    let spy = Closure::<dyn Fn(JsValue)>::new(move |_| count.set(count.get() + 1));
    let url_class = js_sys::Reflect::get(&window(), &"URL".into()).unwrap();
    let real = js_sys::Reflect::get(&url_class, &"revokeObjectURL".into()).unwrap();
    js_sys::Reflect::set(&url_class, &"revokeObjectURL".into(), spy.as_ref()).unwrap();
    // A click on a download link with no href change does not navigate.
    browser::download("test.txt", "text/plain", "content");
    timer(50).await;
    js_sys::Reflect::set(&url_class, &"revokeObjectURL".into(), &real).unwrap();
    assert_eq!(
        revoked.get(),
        0,
        "revoked too early: some browsers cancel the download"
    );
}

#[wasm_bindgen_test]
async fn the_same_toast_twice_is_a_new_node_in_the_live_region() {
    let _turn = exclusive().await;
    let root = fresh_root();
    let props = |serial| ToastHostProps {
        toast: Some(Toast {
            text: "Link copied.".into(),
            serial,
        }),
    };
    let mut handle =
        yew::Renderer::<ToastHost>::with_root_and_props(root.clone(), props(1)).render();
    settle().await;
    let first = root
        .query_selector("[role=status] p")
        .unwrap()
        .expect("the toast");
    handle.update(props(2));
    settle().await;
    let second = root
        .query_selector("[role=status] p")
        .unwrap()
        .expect("the toast");
    assert_eq!(second.text_content().unwrap(), "Link copied.");
    assert!(
        !first.is_same_node(Some(&second)),
        "a new node is announced again"
    );
    handle.destroy();
    root.remove();
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

#[derive(Properties, PartialEq)]
struct ToastHostProps {
    toast: Option<Toast>,
}

/// The toast region as the app mounts it: under the dispatcher's context.
#[function_component(ToastHost)]
fn toast_host(props: &ToastHostProps) -> Html {
    html! {
        <ContextProvider<Callback<Action>> context={Callback::noop()}>
            <ToastRegion toast={props.toast.clone()} />
        </ContextProvider<Callback<Action>>>
    }
}

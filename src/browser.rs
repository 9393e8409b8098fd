//! All browser glue in one place: history, clipboard, downloads, focus and
//! scrolling, the panic panel. Components call these and stay thin.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

use explorer_core::read::embed::ParentOrigin;

use crate::state::HistoryMode;

/// The page's query string, with its leading `?`.
pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// The address of this page with the given query string.
pub fn url_with_query(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// A link to this page with the given query string, relative to it.
pub fn href_for(query: &str) -> String {
    if query.is_empty() {
        window().location().pathname().unwrap_or_default()
    } else {
        format!("?{query}")
    }
}

/// Makes the address bar show `query`, adding or rewriting a history entry;
/// does nothing when it already does.
pub fn write_url(query: &str, mode: HistoryMode) {
    let current = location_search();
    if current.trim_start_matches('?') == query {
        return;
    }
    let url = href_for(query);
    let Ok(history) = window().history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&null, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&null, "", Some(&url)),
    };
}

/// Runs `f` in a task after the next frame is painted (queued from that
/// frame's animation callback), so work the reader does not see at once
/// stays out of the frame that shows their change. Calls run in order. A
/// hidden tab paints no frames: there a timer runs `f` instead, so history
/// and the deferred views do not wait until the tab is shown.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let pending = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let run = {
        let pending = pending.clone();
        move || {
            if let Some(f) = pending.take() {
                f();
            }
        }
    };
    let task = run.clone();
    let frame = Closure::once_into_js(move || after_ms(0, task));
    let _ = window().request_animation_frame(frame.unchecked_ref());
    after_ms(250, run);
}

/// Runs `f` in a task after `ms` milliseconds.
pub fn after_ms(ms: i32, f: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(f);
    let _ =
        window().set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), ms);
}

thread_local! {
    /// Grows with every step through history: a URL write queued before a
    /// step (a click, then Back within one frame) is stale and is dropped.
    static HISTORY_STEPS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// `write_url` after the next paint, unless the reader has stepped through
/// history in the meantime.
pub fn write_url_after_paint(query: String, mode: HistoryMode) {
    let step = HISTORY_STEPS.with(|s| s.get());
    after_next_paint(move || {
        if HISTORY_STEPS.with(|s| s.get()) == step {
            write_url(&query, mode);
        }
    });
}

/// Calls `f` when the reader steps back or forward, with the place (the
/// page's scroll offset) the entry stepped to was left from by a jump, when
/// `remember_place` kept one.
pub fn on_popstate(f: impl Fn(Option<f64>) + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| {
        HISTORY_STEPS.with(|s| s.set(s.get().wrapping_add(1)));
        let place = window().history().ok().and_then(|h| h.state().ok());
        f(place.and_then(|p| p.as_f64()))
    })
}

/// Keeps the page's scroll offset in the current history entry before a
/// jump scrolls away (the entry the jump pushes comes a frame later): Back
/// returns there (`on_popstate`), not to wherever a smooth scroll was when
/// the browser noted the place.
pub fn remember_place() {
    let (Ok(history), Ok(y)) = (window().history(), window().scroll_y()) else {
        return;
    };
    let _ = history.replace_state(&JsValue::from_f64(y), "");
}

/// Scrolls the page to offset `y`, after the next paint (once a restored
/// state has rendered).
pub fn return_to_place(y: f64) {
    after_next_paint(move || {
        window().scroll_to_with_x_and_y(window().scroll_x().unwrap_or(0.0), y)
    });
}

/// Jumps to an element's top (the "Claims | Article" bar) and focuses it,
/// keeping the place it left for Back: no address change.
pub fn jump_to(element_id: &str) {
    let Some(el) = document().get_element_by_id(element_id) else {
        return;
    };
    remember_place();
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Copies text to the clipboard; false when the browser refuses, or has no
/// clipboard at all (plain-http pages other than localhost).
pub async fn copy_text(text: String) -> bool {
    let navigator = window().navigator();
    if !js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object()) {
        return false;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The address of a file the build prepared (`scripts/post-build.mjs` names
/// it in `<meta name="explorer:NAME">`), relative to the page.
fn prepared_file(name: &str) -> Option<String> {
    let selector = format!("meta[name=\"explorer:{name}\"]");
    let meta = document().query_selector(&selector).ok().flatten()?;
    meta.get_attribute("content")
}

/// The text of a file the build prepared ("exports" or "dataset"), fetched
/// when a reader first asks (the service worker keeps it for offline use),
/// and its value as the browser's JSON parser reads it. The error says what
/// went wrong, for the reader.
pub async fn fetch_prepared(name: &str) -> Result<(String, JsValue), String> {
    let url = prepared_file(name).ok_or("This page was built without its export files.")?;
    let failed = |_| format!("The export file could not be loaded ({url}). Try again when online.");
    let response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.unchecked_into();
    if response.status() == 404 {
        // A page from before a new version was published names files that
        // are gone: the new version has its own.
        return Err("This page is out of date: reload it to export.".into());
    }
    if !response.ok() {
        return Err(format!(
            "The export file could not be loaded ({url}): HTTP {}.",
            response.status()
        ));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    let text = text.as_string().ok_or_else(|| failed(JsValue::NULL))?;
    // A host that answers a missing file with a page must not make that
    // page the reader's download.
    let value = js_sys::JSON::parse(&text)
        .map_err(|_| "The export file is damaged: it is not JSON. Reload the page.")?;
    Ok((text, value))
}

/// The build's prepared exports (`explorer_core::publish::prepared`), read
/// through the browser's own JSON parser: the reader's wasm has none.
pub struct PreparedExports(JsValue);

impl PreparedExports {
    /// A text field of the file; None when the file lacks it.
    pub fn field(&self, key: &str) -> Option<String> {
        string_at(&self.0, key)
    }

    /// Item `i`'s text field `key`, checked to be item `id`'s: None when the
    /// file is not this page's or lacks it.
    pub fn item(&self, i: usize, id: &str, key: &str) -> Option<String> {
        string_at(&self.item_value(i, id)?, key)
    }

    /// Item `i`'s two pieces `key` (before and after the link).
    pub fn item_pair(&self, i: usize, id: &str, key: &str) -> Option<(String, String)> {
        let pair = js_sys::Reflect::get(&self.item_value(i, id)?, &key.into()).ok()?;
        let at = |n: u32| js_sys::Reflect::get_u32(&pair, n).ok()?.as_string();
        Some((at(0)?, at(1)?))
    }

    fn item_value(&self, i: usize, id: &str) -> Option<JsValue> {
        let items = js_sys::Reflect::get(&self.0, &"items".into()).ok()?;
        let item = js_sys::Reflect::get_u32(&items, u32::try_from(i).ok()?).ok()?;
        (string_at(&item, "id").as_deref() == Some(id)).then_some(item)
    }
}

thread_local! {
    /// The exports file, once fetched and parsed.
    static EXPORTS: std::cell::RefCell<Option<std::rc::Rc<PreparedExports>>> = Default::default();
}

/// The prepared exports, fetched on first use and then kept.
pub async fn prepared_exports() -> Result<std::rc::Rc<PreparedExports>, String> {
    if let Some(kept) = EXPORTS.with(|e| e.borrow().clone()) {
        return Ok(kept);
    }
    let (_, value) = fetch_prepared("exports").await?;
    let parsed = std::rc::Rc::new(PreparedExports(value));
    EXPORTS.with(|e| *e.borrow_mut() = Some(parsed.clone()));
    Ok(parsed)
}

fn string_at(value: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(value, &key.into()).ok()?.as_string()
}

/// Offers `content` as a file download, generated in the browser.
pub fn download(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    // Revoked a minute later, not at once: Firefox and Safari have cancelled
    // downloads whose blob URL went away right after the click.
    after_ms(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    });
}

/// Scrolls an element into view and moves focus to it.
pub fn scroll_and_focus(element_id: &str) {
    let Some(el) = document().get_element_by_id(element_id) else {
        return;
    };
    remember_place();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    if !prefers_reduced_motion() {
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Scrolls `pane` (when it scrolls on its own: the article beside the
/// results) so that the first element matching `target` inside it shows
/// near its top. The page itself does not move: on a phone, where the
/// article is below the results, the reader stays where they type.
pub fn scroll_pane_to_first(pane: &str, target: &str) {
    let doc = document();
    let Some(pane) = doc.query_selector(pane).ok().flatten() else {
        return;
    };
    if pane.scroll_height() <= pane.client_height() {
        return;
    }
    let Some(hit) = pane.query_selector(target).ok().flatten() else {
        return;
    };
    let offset = hit.get_bounding_client_rect().top() - pane.get_bounding_client_rect().top();
    pane.set_scroll_top(pane.scroll_top() + offset as i32 - 48);
}

/// Moves focus to an element without scrolling the page more than needed.
pub fn focus_by_id(element_id: &str) {
    if let Some(el) = document()
        .get_element_by_id(element_id)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn matches_media(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

pub fn prefers_reduced_motion() -> bool {
    matches_media("(prefers-reduced-motion: reduce)")
}

/// Calls `f` whenever the viewport stops matching `query` (a phone turned
/// to landscape crossing a breakpoint).
pub fn on_media_unmatch(query: &str, f: impl Fn() + 'static) -> Option<EventListener> {
    let list = window().match_media(query).ok().flatten()?;
    let target = list.clone();
    Some(EventListener::new(&list, "change", move |_| {
        if !target.matches() {
            f();
        }
    }))
}

/// A viewport narrower than `view_rules::FOLD_BELOW_PX`, where the result
/// list folds and the "Claims | Article" bar shows.
pub fn folds_results() -> bool {
    let px = explorer_core::read::view_rules::FOLD_BELOW_PX;
    matches_media(&format!("(max-width: {}px)", px - 1))
}

/// Phone-sized viewport, where facets start collapsed.
pub fn is_narrow() -> bool {
    matches_media("(max-width: 48rem)")
}

/// The article prerendered into index.html goes once the app has rendered.
pub fn remove_prerender() {
    if let Some(el) = document().get_element_by_id("prerender") {
        el.remove();
    }
}

/// A panic anywhere replaces the page with a readable panel and a reload
/// link instead of leaving a blank or frozen page. Built from plain DOM calls:
/// after a panic the Yew app can no longer render.
pub fn install_panic_panel() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("article explorer stopped: {info}"));
        if let Some(body) = document().body() {
            show_error_panel(&body);
        }
    }));
}

/// Replaces what `root` holds with the error panel.
pub fn show_error_panel(root: &web_sys::Element) {
    let doc = document();
    let (Ok(main), Ok(panel)) = (doc.create_element("main"), doc.create_element("div")) else {
        return;
    };
    main.set_id("error-panel");
    main.set_class_name("error-panel");
    let _ = panel.set_attribute("role", "alert");
    let _ = main.append_child(&panel);
    let parts = [
        ("h1", "Something went wrong"),
        (
            "p",
            "The explorer hit an unexpected error and stopped. Reloading the page usually fixes it.",
        ),
    ];
    for (tag, text) in parts {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = panel.append_child(&el);
        }
    }
    if let Ok(link) = doc.create_element("a") {
        let href = window().location().href().unwrap_or_default();
        let _ = link.set_attribute("href", &href);
        link.set_class_name("button");
        link.set_text_content(Some("Reload"));
        let _ = panel.append_child(&link);
    }
    root.set_text_content(None);
    let _ = root.append_child(&main);
}

/// The `content` of the page's `<meta name="{name}">`: what the build wrote
/// into index.html (the voices overview's file name).
pub fn meta_content(name: &str) -> Option<String> {
    let meta = document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

/// The text of a file beside the app (served by the service worker once
/// cached); None when it cannot be had (offline and never fetched).
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// True when the app runs inside an iframe.
pub fn is_framed() -> bool {
    let win = window();
    match win.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &win),
        _ => false,
    }
}

/// The message an embedded app posts to its parent when its height changes:
/// `{ type: "article-explorer:height", height: <CSS px> }`.
pub const HEIGHT_MESSAGE: &str = "article-explorer:height";
/// The message an embedded app posts when its reader's state changes:
/// `{ type: "article-explorer:state", query: "<reader's query>", host: <bool> }`
/// (`host`: whether a host script has introduced its page).
pub const STATE_MESSAGE: &str = "article-explorer:state";
/// The one message an embedded app takes from its parent:
/// `{ type: "article-explorer:host", page, key, query: <string|null> }`.
pub const HOST_MESSAGE: &str = "article-explorer:host";
/// The longest restored state read from a host message.
const MAX_HOST_QUERY: usize = 8192;

thread_local! {
    /// How this frame reports its height: pym.js's child id, if any, and
    /// the last height posted.
    static FRAME_REPORT: std::cell::RefCell<Option<(Option<String>, f64)>> =
        const { std::cell::RefCell::new(None) };
}

thread_local! {
    /// The origin of the page that framed this one (see `ParentOrigin`),
    /// first read from `document.referrer`; and whether the hello that asks
    /// a host script to introduce itself has gone out.
    static PARENT: std::cell::RefCell<Option<(ParentOrigin, bool)>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` on what this frame knows of its parent's origin.
fn with_parent<T>(f: impl FnOnce(&mut (ParentOrigin, bool)) -> T) -> T {
    PARENT.with(|p| {
        let mut p = p.borrow_mut();
        let known = p.get_or_insert_with(|| {
            let referrer = document().referrer();
            let origin = Url::new(&referrer).map(|u| u.origin()).unwrap_or_default();
            (ParentOrigin::from_referrer(&origin), false)
        });
        f(known)
    })
}

/// Posts a message to the parent page, to `origin` (`"*"`: any, for what
/// any page may read: a height, or an empty hello).
fn post_to_parent(message: &wasm_bindgen::JsValue, origin: &str) {
    if let Ok(Some(parent)) = window().parent() {
        let _ = parent.post_message(message, origin);
    }
}

/// A `{ type, ... }` object message.
fn message(kind: &str, fields: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Object {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&m, &(*k).into(), v);
    }
    m
}

/// Posts the content height if it changed by a pixel or more (or always,
/// with `force`): the explorer's own message, and pym.js's child message
/// (`pymxPYMx<childId>xPYMxheightxPYMx<px>`) when the URL had a `childId`.
fn post_height(force: bool) {
    let Some(body) = document().body() else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    let child = FRAME_REPORT.with(|r| {
        let mut r = r.borrow_mut();
        let (child, last) = r.as_mut()?;
        if !force && (height - *last).abs() < 1.0 {
            return None;
        }
        *last = height;
        Some(child.clone())
    });
    let Some(child) = child else {
        return;
    };
    // A height is no secret: any parent may size the frame (pym.js too).
    post_to_parent(&message(HEIGHT_MESSAGE, &[("height", height.into())]), "*");
    if let Some(id) = child {
        let pym = explorer_core::read::embed::pym_height_message(&id, height as u32);
        post_to_parent(&pym.into(), "*");
    }
}

/// In an iframe, posts the content height to the parent whenever the layout
/// changes, so the host page (assets/embed-host.js, or pym.js given
/// `child_id`) can size the frame. A frame of fixed height posts nothing.
pub fn report_height_to_parent(fixed_height: bool, child_id: Option<String>) {
    if !is_framed() || fixed_height {
        return;
    }
    let Some(body) = document().body() else {
        return;
    };
    FRAME_REPORT.with(|r| r.replace(Some((child_id, 0.0))));
    let post = Closure::<dyn Fn()>::new(|| post_height(false));
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    post.forget();
}

/// Posts the height again: a host script that started after the frame
/// missed the first messages.
pub fn repost_height() {
    post_height(true);
}

/// In an iframe, tells the parent the reader's state (see `STATE_MESSAGE`),
/// only at the framing page's origin. While that is unknown, the state
/// stays here: one empty hello (no query) asks a host script to introduce
/// its page, which makes its origin known.
pub fn post_state_to_parent(query: &str, host: bool) {
    if !is_framed() {
        return;
    }
    let (target, hello) = with_parent(|(origin, said_hello)| {
        let target = origin.target().map(str::to_string);
        let hello = target.is_none() && !std::mem::replace(said_hello, true);
        (target, hello)
    });
    if let Some(origin) = target {
        let fields = [("query", query.into()), ("host", host.into())];
        post_to_parent(&message(STATE_MESSAGE, &fields), &origin);
    } else if hello {
        let fields = [("query", "".into()), ("host", false.into())];
        post_to_parent(&message(STATE_MESSAGE, &fields), "*");
    }
}

/// What a host message says, its fields checked for type and size only:
/// the caller validates their content.
pub struct HostMessage {
    /// The origin it came from (the framing page's).
    pub origin: String,
    pub page: String,
    pub key: String,
    pub query: Option<String>,
}

/// Calls `f` with each host message from this frame's parent window, sent
/// from the framing page's origin (`ParentOrigin::accept`). Any other
/// message (another window's or origin's, another shape, another type) is
/// dropped without a word.
pub fn on_host_message(f: impl Fn(HostMessage) + 'static) -> EventListener {
    EventListener::new(&window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent || !is_framed() {
            return;
        }
        if let Some(m) = host_message(&event.data(), event.origin()) {
            if with_parent(|(origin, _)| origin.accept(&m.origin)) {
                f(m);
            }
        }
    })
}

/// Reads a host message's fields, if `data` is one.
fn host_message(data: &wasm_bindgen::JsValue, origin: String) -> Option<HostMessage> {
    if !data.is_object() || js_sys::Array::is_array(data) {
        return None;
    }
    let field = |k: &str| js_sys::Reflect::get(data, &k.into()).ok();
    if field("type")?.as_string()? != HOST_MESSAGE {
        return None;
    }
    let query = field("query")?;
    let query = match query.as_string() {
        Some(q) if q.len() <= MAX_HOST_QUERY => Some(q),
        Some(_) => return None,
        None if query.is_null() => None,
        None => return None,
    };
    Some(HostMessage {
        origin,
        page: field("page")?.as_string()?,
        key: field("key")?.as_string()?,
        query,
    })
}

/// Sets the page's colours: `theme-light` or `theme-dark` on the root
/// element (styles/embed.css), none for the reader's system setting.
pub fn set_theme(theme: explorer_core::read::url_state::Theme) {
    use explorer_core::read::url_state::Theme;
    let Some(root) = document().document_element() else {
        return;
    };
    let list = root.class_list();
    let _ = list.remove_2("theme-light", "theme-dark");
    match theme {
        Theme::Light => drop(list.add_1("theme-light")),
        Theme::Dark => drop(list.add_1("theme-dark")),
        Theme::Auto => {}
    }
}

/// Registers the service worker (assets/sw.js) and calls `on_update` when a
/// new version has installed and waits for the reader to reload. Where
/// service workers are unavailable or registration fails, the online app
/// simply goes on.
pub fn register_service_worker(on_update: impl Fn() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use web_sys::{ServiceWorker, ServiceWorkerState};
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.register("./sw.js")).await
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        // A new worker is an update only while another one controls the
        // page (the first install is none).
        let on_update = Rc::new(move || {
            if window().navigator().service_worker().controller().is_some() {
                on_update();
            }
        });
        if reg.waiting().is_some() {
            on_update();
        }
        // Calls `on_update` once `worker` has installed; each worker once.
        let watched: RefCell<Option<ServiceWorker>> = RefCell::new(None);
        let watch = Rc::new(move |worker: ServiceWorker| {
            if watched.borrow().as_ref() == Some(&worker) {
                return;
            }
            watched.replace(Some(worker.clone()));
            let on_update = on_update.clone();
            let this = worker.clone();
            EventListener::new(&worker, "statechange", move |_| {
                if this.state() == ServiceWorkerState::Installed {
                    on_update();
                }
            })
            .forget();
        });
        // An update already installing when the page registered: its
        // `updatefound` fired before this page had a registration object.
        if let Some(worker) = reg.installing() {
            watch(worker);
        }
        let reg_for_event = reg.clone();
        EventListener::new(&reg, "updatefound", move |_| {
            if let Some(worker) = reg_for_event.installing() {
                watch(worker);
            }
        })
        .forget();
    });
}

/// Lets the waiting service worker take over, then reloads into the new
/// version.
pub fn apply_update() {
    let container = window().navigator().service_worker();
    EventListener::once(&container, "controllerchange", |_| {
        let _ = window().location().reload();
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let Some(reg) = reg.dyn_ref::<web_sys::ServiceWorkerRegistration>() else {
            let _ = window().location().reload();
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                let _ = waiting.post_message(&message);
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

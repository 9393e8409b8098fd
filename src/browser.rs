//! All browser glue in one place: history, clipboard, downloads, focus and
//! scrolling, the panic panel. Components call these and stay thin.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

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

/// Calls `f` when the reader steps back or forward.
pub fn on_popstate(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| f())
}

/// Copies text to the clipboard; false when the browser refuses.
pub async fn copy_text(text: String) -> bool {
    let promise = window().navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
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
    let _ = Url::revoke_object_url(&url);
}

/// Scrolls an element into view and moves focus to it.
pub fn scroll_and_focus(element_id: &str) {
    let Some(el) = document().get_element_by_id(element_id) else {
        return;
    };
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

/// Phone-sized viewport, where facets start collapsed.
pub fn is_narrow() -> bool {
    matches_media("(max-width: 48rem)")
}

/// The static "Loading…" line in index.html goes once the app runs.
pub fn remove_loading_notice() {
    if let Some(el) = document().get_element_by_id("loading") {
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
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    panel.set_id("error-panel");
    panel.set_class_name("error-panel");
    let _ = panel.set_attribute("role", "alert");
    let parts = [
        ("h2", "Something went wrong"),
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
    let _ = root.append_child(&panel);
}

//! The studio's browser glue in one place: files opened or dropped, the
//! autosave in local storage, the warning before leaving. (The reader's
//! glue, downloads and the clipboard included, is `article_explorer::browser`.)

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{BeforeUnloadEvent, File, FileList};

/// Where the session is autosaved.
const AUTOSAVE_KEY: &str = "article-explorer-studio-session";

/// Each file of a picker's or a drop's list: its name and bytes.
pub async fn read_files(files: FileList) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..files.length() {
        let Some(file): Option<File> = files.item(i) else {
            continue;
        };
        let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
            continue;
        };
        out.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
    }
    out
}

/// The autosaved session, as `save` wrote it.
pub fn autosaved() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(AUTOSAVE_KEY)
        .ok()
        .flatten()
}

/// Autosaves the session; false when the browser refuses (storage full or
/// disabled).
pub fn autosave(text: &str) -> bool {
    let storage = window().local_storage().ok().flatten();
    storage.is_some_and(|s| s.set_item(AUTOSAVE_KEY, text).is_ok())
}

/// While `unsaved()` holds, leaving the page asks first.
pub fn warn_before_leaving(unsaved: impl Fn() -> bool + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&window(), "beforeunload", options, move |e| {
        if unsaved() {
            e.prevent_default();
            if let Some(e) = e.dyn_ref::<BeforeUnloadEvent>() {
                e.set_return_value("You have changes that are not downloaded.");
            }
        }
    })
}

/// Puts the caret at `byte` of the text area `id` and scrolls it there.
pub fn select_in_text_area(id: &str, byte: usize) {
    let Some(area) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let area: web_sys::HtmlTextAreaElement = area.unchecked_into();
    let text = area.value();
    // The area counts UTF-16 units; the finding counts bytes.
    let at = text
        .get(..byte.min(text.len()))
        .map_or(0, |s| s.encode_utf16().count()) as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(at, at + 1);
    let line_height = 18.0;
    let line = text
        .get(..byte.min(text.len()))
        .map_or(0, |s| s.matches('\n').count());
    area.set_scroll_top(((line as f64 - 3.0).max(0.0) * line_height) as i32);
}

/// The page address's fragment, with its `#` ("" when none).
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Calls `f` when the fragment changes.
pub fn on_fragment_change(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| f())
}

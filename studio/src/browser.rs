//! The studio's browser glue in one place: its address, files opened or
//! dropped, the autosave in local storage, the warning before leaving.
//! (Downloads and the clipboard are the reader's glue,
//! `article_explorer::browser`.)

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{BeforeUnloadEvent, File, FileList};

/// Where the session is autosaved.
const AUTOSAVE_KEY: &str = "article-explorer-studio-session";

/// The reader's folder (the studio is its subfolder `studio/`), ending in
/// `/`: what the embed snippet embeds.
pub fn reader_base_url() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    explorer_core::read::embed::reader_base(&format!("{origin}{dir}")).to_owned()
}

/// The page address's fragment, with its `#` ("" when none).
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Calls `f` when the fragment changes.
pub fn on_fragment_change(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| f())
}

/// A file of a picker's or a drop's list, read or not.
pub enum Read {
    Text(String, Vec<u8>),
    /// Not read, and why.
    Refused(String),
}

/// Each file of `files`: its name and bytes, unless `refuse(name, size)`
/// says why not to read it (a size is known before reading).
pub async fn read_files(
    files: FileList,
    refuse: impl Fn(&str, usize) -> Option<String>,
) -> Vec<Read> {
    let mut out = Vec::new();
    for file in (0..files.length()).filter_map(|i| files.item(i)) {
        let file: File = file;
        let name = file.name();
        if let Some(why) = refuse(&name, file.size() as usize) {
            out.push(Read::Refused(why));
            continue;
        }
        out.push(match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Read::Text(name, js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => Read::Refused(format!("{name} could not be read: open it again.")),
        });
    }
    out
}

/// The autosaved session, as `autosave` wrote it.
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
/// disabled), and then no older session is left to come back on a reload.
pub fn autosave(text: &str) -> bool {
    let Some(storage) = window().local_storage().ok().flatten() else {
        return false;
    };
    let saved = storage.set_item(AUTOSAVE_KEY, text).is_ok();
    if !saved {
        let _ = storage.remove_item(AUTOSAVE_KEY);
    }
    saved
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
    let before = text.get(..byte.min(text.len())).unwrap_or_default();
    // The area counts UTF-16 units; a finding counts bytes.
    let at = before.encode_utf16().count() as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(at, at + 1);
    // 18 px a line (studio.css); a few lines of context above.
    let line = before.matches('\n').count();
    area.set_scroll_top((line.saturating_sub(3) * 18) as i32);
}

/// The selected stretch of the element `id`'s text, in UTF-16 units from
/// its start (None when nothing in it is selected).
pub fn selection_within(id: &str) -> Option<(usize, usize)> {
    let document = gloo::utils::document();
    let container = document.get_element_by_id(id)?;
    let selection = window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let inside = range.common_ancestor_container().ok();
    if !container.contains(inside.as_ref()) {
        return None;
    }
    let units_to = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let before = document.create_range().ok()?;
        before.select_node_contents(&container).ok()?;
        before.set_end(node, offset).ok()?;
        Some(before.to_string().length() as usize)
    };
    let start = units_to(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = units_to(&range.end_container().ok()?, range.end_offset().ok()?)?;
    Some((start, end))
}

/// Selects `start..end` (UTF-16 units) of the element `id`'s text, whose
/// children are text and elements holding text, and scrolls it into view.
pub fn select_within(id: &str, start: usize, end: usize) {
    let document = gloo::utils::document();
    let Some(container) = document.get_element_by_id(id) else {
        return;
    };
    let (Some(from), Some(to)) = (text_point(&container, start), text_point(&container, end))
    else {
        return;
    };
    let Ok(range) = document.create_range() else {
        return;
    };
    if range.set_start(&from.0, from.1).is_err() || range.set_end(&to.0, to.1).is_err() {
        return;
    }
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
    if let Some(element) = from.0.parent_element() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The text node and offset `units` UTF-16 units into `container`'s text.
fn text_point(container: &web_sys::Element, units: usize) -> Option<(web_sys::Node, u32)> {
    let children = container.child_nodes();
    let mut left = units as u32;
    let mut last = None;
    for i in 0..children.length() {
        let child = children.get(i)?;
        let text = if child.node_type() == web_sys::Node::TEXT_NODE {
            child.clone()
        } else {
            child.first_child()?
        };
        let len = text
            .text_content()
            .map_or(0, |t| t.encode_utf16().count() as u32);
        if left <= len {
            return Some((text, left));
        }
        left -= len;
        last = Some((text, len));
    }
    last
}

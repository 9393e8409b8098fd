//! The preview's frames: a same-origin iframe whose document carries the
//! studio's stylesheets, so the reader's media queries see the frame's
//! width, and the real reader rendered into its body by this same wasm.

use std::cell::RefCell;
use std::rc::Rc;

use article_explorer::components::page::explorer::{Explorer, ExplorerProps};
use gloo::events::EventListener;
use gloo::utils::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlIFrameElement, HtmlLinkElement};
use yew::AppHandle;

/// The `srcdoc` of a preview frame: an empty page (in standards mode) with
/// the studio document's stylesheets, at their absolute addresses.
pub fn srcdoc() -> String {
    let doc = document();
    let lang = doc
        .document_element()
        .map(|root| root.get_attribute("lang").unwrap_or_default())
        .unwrap_or_default();
    let mut links = String::new();
    if let Ok(list) = doc.query_selector_all("link[rel=stylesheet]") {
        for link in (0..list.length()).filter_map(|i| list.item(i)) {
            if let Ok(link) = link.dyn_into::<HtmlLinkElement>() {
                let href = escape(&link.href());
                links.push_str(&format!("<link rel=\"stylesheet\" href=\"{href}\">"));
            }
        }
    }
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">{links}</head><body></body></html>",
        escape(&lang)
    )
}

/// Text for an HTML attribute in double quotes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// A reader rendered in a frame; destroyed when this is dropped.
pub struct MountedReader {
    app: Rc<RefCell<Option<AppHandle<Explorer>>>>,
    _load: EventListener,
}

impl Drop for MountedReader {
    fn drop(&mut self) {
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
    }
}

/// Renders the reader (`props()`, with `preview` set) into `frame`'s body
/// once its `srcdoc` page has loaded, and again should the frame load a new
/// page (the old reader is destroyed first).
pub fn mount_reader(
    frame: &HtmlIFrameElement,
    props: impl Fn() -> ExplorerProps + 'static,
) -> MountedReader {
    let app: Rc<RefCell<Option<AppHandle<Explorer>>>> = Rc::default();
    let mount = {
        let (frame, app) = (frame.clone(), app.clone());
        move || {
            let Some(body) = loaded_body(&frame) else {
                return;
            };
            if let Some(old) = app.borrow_mut().take() {
                old.destroy();
            }
            let root: Element = body.into();
            let props = ExplorerProps {
                preview: true,
                ..props()
            };
            let handle = yew::Renderer::<Explorer>::with_root_and_props(root, props).render();
            app.replace(Some(handle));
        }
    };
    // The page may have loaded before this ran.
    if loaded_body(frame).is_some() {
        mount();
    }
    let load = EventListener::new(frame, "load", move |_| mount());
    MountedReader { app, _load: load }
}

/// The frame's body once its own page (not the first, blank one) is in.
fn loaded_body(frame: &HtmlIFrameElement) -> Option<HtmlElement> {
    let doc = frame.content_document()?;
    let ready = doc.url().ok()? == "about:srcdoc" && doc.ready_state() == "complete";
    let body = doc.body()?;
    (ready && body.child_element_count() == 0).then_some(body)
}

/// Calls `f` with `target`'s width now and whenever it changes; stops when
/// the returned observer is dropped.
pub fn on_width(target: &Element, f: impl Fn(f64) + 'static) -> WidthObserver {
    let measured = target.clone();
    f(f64::from(measured.client_width()));
    let callback = Closure::<dyn Fn()>::new(move || f(f64::from(measured.client_width())));
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(target);
    }
    WidthObserver {
        observer,
        _callback: callback,
    }
}

/// A `ResizeObserver` and its callback, disconnected when dropped.
pub struct WidthObserver {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn Fn()>,
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Sets a CSS property in `el`'s style through the CSSOM (the page's
/// policy refuses inline `style` attributes, not this).
pub fn set_style(el: &HtmlElement, property: &str, value: &str) {
    let _ = el.style().set_property(property, value);
}

//! The voices overview's markup: written by the build (the `prerender`
//! binary, `explorer_core::publish::voices_html`) into a file whose name
//! index.html carries, fetched the first time the Voices view opens and kept
//! for the page's life. The service worker keeps the file once fetched, so
//! the view opens offline after that (docs/voices.md). The markup goes into
//! the page as it is, with no state and no re-render (fewer wasm bytes).

use std::cell::RefCell;
use std::rc::Rc;

use explorer_core::publish::voices_html::FOLD;
use web_sys::Element;
use yew::prelude::*;

use crate::browser;

/// The `<meta>` that names the overview's file (scripts/post-build.mjs).
pub const OVERVIEW_META: &str = "voices-overview";

const FAILED: &str = "The overview could not be loaded (it needs a connection the first time).";

thread_local! {
    static FETCHED: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
}

/// The overview's markup, fetched once.
async fn overview() -> Option<Rc<str>> {
    if let Some(markup) = FETCHED.with(|f| f.borrow().clone()) {
        return Some(markup);
    }
    let file = browser::meta_content(OVERVIEW_META)?;
    let markup: Rc<str> = browser::fetch_text(&file).await?.into();
    FETCHED.with(|f| *f.borrow_mut() = Some(markup.clone()));
    Some(markup)
}

/// Puts the overview into the element of the first ref, every group closed
/// when `folded` (an embed), or says in the second's that it could not.
#[hook]
pub fn use_overview(folded: bool) -> (NodeRef, NodeRef) {
    let (body, status) = (use_node_ref(), use_node_ref());
    {
        let (body, status) = (body.clone(), status.clone());
        use_effect_with(folded, move |&folded| {
            wasm_bindgen_futures::spawn_local(async move {
                let markup = overview().await;
                match (markup, body.cast::<Element>(), status.cast::<Element>()) {
                    (Some(m), Some(body), _) if folded => {
                        body.set_inner_html(&m.replace(FOLD.0, FOLD.1))
                    }
                    (Some(m), Some(body), _) => body.set_inner_html(&m),
                    (None, _, Some(status)) => status.set_text_content(Some(FAILED)),
                    _ => {}
                }
            });
        });
    }
    (body, status)
}

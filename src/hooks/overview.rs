//! The voices overview's markup: written by the build (the `prerender`
//! binary, `explorer_core::publish::voices_html`) into a file whose name
//! index.html carries, fetched the first time the Voices view opens and kept
//! for the page's life. The service worker keeps the file once fetched, so
//! the view opens offline after that (docs/voices.md).

use std::cell::RefCell;

use explorer_core::publish::voices_html::FOLD;
use yew::prelude::*;

use crate::browser;

/// The `<meta>` that names the overview's file (scripts/post-build.mjs).
pub const OVERVIEW_META: &str = "voices-overview";

/// Where the overview's markup stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Overview {
    Loading,
    Ready(AttrValue),
    /// Offline before it was ever fetched, or a build without the file.
    Failed,
}

thread_local! {
    static FETCHED: RefCell<Option<AttrValue>> = const { RefCell::new(None) };
}

/// The overview's markup; `folded`: every group starts closed (an embed).
#[hook]
pub fn use_overview(folded: bool) -> Overview {
    let overview = use_state(|| match FETCHED.with(|f| f.borrow().clone()) {
        Some(markup) => Overview::Ready(markup),
        None => Overview::Loading,
    });
    {
        let overview = overview.clone();
        use_effect_with((), move |_| {
            if *overview == Overview::Loading {
                wasm_bindgen_futures::spawn_local(async move {
                    let file = browser::meta_content(OVERVIEW_META);
                    let markup = match file {
                        Some(file) => browser::fetch_text(&file).await,
                        None => None,
                    };
                    overview.set(markup.map_or(Overview::Failed, |m| {
                        let m = AttrValue::from(m);
                        FETCHED.with(|f| *f.borrow_mut() = Some(m.clone()));
                        Overview::Ready(m)
                    }));
                });
            }
        });
    }
    match (&*overview, folded) {
        (Overview::Ready(m), true) => Overview::Ready(m.replace(FOLD.0, FOLD.1).into()),
        (other, _) => other.clone(),
    }
}

//! The commands whose work is outside the state: the clipboard, downloads.

use crate::browser;
use crate::data::use_data;
use crate::state::Action;
use explorer_core::publish::export::{dataset_json, rows, to_csv, to_json, Provenance};
use explorer_core::publish::selectors::{article_source, Anchoring};
use explorer_core::read::query::Outcome;
use explorer_core::read::url_state::{encode, UrlState};
use std::rc::Rc;
use yew::prelude::*;

/// What the reader can export.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExportFormat {
    /// The current results as CSV.
    Csv,
    /// The current results as JSON.
    Json,
    /// The whole verified dataset ("Get the data").
    Dataset,
}

/// The commands whose work is outside the state: the clipboard, downloads.
pub struct Commands {
    pub copy_link: Callback<()>,
    pub copy_snippet: Callback<String>,
    pub export: Callback<ExportFormat>,
}

#[hook]
pub fn use_commands(url: &UrlState, outcome: Rc<Outcome>, dispatch: Callback<Action>) -> Commands {
    let data = use_data();
    let copy_link = {
        let dispatch = dispatch.clone();
        use_callback(url.clone(), move |_: (), url| {
            let link = browser::url_with_query(&encode(url));
            copy_then_tell(
                link.clone(),
                "Link copied.".into(),
                format!("Copy this link: {link}"),
                &dispatch,
            );
        })
    };
    let copy_snippet = use_callback((), move |snippet: String, _| {
        let (copied, refused) = ("Embed code copied.", "Select the code and copy it.");
        copy_then_tell(snippet, copied.into(), refused.into(), &dispatch);
    });
    let export = use_callback(outcome, move |format: ExportFormat, outcome| {
        let anchoring = Anchoring::new(data.article, article_source(data.content_hash));
        let rows = rows(&data.lookup, &data.index, &outcome.items, &anchoring);
        let provenance = Provenance::of(data.dataset, data.content_hash);
        let (name, mime, content) = match format {
            ExportFormat::Csv => ("results.csv", "text/csv", to_csv(&rows, provenance)),
            ExportFormat::Json => (
                "results.json",
                "application/json",
                to_json(&rows, provenance),
            ),
            ExportFormat::Dataset => (
                "dataset.json",
                "application/json",
                dataset_json(data.dataset, provenance, &anchoring),
            ),
        };
        browser::download(&format!("article-explorer-{name}"), mime, &content);
    });
    Commands {
        copy_link,
        copy_snippet,
        export,
    }
}

/// Copies `text`, then shows `copied`, or `refused` when the browser says no.
pub fn copy_then_tell(text: String, copied: String, refused: String, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = browser::copy_text(text).await;
        dispatch.emit(Action::Toast(if ok { copied } else { refused }));
    });
}

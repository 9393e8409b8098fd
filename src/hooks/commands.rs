//! The commands whose work is outside the state: the clipboard, downloads.

use crate::browser;
use crate::data::use_data;
use crate::state::Action;
use explorer_core::read::exports::{csv, json, JsonFrame};
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
    let export = use_callback(outcome, move |format: ExportFormat, outcome| {
        let (items, dispatch) = (outcome.items.clone(), dispatch.clone());
        let ids: Vec<String> = items
            .iter()
            .map(|&i| data.index.items[i].id.clone())
            .collect();
        wasm_bindgen_futures::spawn_local(async move {
            match exported(format, &items, &ids).await {
                Ok((name, mime, content)) => {
                    browser::download(&format!("article-explorer-{name}"), mime, &content)
                }
                Err(problem) => dispatch.emit(Action::Toast(problem)),
            }
        });
    });
    Commands { copy_link, export }
}

/// The file an export downloads: its name, type and content, joined from
/// the build's prepared pieces (`explorer_core::read::exports`) for the
/// items at `items` (ids `ids`) of the index.
async fn exported(
    format: ExportFormat,
    items: &[usize],
    ids: &[String],
) -> Result<(&'static str, &'static str, String), String> {
    if format == ExportFormat::Dataset {
        let (content, _) = browser::fetch_prepared("dataset").await?;
        return Ok(("dataset.json", "application/json", content));
    }
    let prepared = browser::prepared_exports().await?;
    let key = if format == ExportFormat::Csv {
        "csv"
    } else {
        "json"
    };
    let pieces: Option<Vec<String>> = items
        .iter()
        .zip(ids)
        .map(|(&i, id)| prepared.item(i, id, key))
        .collect();
    let damaged = "The export file does not match this page: reload the page.";
    let pieces = pieces.ok_or(damaged)?;
    let pieces = pieces.iter().map(String::as_str);
    let field = |key: &str| prepared.field(key).ok_or(damaged);
    Ok(if format == ExportFormat::Csv {
        (
            "results.csv",
            "text/csv",
            csv(&field("csv_header")?, pieces),
        )
    } else {
        let (head, separator) = (field("json_head")?, field("json_separator")?);
        let (tail, empty) = (field("json_tail")?, field("json_empty")?);
        let frame = JsonFrame {
            head: &head,
            separator: &separator,
            tail: &tail,
            empty: &empty,
        };
        ("results.json", "application/json", json(frame, pieces))
    })
}

/// Copies `text`, then shows `copied`, or `refused` when the browser says no.
pub fn copy_then_tell(text: String, copied: String, refused: String, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = browser::copy_text(text).await;
        dispatch.emit(Action::Toast(if ok { copied } else { refused }));
    });
}

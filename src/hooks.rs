//! The app's side effects as hooks, each over browser glue from `browser`:
//! the URL kept in step with the state, focus after a selection, the service
//! worker, and the commands that copy or download.

use std::rc::Rc;

use explorer_core::export::{dataset_json, rows, to_csv, to_json, Provenance};
use explorer_core::ids::{row_dom_id, span_dom_id};
use explorer_core::mount::{self, Step};
use explorer_core::query::Outcome;
use explorer_core::selectors::{article_source, Anchoring};
use explorer_core::url_state::{decode, encode, UrlState};
use yew::prelude::*;

use crate::browser;
use crate::data::use_data;
use crate::state::{Action, Focus, HistoryMode, State};

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

/// The address bar follows the state; Back and Forward restore it. The
/// history entry is written after the frame that shows the change: in a
/// trace, `pushState` and what it sets off made that frame about 4 ms longer,
/// and no reader waits for the address bar.
#[hook]
pub fn use_history_sync(url: &UrlState, mode: HistoryMode, dispatch: Callback<Action>) {
    use_effect_with(url.clone(), move |url| {
        browser::write_url_after_paint(encode(url), mode);
    });
    let data = use_data();
    use_effect_with((), move |_| {
        let listener = browser::on_popstate(move || {
            let (url, notices) = decode(&browser::location_search(), &data.index);
            dispatch.emit(Action::Restore(url, notices));
        });
        move || drop(listener)
    });
}

/// A selection moves focus to its passage or its row.
#[hook]
pub fn use_selection_focus(state: &State) {
    let target = state
        .url
        .selected
        .as_deref()
        .and_then(|id| match state.focus {
            Focus::Article => Some(span_dom_id(id)),
            Focus::Result => Some(row_dom_id(id)),
            Focus::None => None,
        });
    use_effect_with((target, state.selections), |(target, _)| {
        if let Some(id) = target {
            browser::scroll_and_focus(id);
        }
    });
}

/// Offline support; a new version is announced, not forced.
#[hook]
pub fn use_service_worker(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        browser::register_service_worker(move || dispatch.emit(Action::UpdateReady));
    });
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

/// The filters' sheet takes focus when it opens and gives it back to its
/// button when it closes. It is a sheet only below 48rem: a phone turned
/// wider while it is open closes it (else the page would stay inert).
#[hook]
pub fn use_sheet_focus(open: bool, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = browser::on_media_unmatch("(max-width: 47.99rem)", move || {
            dispatch.emit(Action::CloseFilters)
        });
        move || drop(listener)
    });
    let first = use_mut_ref(|| true);
    use_effect_with(open, move |&open| {
        // Not on the first render: the page starts with focus where it is.
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::focus_by_id(if open {
                "filters-heading"
            } else {
                "filters-button"
            });
        }
    });
}

/// A claim chosen in the contested-claims panel (which ignores the
/// filters): its card when the results hold it, else its passage in the
/// article, which shows a selection whatever the filters.
#[hook]
pub fn use_show_claim(outcome: Rc<Outcome>, dispatch: Callback<Action>) -> Callback<AttrValue> {
    let data = use_data();
    use_callback(
        (outcome, dispatch),
        move |id: AttrValue, (outcome, dispatch)| {
            let listed = data
                .index
                .item_by_id(&id)
                .is_some_and(|i| outcome.items.binary_search(&i).is_ok());
            let id = id.to_string();
            dispatch.emit(if listed {
                Action::ShowResult(id)
            } else {
                Action::ShowInArticle(id)
            });
        },
    )
}

/// The first mount spread over tasks (`explorer_core::mount`): `Some(step)`
/// while parts still wait, one step per task, then `None` for good.
#[hook]
pub fn use_mount_step(steps: usize) -> Step {
    let step = use_state_eq(|| mount::first_step(steps));
    {
        let setter = step.setter();
        use_effect_with(*step, move |&current| {
            if current.is_some() {
                browser::after_ms(0, move || setter.set(mount::next_step(current, steps)));
            }
        });
    }
    *step
}

/// A callback that dispatches `action` of an item's id (choosing a card or
/// a marker), the same callback across renders.
#[hook]
pub fn use_action(
    dispatch: &Callback<Action>,
    action: fn(String) -> Action,
) -> Callback<AttrValue> {
    use_callback(dispatch.clone(), move |id: AttrValue, dispatch| {
        dispatch.emit(action(id.to_string()))
    })
}

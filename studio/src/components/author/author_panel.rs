use explorer_core::author::session::{opened_text, Edit, MAX_ARTICLE_BYTES, MAX_DATASET_BYTES};
use web_sys::{DragEvent, FileList};
use yew::prelude::*;

use super::author_toolbar::AuthorToolbar;
use super::findings_list::FindingsList;
use super::text_editor::TextEditor;
use crate::browser::read_files;
use crate::hooks::{use_findings, use_session};

/// "Make an explorer": open or paste the article and its dataset, draft,
/// edit, see `check`'s findings live, and download both files. Autosaved:
/// a reload or a closed tab loses nothing.
#[function_component(AuthorPanel)]
pub fn author_panel() -> Html {
    let session = use_session();
    let findings = use_findings(&session.0.now);
    // Why the last files could not be opened (nothing else changed).
    let refused = use_state(|| None::<String>);
    let onedit = {
        let session = session.clone();
        Callback::from(move |edit: Edit| session.dispatch(edit))
    };
    let onfiles = {
        let (onedit, refused) = (onedit.clone(), refused.clone());
        Callback::from(move |files: FileList| open_files(files, onedit.clone(), refused.clone()))
    };
    let ondrop = onfiles.reform(|e: DragEvent| {
        e.prevent_default();
        e.data_transfer()
            .and_then(|d| d.files())
            .expect("a drop carries files")
    });
    let ondownload = {
        let session = session.clone();
        Callback::from(move |()| {
            let now = &session.0.now;
            article_explorer::browser::download("dataset.json", "application/json", &now.dataset);
            article_explorer::browser::download("article.txt", "text/plain", &now.article);
            session.dispatch(Edit::Saved);
        })
    };
    let now = &session.0.now;
    html! {
        <section class="author" aria-labelledby="author-title" {ondrop}
            ondragover={Callback::from(|e: DragEvent| e.prevent_default())}>
            <h2 id="author-title">{"Make an explorer"}</h2>
            <p class="hint">{"Paste the article, or open or drop its article.txt and dataset.json. The check below is the build's own, run as you type. Everything stays in this browser until you download it."}</p>
            <AuthorToolbar can_undo={session.0.can_undo()} can_redo={session.0.can_redo()}
                can_draft={!now.article.trim().is_empty()} onedit={onedit.clone()} {onfiles} {ondownload} />
            if let Some(problem) = (*refused).clone() {
                <p class="studio-problem" role="alert">{problem}</p>
            }
            if session.0.unsaved() { <p class="hint unsaved">{"Changes not downloaded yet (kept in this browser)."}</p> }
            <div class="editors">
                <TextEditor id="article-text" label="article.txt" hint="The article's verbatim text."
                    value={now.article.clone()} oninput={onedit.reform(Edit::Article)} />
                <TextEditor id="dataset-json" label="dataset.json" hint="Its data (docs/dataset.md); spans may be written as quotes."
                    value={now.dataset.clone()} oninput={onedit.reform(Edit::Dataset)} />
            </div>
            <FindingsList {findings} />
        </section>
    }
}

/// Reads the files (a `.json` is the dataset, anything else the article)
/// and opens those that can be; says why of any that cannot.
fn open_files(files: FileList, onedit: Callback<Edit>, refused: UseStateHandle<Option<String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let (mut article, mut dataset, mut problems) = (None, None, Vec::new());
        for (name, bytes) in read_files(files).await {
            let is_dataset = name.to_lowercase().ends_with(".json");
            let limit = if is_dataset {
                MAX_DATASET_BYTES
            } else {
                MAX_ARTICLE_BYTES
            };
            match opened_text(&name, &bytes, limit) {
                Ok(text) if is_dataset => dataset = Some(text),
                Ok(text) => article = Some(text),
                Err(problem) => problems.push(problem),
            }
        }
        refused.set((!problems.is_empty()).then(|| problems.join(" ")));
        if article.is_some() || dataset.is_some() {
            onedit.emit(Edit::Open { article, dataset });
        }
    });
}

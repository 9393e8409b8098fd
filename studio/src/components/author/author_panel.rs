use explorer_core::author::session::{
    opened_text, tidy, too_big, Edit, MAX_ARTICLE_BYTES, MAX_DATASET_BYTES,
};
use web_sys::{DragEvent, FileList};
use yew::prelude::*;

use explorer_core::author::candidates::drafts;

use super::annotate_panel::AnnotatePanel;
use super::author_toolbar::AuthorToolbar;
use super::findings_list::FindingsList;
use super::text_editor::TextEditor;
use crate::browser::{read_files, Read};
use crate::hooks::{use_findings, SessionHandle};

#[derive(Properties, PartialEq)]
pub struct AuthorPanelProps {
    /// The session, kept above the tabs (`hooks::use_session`).
    pub session: SessionHandle,
}

/// "Make an explorer": open or paste the article and its dataset, draft,
/// edit, see `check`'s findings live, and download both files. Autosaved:
/// a reload or a closed tab loses nothing.
#[function_component(AuthorPanel)]
pub fn author_panel(props: &AuthorPanelProps) -> Html {
    let session = props.session.session.clone();
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
    let ondrop = file_drop(onfiles.clone());
    let ondownload = {
        let session = session.clone();
        Callback::from(move |()| {
            let now = &session.0.now;
            // Written in the schema's order, as the forms write it, so the
            // next change is a small diff (one undo step if it reorders).
            let dataset = tidy(&now.dataset).unwrap_or_else(|| now.dataset.to_string());
            if *dataset != *now.dataset {
                session.dispatch(Edit::Open {
                    article: None,
                    dataset: Some(dataset.clone()),
                });
            }
            article_explorer::browser::download("dataset.json", "application/json", &dataset);
            article_explorer::browser::download("article.txt", "text/plain", &now.article);
            session.dispatch(Edit::Saved);
        })
    };
    let now = &session.0.now;
    html! {
        <section class="author" aria-labelledby="author-title" {ondrop}
            ondragover={Callback::from(|e: DragEvent| if carries_files(&e) { e.prevent_default() })}>
            <h2 id="author-title">{"Make an explorer"}</h2>
            <p class="hint">{"Paste the article, or open or drop its article.txt and dataset.json. The check below is the build's own, run as you type. Everything stays in this browser until you download it."}</p>
            <AuthorToolbar can_undo={session.0.can_undo()} can_redo={session.0.can_redo()}
                can_draft={!now.article.trim().is_empty() && drafts(&now.article)} onedit={onedit.clone()} {onfiles} {ondownload} />
            if let Some(problem) = (*refused).clone() {
                <p class="studio-problem" role="alert">{problem}</p>
            }
            if !props.session.autosaved {
                <p class="studio-problem" role="alert">{"This browser refused to keep a copy (its storage is full or off): download both files to keep your work."}</p>
            } else if session.0.unsaved() {
                <p class="hint unsaved">{"Changes not downloaded yet (kept in this browser)."}</p>
            }
            if !now.article.trim().is_empty() {
                <AnnotatePanel article={now.article.clone()} dataset={now.dataset.clone()} shown={session.0.shown}
                    refused={session.0.refused.clone()} onedit={onedit.clone()} />
            }
            <FindingsList {findings} dataset={now.dataset.clone()} article={now.article.clone()}
                onshow={onedit.reform(Edit::Show)} />
            <h3 class="files-title">{"The files as text"}</h3>
            <div class="editors">
                <TextEditor id="article-text" label="article.txt" hint="The article's verbatim text."
                    value={AttrValue::from(now.article.clone())} oninput={typed(onedit.clone(), refused.clone(), ("article.txt", MAX_ARTICLE_BYTES), now.article.clone(), Edit::Article)} />
                <TextEditor id="dataset-json" label="dataset.json" hint="Its data (docs/dataset.md); spans may be written as quotes."
                    value={AttrValue::from(now.dataset.clone())} oninput={typed(onedit.clone(), refused.clone(), ("dataset.json", MAX_DATASET_BYTES), now.dataset.clone(), Edit::Dataset)} />
            </div>
            <crate::components::preview::reader_preview::ReaderPreview texts={now.clone()} />
        </section>
    }
}

/// Typing or pasting into a file's text area: a text past the studio's
/// limit is refused with a message, and the area keeps what it had.
fn typed(
    onedit: Callback<Edit>,
    refused: UseStateHandle<Option<String>>,
    (name, limit): (&'static str, usize),
    had: std::rc::Rc<str>,
    edit: fn(String) -> Edit,
) -> Callback<(String, web_sys::HtmlTextAreaElement)> {
    Callback::from(
        move |(text, area): (String, web_sys::HtmlTextAreaElement)| match too_big(
            name,
            text.len(),
            limit,
        ) {
            Some(problem) => {
                area.set_value(&had);
                refused.set(Some(problem));
            }
            None => onedit.emit(edit(text)),
        },
    )
}

/// Whether a drag carries files (text dragged inside an editor does not).
fn carries_files(e: &DragEvent) -> bool {
    let types = e.data_transfer().map(|d| d.types());
    types.is_some_and(|t| t.includes(&"Files".into(), 0))
}

/// A drop of files opens them; any other drop is the browser's.
fn file_drop(onfiles: Callback<FileList>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        if !carries_files(&e) {
            return;
        }
        e.prevent_default();
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            onfiles.emit(files);
        }
    })
}

/// The largest file of this name the studio opens.
fn limit(name: &str) -> usize {
    if is_dataset(name) {
        MAX_DATASET_BYTES
    } else {
        MAX_ARTICLE_BYTES
    }
}

fn is_dataset(name: &str) -> bool {
    name.to_lowercase().ends_with(".json")
}

/// Reads the files (a `.json` is the dataset, anything else the article)
/// and opens those that can be; says why of any that cannot.
fn open_files(files: FileList, onedit: Callback<Edit>, refused: UseStateHandle<Option<String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let (mut article, mut dataset, mut problems) = (None, None, Vec::new());
        let read = read_files(files, |name, size| too_big(name, size, limit(name))).await;
        for file in read {
            let (name, bytes) = match file {
                Read::Text(name, bytes) => (name, bytes),
                Read::Refused(why) => {
                    problems.push(why);
                    continue;
                }
            };
            match opened_text(&name, &bytes, limit(&name)) {
                Ok(text) if is_dataset(&name) => dataset = Some(text),
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

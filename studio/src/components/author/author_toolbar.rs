use explorer_core::author::session::Edit;
use web_sys::{FileList, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AuthorToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    /// An article to draft from.
    pub can_draft: bool,
    pub onedit: Callback<Edit>,
    /// Files chosen in the picker.
    pub onfiles: Callback<FileList>,
    /// Download both files.
    pub ondownload: Callback<()>,
}

/// Open, draft, undo, redo and download.
#[function_component(AuthorToolbar)]
pub fn author_toolbar(props: &AuthorToolbarProps) -> Html {
    let onchange = props.onfiles.reform(|e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        input.files().expect("a file input has a list")
    });
    let edit = |edit: Edit| props.onedit.reform(move |_: MouseEvent| edit.clone());
    html! {
        <div class="author-toolbar">
            <label class="button file-button">
                {"Open article.txt or dataset.json…"}
                <input type="file" accept=".txt,.json,text/plain,application/json" multiple=true {onchange} />
            </label>
            <button type="button" class="button" disabled={!props.can_draft} onclick={edit(Edit::Draft)}
                title="Replaces the dataset with the draft's proposals (undo brings it back)">
                {"Draft from the article"}
            </button>
            <button type="button" class="button" disabled={!props.can_undo} onclick={edit(Edit::Undo)}>{"Undo"}</button>
            <button type="button" class="button" disabled={!props.can_redo} onclick={edit(Edit::Redo)}>{"Redo"}</button>
            <button type="button" class="button" onclick={props.ondownload.reform(|_: MouseEvent| ())}>
                {"Download dataset.json and article.txt"}
            </button>
        </div>
    }
}

use std::rc::Rc;

use explorer_core::url_state::{encode, UrlState};
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub open: bool,
    /// The state the embed shows.
    pub url: Rc<UrlState>,
    /// Copies the snippet.
    pub oncopy: Callback<String>,
    pub dispatch: Callback<Action>,
}

/// A modal dialog with a copyable iframe snippet for the current view.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    // Built only while the dialog is open: not on every filter change.
    let snippet = if props.open {
        let embedded = UrlState {
            embed: true,
            ..(*props.url).clone()
        };
        explorer_core::embed::embed_snippet(
            &browser::url_with_query(&encode(&embedded)),
            &browser::app_base_url(),
        )
    } else {
        String::new()
    };
    let dialog = use_node_ref();
    let text = use_node_ref();
    {
        let (dialog, text) = (dialog.clone(), text.clone());
        use_effect_with(props.open, move |&open| {
            if let Some(element) = dialog.cast::<HtmlDialogElement>() {
                if open && !element.open() {
                    let _ = element.show_modal();
                    if let Some(t) = text.cast::<HtmlTextAreaElement>() {
                        t.select();
                    }
                } else if !open && element.open() {
                    element.close();
                }
            }
        });
    }
    let onclose = props.dispatch.reform(|_: Event| Action::CloseEmbedDialog);
    let close = props
        .dispatch
        .reform(|_: MouseEvent| Action::CloseEmbedDialog);
    let copy = {
        let (snippet, oncopy) = (snippet.clone(), props.oncopy.clone());
        Callback::from(move |_: MouseEvent| oncopy.emit(snippet.clone()))
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" {onclose}>
            <h2 id="embed-title">{"Embed this view"}</h2>
            <p>{"Paste this into your page. The script sizes the frame to its content; the frame keeps the current filters, search and selection."}</p>
            <label for="embed-snippet">{"Embed code"}</label>
            <textarea id="embed-snippet" ref={text} readonly=true rows="6" value={snippet} />
            <div class="dialog-actions">
                <button type="button" class="button" onclick={copy}>{"Copy code"}</button>
                <button type="button" class="button" onclick={close}>{"Close"}</button>
            </div>
        </dialog>
    }
}

use std::rc::Rc;

use explorer_core::read::embed::{embed_snippet, EmbedChoice, Layout};
use explorer_core::read::url_state::{encode, UrlState};
use web_sys::HtmlDialogElement;
use yew::prelude::*;

use super::embed_options::EmbedOptions;
use crate::browser;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct EmbedBuilderProps {
    pub open: bool,
    /// What the reader is looking at: the embed starts from it.
    pub url: Rc<UrlState>,
    /// Copies the snippet.
    pub oncopy: Callback<String>,
}

/// A modal dialog where an author chooses the embed's view, filters, theme
/// and height, sees the real embed in a preview frame, and copies the
/// snippet, whose iframe is the preview's (same address, same height).
#[function_component(EmbedBuilder)]
pub fn embed_builder(props: &EmbedBuilderProps) -> Html {
    let dispatch = use_dispatch();
    let choice = use_state(|| EmbedChoice::for_state(&props.url));
    let dialog = use_node_ref();
    {
        let (dialog, choice, url) = (dialog.clone(), choice.clone(), props.url.clone());
        use_effect_with(props.open, move |&open| {
            let Some(element) = dialog.cast::<HtmlDialogElement>() else {
                return;
            };
            if open && !element.open() {
                // Each opening starts from what the reader now sees.
                choice.set(EmbedChoice::for_state(&url));
                let _ = element.show_modal();
            } else if !open && element.open() {
                element.close();
            }
        });
    }
    // Built only while the dialog is open: not on every filter change.
    let (src, snippet) = if props.open {
        let src = browser::url_with_query(&encode(&choice.embed_state(&props.url)));
        let snippet = embed_snippet(&src, &browser::app_base_url(), choice.frame_height());
        (src, snippet)
    } else {
        Default::default()
    };
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |c: EmbedChoice| choice.set(c))
    };
    let onclose = dispatch.reform(|_: Event| Action::CloseEmbedDialog);
    let close = dispatch.reform(|_: MouseEvent| Action::CloseEmbedDialog);
    let copy = {
        let (snippet, oncopy) = (snippet.clone(), props.oncopy.clone());
        Callback::from(move |_: MouseEvent| oncopy.emit(snippet.clone()))
    };
    let can_card = EmbedChoice::allows(&props.url, Layout::Card);
    html! {
        <dialog ref={dialog} class="embed-builder" aria-labelledby="embed-title" {onclose}>
            <h2 id="embed-title">{"Embed this view"}</h2>
            <div class="builder-grid">
                <div class="builder-form">
                    <EmbedOptions choice={(*choice).clone()} {can_card} {onchange} />
                    <label for="embed-snippet">{"Embed code"}</label>
                    <textarea id="embed-snippet" readonly=true rows="5" value={snippet} />
                    <p class="hint">{"Paste it into your page. With the script, the frame follows its content and keeps the reader's filters in your page's link; without it, the frame keeps its height."}</p>
                    <div class="dialog-actions">
                        <button type="button" class="button" onclick={copy}>{"Copy code"}</button>
                        <button type="button" class="button" onclick={close}>{"Close"}</button>
                    </div>
                </div>
                <div class="builder-preview">
                    <p class="preview-label" id="embed-preview-label">{"Preview"}</p>
                    if props.open {
                        <iframe class="embed-preview" src={src} title="Preview of the embed"
                            height={choice.frame_height().to_string()} />
                    }
                </div>
            </div>
        </dialog>
    }
}

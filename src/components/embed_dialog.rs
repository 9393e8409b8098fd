use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub open: bool,
    /// The iframe snippet for the current view.
    pub snippet: AttrValue,
    pub oncopy: Callback<String>,
    pub onclose: Callback<()>,
}

/// A modal dialog with a copyable iframe snippet for the current view.
#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let text = use_node_ref();
    {
        let (dialog, text) = (dialog.clone(), text.clone());
        use_effect_with(props.open, move |&open| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                if open && !d.open() {
                    let _ = d.show_modal();
                    if let Some(t) = text.cast::<HtmlTextAreaElement>() {
                        t.select();
                    }
                } else if !open && d.open() {
                    d.close();
                }
            }
        });
    }
    let onclose = props.onclose.reform(|_: Event| ());
    let close = props.onclose.reform(|_: MouseEvent| ());
    let copy = {
        let (snippet, oncopy) = (props.snippet.to_string(), props.oncopy.clone());
        Callback::from(move |_: MouseEvent| oncopy.emit(snippet.clone()))
    };
    html! {
        <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" {onclose}>
            <h2 id="embed-title">{"Embed this view"}</h2>
            <p>{"Paste this into your page. The script sizes the frame to its content; the frame keeps the current filters, search and selection."}</p>
            <label for="embed-snippet">{"Embed code"}</label>
            <textarea id="embed-snippet" ref={text} readonly=true rows="6" value={props.snippet.clone()} />
            <div class="dialog-actions">
                <button type="button" class="button" onclick={copy}>{"Copy code"}</button>
                <button type="button" class="button" onclick={close}>{"Close"}</button>
            </div>
        </dialog>
    }
}

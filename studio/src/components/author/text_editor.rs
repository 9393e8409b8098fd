use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextEditorProps {
    pub id: AttrValue,
    /// The file it holds ("article.txt").
    pub label: AttrValue,
    pub hint: AttrValue,
    pub value: AttrValue,
    /// The text typed, with the area (to put back what it had, when the
    /// text is refused).
    pub oninput: Callback<(String, web_sys::HtmlTextAreaElement)>,
}

/// One of the folder's two files as a text area.
#[function_component(TextEditor)]
pub fn text_editor(props: &TextEditorProps) -> Html {
    let oninput = props.oninput.reform(|e: InputEvent| {
        let area = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>();
        (area.value(), area)
    });
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="text-editor">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <p class="hint" id={hint_id.clone()}>{props.hint.clone()}</p>
            <textarea id={props.id.clone()} aria-describedby={hint_id} spellcheck="false"
                rows="18" value={props.value.clone()} {oninput} />
        </div>
    }
}

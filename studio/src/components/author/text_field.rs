use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What a text field holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Words,
    Number,
    /// One entry per line.
    Lines,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub kind: TextKind,
    /// The value in the file.
    pub value: Value,
    pub describedby: AttrValue,
    /// The value to write (on change: leaving the field or Enter).
    pub oncommit: Callback<Value>,
}

/// A field typed into: each keystroke changes only this field; the file
/// is written when the field changes, so typing stays fast on a big file.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let shown = use_state(|| shown_text(&props.value));
    {
        let shown = shown.clone();
        use_effect_with(props.value.clone(), move |v| shown.set(shown_text(v)));
    }
    let oninput = {
        let shown = shown.clone();
        Callback::from(move |e: InputEvent| {
            shown.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let onchange = {
        let (kind, oncommit) = (props.kind, props.oncommit.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            oncommit.emit(entered(kind, &text));
        })
    };
    let (id, describedby) = (props.id.clone(), props.describedby.clone());
    match props.kind {
        TextKind::Lines => html! {
            <textarea {id} rows="3" aria-describedby={describedby} value={(*shown).clone()} {oninput} {onchange} />
        },
        TextKind::Number => html! {
            <input {id} type="number" min="0" step="1" aria-describedby={describedby} value={(*shown).clone()} {oninput} {onchange} />
        },
        TextKind::Words => html! {
            <input {id} type="text" aria-describedby={describedby} value={(*shown).clone()} {oninput} {onchange} />
        },
    }
}

fn shown_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(lines) => lines
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// The value typed, as the file holds it (a number that is not one stays
/// text, for `check` to name).
fn entered(kind: TextKind, text: &str) -> Value {
    match kind {
        TextKind::Words => text.into(),
        TextKind::Number if text.trim().is_empty() => Value::Null,
        TextKind::Number => text
            .trim()
            .parse::<u64>()
            .map_or_else(|_| text.into(), Value::from),
        TextKind::Lines => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(Value::from)
            .collect(),
    }
}

use std::rc::Rc;

use explorer_core::author::edit::{span_of, FormEdit, ItemAt};
use explorer_core::author::form::{Choice, Field, Input};
use serde_json::Value;
use yew::prelude::*;

use super::text_field::{TextField, TextKind};

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub at: ItemAt,
    pub field: Rc<Field>,
    /// Its value in the file (null when absent).
    pub value: Value,
    /// For a reference: the ids it may name, with what each is.
    pub options: Rc<Vec<(String, String)>>,
    pub article: Rc<str>,
    /// The words selected in the text (bytes), for a passage.
    pub selection: Option<(usize, usize)>,
    pub onform: Callback<FormEdit>,
}

/// One field of an item's form, as the schema types it, with its meaning.
#[function_component(FieldInput)]
pub fn field_input(props: &FieldInputProps) -> Html {
    let field = &props.field;
    let id = format!("f-{}", field.name);
    let hint = format!("{id}-meaning");
    let set = setter(props);
    let label = format!(
        "{}{}",
        field.name.replace('_', " "),
        if field.required { "" } else { " (optional)" }
    );
    let control = match &field.input {
        Input::Text => text(&id, TextKind::Words, props, &hint),
        Input::Number => text(&id, TextKind::Number, props, &hint),
        Input::Texts => text(&id, TextKind::Lines, props, &hint),
        Input::Flag => {
            let onchange = set.reform(|e: Event| {
                Value::Bool(
                    e.target_unchecked_into::<web_sys::HtmlInputElement>()
                        .checked(),
                )
            });
            html! { <input id={id.clone()} type="checkbox" aria-describedby={hint.clone()} checked={props.value == Value::Bool(true)} {onchange} /> }
        }
        Input::Choice(choices) | Input::Choices(choices) => {
            let many = matches!(field.input, Input::Choices(_));
            return choice_group(&label, &field.meaning, &id, choices, many, props);
        }
        Input::Ref(kinds) => super::ref_input::select(&id, &hint, kinds, props),
        Input::Refs(kinds) => {
            return super::ref_input::checks(&label, &field.meaning, &id, kinds, props)
        }
        Input::Span => span_control(props, &id, &hint),
        Input::Spans => spans_control(props, &id, &hint),
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{label}</label>
            <p class="hint" id={hint}>{field.meaning.clone()}</p>
            {control}
        </div>
    }
}

/// The edit that sets this field to a value.
pub fn setter(props: &FieldInputProps) -> Callback<Value> {
    let (at, field, onform) = (props.at, props.field.clone(), props.onform.clone());
    Callback::from(move |value: Value| {
        onform.emit(FormEdit::Set {
            at,
            field: field.name.clone(),
            value,
            required: field.required,
        })
    })
}

fn text(id: &str, kind: TextKind, props: &FieldInputProps, hint: &str) -> Html {
    html! {
        <TextField id={id.to_string()} {kind} value={props.value.clone()}
            describedby={hint.to_string()} oncommit={setter(props)} />
    }
}

/// An enum's values as radio buttons (or checkboxes for a list), each
/// with its meaning.
fn choice_group(
    label: &str,
    meaning: &str,
    id: &str,
    choices: &[Choice],
    many: bool,
    props: &FieldInputProps,
) -> Html {
    let set = setter(props);
    let chosen: Vec<String> = match &props.value {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let option = |c: &Choice| {
        let value = c.value.clone();
        let checked = chosen.contains(&c.value);
        let (set, chosen) = (set.clone(), chosen.clone());
        let onchange = Callback::from(move |_: Event| {
            if !many {
                return set.emit(value.clone().into());
            }
            let mut list = chosen.clone();
            match list.iter().position(|v| *v == value) {
                Some(i) => drop(list.remove(i)),
                None => list.push(value.clone()),
            }
            set.emit(list.into_iter().map(Value::from).collect());
        });
        let kind = if many { "checkbox" } else { "radio" };
        html! {
            <label class="choice">
                <input type={kind} name={id.to_string()} value={c.value.clone()} {checked} {onchange} />
                <span class="choice-value">{c.value.replace('_', " ")}</span>
                <span class="choice-meaning">{c.meaning.clone()}</span>
            </label>
        }
    };
    html! {
        <fieldset class="field choices" id={id.to_string()}>
            <legend>{label.to_string()}</legend>
            <p class="hint">{meaning.to_string()}</p>
            { for choices.iter().map(option) }
        </fieldset>
    }
}

/// The passage as its words, with its context when it has some, and a
/// button that takes the words selected in the text instead.
fn span_control(props: &FieldInputProps, id: &str, hint: &str) -> Html {
    let set = setter(props);
    let chosen = props
        .selection
        .and_then(|(s, e)| span_of(&props.article, s, e))
        .map(|(span, _)| span);
    let take = chosen
        .clone()
        .map(|span| set.reform(move |_: MouseEvent| span.clone()));
    let clear = (!props.field.required && !props.value.is_null())
        .then(|| set.reform(|_: MouseEvent| Value::Null));
    html! {
        <div class="span-field" id={id.to_string()} role="group" aria-describedby={hint.to_string()}>
            { quote(&props.value) }
            <button type="button" class="button" disabled={take.is_none()} onclick={take.unwrap_or_default()}>
                {"Use the selected words"}</button>
            if let Some(onclick) = clear { <button type="button" class="button" {onclick}>{"Clear"}</button> }
        </div>
    }
}

/// A list of passages: each removable, the selection added.
fn spans_control(props: &FieldInputProps, id: &str, hint: &str) -> Html {
    let set = setter(props);
    let spans: Vec<Value> = props.value.as_array().cloned().unwrap_or_default();
    let add = props
        .selection
        .and_then(|(s, e)| span_of(&props.article, s, e))
        .map(|(span, _)| {
            let (set, spans) = (set.clone(), spans.clone());
            Callback::from(move |_: MouseEvent| {
                set.emit(spans.iter().cloned().chain([span.clone()]).collect())
            })
        });
    let entry = |(i, span): (usize, &Value)| {
        let (set, spans) = (set.clone(), spans.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            set.emit(
                spans
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, s)| s.clone())
                    .collect(),
            )
        });
        html! { <li>{quote(span)}<button type="button" class="button" {onclick}>{"Remove"}</button></li> }
    };
    html! {
        <div class="span-field" id={id.to_string()} role="group" aria-describedby={hint.to_string()}>
            <ul>{ for spans.iter().enumerate().map(entry) }</ul>
            <button type="button" class="button" disabled={add.is_none()} onclick={add.unwrap_or_default()}>
                {"Add the selected words"}</button>
        </div>
    }
}

fn quote(span: &Value) -> Html {
    let words = |k: &str| span[k].as_str().unwrap_or_default().to_string();
    if span.is_null() {
        return html! { <span class="hint">{"None yet."}</span> };
    }
    html! {
        <span class="quote-shown">
            if !words("prefix").is_empty() { <span class="context">{format!("…{}", words("prefix"))}</span> }
            <q>{words("quote")}</q>
            if !words("suffix").is_empty() { <span class="context">{format!("{}…", words("suffix"))}</span> }
        </span>
    }
}

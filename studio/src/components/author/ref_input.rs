//! A reference's controls: a list of the items it may name, with "new …"
//! for each kind it takes.

use explorer_core::author::edit::FormEdit;
use explorer_core::author::form::Kind;
use serde_json::Value;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::field_input::{setter, FieldInputProps};

/// The "new …" option's value for a kind.
fn new_value(kind: Kind) -> String {
    format!("\u{0}new:{}", kind.collection())
}

/// One id: a list of the items of its kinds, then "new person…" etc.
pub fn select(id: &str, hint: &str, kinds: &[Kind], props: &FieldInputProps) -> Html {
    let (set, new) = (setter(props), new_for(props));
    let current = props.value.as_str().unwrap_or_default().to_string();
    let kinds_owned = kinds.to_vec();
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        match kinds_owned.iter().find(|k| new_value(**k) == value) {
            Some(&kind) => new.emit(kind),
            None if value.is_empty() => set.emit(Value::Null),
            None => set.emit(value.into()),
        }
    });
    let known = props.options.iter().any(|(o, _)| *o == current);
    html! {
        <select id={id.to_string()} aria-describedby={hint.to_string()} {onchange}>
            <option value="" selected={current.is_empty()}>{"(none)"}</option>
            if !known && !current.is_empty() {
                <option value={current.clone()} selected=true>{format!("{current} (not found)")}</option>
            }
            { for props.options.iter().map(|(o, label)| html! {
                <option value={o.clone()} selected={*o == current}>{format!("{o} — {label}")}</option>
            }) }
            { for kinds.iter().map(|k| html! { <option value={new_value(*k)}>{format!("New {}…", k.label())}</option> }) }
        </select>
    }
}

/// Several ids: a checkbox per item of its kinds, and "New …" buttons.
pub fn checks(
    label: &str,
    meaning: &str,
    id: &str,
    kinds: &[Kind],
    props: &FieldInputProps,
) -> Html {
    let (set, new) = (setter(props), new_for(props));
    let chosen: Vec<String> = props
        .value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    let check = |(o, text): &(String, String)| {
        let on = chosen.contains(o);
        let shown = o.clone();
        let (set, chosen, o) = (set.clone(), chosen.clone(), o.clone());
        let onchange = Callback::from(move |_: Event| {
            let mut list: Vec<String> = chosen.iter().filter(|c| **c != o).cloned().collect();
            if !on {
                list.push(o.clone());
            }
            set.emit(list.into_iter().map(Value::from).collect());
        });
        html! {
            <label class="choice"><input type="checkbox" checked={on} {onchange} />
                <span class="choice-value">{shown}</span><span class="choice-meaning">{text.clone()}</span></label>
        }
    };
    let button = |kind: &Kind| {
        let kind = *kind;
        let onclick = new.reform(move |_: MouseEvent| kind);
        html! { <button type="button" class="button" {onclick}>{format!("New {}…", kind.label())}</button> }
    };
    html! {
        <fieldset class="field choices refs" id={id.to_string()}>
            <legend>{label.to_string()}</legend>
            <p class="hint">{meaning.to_string()}</p>
            { for props.options.iter().map(check) }
            <div>{ for kinds.iter().map(button) }</div>
        </fieldset>
    }
}

/// Makes a new item of a kind for this field (with the selected words,
/// when there are some) and points the field at it.
fn new_for(props: &FieldInputProps) -> Callback<Kind> {
    let (at, field, onform, selection) = (
        props.at,
        props.field.name.clone(),
        props.onform.clone(),
        props.selection,
    );
    Callback::from(move |kind: Kind| {
        onform.emit(FormEdit::NewFor {
            kind,
            selection,
            at,
            field: field.clone(),
        })
    })
}

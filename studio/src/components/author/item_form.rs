use std::rc::Rc;

use explorer_core::author::edit::{object, ref_options, FormEdit, ItemAt};
use explorer_core::author::form::{form_fields, Field, Input};
use explorer_core::author::schema::cached_schema;
use serde_json::Value;
use yew::prelude::*;

use super::field_input::FieldInput;

#[derive(Properties, PartialEq)]
pub struct ItemFormProps {
    pub dataset: Rc<Value>,
    pub at: ItemAt,
    pub article: Rc<str>,
    pub selection: Option<(usize, usize)>,
    pub onform: Callback<FormEdit>,
    /// Show the item's passage in the text.
    pub onlocate: Callback<ItemAt>,
}

/// The form of one object of the dataset: a field per property of its
/// schema, in the schema's order, required ones marked.
#[function_component(ItemForm)]
pub fn item_form(props: &ItemFormProps) -> Html {
    let fields = use_memo(props.at.def(), |def| {
        form_fields(cached_schema(), def)
            .into_iter()
            .map(Rc::new)
            .collect::<Vec<_>>()
    });
    let Some(item) = object(&props.dataset, props.at) else {
        return html! { <p class="hint">{"That item is no longer in the dataset."}</p> };
    };
    let title = match props.at {
        ItemAt::Top => "Version".to_string(),
        ItemAt::Article => "The article".to_string(),
        ItemAt::Item(kind, _) => {
            let id = item.get("id").and_then(Value::as_str).unwrap_or_default();
            format!("{} {id}", kind.label())
        }
    };
    let at = props.at;
    let remove = matches!(at, ItemAt::Item(..)).then(|| {
        props
            .onform
            .reform(move |_: MouseEvent| FormEdit::Remove(at))
    });
    let locate = props.onlocate.reform(move |_: MouseEvent| at);
    html! {
        <form class="item-form" aria-label={title.clone()} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h3>{title}</h3>
            <div class="item-actions">
                if matches!(at, ItemAt::Item(..)) {
                    <button type="button" class="button" onclick={locate}>{"Show in the text"}</button>
                }
                if let Some(onclick) = remove { <button type="button" class="button danger" {onclick}>{"Remove"}</button> }
            </div>
            { for fields.iter().map(|f| field(props, f, item.get(&f.name).cloned().unwrap_or(Value::Null))) }
        </form>
    }
}

fn field(props: &ItemFormProps, f: &Rc<Field>, value: Value) -> Html {
    let options = match &f.input {
        Input::Ref(kinds) | Input::Refs(kinds) => ref_options(&props.dataset, kinds),
        _ => Vec::new(),
    };
    html! {
        <FieldInput key={f.name.clone()} at={props.at} field={f.clone()} {value} options={Rc::new(options)}
            article={props.article.clone()} selection={props.selection} onform={props.onform.clone()} />
    }
}

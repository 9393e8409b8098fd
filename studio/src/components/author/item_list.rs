use std::rc::Rc;

use explorer_core::author::candidates::DRAFT_LIMIT;
use explorer_core::author::edit::{summary, ItemAt};
use explorer_core::author::form::Kind;
use serde_json::Value;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemListProps {
    pub dataset: Rc<Value>,
    /// The object the form shows.
    pub shown: Option<ItemAt>,
    pub onshow: Callback<ItemAt>,
    /// The draft's candidates not yet taken: their kind and words.
    pub candidates: Rc<Vec<(Kind, String)>>,
    pub oncandidate: Callback<usize>,
}

/// Every item of the dataset by kind, with counts: choosing one shows its
/// form. The version and the article's details head the list.
#[function_component(ItemList)]
pub fn item_list(props: &ItemListProps) -> Html {
    let entry = |at: ItemAt, label: String| {
        let current = props.shown == Some(at);
        let onclick = props.onshow.reform(move |_: MouseEvent| at);
        html! {
            <li><button type="button" class="link-button item-entry" {onclick}
                aria-current={current.then_some("true")}>{label}</button></li>
        }
    };
    let group = |kind: Kind| {
        let items = props.dataset[kind.collection()]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let entries = items.iter().enumerate().map(|(i, item)| {
            let id = item["id"]
                .as_str()
                .map(|id| format!("{id} · "))
                .unwrap_or_default();
            entry(ItemAt::Item(kind, i), format!("{id}{}", summary(item)))
        });
        html! {
            <details class="item-group" open={!items.is_empty()}>
                <summary>{format!("{} ({})", kind.collection().replace('_', " "), items.len())}</summary>
                <ul>{ for entries }</ul>
            </details>
        }
    };
    html! {
        <nav class="item-list" aria-label="Items of the dataset">
            <ul>
                { entry(ItemAt::Top, "Version".into()) }
                { entry(ItemAt::Article, "The article's title and details".into()) }
            </ul>
            { for Kind::ALL.into_iter().map(group) }
            { proposed(props) }
        </nav>
    }
}

/// The draft's candidates, for the keyboard (the text marks them too).
fn proposed(props: &ItemListProps) -> Html {
    let entry = |(i, (kind, words)): (usize, &(Kind, String))| {
        let onclick = props.oncandidate.reform(move |_: MouseEvent| i);
        let short: String = words.chars().take(60).collect();
        html! { <li><button type="button" class="link-button item-entry" {onclick}>{format!("{} · {short}", kind.label())}</button></li> }
    };
    html! {
        <details class="item-group proposed">
            <summary>{format!("Proposed by the draft ({})", props.candidates.len())}</summary>
            if props.candidates.is_empty() {
                <p class="hint">{format!("None left. (The draft proposes items for articles up to {} KB.)", DRAFT_LIMIT / 1000)}</p>
            }
            <ul>{ for props.candidates.iter().enumerate().map(entry) }</ul>
        </details>
    }
}

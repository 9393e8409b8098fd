use std::rc::Rc;

use explorer_core::author::candidates::DRAFT_LIMIT;
use explorer_core::author::edit::{summary, ItemAt};
use explorer_core::author::form::Kind;
use serde_json::Value;
use yew::prelude::*;

/// A group of at most this many items starts open.
const OPEN_UP_TO: usize = 50;

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
    // Which groups are open: a short one starts open; a long one's entries
    // are only made once it is opened (10,000 of them slow every keystroke).
    let opened = use_state(Vec::<Kind>::new);
    let closed = use_state(Vec::<Kind>::new);
    let group = |kind: Kind| {
        let items = props.dataset[kind.collection()]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let open = opened.contains(&kind)
            || (!closed.contains(&kind) && !items.is_empty() && items.len() <= OPEN_UP_TO);
        let ontoggle = {
            let (opened, closed) = (opened.clone(), closed.clone());
            Callback::from(move |e: Event| {
                let now_open = e
                    .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open();
                let without = |list: &Vec<Kind>| {
                    list.iter()
                        .copied()
                        .filter(|k| *k != kind)
                        .collect::<Vec<_>>()
                };
                let (mut o, mut c) = (without(&opened), without(&closed));
                if now_open {
                    o.push(kind)
                } else {
                    c.push(kind)
                }
                opened.set(o);
                closed.set(c);
            })
        };
        let entries = open.then(|| {
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let id = item["id"]
                        .as_str()
                        .map(|id| format!("{id} · "))
                        .unwrap_or_default();
                    entry(ItemAt::Item(kind, i), format!("{id}{}", summary(item)))
                })
                .collect::<Html>()
        });
        html! {
            <details class="item-group" {open} {ontoggle}>
                <summary>{format!("{} ({})", kind.collection().replace('_', " "), items.len())}</summary>
                <ul>{ entries.unwrap_or_default() }</ul>
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

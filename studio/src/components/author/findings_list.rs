use std::rc::Rc;

use explorer_core::author::session::{Finding, Place};
use yew::prelude::*;

use explorer_core::author::edit::{item_at_byte, ItemAt};

use super::annotate_text::select_words;
use crate::browser::select_in_text_area;

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    /// None: nothing to check yet.
    pub findings: Rc<Option<Vec<Finding>>>,
    /// The texts the places count in.
    pub dataset: Rc<str>,
    pub article: Rc<str>,
    /// Shows an item's form.
    pub onshow: Callback<ItemAt>,
}

/// `check`'s findings, live: a summary in one status line that stays in
/// place (so screen readers hear each change), then each finding with its
/// fixes and a button per place it names, which puts the caret there.
#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let findings = props.findings.as_ref().as_ref();
    let summary = match findings {
        None => "Paste or open an article to begin.".to_owned(),
        Some(f) if f.is_empty() => {
            "Check passed: every rule holds. Download both files to publish.".to_owned()
        }
        Some(f) => format!(
            "Check: {}",
            explorer_core::read::wording::plural(f.len(), "problem", "problems")
        ),
    };
    let passed = findings.is_some_and(|f| f.is_empty());
    html! {
        <section class="findings" aria-labelledby="findings-title">
            <h3 id="findings-title">{"Check"}</h3>
            <p class={classes!("check-status", passed.then_some("ok"))} role="status">{summary}</p>
            if let Some(findings) = findings.filter(|f| !f.is_empty()) {
                <ol>{ for findings.iter().map(|f| finding(props, f)) }</ol>
            }
        </section>
    }
}

fn finding(props: &FindingsListProps, f: &Finding) -> Html {
    let heading = if f.item.starts_with("article byte ") {
        f.reason.clone()
    } else {
        format!("{}: {}", f.item, f.reason)
    };
    html! {
        <li class="finding">
            <p>{heading}</p>
            <p class="places">
                { for f.places.iter().map(|p| place(props, p)) }
                { show_item(props, f) }
            </p>
            if !f.help.is_empty() {
                <ul class="help">{ for f.help.iter().map(|h| html! { <li>{h.clone()}</li> }) }</ul>
            }
        </li>
    }
}

/// "Edit the item": the form of the item the finding's place is in.
fn show_item(props: &FindingsListProps, f: &Finding) -> Html {
    let at = f.places.iter().find_map(|p| match *p {
        Place::Dataset { byte, .. } => item_at_byte(&props.dataset, byte),
        Place::Article { .. } => None,
    });
    let Some(at) = at else {
        return html! {};
    };
    let onclick = props.onshow.reform(move |_: MouseEvent| at);
    html! { <button type="button" class="link-button place" {onclick}>{"Edit the item"}</button> }
}

fn place(props: &FindingsListProps, p: &Place) -> Html {
    let (area, name, line, col, byte) = match *p {
        Place::Dataset { line, col, byte } => ("dataset-json", "dataset.json", line, col, byte),
        Place::Article { line, col, byte } => ("article-text", "article.txt", line, col, byte),
    };
    let article = props.article.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        select_in_text_area(area, byte);
        // In the article: the annotated text shows the place too.
        if area == "article-text" {
            let next = article.get(byte..).and_then(|t| t.chars().next());
            select_words(&article, byte, byte + next.map_or(0, char::len_utf8));
        }
    });
    html! {
        <button type="button" class="link-button place" {onclick}>{format!("{name}:{line}:{col}")}</button>
    }
}

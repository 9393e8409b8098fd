use std::rc::Rc;

use explorer_core::author::session::{Finding, Place};
use yew::prelude::*;

use crate::browser::select_in_text_area;

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    /// None: nothing to check yet.
    pub findings: Rc<Option<Vec<Finding>>>,
}

/// `check`'s findings, live: each with its fixes and a link to each place
/// it names, which puts the caret there.
#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let Some(findings) = props.findings.as_ref() else {
        return html! { <p class="check-status" role="status">{"Paste or open an article to begin."}</p> };
    };
    if findings.is_empty() {
        return html! { <p class="check-status ok" role="status">{"Check passed: every rule holds. Download both files to publish."}</p> };
    }
    let count = explorer_core::read::wording::plural(findings.len(), "problem", "problems");
    html! {
        <section class="findings" aria-labelledby="findings-title">
            <h3 id="findings-title" role="status">{format!("Check: {count}")}</h3>
            <ol>{ for findings.iter().map(finding) }</ol>
        </section>
    }
}

fn finding(f: &Finding) -> Html {
    let heading = if f.item.starts_with("article byte ") {
        f.reason.clone()
    } else {
        format!("{}: {}", f.item, f.reason)
    };
    html! {
        <li class="finding">
            <p>{heading}</p>
            <p class="places">{ for f.places.iter().map(place) }</p>
            if !f.help.is_empty() {
                <ul class="help">{ for f.help.iter().map(|h| html! { <li>{h.clone()}</li> }) }</ul>
            }
        </li>
    }
}

fn place(p: &Place) -> Html {
    let (area, name, line, col, byte) = match *p {
        Place::Dataset { line, col, byte } => ("dataset-json", "dataset.json", line, col, byte),
        Place::Article { line, col, byte } => ("article-text", "article.txt", line, col, byte),
    };
    let onclick = Callback::from(move |_: MouseEvent| select_in_text_area(area, byte));
    html! {
        <button type="button" class="link-button place" {onclick}>{format!("{name}:{line}:{col}")}</button>
    }
}

use std::rc::Rc;

use explorer_core::author::session::{Finding, Place};
use yew::prelude::*;

use crate::browser::select_in_text_area;

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    /// None: nothing to check yet.
    pub findings: Rc<Option<Vec<Finding>>>,
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
                <ol>{ for findings.iter().map(finding) }</ol>
            }
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

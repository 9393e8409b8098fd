use std::rc::Rc;

use explorer_core::query::{ItemRef, Outcome};
use explorer_core::url_state::{encode, UrlState};
use yew::prelude::*;

use super::figure_row::FigureRow;
use super::statement_row::StatementRow;
use crate::browser::href_for;
use crate::data::data;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub outcome: Rc<Outcome>,
    pub url: Rc<UrlState>,
    /// Rows to render; the rest wait behind "show more".
    pub shown: usize,
    pub onselect: Callback<AttrValue>,
    pub onshowmore: Callback<()>,
    pub onclear: Callback<()>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The result count (announced), the statements and figures that match, or
/// an empty state that says what to change.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let o = &props.outcome;
    let total = o.items.len();
    let summary = format!(
        "{}: {}, {}",
        plural(total, "result", "results"),
        plural(o.statements, "statement", "statements"),
        plural(o.figures, "claimed figure", "claimed figures")
    );
    let index = &data().index;
    let selected = props.url.selected.as_deref();
    let search: AttrValue = props.url.filters.search.clone().into();
    let href = |id: &str| -> AttrValue {
        let mut url = (*props.url).clone();
        url.selected = Some(id.to_string());
        href_for(&encode(&url)).into()
    };
    let visible = &o.items[..total.min(props.shown)];
    let statements: Html = visible
        .iter()
        .filter_map(|&i| match index.items[i].target {
            ItemRef::Statement(s) => Some((i, s)),
            ItemRef::Figure(_) => None,
        })
        .map(|(i, s)| {
            let id = &index.items[i].id;
            html! { <StatementRow key={id.clone()} statement={s} search={search.clone()}
            selected={selected == Some(id.as_str())} href={href(id)}
            onselect={props.onselect.clone()} /> }
        })
        .collect();
    let figures: Html = visible
        .iter()
        .filter_map(|&i| match index.items[i].target {
            ItemRef::Figure(f) => Some((i, f)),
            ItemRef::Statement(_) => None,
        })
        .map(|(i, f)| {
            let id = &index.items[i].id;
            html! { <FigureRow key={id.clone()} figure={f} search={search.clone()}
            selected={selected == Some(id.as_str())} href={href(id)}
            onselect={props.onselect.clone()} /> }
        })
        .collect();
    let onclear = props.onclear.reform(|_| ());
    let onshowmore = props.onshowmore.reform(|_| ());
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{"Results"}</h2>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{summary}</p>
            if total == 0 {
                <div class="empty-state">
                    <p><strong>{"Nothing matches."}</strong></p>
                    <p>{empty_advice(&props.url)}</p>
                    <button type="button" class="button" onclick={onclear}>{"Clear all filters"}</button>
                </div>
            } else {
                if o.statements > 0 {
                    <h3>{format!("Statements ({})", o.statements)}</h3>
                    <ol class="rows">{statements}</ol>
                }
                if o.figures > 0 {
                    <h3>{format!("Claimed figures ({})", o.figures)}</h3>
                    <ol class="rows">{figures}</ol>
                }
                if total > props.shown {
                    <button type="button" class="button show-more" onclick={onshowmore}>
                        {format!("Show more ({} of {total} shown)", props.shown)}
                    </button>
                }
            }
        </section>
    }
}

/// Says which active filters to loosen.
fn empty_advice(url: &UrlState) -> String {
    let f = &url.filters;
    let mut parts = Vec::new();
    if !f.search.trim().is_empty() {
        parts.push(format!(
            "shorten or change the search “{}”",
            f.search.trim()
        ));
    }
    if !f.selected.is_empty() {
        parts.push("choose fewer filter options".to_string());
    }
    if f.contested {
        parts.push("turn off “contested only”".to_string());
    }
    if parts.is_empty() {
        "Try another search.".to_string()
    } else {
        format!("Try to {}.", parts.join(", or "))
    }
}

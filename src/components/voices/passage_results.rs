use std::rc::Rc;

use explorer_core::read::query::Outcome;
use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct PassageResultsProps {
    pub outcome: Rc<Outcome>,
    /// The chosen Mentions options (positions), whose names are marked.
    pub chosen: Rc<Vec<u32>>,
}

/// The passages that name the chosen people or parties (the Mentions
/// filter), each with the names marked and a link to it in the article.
#[function_component(PassageResults)]
pub fn passage_results(props: &PassageResultsProps) -> Html {
    let data = use_data();
    let passages = &props.outcome.passages;
    if passages.is_empty() {
        return html! {};
    }
    let row = |&p: &usize| {
        let (start, end) = data.index.passages[p];
        let mut parts = Vec::new();
        let mut at = start;
        for &(s, e, o) in data.index.names_in(start, end) {
            if props.chosen.contains(&o) && s >= at {
                parts.push(html! { {&data.article[at..s]} });
                parts.push(html! { <mark class="match">{&data.article[s..e]}</mark> });
                at = e;
            }
        }
        parts.push(html! { {&data.article[at..end]} });
        html! {
            <li key={p} class="row passage">
                <p class="passage-text">{parts}</p>
                <a href={format!("#passage-{p}")}>{"Show in the article"}</a>
            </li>
        }
    };
    html! { <>
        <h3>{format!("Passages that name them ({})", passages.len())}</h3>
        <ol class="rows passages">{ for passages.iter().map(row) }</ol>
    </> }
}

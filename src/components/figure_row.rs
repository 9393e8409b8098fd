use yew::prelude::*;

use super::select_on_click;
use crate::data::use_data;
use crate::highlight::highlighted;

#[derive(Properties, PartialEq, Clone)]
pub struct FigureRowProps {
    /// Index into the dataset's figures.
    pub figure: usize,
    pub search: AttrValue,
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
}

/// One claimed figure: the number as qualified, who claims it, and what
/// contradicts it.
#[function_component(FigureRow)]
pub fn figure_row(props: &FigureRowProps) -> Html {
    let data = use_data();
    let f = &data.dataset.figures[props.figure];
    let l = &data.lookup;
    let claimant = f
        .claimant
        .as_deref()
        .map(|c| l.name_of(c).to_string())
        .unwrap_or_else(|| "No named claimant".to_string());
    let channel = f
        .statement
        .as_deref()
        .and_then(|s| l.statement(s))
        .map(|s| s.channel.label());
    let contradicted: Vec<String> = f
        .contradicts
        .iter()
        .filter_map(|c| l.figure(c))
        .map(|o| {
            let who = o
                .claimant
                .as_deref()
                .map(|c| l.name_of(c))
                .unwrap_or("no named claimant");
            format!(
                "{} {} ({who})",
                o.qualifier.describe(o.value),
                o.unit.label().to_lowercase()
            )
        })
        .collect();
    let onclick = select_on_click(&f.id, &props.onselect);
    html! {
        <>
            <p class="row-head">
                <span class="figure-value">{f.qualifier.describe(f.value)}</span>
                <span class="figure-unit">{f.unit.label()}</span>
                <span class="counts">{f.counts.clone()}</span>
            </p>
            <p class="tags">
                <span class="tag claimant">{"Claimed by: "}{claimant}</span>
                if let Some(channel) = channel { <span class="tag channel">{channel}</span> }
                if !f.contradicts.is_empty() { <span class="tag contested-tag">{"Contested"}</span> }
            </p>
            <blockquote class="source-text">{highlighted(&f.span.text, &props.search)}</blockquote>
            if !contradicted.is_empty() {
                <p class="about">{"Contradicted by: "}{contradicted.join("; ")}</p>
            }
            <a class="source-link" href={props.href.clone()} {onclick}>
                {"Show in article"}<span class="visually-hidden">{format!(": {}", f.counts)}</span>
            </a>
        </>
    }
}

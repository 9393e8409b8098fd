use explorer_core::read::figures::{
    charts, claimant_name, group_heading, group_relations, rows, short_label,
};
use explorer_core::read::wording::claim_summary;
use yew::prelude::*;

use crate::components::filters::side_chip::actor_side_class;
use crate::components::select_on_click;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct ContestedGroupProps {
    /// Figure indices of one group of related claims.
    pub members: Vec<usize>,
    pub onselect: Callback<AttrValue>,
}

/// One group of rival claims: a small chart per measure (killed apart from
/// wounded), one row per claim in its side's colour with its scope, and
/// how the claims relate, with the data's notes.
#[function_component(ContestedGroup)]
pub fn contested_group(props: &ContestedGroupProps) -> Html {
    let data = use_data();
    let d = data.dataset;
    let measures: Html = charts(&d.figures, &props.members)
        .into_iter()
        .map(|chart| {
            let claims: Html = rows(&data.lookup, &chart.members)
                .into_iter()
                .map(|row| claim_row(&data, row.figure, row.chart.bar, &props.onselect))
                .collect();
            html! {
                <div class="measure">
                    <h4>{chart.unit.label()}</h4>
                    <ul class="claims" role="list">{claims}</ul>
                </div>
            }
        })
        .collect();
    let relations: Html = group_relations(&d.figures, &d.relations, &props.members)
        .into_iter()
        .map(|r| {
            html! { <li>
                <strong>{r.kind.label()}</strong>{": "}{claim_summary(&data.lookup, &r.from)}
                {" · "}{claim_summary(&data.lookup, &r.to)}
                <span class="note">{" "}{r.note.clone()}</span>
            </li> }
        })
        .collect();
    html! {
        <article class="contested-group">
            <h3>{group_heading(&d.figures, &d.relations, &props.members)}</h3>
            <div class="measures">{measures}</div>
            <details class="how-related">
                <summary>{"How these claims relate"}</summary>
                <ul>{relations}</ul>
            </details>
        </article>
    }
}

/// A claim's row: who (a link to its card), its bar or, for a claim with
/// no number, a labelled marker in place of a bar, the value and its scope.
fn claim_row(
    data: &crate::data::Data,
    figure: usize,
    bar: Option<explorer_core::read::figures::Bar>,
    onselect: &Callback<AttrValue>,
) -> Html {
    let f = &data.dataset.figures[figure];
    let class = classes!("claim", actor_side_class(data, f.claimant.as_deref()));
    // The longest bar takes 90% of the track: an open-ended one keeps room
    // for its dashed tail. The baseline is the track's left border (CSS):
    // one node fewer per row on the first screen.
    let track = match bar.map(|b| (b, b.percent() * 9 / 10)) {
        Some((b, length)) => html! {
            <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect class="bar" x="0" y="1" width={length.to_string()} height="8" />
                if b.open_ended {
                    <line class="open-end" x1={length.to_string()} y1="5" x2={(length + 9).to_string()} y2="5" />
                }
            </svg>
        },
        None => html! { <span class="no-bar" aria-hidden="true">{"○"}</span> },
    };
    let link = &data.links[data.index.item_by_id(&f.id).unwrap_or_default()];
    html! {
        <li {class}>
            <a class="who" href={link.href.clone()} onclick={select_on_click(&f.id, onselect)}>{claimant_name(&data.lookup, f)}</a>
            {track}
            <span class="value">{short_label(f)}</span>
            if let Some(scope) = f.scope.clone() { <span class="scope" title={scope.clone()}>{scope}</span> }
        </li>
    }
}

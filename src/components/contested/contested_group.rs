use explorer_core::read::figures::{charts, group_heading};
use explorer_core::read::scale::{scale_of, Scale};
use yew::prelude::*;

use super::measure_chart::MeasureChart;
use super::relation_notes::RelationNotes;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct ContestedGroupProps {
    /// Figure indices of one group of related claims.
    pub members: Vec<usize>,
    /// The panel's scales, one per unit, shared by every group.
    pub scales: Vec<Scale>,
    pub onselect: Callback<AttrValue>,
}

/// One group of rival claims under the question it answers: a small chart
/// per measure (killed apart from wounded, each on the panel's scale for its
/// unit), one row per claim in its side's colour with its scope, and how the
/// claims relate, with the data's notes.
#[function_component(ContestedGroup)]
pub fn contested_group(props: &ContestedGroupProps) -> Html {
    let data = use_data();
    let d = data.dataset;
    let measures: Html = charts(&d.figures, &props.members)
        .into_iter()
        .map(|chart| {
            let scale = scale_of(&props.scales, chart.unit);
            html! {
                <div class="measure">
                    <h4>{chart.unit.label()}</h4>
                    <MeasureChart members={chart.members} {scale} onselect={props.onselect.clone()} />
                </div>
            }
        })
        .collect();
    html! {
        <article class="contested-group">
            <h3>{group_heading(&d.figures, &d.relations, &props.members)}</h3>
            <div class="measures">{measures}</div>
            <details class="how-related">
                <summary>{"How these claims relate"}</summary>
                <RelationNotes members={props.members.clone()} />
            </details>
            // Print cannot open a <details>: the notes print from this copy.
            <div class="print-only how-related-print">
                <h4>{"How these claims relate"}</h4>
                <RelationNotes members={props.members.clone()} />
            </div>
        </article>
    }
}

use std::rc::Rc;

use explorer_core::read::figures::{
    caption, charts, group_count, group_heading, groups_in_results, rows,
};
use explorer_core::read::query::Outcome;
use explorer_core::read::scale::{scale_of, unit_scales};
use yew::prelude::*;

use super::figures_table::FiguresTable;
use super::measure_chart::MeasureChart;
use super::relation_notes::RelationNotes;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    pub outcome: Rc<Outcome>,
    pub onselect: Callback<AttrValue>,
}

/// Contested figures side by side, a group per set of related claims under
/// the question it answers: a chart (hidden from screen readers) and a
/// table with the same content for everyone.
#[function_component(FiguresView)]
pub fn figures_view(props: &FiguresViewProps) -> Html {
    let data = use_data();
    let d = data.dataset;
    let groups = groups_in_results(data.contested.clone(), &data.index, &props.outcome.items);
    // One scale per unit across the groups shown.
    let scales = unit_scales(&d.figures, &groups);
    let comparisons: Html = groups
        .iter()
        .enumerate()
        .map(|(n, members)| {
            let caption = caption(&d.figures, &d.relations, members);
            // One chart per unit: killed never shares a scale with wounded.
            let charts: Html = charts(&d.figures, members)
                .into_iter()
                .map(|chart| html! { <>
                    // Labels a chart, which the table repeats for everyone.
                    <h4 class="chart-unit" aria-hidden="true">{chart.unit.label()}</h4>
                    <div class="chart" aria-hidden="true">
                        <MeasureChart scale={scale_of(&scales, chart.unit)} members={chart.members} onselect={None::<Callback<AttrValue>>} />
                    </div>
                </> })
                .collect();
            let rows = Rc::new(rows(&data.lookup, members));
            html! {
                <figure class="comparison" key={n}>
                    <h3 class="group-title">{group_heading(&d.figures, &d.relations, members)}</h3>
                    {charts}
                    <FiguresTable {caption} {rows} onselect={props.onselect.clone()} />
                    <RelationNotes members={members.clone()} />
                </figure>
            }
        })
        .collect();
    html! {
        <section class="figures-view" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{"Compare related figures"}</h2>
            <p class="result-count" role="status" aria-live="polite">
                {group_count(groups.len())}
            </p>
            if groups.is_empty() {
                <div class="empty-state"><p>{"No related figures match the current filters. Clear a filter to compare the claims."}</p></div>
            } else {
                <p class="legend">{"Each chart is one unit on one scale. A dashed tail marks a floor (“at least”, “more than”); claims with no number get words, not a bar."}</p>
                {comparisons}
            }
        </section>
    }
}

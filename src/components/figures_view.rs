use std::rc::Rc;

use explorer_core::figures::{caption, clusters, groups_in_results, rows};
use explorer_core::query::Outcome;
use yew::prelude::*;

use super::figures_chart::FiguresChart;
use super::figures_table::FiguresTable;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    pub outcome: Rc<Outcome>,
    pub onselect: Callback<AttrValue>,
}

/// Contested figures side by side, a group per set of claims that contradict
/// each other: a chart (hidden from screen readers) and a table with the
/// same content for everyone.
#[function_component(FiguresView)]
pub fn figures_view(props: &FiguresViewProps) -> Html {
    let data = use_data();
    let all_groups = use_memo((), |_| clusters(&data.dataset.figures));
    let groups = groups_in_results((*all_groups).clone(), &data.index, &props.outcome.items);
    let comparisons: Html = groups
        .iter()
        .enumerate()
        .map(|(n, members)| {
            let rows = Rc::new(rows(&data.lookup, members));
            let caption = caption(&data.dataset.figures, n, members);
            html! {
                <figure class="comparison" key={n}>
                    <FiguresChart rows={rows.clone()} />
                    <FiguresTable {caption} {rows} onselect={props.onselect.clone()} />
                </figure>
            }
        })
        .collect();
    html! {
        <section class="figures-view" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{"Compare contested figures"}</h2>
            <p class="result-count" role="status" aria-live="polite">
                {format!("{} groups of contradicting claims", groups.len())}
            </p>
            if groups.is_empty() {
                <div class="empty-state"><p>{"No contested figures match the current filters. Clear a filter to compare the claims."}</p></div>
            } else {
                <p class="legend">{"Bars share one scale within a group. A dashed tail marks a floor (“at least”, “more than”); claims with no number get no bar."}</p>
                {comparisons}
            }
        </section>
    }
}

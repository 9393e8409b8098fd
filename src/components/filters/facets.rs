use std::rc::Rc;

use explorer_core::read::mount::{facet_mounted, Step};
use explorer_core::read::query::{Facet, Outcome};
use explorer_core::read::url_state::UrlState;
use explorer_core::read::view_rules::has_group;
use yew::prelude::*;

use super::facet::{FacetGroup, OptionView};
use crate::data::use_data;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub url: Rc<UrlState>,
    /// The outcome whose live counts the options show.
    pub outcome: Rc<Outcome>,
    /// Whether the groups start open (folded on a phone).
    pub open: bool,
    /// On a phone the filters are a bottom sheet: whether it is open.
    pub sheet_open: bool,
    /// The results under the current filters, for "Show N results".
    pub total: usize,
    /// The first mount's progress (everything when absent): a facet's group
    /// may wait a task.
    #[prop_or_default]
    pub mount: Step,
}

/// The filters: "Contested only", then one group per facet, each option with
/// its live count under the other filters.
#[function_component(Facets)]
pub fn facets(props: &FacetsProps) -> Html {
    let dispatch = use_dispatch();
    let data = use_data();
    let filters = &props.url.filters;
    let ontoggle = use_callback(
        dispatch.clone(),
        |(facet, key): (Facet, AttrValue), dispatch| {
            dispatch.emit(Action::Toggle(facet, key.to_string()))
        },
    );
    let groups: Html = Facet::ALL
        .iter()
        .zip(&data.option_names)
        .filter(|(&facet, _)| has_group(facet))
        .enumerate()
        // A group waits for its step of the first mount (`FacetGroup` is one
        // of the larger parts of the page).
        .take_while(|&(n, _)| facet_mounted(props.mount, n))
        .map(|(_, (&facet, names))| {
            let options: Vec<OptionView> = names
                .iter()
                .zip(&props.outcome.counts[facet.index()])
                .map(|((key, label), &count)| OptionView {
                    selected: filters.is_selected(facet, key),
                    key: key.clone(),
                    label: label.clone(),
                    count,
                })
                .collect();
            // The time references are many: folded at first (the
            // summary says how many are chosen). A constant, so a choice
            // never folds the group under the reader's finger.
            let open = props.open && facet != Facet::Time;
            html! { <FacetGroup key={facet.key()} {facet} {options} {open} ontoggle={ontoggle.clone()} /> }
        })
        .collect();
    let contested = filters.contested;
    let oncontested = dispatch.reform(move |_| Action::SetContested(!contested));
    let onclose = dispatch.reform(|_| Action::CloseFilters);
    let sheet = props.sheet_open.then_some("open");
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.emit(Action::CloseFilters);
            }
        })
    };
    html! {
        <section class={classes!("facets", sheet)} id="filters" aria-labelledby="filters-heading"
            role={sheet.map(|_| "dialog")} aria-modal={sheet.map(|_| "true")} {onkeydown}>
            <div class="sheet-head">
                <h2 id="filters-heading" tabindex="-1">{"Filters"}</h2>
                <button type="button" class="quiet-button sheet-only" onclick={onclose.clone()}>{"Close"}</button>
            </div>
            <button type="button" class="contested-toggle facet-option" aria-pressed={contested.to_string()}
                onclick={oncontested}>
                <span class="option-label">{"Contested only"}</span>
                <span class="count">{props.outcome.contested_count}</span>
            </button>
            {groups}
            <div class="sheet-foot sheet-only">
                <button type="button" class="button primary" onclick={onclose}>
                    {format!("Show {}", explorer_core::read::wording::plural(props.total, "result", "results"))}
                </button>
            </div>
        </section>
    }
}

use std::rc::Rc;

use explorer_core::query::{Facet, Outcome};
use explorer_core::url_state::UrlState;
use yew::prelude::*;

use super::facet::{FacetGroup, OptionView};
use crate::data::use_data;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub url: Rc<UrlState>,
    /// The outcome whose live counts the options show.
    pub outcome: Rc<Outcome>,
    /// Whether the groups start open (folded on a phone).
    pub open: bool,
    pub dispatch: Callback<Action>,
}

/// The filters: "Contested only", then one group per facet, each option with
/// its live count under the other filters.
#[function_component(Facets)]
pub fn facets(props: &FacetsProps) -> Html {
    let data = use_data();
    let filters = &props.url.filters;
    let ontoggle = use_callback(
        props.dispatch.clone(),
        |(facet, key): (Facet, AttrValue), dispatch| {
            dispatch.emit(Action::Toggle(facet, key.to_string()))
        },
    );
    let groups: Html = Facet::ALL
        .iter()
        .zip(&data.option_names)
        .map(|(&facet, names)| {
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
            // The time references are many and long: folded at first (the
            // summary says how many are chosen). A constant, so a choice
            // never folds the group under the reader's finger.
            let open = props.open && facet != Facet::Time;
            html! { <FacetGroup key={facet.key()} {facet} {options} {open} ontoggle={ontoggle.clone()} /> }
        })
        .collect();
    let contested = filters.contested;
    let oncontested = props
        .dispatch
        .reform(move |_| Action::SetContested(!contested));
    html! {
        <aside class="facets" aria-label="Filters">
            <h2 class="visually-hidden">{"Filters"}</h2>
            <button type="button" class="contested-toggle facet-option" aria-pressed={contested.to_string()}
                onclick={oncontested}>
                <span class="option-label">{"Contested only"}</span>
                <span class="count">{props.outcome.contested_count}</span>
            </button>
            {groups}
        </aside>
    }
}

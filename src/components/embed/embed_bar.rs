use std::rc::Rc;

use explorer_core::read::query::Outcome;
use explorer_core::read::url_state::UrlState;
use yew::prelude::*;

use crate::components::filters::facets::Facets;
use crate::components::filters::search_box::SearchBox;
use crate::components::filters::side_chips::SideChips;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub url: Rc<UrlState>,
    /// The outcome whose live counts the filters show.
    pub outcome: Rc<Outcome>,
}

/// An embed's compact controls: the search, and every filter folded behind
/// one disclosure that says how many are chosen.
#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    let filters = &props.url.filters;
    let chosen = filters.chosen();
    let search = AttrValue::from(filters.search.clone());
    html! {
        <div class="embed-bar">
            <SearchBox value={search} />
            <details class="embed-filters">
                <summary>
                    {"Filters"}
                    if chosen > 0 { <span class="chosen">{format!("{chosen} chosen")}</span> }
                </summary>
                <SideChips url={props.url.clone()} outcome={props.outcome.clone()} />
                <Facets url={props.url.clone()} outcome={props.outcome.clone()} open={false}
                    sheet_open={false} total={0} />
            </details>
        </div>
    }
}

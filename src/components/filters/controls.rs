use std::rc::Rc;

use explorer_core::read::query::Outcome;
use explorer_core::read::url_state::UrlState;
use yew::prelude::*;

use super::search_box::SearchBox;
use super::side_chips::SideChips;
use super::toolbar::Toolbar;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub url: Rc<UrlState>,
    /// The outcome whose counts the side chips show.
    pub outcome: Rc<Outcome>,
    /// Whether the filters' sheet is open (a phone).
    pub sheet_open: bool,
}

/// Above the results: the view switch, the side chips, the search, and on a
/// phone the button that opens the other filters, with how many are chosen.
#[function_component(Controls)]
pub fn controls(props: &ControlsProps) -> Html {
    let dispatch = use_dispatch();
    let filters = &props.url.filters;
    let chosen = filters.chosen();
    let onfilters = dispatch.reform(|_| Action::OpenFilters);
    html! {
        <div class="controls">
            <Toolbar view={props.url.view} />
            <SideChips url={props.url.clone()} outcome={props.outcome.clone()} />
            <div class="search-row">
                <SearchBox value={AttrValue::from(filters.search.clone())} />
                <button type="button" class="button filters-button" id="filters-button" onclick={onfilters}
                    aria-controls="filters" aria-expanded={props.sheet_open.to_string()}>
                    {"Filters"}if chosen > 0 { <span class="chosen-count">{chosen}</span> }
                </button>
            </div>
        </div>
    }
}

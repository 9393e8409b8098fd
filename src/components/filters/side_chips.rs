use std::rc::Rc;

use explorer_core::read::query::{Facet, Outcome};
use explorer_core::read::url_state::UrlState;
use explorer_core::read::view_rules::option_shows;
use yew::prelude::*;

use super::side_chip::side_class;
use crate::data::use_data;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct SideChipsProps {
    pub url: Rc<UrlState>,
    /// The outcome whose live counts the chips show.
    pub outcome: Rc<Outcome>,
}

/// The sides as a row of chips, the first filter a reader meets, each in
/// its side's colour with its live count. A side with nothing to show
/// folds away unless chosen.
#[function_component(SideChips)]
pub fn side_chips(props: &SideChipsProps) -> Html {
    let dispatch = use_dispatch();
    let data = use_data();
    let sides = &data.dataset.sides;
    if sides.is_empty() {
        return html! {};
    }
    let counts = &props.outcome.counts[Facet::Side.index()];
    let (one, many) = Facet::Side.counts();
    let chips: Html = data.option_names[Facet::Side.index()]
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(i, ((key, label), &count))| {
            let selected = props.url.filters.is_selected(Facet::Side, key);
            let onclick = {
                let key = key.to_string();
                dispatch.reform(move |_| Action::Toggle(Facet::Side, key.clone()))
            };
            let class = classes!("side-toggle", side_class(Some(i)));
            html! {
                <li key={key.to_string()} hidden={!option_shows(count, selected)}>
                    <button type="button" {class} aria-pressed={selected.to_string()} {onclick} data-option={key.clone()}>
                        <span class="dot" aria-hidden="true"></span>
                        <span class="option-label">{label.clone()}</span>
                        <span class="count" aria-label={explorer_core::read::wording::plural(count, one, many)}>{count}</span>
                    </button>
                </li>
            }
        })
        .collect();
    let notes: Html = sides
        .iter()
        .filter_map(|s| {
            Some(html! { <li><strong>{s.name.clone()}</strong>{": "}{s.note.clone()?}</li> })
        })
        .collect();
    html! {
        <div class="side-chips" role="group" aria-label="Sides">
            <ul class="chips" role="list">{chips}</ul>
            if let Some(note) = Facet::Side.count_note() { <p class="count-note">{note}</p> }
            <details class="side-notes">
                <summary>{"Who is on which side?"}</summary>
                <ul>{notes}</ul>
            </details>
        </div>
    }
}

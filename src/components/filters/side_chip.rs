use explorer_core::read::wording::name_repeats_side;
use yew::prelude::*;

use crate::data::{use_data, Data};

/// How many side colours the style base defines (`--side-1` … in
/// styles/tokens.css); a dataset with more sides reuses them in turn.
pub const SIDE_COLOURS: usize = 6;

/// The colour class of a side by its position: `side-1` for the first.
pub fn side_class(position: Option<usize>) -> String {
    match position {
        Some(i) => format!("side-{}", i % SIDE_COLOURS + 1),
        None => "side-none".to_string(),
    }
}

/// The colour class of a speaker's or claimant's side.
pub fn actor_side_class(data: &Data, actor: Option<&str>) -> String {
    let side = actor.and_then(|a| data.lookup.side_of(a));
    side_class(side.and_then(|s| data.lookup.side_index(s)))
}

#[derive(Properties, PartialEq)]
pub struct SideChipProps {
    /// The speaker or claimant (a person or party id).
    pub actor: Option<AttrValue>,
}

/// A small chip naming the side a speaker is on, in the side's colour.
#[function_component(SideChip)]
pub fn side_chip(props: &SideChipProps) -> Html {
    let data = use_data();
    let Some(side) = props.actor.as_deref().and_then(|a| data.lookup.side_of(a)) else {
        return html! {};
    };
    let position = data.lookup.side_index(side);
    let name = position.map_or(side, |i| data.dataset.sides[i].name.as_str());
    // "Ruritania | Ruritania's army" says the side twice: then the chip
    // keeps its colour and names the side to screen readers only.
    let actor = props.actor.as_deref().map(|a| data.lookup.name_of(a));
    let repeats = actor.is_some_and(|a| name_repeats_side(a, name));
    let text = classes!(repeats.then_some("visually-hidden"));
    html! {
        <span class={classes!("side-chip", side_class(position), repeats.then_some("swatch"))}>
            <span class={text}>{name.to_string()}</span>
        </span>
    }
}

use yew::prelude::*;

use explorer_core::figures::{claimant_name, wording};

use super::cite_buttons::CiteButtons;
use super::relation_list::RelationList;
use super::select_on_click;
use crate::data::use_data;
use crate::highlight::highlighted;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct FigureRowProps {
    /// Index into the dataset's figures.
    pub figure: usize,
    pub search: AttrValue,
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
    /// For the toast of "Cite this".
    pub dispatch: Callback<Action>,
}

/// One claimed figure: the number as qualified (with any other reading the
/// wording allows), who claims it, and how it relates to other claims.
#[function_component(FigureRow)]
pub fn figure_row(props: &FigureRowProps) -> Html {
    let data = use_data();
    let f = &data.dataset.figures[props.figure];
    let l = &data.lookup;
    let claimant = claimant_name(l, f);
    let channel = l.statement_of(f).map(|s| s.channel.label());
    let contested = data
        .index
        .item_by_id(&f.id)
        .is_some_and(|i| data.index.items[i].contested);
    let onclick = select_on_click(&f.id, &props.onselect);
    html! {
        <>
            <p class="row-head">
                <span class="figure-value">{wording(f)}</span>
                <span class="figure-unit">{f.unit.label()}</span>
                <span class="counts">{f.counts.clone()}</span>
            </p>
            <p class="tags">
                <span class="tag claimant">{"Claimed by: "}{claimant}</span>
                if let Some(channel) = channel { <span class="tag channel">{channel}</span> }
                if contested { <span class="tag contested-tag">{"Contested"}</span> }
            </p>
            <blockquote class="source-text">{highlighted(&f.span.text, &props.search)}</blockquote>
            if let Some(note) = f.note.clone() { <p class="note">{"Note: "}{note}</p> }
            <RelationList id={AttrValue::from(f.id.clone())} />
            <a class="source-link" href={props.href.clone()} {onclick}>
                {"Show in article"}<span class="visually-hidden">{format!(": {}", f.counts)}</span>
            </a>
            <CiteButtons id={AttrValue::from(f.id.clone())} label={AttrValue::from(f.counts.clone())} dispatch={props.dispatch.clone()} />
        </>
    }
}

use yew::prelude::*;

use explorer_core::read::figures::{claimant_name, wording};
use explorer_core::read::times::when_line;
use explorer_core::read::wording::channel_words;

use super::cite_buttons::CiteButtons;
use super::in_context::InContext;
use super::relation_list::RelationList;
use crate::components::filters::side_chip::SideChip;
use crate::data::use_data;
use crate::highlight::highlighted;

#[derive(Properties, PartialEq, Clone)]
pub struct FigureRowProps {
    /// Index into the dataset's figures.
    pub figure: usize,
    pub search: AttrValue,
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
    /// Whether the card says its times in full (while a time is chosen).
    #[prop_or_default]
    pub when: bool,
}

/// A figure card: what is counted first, then the number as qualified (with
/// any other reading the wording allows), who claims it, and how it relates
/// to other claims.
#[function_component(FigureRow)]
pub fn figure_row(props: &FigureRowProps) -> Html {
    let data = use_data();
    let f = &data.dataset.figures[props.figure];
    let l = &data.lookup;
    let claimant = claimant_name(l, f);
    let mut meta: Vec<&str> = l
        .statement_of(f)
        .and_then(|s| channel_words(s.channel))
        .into_iter()
        .collect();
    let contested = data
        .index
        .item_by_id(&f.id)
        .is_some_and(|i| data.index.items[i].contested);
    if contested {
        meta.push("Contested");
    }
    // Its times in full, while the reader narrows by time.
    let when = props
        .when
        .then(|| when_line(&data.dataset.times, f.span.start, f.span.end))
        .flatten();
    html! {
        <>
            <p class="counted">{f.counts.clone()}</p>
            <p class="figure-number">
                <span class="figure-value">{wording(f)}</span>
                <span class="figure-unit">{f.unit.label().to_ascii_lowercase()}</span>
            </p>
            <p class="card-head">
                <SideChip actor={f.claimant.clone().map(AttrValue::from)} />
                <span class="speaker">{claimant.clone()}</span>
                if let Some(scope) = f.scope.clone() { <span class="role">{scope}</span> }
            </p>
            <blockquote class="words source-words">{highlighted(&f.span.text, &props.search)}</blockquote>
            if !meta.is_empty() { <p class="meta">{meta.join(" · ")}</p> }
            if let Some(when) = when { <p class="meta when">{when}</p> }
            if let Some(note) = f.note.clone() { <p class="note">{"Note: "}{note}</p> }
            <RelationList id={AttrValue::from(f.id.clone())} />
            <div class="card-actions">
                <InContext id={AttrValue::from(f.id.clone())} href={props.href.clone()}
                    label={AttrValue::from(f.counts.clone())} onselect={props.onselect.clone()} />
                <CiteButtons id={AttrValue::from(f.id.clone())} label={AttrValue::from(f.counts.clone())} />
            </div>
        </>
    }
}

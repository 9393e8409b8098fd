use explorer_core::dataset::model::Mode;
use explorer_core::read::times::when_line;
use explorer_core::read::wording::{card_line, role_line};
use yew::prelude::*;

use super::cite_buttons::CiteButtons;
use super::in_context::InContext;
use super::relation_list::RelationList;
use crate::components::filters::side_chip::{actor_side_class, SideChip};
use crate::data::use_data;
use crate::highlight::highlighted;

#[derive(Properties, PartialEq, Clone)]
pub struct StatementRowProps {
    /// Index into the dataset's statements.
    pub statement: usize,
    pub search: AttrValue,
    /// A deep link to this statement.
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
    /// Whether the card says its times in full (while a time is chosen).
    #[prop_or_default]
    pub when: bool,
}

/// A quote card: the speaker with their side and role, the words large,
/// then one quiet line on how they were said.
#[function_component(StatementRow)]
pub fn statement_row(props: &StatementRowProps) -> Html {
    let data = use_data();
    let s = &data.dataset.statements[props.statement];
    let l = &data.lookup;
    let speaker = l.name_of(&s.speaker);
    let role = l.person(&s.speaker).map(|p| role_line(l, p));
    // Words in quotation marks read as a quote; a paraphrase does not.
    let words_class = classes!(
        "words",
        actor_side_class(&data, Some(&s.speaker)),
        (s.mode != Mode::Paraphrase).then_some("quoted")
    );
    let label = format!("{speaker}, {}", s.kind.label());
    // Its times in full, while the reader narrows by time.
    let when = props
        .when
        .then(|| when_line(&data.dataset.times, s.span.start, s.span.end))
        .flatten();
    html! {
        <>
            <p class="card-head">
                <SideChip actor={AttrValue::from(s.speaker.clone())} />
                <span class="speaker">{speaker}</span>
                if let Some(role) = role { <span class="role">{role}</span> }
            </p>
            <blockquote class={words_class}>{highlighted(&s.span.text, &props.search)}</blockquote>
            <p class="meta">{card_line(s)}</p>
            if let Some(when) = when { <p class="meta when">{when}</p> }
            if let Some(note) = s.note.clone() { <p class="note">{"Note: "}{note}</p> }
            <RelationList id={AttrValue::from(s.id.clone())} />
            <div class="card-actions">
                <InContext id={AttrValue::from(s.id.clone())} href={props.href.clone()}
                    label={AttrValue::from(label.clone())} onselect={props.onselect.clone()} />
                <CiteButtons id={AttrValue::from(s.id.clone())} label={AttrValue::from(label)} />
            </div>
        </>
    }
}

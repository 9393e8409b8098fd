use yew::prelude::*;

use super::cite_buttons::CiteButtons;
use super::relation_list::RelationList;
use super::select_on_click;
use crate::data::use_data;
use crate::highlight::highlighted;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct StatementRowProps {
    /// Index into the dataset's statements.
    pub statement: usize,
    pub search: AttrValue,
    /// A deep link to this statement.
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
    /// For the toast of "Cite this".
    pub dispatch: Callback<Action>,
}

/// One statement: who said it, how, about whom, and its verbatim source.
#[function_component(StatementRow)]
pub fn statement_row(props: &StatementRowProps) -> Html {
    let data = use_data();
    let s = &data.dataset.statements[props.statement];
    let l = &data.lookup;
    let speaker = l.name_of(&s.speaker);
    let role = l
        .person(&s.speaker)
        .map(|p| explorer_core::wording::role_line(l, p));
    let about: Vec<&str> = s.about.iter().map(|a| l.name_of(a)).collect();
    let onclick = select_on_click(&s.id, &props.onselect);
    html! {
        <>
            <p class="row-head">
                <span class="speaker">{speaker}</span>
                if let Some(role) = role { <span class="role">{role}</span> }
            </p>
            <p class="tags">
                <span class="tag kind">{s.kind.label()}</span>
                <span class="tag channel">{s.channel.label()}</span>
                <span class="tag mode">{s.mode.label()}</span>
                { for s.hedges.iter().map(|h| html! { <span class="tag hedge">{h.label()}</span> }) }
            </p>
            <blockquote class="source-text">{highlighted(&s.span.text, &props.search)}</blockquote>
            <p class="about">{"About: "}{about.join(", ")}</p>
            if let Some(note) = s.note.clone() { <p class="note">{"Note: "}{note}</p> }
            <RelationList id={AttrValue::from(s.id.clone())} />
            <a class="source-link" href={props.href.clone()} {onclick}>
                {"Show in article"}<span class="visually-hidden">{format!(": {speaker}, {}", s.kind.label())}</span>
            </a>
            <CiteButtons id={AttrValue::from(s.id.clone())} label={AttrValue::from(format!("{speaker}, {}", s.kind.label()))} dispatch={props.dispatch.clone()} />
        </>
    }
}

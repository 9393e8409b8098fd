use explorer_core::read::figures::group_relations;
use explorer_core::read::wording::claim_summary;
use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct RelationNotesProps {
    /// Figure indices of one group of related claims.
    pub members: Vec<usize>,
}

/// How the claims of one group relate, one line per relation: its kind,
/// the two claims and the data's note. The group's headline is its question;
/// the kinds live here.
#[function_component(RelationNotes)]
pub fn relation_notes(props: &RelationNotesProps) -> Html {
    let data = use_data();
    let d = data.dataset;
    let lines: Html = group_relations(&d.figures, &d.relations, &props.members)
        .into_iter()
        .map(|r| {
            html! { <li>
                <strong class="relation-kind">{r.kind.label()}</strong>{": "}
                {claim_summary(&data.lookup, &r.from)}{" · "}{claim_summary(&data.lookup, &r.to)}
                <span class="note">{" "}{r.note.clone()}</span>
            </li> }
        })
        .collect();
    html! { <ul class="relations">{lines}</ul> }
}

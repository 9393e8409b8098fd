use explorer_core::read::wording::relation_lines;
use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct RelationListProps {
    /// The statement or figure whose relations are listed.
    pub id: AttrValue,
}

/// How a claim relates to others (contradicts, conflicts with, differs from,
/// denies, denied by), each with the data's note on why.
#[function_component(RelationList)]
pub fn relation_list(props: &RelationListProps) -> Html {
    let data = use_data();
    let lines = relation_lines(&data.lookup, &props.id);
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="relations">
            { for lines.into_iter().map(|line| html! {
                <li>
                    <strong class="relation-kind">{line.label}</strong>{" "}{line.other}
                    <span class="note">{" "}{line.note}</span>
                </li>
            }) }
        </ul>
    }
}

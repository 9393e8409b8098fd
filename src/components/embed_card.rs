use explorer_core::query::ItemRef;
use yew::prelude::*;

use super::figure_row::FigureRow;
use super::statement_row::StatementRow;
use crate::data::use_data;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct EmbedCardProps {
    /// The statement or figure shown (validated when the URL was read).
    pub id: AttrValue,
    pub onselect: Callback<AttrValue>,
    pub dispatch: Callback<Action>,
}

/// One statement or figure alone, as the result list shows it.
#[function_component(EmbedCard)]
pub fn embed_card(props: &EmbedCardProps) -> Html {
    let data = use_data();
    let Some(i) = data.index.item_by_id(&props.id) else {
        return html! {};
    };
    let link = data.links[i].clone();
    let (kind, content) = match data.index.items[i].target {
        ItemRef::Statement(s) => (
            "statement",
            html! {
                <StatementRow statement={s} search={AttrValue::default()} href={link.href.clone()}
                    onselect={props.onselect.clone()} dispatch={props.dispatch.clone()} />
            },
        ),
        ItemRef::Figure(f) => (
            "figure",
            html! {
                <FigureRow figure={f} search={AttrValue::default()} href={link.href.clone()}
                    onselect={props.onselect.clone()} dispatch={props.dispatch.clone()} />
            },
        ),
    };
    html! {
        <section class="embed-card" aria-label="Statement or figure">
            <ol class="rows">
                <li id={link.row} tabindex="-1" class={classes!("row", kind)}>{content}</li>
            </ol>
        </section>
    }
}

use yew::prelude::*;

use crate::components::item_card;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct EmbedCardProps {
    /// The statement or figure shown (validated when the URL was read).
    pub id: AttrValue,
    pub onselect: Callback<AttrValue>,
}

/// One statement or figure alone, as the result list shows it.
#[function_component(EmbedCard)]
pub fn embed_card(props: &EmbedCardProps) -> Html {
    let data = use_data();
    let Some(i) = data.index.item_by_id(&props.id) else {
        return html! {};
    };
    let link = data.links[i].clone();
    let (kind, content) = item_card(
        data.index.items[i].target,
        AttrValue::default(),
        link.href.clone(),
        &props.onselect,
        false,
    );
    html! {
        <section class="embed-card" aria-label="Statement or figure">
            <ol class="rows">
                <li id={link.row} tabindex="-1" class={classes!("row", kind)}>{content}</li>
            </ol>
        </section>
    }
}

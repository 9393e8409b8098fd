use yew::prelude::*;

use super::passage::Passage;
use crate::components::item_card;
use crate::data::Data;
use crate::hooks::IN_PLACE_ID;
use crate::state::Action;

/// A claim chosen in the contested claims, opened where it was chosen: its
/// card and its passage in the article. The page does not move; Close (or
/// Back) folds it away. A plain function of the chosen claim's `id`; `onselect` is
/// "Show in article" on its card.
pub fn claim_in_place(
    data: &Data,
    dispatch: &Callback<Action>,
    id: &str,
    onselect: &Callback<AttrValue>,
) -> Html {
    let Some(at) = data.index.item_by_id(id) else {
        return html! {};
    };
    let item = &data.index.items[at];
    let href = data.links[at].href.clone();
    let (kind, card) = item_card(item.target, AttrValue::default(), href, onselect, false);
    let onclose = dispatch.reform(|_| Action::CloseInPlace);
    html! {
        <section class="claim-in-place" id={IN_PLACE_ID} tabindex="-1" aria-labelledby="claim-in-place-heading">
            <div class="claim-in-place-head">
                <h3 id="claim-in-place-heading">{"The claim you chose"}</h3>
                <button type="button" class="button" onclick={onclose.clone()}>{"Close"}</button>
            </div>
            <div class={classes!("row", kind)}>{card}</div>
            <Passage id={AttrValue::from(id.to_string())} {onclose} />
        </section>
    }
}

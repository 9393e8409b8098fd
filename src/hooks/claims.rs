//! Choosing a claim, a card or a marker.

use crate::data::use_data;
use crate::state::Action;
use explorer_core::read::query::Outcome;
use std::rc::Rc;
use yew::prelude::*;

/// A claim chosen in the contested-claims panel (which ignores the
/// filters): its card when the results hold it, else its passage in the
/// article, which shows a selection whatever the filters.
#[hook]
pub fn use_show_claim(outcome: Rc<Outcome>, dispatch: Callback<Action>) -> Callback<AttrValue> {
    let data = use_data();
    use_callback(
        (outcome, dispatch),
        move |id: AttrValue, (outcome, dispatch)| {
            let listed = data
                .index
                .item_by_id(&id)
                .is_some_and(|i| outcome.items.binary_search(&i).is_ok());
            let id = id.to_string();
            dispatch.emit(if listed {
                Action::ShowResult(id)
            } else {
                Action::ShowInArticle(id)
            });
        },
    )
}

/// A callback that dispatches `action` of an item's id (choosing a card or
/// a marker), the same callback across renders.
#[hook]
pub fn use_action(
    dispatch: &Callback<Action>,
    action: fn(String) -> Action,
) -> Callback<AttrValue> {
    use_callback(dispatch.clone(), move |id: AttrValue, dispatch| {
        dispatch.emit(action(id.to_string()))
    })
}

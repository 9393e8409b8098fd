//! Choosing a claim, a card or a marker.

use crate::state::Action;
use yew::prelude::*;

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

//! Where focus goes after a selection, and in and out of the filters' sheet.

use crate::browser;
use crate::state::{Action, Focus, State};
use explorer_core::dataset::ids::{row_dom_id, span_dom_id};
use yew::prelude::*;

/// The claim opened in place (under the contested claims) has this id.
pub const IN_PLACE_ID: &str = "claim-in-place";

/// A selection moves focus to its passage or its row (a jump), or into the
/// claim opened in place (the page stays where it is).
#[hook]
pub fn use_selection_focus(state: &State) {
    let target = state
        .url
        .selected
        .as_deref()
        .and_then(|id| match state.focus {
            Focus::Article => Some((span_dom_id(id), true)),
            Focus::Result => Some((row_dom_id(id), true)),
            Focus::InPlace => Some((IN_PLACE_ID.to_string(), false)),
            Focus::None => None,
        });
    use_effect_with((target, state.selections), |(target, _)| match target {
        Some((id, true)) => browser::scroll_and_focus(id),
        Some((id, false)) => {
            browser::remember_place();
            browser::focus_by_id(id);
        }
        None => {}
    });
}

/// The filters' sheet takes focus when it opens and gives it back to its
/// button when it closes. It is a sheet only below 48rem: a phone turned
/// wider while it is open closes it (else the page would stay inert).
#[hook]
pub fn use_sheet_focus(open: bool, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        let listener = browser::on_media_unmatch("(max-width: 47.99rem)", move || {
            dispatch.emit(Action::CloseFilters)
        });
        move || drop(listener)
    });
    let first = use_mut_ref(|| true);
    use_effect_with(open, move |&open| {
        // Not on the first render: the page starts with focus where it is.
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::focus_by_id(if open {
                "filters-heading"
            } else {
                "filters-button"
            });
        }
    });
}

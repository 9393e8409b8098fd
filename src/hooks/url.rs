//! The address bar kept in step with the state.

use crate::browser;
use crate::data::use_data;
use crate::state::{Action, HistoryMode};
use explorer_core::read::url_state::{decode, encode, UrlState};
use yew::prelude::*;

/// The address bar follows the state; Back and Forward restore it (and the
/// place a jump left, `browser::remember_place`). The
/// history entry is written after the frame that shows the change: in a
/// trace, `pushState` and what it sets off made that frame about 4 ms longer,
/// and no reader waits for the address bar. A reader that is not the page's
/// own (`owns_address` false: a preview in the studio) leaves both alone.
#[hook]
pub fn use_history_sync(
    url: &UrlState,
    mode: HistoryMode,
    dispatch: Callback<Action>,
    owns_address: bool,
) {
    use_effect_with(url.clone(), move |url| {
        if owns_address {
            browser::write_url_after_paint(encode(url), mode);
        }
    });
    let data = use_data();
    use_effect_with((), move |_| {
        let listener = owns_address.then(|| {
            browser::on_popstate(move |place| {
                let (url, notices) = decode(&browser::location_search(), &data.index);
                dispatch.emit(Action::Restore(url, notices));
                // A jump left this entry: Back returns to the place it left.
                if let Some(y) = place {
                    browser::return_to_place(y);
                }
            })
        });
        move || drop(listener)
    });
}

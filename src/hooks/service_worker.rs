//! Offline support: the service worker, and a new version announced.

use crate::browser;
use crate::state::Action;
use yew::prelude::*;

/// Offline support; a new version is announced, not forced. Only for the
/// page's own reader (`own_page`), not a preview mounted in another page.
#[hook]
pub fn use_service_worker(dispatch: Callback<Action>, own_page: bool) {
    use_effect_with((), move |_| {
        if own_page {
            browser::register_service_worker(move || dispatch.emit(Action::UpdateReady));
        }
    });
}

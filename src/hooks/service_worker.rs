//! Offline support: the service worker, and a new version announced.

use crate::browser;
use crate::state::Action;
use yew::prelude::*;

/// Offline support; a new version is announced, not forced.
#[hook]
pub fn use_service_worker(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        browser::register_service_worker(move || dispatch.emit(Action::UpdateReady));
    });
}

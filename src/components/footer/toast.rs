use yew::prelude::*;

use crate::browser;
use crate::state::{use_dispatch, Action, Toast};

/// A confirmation this short ("Link copied.") goes by itself; a longer one
/// ("Copy this link: …", to copy by hand) stays until dismissed.
const FLEETING_CHARS: usize = 40;
const FLEETING_MS: i32 = 5000;

#[derive(Properties, PartialEq)]
pub struct ToastRegionProps {
    pub toast: Option<Toast>,
}

/// The status line ("Link copied."). A new element per message: screen
/// readers announce the same text again only as a new node.
#[function_component(ToastRegion)]
pub fn toast_region(props: &ToastRegionProps) -> Html {
    let dispatch = use_dispatch();
    let fleeting = props
        .toast
        .as_ref()
        .filter(|t| t.text.chars().count() <= FLEETING_CHARS)
        .map(|t| t.serial);
    {
        let dispatch = dispatch.clone();
        use_effect_with(fleeting, move |&serial| {
            if let Some(serial) = serial {
                browser::after_ms(FLEETING_MS, move || {
                    dispatch.emit(Action::DismissToast(serial))
                });
            }
        });
    }
    // The dismiss button sits outside the live region: only the message is
    // announced.
    let dismiss = props.toast.as_ref().map(|t| {
        let serial = t.serial;
        html! {
            <button type="button" class="toast-close" aria-label="Dismiss the message"
                onclick={dispatch.reform(move |_| Action::DismissToast(serial))}>{"×"}</button>
        }
    });
    html! {
        <div class={classes!("toast-bar", props.toast.is_some().then_some("shown"))}>
            <div class="toast" role="status" aria-live="polite">
                if let Some(toast) = props.toast.clone() {
                    <p key={toast.serial}>{toast.text}</p>
                }
            </div>
            {dismiss}
        </div>
    }
}

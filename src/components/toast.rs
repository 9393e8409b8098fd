use yew::prelude::*;

use crate::state::Toast;

#[derive(Properties, PartialEq)]
pub struct ToastRegionProps {
    pub toast: Option<Toast>,
}

/// The status line ("Link copied."), floating at the foot of the screen.
/// A new element per message: screen readers announce the same text again
/// only as a new node.
#[function_component(ToastRegion)]
pub fn toast_region(props: &ToastRegionProps) -> Html {
    html! {
        <div class="toast" role="status" aria-live="polite">
            if let Some(toast) = props.toast.clone() {
                <p key={toast.serial}>{toast.text}</p>
            }
        </div>
    }
}

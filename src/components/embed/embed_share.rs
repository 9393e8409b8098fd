use yew::prelude::*;

use crate::components::footer::toast::ToastRegion;
use crate::state::Toast;

#[derive(Properties, PartialEq)]
pub struct EmbedShareProps {
    pub toast: Option<Toast>,
    /// "Copy link": the host page's link with this state, or the full
    /// explorer's.
    pub oncopy: Callback<MouseEvent>,
}

/// An embed's "Copy link" and its status line.
#[function_component(EmbedShare)]
pub fn embed_share(props: &EmbedShareProps) -> Html {
    html! {
        <>
            <button type="button" class="button copy-link" onclick={props.oncopy.clone()}>{"Copy link"}</button>
            <ToastRegion toast={props.toast.clone()} />
        </>
    }
}

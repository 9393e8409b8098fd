use yew::prelude::*;

use crate::browser;

/// Says a new version is installed; the reader chooses when to reload.
#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    html! {
        <div class="notice update" role="status">
            <p>{"A new version of the explorer is available."}</p>
            <button type="button" class="button" onclick={Callback::from(|_| browser::apply_update())}>
                {"Reload to update"}
            </button>
        </div>
    }
}

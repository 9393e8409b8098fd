use yew::prelude::*;

use crate::state::{use_dispatch, Action};

/// After "Show in article" jumps to the article (far below the results on
/// a phone), one tap returns to the card it came from.
#[function_component(BackToResults)]
pub fn back_to_results() -> Html {
    let dispatch = use_dispatch();
    html! {
        <button type="button" class="button back-to-results" onclick={dispatch.reform(|_| Action::BackToResults)}>
            {"↑ Back to results"}
        </button>
    }
}

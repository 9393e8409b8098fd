use yew::prelude::*;

use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct BackToResultsProps {
    pub dispatch: Callback<Action>,
}

/// After "Show in article" jumps to the article (far below the results on
/// a phone), one tap returns to the card it came from.
#[function_component(BackToResults)]
pub fn back_to_results(props: &BackToResultsProps) -> Html {
    html! {
        <button type="button" class="button back-to-results" onclick={props.dispatch.reform(|_| Action::BackToResults)}>
            {"↑ Back to results"}
        </button>
    }
}

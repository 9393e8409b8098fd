use explorer_core::read::url_state::View;
use yew::prelude::*;

use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub view: View,
}

/// The view switch: one segmented control, the only control at the top of
/// the results (the actions on them sit in the footer).
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let dispatch = use_dispatch();
    let view_button = |view: View, label: &str| {
        let onclick = dispatch.reform(move |_| Action::SetView(view));
        html! {
            <button type="button" class="segment view-button" aria-pressed={(props.view == view).to_string()} {onclick}>
                {label}
            </button>
        }
    };
    html! {
        <div class="toolbar segmented" role="group" aria-label="View">
            {view_button(View::Explore, "Statements & figures")}
            {view_button(View::Figures, "Compare figures")}
            {view_button(View::Voices, "Voices")}
        </div>
    }
}

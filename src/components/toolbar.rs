use explorer_core::url_state::View;
use yew::prelude::*;

use crate::hooks::ExportFormat;
use crate::state::{Action, Toast};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub view: View,
    pub can_clear: bool,
    pub toast: Option<Toast>,
    pub dispatch: Callback<Action>,
    pub oncopy: Callback<()>,
    pub onexport: Callback<ExportFormat>,
}

/// View switch and the actions on the current results.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let view_button = |view: View, label: &str| {
        let onclick = props.dispatch.reform(move |_| Action::SetView(view));
        html! {
            <button type="button" class="button view-button" aria-pressed={(props.view == view).to_string()} {onclick}>
                {label}
            </button>
        }
    };
    let action = |action: Action| props.dispatch.reform(move |_: MouseEvent| action.clone());
    html! {
        <div class="toolbar" role="group" aria-label="Views and actions">
            <div class="views">
                {view_button(View::Explore, "Statements & figures")}
                {view_button(View::Figures, "Compare figures")}
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={props.oncopy.reform(|_| ())}>{"Copy link"}</button>
                <button type="button" class="button" onclick={props.onexport.reform(|_| ExportFormat::Csv)}>{"Export CSV"}</button>
                <button type="button" class="button" onclick={props.onexport.reform(|_| ExportFormat::Json)}>{"Export JSON"}</button>
                <button type="button" class="button" onclick={props.onexport.reform(|_| ExportFormat::Dataset)}>{"Get the data"}</button>
                <button type="button" class="button" onclick={action(Action::OpenEmbedDialog)}>{"Embed"}</button>
                <button type="button" class="button" disabled={!props.can_clear} onclick={action(Action::ClearAll)}>{"Clear all"}</button>
            </div>
            // A new element per message: screen readers announce the same
            // text again ("Link copied." twice) only as a new node.
            <div class="toast" role="status" aria-live="polite">
                if let Some(toast) = props.toast.clone() {
                    <p key={toast.serial}>{toast.text}</p>
                }
            </div>
        </div>
    }
}

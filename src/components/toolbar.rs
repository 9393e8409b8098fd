use explorer_core::url_state::View;
use yew::prelude::*;

/// What the reader can export.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub view: View,
    pub can_clear: bool,
    pub toast: Option<AttrValue>,
    pub onview: Callback<View>,
    pub oncopy: Callback<()>,
    pub onexport: Callback<ExportFormat>,
    pub onclear: Callback<()>,
    pub onembed: Callback<()>,
}

/// View switch and the actions on the current results.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let view_button = |view: View, label: &str| {
        let onclick = props.onview.reform(move |_| view);
        html! {
            <button type="button" class="button view-button" aria-pressed={(props.view == view).to_string()} {onclick}>
                {label}
            </button>
        }
    };
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
                <button type="button" class="button" onclick={props.onembed.reform(|_| ())}>{"Embed"}</button>
                <button type="button" class="button" disabled={!props.can_clear} onclick={props.onclear.reform(|_| ())}>{"Clear all"}</button>
            </div>
            <p class="toast" role="status" aria-live="polite">{props.toast.clone()}</p>
        </div>
    }
}

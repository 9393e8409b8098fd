use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
    pub dispatch: Callback<crate::state::Action>,
}

/// What the URL held that the app ignored, shown as plain text.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = props
        .dispatch
        .reform(|_| crate::state::Action::DismissNotices);
    html! {
        <div class="notice" role="status">
            <p class="notice-title">{"Some of the link was not understood and was ignored:"}</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{n.clone()}</li> }) }</ul>
            <button type="button" class="link-button" onclick={ondismiss}>{"Dismiss"}</button>
        </div>
    }
}

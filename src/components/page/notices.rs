use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
}

/// What the URL held that the app ignored, shown as plain text.
#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let dispatch = crate::state::use_dispatch();
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = dispatch.reform(|_| crate::state::Action::DismissNotices);
    html! {
        <div class="notice" role="status">
            <p class="notice-title">{"Some of the link was not understood and was ignored:"}</p>
            <ul>{ for props.notices.iter().map(|n| html! { <li>{n.clone()}</li> }) }</ul>
            <button type="button" class="link-button" onclick={ondismiss}>{"Dismiss"}</button>
        </div>
    }
}

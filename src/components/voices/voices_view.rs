use explorer_core::read::url_state::decode;
use yew::prelude::*;

use crate::data::use_data;
use crate::hooks::{use_overview, Overview};
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct VoicesViewProps {
    /// Groups start folded (an embed in a reading column).
    #[prop_or_default]
    pub folded: bool,
}

/// Who gets a voice: per side the speakers and how they are quoted, the
/// article's own voice, who is named but never heard, and the figures by
/// support; counts of the whole text. The markup is the build's
/// (`use_overview`); a plain click on a row's link shows exactly its filter
/// in the list, a click meant for a new tab follows its `href`.
#[function_component(VoicesView)]
pub fn voices_view(props: &VoicesViewProps) -> Html {
    let data = use_data();
    let dispatch = use_dispatch();
    let overview = use_overview(props.folded);
    let onclick = Callback::from(move |e: MouseEvent| {
        let plain =
            e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
        let link = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("a[data-filter]").ok().flatten());
        if let (true, Some(href)) = (plain, link.and_then(|a| a.get_attribute("href"))) {
            e.prevent_default();
            dispatch.emit(Action::ShowFiltered(decode(&href, &data.index).0.filters));
        }
    });
    let busy = (overview == Overview::Loading).then_some("true");
    let body = match overview {
        Overview::Ready(markup) => Html::from_html_unchecked(markup),
        Overview::Loading => html! { <p class="voices-note">{"Loading the overview…"}</p> },
        Overview::Failed => html! {
            <p class="voices-note" role="alert">{"The overview could not be loaded: it needs a connection the first time it is opened."}</p>
        },
    };
    html! {
        <section class="voices-view" aria-labelledby="voices-heading" aria-busy={busy}>
            <h2 id="voices-heading">{"Who gets a voice"}</h2>
            <div class="voices-body" {onclick}>{body}</div>
        </section>
    }
}

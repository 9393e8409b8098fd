use explorer_core::read::url_state::decode;
use yew::prelude::*;

use crate::components::select_link_click;
use crate::data::use_data;
use crate::hooks::use_overview;
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
    let (body, status) = use_overview(props.folded);
    let show = Callback::from(move |href: AttrValue| {
        dispatch.emit(Action::ShowFiltered(decode(&href, &data.index).0.filters))
    });
    let onclick = Callback::from(move |e: MouseEvent| {
        let link = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("a[data-filter]").ok().flatten());
        if let Some(link) = link {
            select_link_click(&e, link.get_attribute("href"), &show);
        }
    });
    // The status goes once the stylesheet the markup links has loaded
    // (styles/voices.css), which also shows the body.
    html! {
        <section class="voices-view" aria-labelledby="voices-heading">
            <h2 id="voices-heading">{"Who gets a voice"}</h2>
            <p class="voices-status" role="status" ref={status}>{"Loading the overview…"}</p>
            <div class="voices-body" ref={body} {onclick}></div>
        </section>
    }
}

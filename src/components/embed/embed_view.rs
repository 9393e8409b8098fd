use std::rc::Rc;

use explorer_core::read::embed::{full_explorer, Layout};
use explorer_core::read::query::Outcome;
use explorer_core::read::url_state::{encode, UrlState};
use yew::prelude::*;

use super::embed_article::EmbedArticle;
use super::embed_bar::EmbedBar;
use super::embed_card::EmbedCard;
use super::embed_header::EmbedHeader;
use super::embed_share::EmbedShare;
use crate::browser;
use crate::components::contested::contested_panel::ContestedPanel;
use crate::components::page::notices::Notices;
use crate::components::results::result_list::Results;
use crate::components::voices::voices_view::VoicesView;
use crate::hooks::{use_embed_copy_link, use_embed_host};
use crate::state::{use_dispatch, AppState};

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub state: UseReducerHandle<AppState>,
    /// The state's URL part, shared by the parts that take it.
    pub url: Rc<UrlState>,
    pub outcome: Rc<Outcome>,
    /// The outcome and search a frame later (facet counts, highlights).
    pub settled: Rc<Outcome>,
    pub settled_search: String,
    /// Selects an item and shows its passage in the article.
    pub onselect: Callback<AttrValue>,
    /// A preview in the studio, not a frame in a host page.
    #[prop_or_default]
    pub preview: bool,
}

/// The explorer in an iframe, sized for a reading column: the list (a
/// compact filter bar and a few results at a time), the figures comparison
/// or one card, then the article behind a toggle.
#[function_component(EmbedView)]
pub fn embed_view(props: &EmbedViewProps) -> Html {
    let dispatch = use_dispatch();
    let state = &props.state;
    let dispatch = dispatch.clone();
    use_embed_host(
        &state.url,
        state.host.is_some(),
        dispatch.clone(),
        !props.preview,
    );
    let oncopy = use_embed_copy_link(&state.url, state.host.clone(), dispatch.clone());
    let url = props.url.clone();
    let full_link = AttrValue::from(browser::href_for(&encode(&full_explorer(&state.url))));
    let layout = Layout::of(&state.url);
    let onselect = props.onselect.clone();
    let main = match layout {
        Layout::List => html! {
            <div class="results-pane" id="results-start" tabindex="-1">
                <Results outcome={props.outcome.clone()} url={url.clone()} shown={state.shown}
                    can_clear={state.can_clear()} onselect={onselect.clone()} />
            </div>
        },
        // The comparison alone: the compact contested-claims panel (the
        // full explorer's Compare tab has the table).
        Layout::Figures => html! {
            <div class="results-pane embed-figures-view">
                <ContestedPanel onselect={onselect.clone()} />
            </div>
        },
        Layout::Voices => html! {
            <div class="results-pane embed-voices-view">
                <VoicesView folded=true />
            </div>
        },
        Layout::Card => html! {
            <EmbedCard id={state.url.selected.clone().unwrap_or_default()} onselect={onselect.clone()} />
        },
    };
    let class = classes!(
        "app",
        "embed",
        format!("embed-{}", layout.key()),
        state.url.frame.height.map(|_| "embed-fixed")
    );
    html! {
        <div {class}>
            <EmbedHeader {full_link} headline={state.url.frame.headline} />
            <Notices notices={state.notices.clone()} />
            <main id="main">
                if layout == Layout::List {
                    <EmbedBar url={url.clone()} outcome={props.settled.clone()} />
                }
                {main}
                <EmbedArticle open={state.article_open} outcome={props.settled.clone()}
                    search={props.settled_search.clone()} selected={state.url.selected.clone()}
                    {onselect}>
                    <EmbedShare toast={state.toast.clone()} {oncopy} />
                </EmbedArticle>
            </main>
        </div>
    }
}

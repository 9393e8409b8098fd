use explorer_core::read::mount;
use explorer_core::read::url_state::{encode, UrlState, View};
use explorer_core::read::view_rules::{cards_shown, grouped_facets, show_all_label};
use yew::prelude::*;

use super::jump_bar::{jump_bar, ARTICLE_PANE_ID};
use super::masthead::Masthead;
use super::notices::Notices;
use super::update_banner::UpdateBanner;
use crate::components::article::article_view::ArticleView;
use crate::components::article::back_to_results::BackToResults;
use crate::components::contested::contested_panel::ContestedPanel;
use crate::components::contested::figures_view::FiguresView;
use crate::components::embed::embed_view::EmbedView;
use crate::components::filters::controls::Controls;
use crate::components::filters::facets::Facets;
use crate::components::footer::data_footer::DataFooter;
use crate::components::results::claim_in_place::claim_in_place;
use crate::components::results::result_list::Results;
use crate::components::voices::voices_view::VoicesView;
use crate::data::{use_data, Data};
use crate::hooks::{
    use_action, use_commands, use_deferred, use_history_sync, use_mount_step, use_selection_focus,
    use_service_worker, use_sheet_focus,
};
use crate::state::{use_state_from_query, Action, PAGE};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The query string to start from.
    pub query: AttrValue,
    /// Whether the filters start folded (a phone).
    pub narrow: bool,
    /// A preview in another page: no address bar, history, service worker
    /// or host page of its own.
    pub preview: bool,
    /// Whether the result list folds to its first cards, with a "Show all"
    /// (narrower than `view_rules::FOLD_BELOW_PX`).
    #[prop_or_default]
    pub folds: bool,
}

/// The explorer's page: state in one reducer, the URL as its shareable form.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    #[cfg(debug_assertions)]
    fault_for_tests(&props.query);
    let data = use_data();
    let (state, dispatch) = use_state_from_query(&props.query);
    use_history_sync(&state.url, state.history, dispatch.clone(), !props.preview);
    use_selection_focus(&state);
    use_sheet_focus(state.filters_open, dispatch.clone());
    use_service_worker(dispatch.clone(), !props.preview);
    let mount = use_mount_step(first_mount_steps(&state.url, &data));
    let outcome = use_memo(state.url.filters.clone(), |f| data.index.run(f));
    // The results and the pressed options show a change in the frame of the
    // click or keystroke; the facet counts and the article's highlights (and
    // search marks) follow a frame later, so that frame stays short.
    let (settled, settled_search) =
        use_deferred((outcome.clone(), state.url.filters.search.clone()));
    let url = use_memo(state.url.clone(), |url| url.clone());
    let commands = use_commands(&state.url, outcome.clone(), dispatch.clone());
    let show_in_article = use_action(&dispatch, Action::ShowInArticle);
    let open_in_place = use_action(&dispatch, Action::OpenInPlace);
    let show_result = use_action(&dispatch, Action::ShowResult);
    // A narrow screen shows the first cards, then the article.
    let folded = props.folds && !state.show_all;
    let shown = cards_shown(outcome.items.len(), state.shown, folded);
    let show_all = show_all_label(outcome.items.len(), folded).map(AttrValue::from);
    // While the filters' sheet is open (a phone), the rest of the page is
    // inert: focus stays in the sheet, and readers hear only it.
    let inert = state.filters_open;
    // The dispatcher reaches every component through a context.
    let page = if state.url.embed {
        // An embed has its own compact layout (components/embed/).
        html! {
            <EmbedView state={state.clone()} {url} outcome={outcome} settled={settled}
                settled_search={settled_search} onselect={show_in_article} preview={props.preview} />
        }
    } else {
        html! {
            <div class="app" aria-busy={mount.map(|_| "true")}>
                <a class="skip-link" href="#results-start" {inert}>{"Skip to results"}</a>
                <div class="top" {inert}>
                    <Masthead />
                    if state.update_ready { <UpdateBanner /> }
                    <Notices notices={state.notices.clone()} />
                    <ContestedPanel onselect={open_in_place} />
                    if let Some(id) = state.open_in_place() {
                        {claim_in_place(&data, &dispatch, id, &show_in_article)}
                    }
                </div>
                {jump_bar()}
                <main id="main" class="layout">
                    <Facets url={url.clone()} outcome={settled.clone()} open={!props.narrow} sheet_open={state.filters_open}
                        total={outcome.items.len()} {mount} />
                    <div class="results-pane" id="results-start" tabindex="-1" {inert}>
                        <Controls url={url.clone()} outcome={settled.clone()} sheet_open={state.filters_open} />
                        if state.url.view == View::Figures {
                            <FiguresView outcome={outcome.clone()} onselect={show_in_article.clone()} />
                        } else if state.url.view == View::Voices {
                            <VoicesView />
                        } else {
                            <Results outcome={outcome.clone()} url={url.clone()} {shown} show_all={show_all.clone()}
                                can_clear={state.can_clear()} {mount} onselect={show_in_article} />
                        }
                    </div>
                    // Focusable: it scrolls on its own on wide screens.
                    <div class="article-pane" id={ARTICLE_PANE_ID} tabindex="0" role="region" aria-label="The article" {inert}>
                        <ArticleView outcome={settled} search={settled_search}
                            selected={state.url.selected.clone()} onselect={show_result} />
                    </div>
                </main>
                if state.back_to.is_some() && !inert { <BackToResults /> }
                <DataFooter {inert} toast={state.toast.clone()} studio={studio_href(&state.url)} oncopy={commands.copy_link} onexport={commands.export} />
            </div>
        }
    };
    html! { <ContextProvider<Callback<Action>> context={dispatch}>{page}</ContextProvider<Callback<Action>>> }
}

/// The studio's address with the reader's view: "Embed" opens its builder
/// (the `studio/` crate), a page of its own.
fn studio_href(url: &UrlState) -> AttrValue {
    format!("studio/?{}#embed", encode(url)).into()
}

/// The steps of the first mount (`explorer_core::read::mount`): none for an embed
/// (a few rows) or a selection (its row must be there to be shown).
fn first_mount_steps(url: &UrlState, data: &Data) -> usize {
    if url.embed || url.selected.is_some() {
        return 0;
    }
    mount::steps(data.index.items.len().min(PAGE), grouped_facets().count())
}

/// A test-only fault: debug builds panic on `?fault=panic`, to prove the
/// panic panel; release builds do not contain this function.
#[cfg(debug_assertions)]
fn fault_for_tests(query: &str) {
    if query.contains("fault=panic") {
        panic!("fault injected for a test (debug builds only)");
    }
}

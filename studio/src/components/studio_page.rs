use std::rc::Rc;

use explorer_core::read::url_state::encode;
use yew::prelude::*;

use super::author::author_panel::AuthorPanel;
use super::embed_builder::EmbedBuilder;
use crate::hooks::{use_session, use_tab, Tab};
use article_explorer::components::footer::toast::ToastRegion;
use article_explorer::components::page::notices::Notices;
use article_explorer::data::use_data;
use article_explorer::hooks::copy_then_tell;
use article_explorer::state::{use_state_from_query, Action};

#[derive(Properties, PartialEq)]
pub struct StudioPageProps {
    /// The studio's query string: the reader's view it was opened from.
    pub query: AttrValue,
}

/// The studio's page: the publisher's tools for this article, starting from
/// the reader's view it was opened from (`studio/?<the reader's query>`).
#[function_component(StudioPage)]
pub fn studio_page(props: &StudioPageProps) -> Html {
    let data = use_data();
    let (state, dispatch) = use_state_from_query(&props.query);
    let copy_snippet = use_callback(dispatch.clone(), |snippet: String, dispatch| {
        let (copied, refused) = ("Embed code copied.", "Select the code and copy it.");
        copy_then_tell(snippet, copied.into(), refused.into(), dispatch);
    });
    let url = Rc::new(state.url.clone());
    let tab = use_tab();
    // Above the tabs: switching tools keeps the session and its undo.
    let authoring = use_session();
    let back = format!("../?{}", encode(&state.url));
    html! {
        <ContextProvider<Callback<Action>> context={dispatch}>
            <div class="studio">
                <header class="studio-head" aria-label="Studio">
                    <p class="kicker">{"Studio"}</p>
                    <h1>{data.dataset.article.title.clone()}</h1>
                    <p><a href={back}>{"Back to the explorer"}</a></p>
                </header>
                <Notices notices={state.notices.clone()} />
                <nav class="studio-tabs" aria-label="Studio">
                    <a href="#author" aria-current={(tab == Tab::Author).then_some("page")}>{"Make an explorer"}</a>
                    <a href="#embed" aria-current={(tab == Tab::Embed).then_some("page")}>{"Embed this view"}</a>
                </nav>
                <main id="main" aria-label={if tab == Tab::Embed { "Embed this view" } else { "Make an explorer" }}>
                    if tab == Tab::Embed {
                        <EmbedBuilder {url} oncopy={copy_snippet} />
                    } else {
                        <AuthorPanel session={authoring} />
                    }
                </main>
                <ToastRegion toast={state.toast.clone()} />
            </div>
        </ContextProvider<Callback<Action>>>
    }
}

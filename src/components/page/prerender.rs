use std::rc::Rc;

use explorer_core::read::query::Filters;
use yew::prelude::*;

use super::masthead::Masthead;
use crate::components::article::article_view::ArticleView;
use crate::components::contested::contested_panel::ContestedPanel;
use crate::data::{use_data, DataRef};

#[derive(Properties, PartialEq)]
pub struct PrerenderProps {
    pub data: DataRef,
}

/// What index.html shows before the wasm starts: the app's own masthead and
/// article (with the default view's highlights), rendered natively by Yew's
/// server renderer from these same components, so the app's first render
/// replaces it with identical markup.
#[function_component(Prerender)]
pub fn prerender(props: &PrerenderProps) -> Html {
    html! {
        <ContextProvider<DataRef> context={props.data.clone()}>
            <div id="prerender" class="app prerender">
                <div class="top">
                    <Masthead />
                    <ContestedPanel onselect={Callback::noop()} />
                </div>
                <main class="layout">
                    <div class="facets"></div>
                    <div class="results-pane">
                        <div class="controls"></div>
                        <p class="result-count">{"Loading the explorer…"}</p>
                        <noscript><p>{"The explorer's filters need JavaScript and WebAssembly; the article is below."}</p></noscript>
                    </div>
                    <div class="article-pane"><DefaultArticle /></div>
                </main>
            </div>
        </ContextProvider<DataRef>>
    }
}

/// The article as the default view highlights it: every item is a result.
#[function_component(DefaultArticle)]
fn default_article() -> Html {
    let data = use_data();
    let outcome = use_memo((), |_| data.index.run(&Filters::default()));
    let outcome: Rc<_> = outcome;
    html! {
        <ArticleView {outcome} search={String::new()} selected={None::<String>} onselect={Callback::noop()} />
    }
}

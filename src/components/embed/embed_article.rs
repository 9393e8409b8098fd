use std::rc::Rc;

use explorer_core::read::query::Outcome;
use yew::prelude::*;

use crate::components::article::article_view::ArticleView;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct EmbedArticleProps {
    pub open: bool,
    /// The results whose sources are highlighted.
    pub outcome: Rc<Outcome>,
    pub search: String,
    pub selected: Option<String>,
    pub onselect: Callback<AttrValue>,
    /// More actions on the toggle's line.
    #[prop_or_default]
    pub children: Html,
}

/// An embed's article: folded behind a toggle, and when open a region of
/// bounded height that scrolls on its own, so the frame stays short.
#[function_component(EmbedArticle)]
pub fn embed_article(props: &EmbedArticleProps) -> Html {
    let dispatch = use_dispatch();
    let ontoggle = dispatch.reform(|_: MouseEvent| Action::ToggleArticle);
    html! {
        <section class="embed-article" aria-label="The article">
            <div class="embed-actions">
            <button type="button" class="button article-toggle" aria-expanded={props.open.to_string()}
                aria-controls="embed-article-text" onclick={ontoggle}>
                {if props.open { "Hide the article" } else { "Read the article" }}
            </button>
            {props.children.clone()}
            </div>
            // Focusable: it scrolls on its own.
            <div id="embed-article-text" class="article-pane" hidden={!props.open} tabindex="0"
                role="region" aria-label="The article's text">
                <ArticleView outcome={props.outcome.clone()} search={props.search.clone()}
                    selected={props.selected.clone()} onselect={props.onselect.clone()} />
            </div>
        </section>
    }
}

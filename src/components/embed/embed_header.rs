use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct EmbedHeaderProps {
    /// The link that opens the same state in the full explorer.
    pub full_link: AttrValue,
}

/// An embed's one-line masthead: the article it explores (the host page's
/// story is the headline; this names the source), the tool's name, and the
/// way out to the full explorer.
#[function_component(EmbedHeader)]
pub fn embed_header(props: &EmbedHeaderProps) -> Html {
    let data = use_data();
    html! {
        <header class="embed-head">
            <p class="embed-label">{"Article explorer"}</p>
            <h1><cite>{data.dataset.article.title.clone()}</cite></h1>
            <a class="open-full" href={props.full_link.clone()} target="_blank" rel="noopener">
                {"Open full explorer"}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        </header>
    }
}

use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct EmbedHeaderProps {
    /// The link that opens the same state in the full explorer.
    pub full_link: AttrValue,
    /// Show the tool's name and the article's headline (`headline=1`);
    /// else they are for screen readers only: the host's story has its own.
    pub headline: bool,
}

/// An embed's one-line masthead: the article it explores (the host page's
/// story is the headline; this names the source), the tool's name, and the
/// way out to the full explorer. The name and headline show only when the
/// embed asks for them.
#[function_component(EmbedHeader)]
pub fn embed_header(props: &EmbedHeaderProps) -> Html {
    let data = use_data();
    let hidden = (!props.headline).then_some("visually-hidden");
    html! {
        <header class="embed-head">
            <p class={classes!("embed-label", hidden)}>{"Article explorer"}</p>
            <h1 class={classes!(hidden)}><cite>{data.dataset.article.title.clone()}</cite></h1>
            <a class="open-full" href={props.full_link.clone()} target="_blank" rel="noopener">
                {"Open full explorer"}<span class="visually-hidden">{" (opens in a new tab)"}</span>
            </a>
        </header>
    }
}

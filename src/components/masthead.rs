use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct MastheadProps {
    /// In an embed: the link that opens the same state in the full explorer.
    #[prop_or_default]
    pub full_link: Option<AttrValue>,
}

/// The tool's name and the article it explores. Also prerendered into
/// index.html, so the page's first paint is this very markup.
#[function_component(Masthead)]
pub fn masthead(props: &MastheadProps) -> Html {
    let data = use_data();
    html! {
        <header class="masthead">
            <h1>{"Article explorer"}</h1>
            <p class="subtitle">{"Who said what, through which channel, about whom, and which claimed figures contradict each other, in: "}
                <cite>{data.dataset.article.title.clone()}</cite></p>
            if let Some(full_link) = props.full_link.clone() {
                <a class="open-full" href={full_link} target="_blank" rel="noopener">{"Open full explorer"}</a>
            }
        </header>
    }
}

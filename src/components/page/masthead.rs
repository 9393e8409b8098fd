use yew::prelude::*;

use crate::data::use_data;

/// The article's title as the page's heading, the tool's name as a small
/// label above it, the data's one-line summary below it. Also prerendered
/// into index.html, so the page's first paint is this very markup. Whose the
/// title is, when the text has no headline, the footer's "About this data"
/// says.
#[function_component(Masthead)]
pub fn masthead() -> Html {
    let data = use_data();
    let article = &data.dataset.article;
    html! {
        <header class="masthead">
            <p class="kicker">{"Article explorer"}<span class="kicker-what">{" · who said what, and which figures clash"}</span></p>
            <h1>{article.title.clone()}</h1>
            if let Some(summary) = article.summary.as_ref() {
                <p class="summary">{summary.clone()}</p>
            }
        </header>
    }
}

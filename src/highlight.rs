//! Text with the reader's search terms marked.

use explorer_core::read::query::matches;
use yew::{html, Html};

/// `text` with every folded match of `search` in a `<mark>`.
pub fn highlighted(text: &str, search: &str) -> Html {
    let ranges = matches(text, search);
    if ranges.is_empty() {
        return html! { {text.to_string()} };
    }
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for (s, e) in ranges {
        parts.push(html! { {text[at..s].to_string()} });
        parts.push(html! { <mark class="match">{text[s..e].to_string()}</mark> });
        at = e;
    }
    parts.push(html! { {text[at..].to_string()} });
    parts.into_iter().collect::<Html>()
}

use yew::prelude::*;

use crate::data::use_data;

/// A stretch of a block: plain, matched, or part of a highlighted item.
#[derive(Clone, Debug, PartialEq)]
pub struct Seg {
    pub start: usize,
    pub end: usize,
    pub item: Option<usize>,
    /// Some item covers it, highlighted or not.
    pub covered: bool,
    pub matched: bool,
    /// The item's first segment carries the `span-<id>` anchor.
    pub anchor: bool,
    /// Whether the segment is a link to its item.
    pub link: bool,
    pub selected: bool,
}

/// A block re-renders only when its own highlights change. Clicks on its
/// links are handled once, by the article (see `ArticleView`).
#[derive(Properties, PartialEq)]
pub struct ArticleBlockProps {
    pub heading: bool,
    pub segs: Vec<Seg>,
}

/// One paragraph or head of the article, its highlights as links.
#[function_component(ArticleBlock)]
pub fn article_block(props: &ArticleBlockProps) -> Html {
    let data = use_data();
    let content: Html = props
        .segs
        .iter()
        .map(|seg| {
            let text = &data.article[seg.start..seg.end];
            let inner = if seg.matched {
                html! { <mark class="match">{text}</mark> }
            } else {
                html! { {text} }
            };
            // Covered stretches are always an `<a>`, so a filter change only
            // changes attributes; without href (and with role none) it is no
            // link, for readers and crawlers alike.
            let Some(i) = seg.item else {
                return if seg.covered {
                    html! { <a class="hl-off" role="none">{inner}</a> }
                } else {
                    inner
                };
            };
            let class = classes!("hl", seg.selected.then_some("selected"));
            if !seg.link {
                return html! { <a {class} role="none">{inner}</a> };
            }
            let link = data.links[i].clone();
            let anchor = seg.anchor.then_some(link.anchor);
            html! {
                <a {class} id={anchor} href={link.href} data-item={link.id}>{inner}</a>
            }
        })
        .collect();
    if props.heading {
        html! { <h3>{content}</h3> }
    } else {
        html! { <p>{content}</p> }
    }
}

use explorer_core::read::view_rules::MarkedSegment;
use yew::prelude::*;

use crate::data::use_data;

/// A block re-renders only when its own highlights change. Clicks on its
/// links are handled once, by the article (see `ArticleView`).
#[derive(Properties, PartialEq)]
pub struct ArticleBlockProps {
    pub heading: bool,
    pub segs: Vec<MarkedSegment>,
}

/// One paragraph or head of the article. Highlights are sparse: the
/// selected item is marked strongly; each current result gets a quiet
/// numbered marker before its passage, the number on its card. The marker
/// is the item's one focusable element, however many fragments it spans.
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
            let Some(i) = seg.item else {
                return if seg.covered {
                    html! { <span class="hl-off">{inner}</span> }
                } else {
                    inner
                };
            };
            let link = data.links[i].clone();
            let class = classes!("hl", seg.selected.then_some("selected"));
            let marker = seg.anchor.then(|| {
                // The number is drawn by CSS from data-n: it is no part of the
                // article's text, which quote selectors and copy-paste read.
                let label = seg.number.map_or("•".to_string(), |n| n.to_string());
                let name = seg.number.map_or("Show the selected result".to_string(), |n| format!("Show result {n}"));
                html! {
                    <a class={classes!("marker", seg.selected.then_some("selected"))} id={link.anchor.clone()}
                        href={link.href.clone()} data-item={link.id.clone()} data-n={label} aria-label={name}></a>
                }
            });
            html! { <>{marker}<span {class} data-item={link.id}>{inner}</span></> }
        })
        .collect();
    if props.heading {
        html! { <h3>{content}</h3> }
    } else {
        html! { <p>{content}</p> }
    }
}

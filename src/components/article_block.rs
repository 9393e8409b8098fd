use std::rc::Rc;

use explorer_core::url_state::{encode, UrlState};
use yew::prelude::*;

use super::select_on_click;
use crate::browser::href_for;
use crate::data::data;

/// A stretch of a block: plain, matched, or part of a highlighted item.
#[derive(Clone, Debug, PartialEq)]
pub struct Seg {
    pub start: usize,
    pub end: usize,
    pub item: Option<usize>,
    pub matched: bool,
    /// The item's first segment carries the `span-<id>` anchor.
    pub anchor: bool,
    /// Whether the segment is a link to its item.
    pub link: bool,
    pub selected: bool,
}

#[derive(Properties)]
pub struct ArticleBlockProps {
    pub heading: bool,
    pub segs: Vec<Seg>,
    pub url: Rc<UrlState>,
    pub onselect: Callback<AttrValue>,
}

/// A block re-renders only when its own highlights change; the URL (for the
/// links' hrefs) matters only to a block that has links.
impl PartialEq for ArticleBlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.heading == other.heading
            && self.segs == other.segs
            && self.onselect == other.onselect
            && (self.segs.iter().all(|s| s.item.is_none()) || self.url == other.url)
    }
}

/// One paragraph or head of the article, its highlights as links.
#[function_component(ArticleBlock)]
pub fn article_block(props: &ArticleBlockProps) -> Html {
    let d = data();
    let index = &d.index;
    let content: Html = props
        .segs
        .iter()
        .map(|seg| {
            let text = &d.article[seg.start..seg.end];
            let inner = if seg.matched {
                html! { <mark class="match">{text}</mark> }
            } else {
                html! { {text} }
            };
            let Some(i) = seg.item else { return inner };
            let class = classes!("hl", seg.selected.then_some("selected"));
            if !seg.link {
                return html! { <span {class}>{inner}</span> };
            }
            let id = index.items[i].id.clone();
            let anchor = seg.anchor.then(|| format!("span-{id}"));
            let mut url = (*props.url).clone();
            url.selected = Some(id.clone());
            let onclick = select_on_click(&id, &props.onselect);
            html! {
                <a {class} id={anchor} href={href_for(&encode(&url))} data-item={id} {onclick}>{inner}</a>
            }
        })
        .collect();
    if props.heading {
        html! { <h3>{content}</h3> }
    } else {
        html! { <p>{content}</p> }
    }
}

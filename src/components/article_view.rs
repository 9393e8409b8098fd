use std::rc::Rc;

use explorer_core::query::{matches, Outcome};
use explorer_core::segments::{segments, Anchors};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use yew::prelude::*;

use super::article_block::{ArticleBlock, Seg};
use super::select_link_click;
use crate::data::use_data;

/// Blocks (paragraphs and heads) rendered at first and added as the reader
/// scrolls towards the end: a long article stays fast to filter and search,
/// and a short one (the shipped article has 29 blocks) renders whole.
const WINDOW: usize = 40;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The results whose spans are highlighted.
    pub outcome: Rc<Outcome>,
    /// The search text, marked where it occurs.
    pub search: String,
    /// The selected item's id, highlighted even when filters hide it.
    pub selected: Option<String>,
    pub onselect: Callback<AttrValue>,
}

/// The article itself, with the spans of the current results highlighted;
/// each highlight links to its statement or figure.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let d = use_data();
    let index = &d.index;
    let blocks = &d.blocks;
    let limit = use_state_eq(|| WINDOW);
    let more = use_node_ref();
    let selected = props
        .selected
        .as_deref()
        .and_then(|id| index.item_by_id(id));
    // The selected item's block is always rendered, so it can be shown.
    let selected_block = selected.map(|i| {
        let start = index.items[i].start;
        blocks.partition_point(|b| b.block.end <= start)
    });
    let rendered = (*limit)
        .max(selected_block.map_or(0, |b| b + 1))
        .min(blocks.len());
    let has_more = rendered < blocks.len();

    // Scrolling near the end of what is rendered renders the next blocks.
    {
        let (limit, more) = (limit.clone(), more.clone());
        use_effect_with((rendered, has_more), move |&(rendered, has_more)| {
            let listener = has_more.then(|| {
                let options = EventListenerOptions {
                    phase: EventListenerPhase::Capture,
                    passive: true,
                };
                EventListener::new_with_options(
                    &gloo::utils::window(),
                    "scroll",
                    options,
                    move |_| {
                        let Some(el) = more.cast::<web_sys::Element>() else {
                            return;
                        };
                        let near = gloo::utils::window()
                            .inner_height()
                            .ok()
                            .and_then(|h| h.as_f64())
                            .unwrap_or(800.0)
                            * 2.0;
                        if el.get_bounding_client_rect().top() < near {
                            limit.set(rendered + WINDOW);
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    // Every item takes part in cutting the blocks into segments (so their
    // DOM stays put as filters change); the current results and the selected
    // item (even when filters hide it) are the active, highlighted ones.
    let per_block = &d.block_items;
    let mut active = vec![false; index.items.len()];
    for &i in props.outcome.items.iter().chain(selected.iter()) {
        active[i] = true;
    }
    let search = props.search.as_str();
    let mut anchors = Anchors::new();
    let mut sections: Vec<(usize, Vec<Html>)> = Vec::new();
    for (fb, items) in blocks[..rendered].iter().zip(per_block) {
        let block = &fb.block;
        let found: Vec<(usize, usize)> = matches(block.text(d.article), search)
            .into_iter()
            .map(|(s, e)| (s + block.start, e + block.start))
            .collect();
        let segs: Vec<Seg> = segments((block.start, block.end), items, &found, selected, |i| {
            active[i]
        })
        .into_iter()
        .map(|seg| {
            let links = anchors.flags(d.article, &seg);
            Seg {
                start: seg.start,
                end: seg.end,
                item: seg.item,
                covered: seg.covered,
                matched: seg.matched,
                anchor: links.anchor,
                // A sliver of an item (the `.”` after a figure inside a
                // statement) is highlighted but no link: a target that
                // small is hard to hit, and the item has its own link.
                link: links.link,
                selected: seg.item.is_some() && seg.item == selected,
            }
        })
        .collect();
        let html = html! {
            <ArticleBlock key={block.start} heading={fb.heading} {segs} />
        };
        match sections.last_mut() {
            Some((n, list)) if *n == fb.section => list.push(html),
            _ => sections.push((fb.section, vec![html])),
        }
    }
    let sections: Html = sections
        .into_iter()
        .map(|(n, list)| html! { <section key={n}>{list}</section> })
        .collect();
    let onmore = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(rendered + WINDOW))
    };
    // One listener for every highlight link, rather than one per link.
    let onclick = {
        let onselect = props.onselect.clone();
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("a.hl[href][data-item]").ok().flatten());
            if let Some(link) = link {
                select_link_click(&e, link.get_attribute("data-item"), &onselect);
            }
        })
    };
    html! {
        <article class="article" aria-labelledby="article-title" lang={d.dataset.article.language.clone()} {onclick}>
            <h2 id="article-title">{d.dataset.article.title.clone()}</h2>
            if d.dataset.article.title_editor_supplied {
                <p class="editor-note">{"The article has no headline; this title is supplied by the editor. Highlighted passages are the sources of the current results: choose one to see its statement or figure."}</p>
            }
            {sections}
            if has_more {
                <button type="button" class="button show-more" ref={more} onclick={onmore}>
                    {format!("Show more of the article ({rendered} of {} parts shown)", blocks.len())}
                </button>
            }
        </article>
    }
}

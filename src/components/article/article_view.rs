use std::rc::Rc;

use explorer_core::read::query::{matches, Outcome};
use explorer_core::read::segments::{segments, Anchors};
use explorer_core::read::view_rules::{mark, markers_prominent, reading_numbers};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use yew::prelude::*;

use super::article_block::ArticleBlock;
use crate::components::select_link_click;
use crate::data::{use_data, Data};

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

/// How much of the article is rendered, and the means to render more.
struct Window {
    rendered: usize,
    has_more: bool,
    more: NodeRef,
    onmore: Callback<MouseEvent>,
}

/// Renders the first `WINDOW` blocks (and always the selected item's), and
/// the next ones as the reader scrolls near the end of what is rendered.
#[hook]
fn use_window(blocks: usize, selected_block: Option<usize>) -> Window {
    let limit = use_state_eq(|| WINDOW);
    let more = use_node_ref();
    let rendered = (*limit)
        .max(selected_block.map_or(0, |b| b + 1))
        .min(blocks);
    let has_more = rendered < blocks;
    {
        let (limit, more) = (limit.clone(), more.clone());
        use_effect_with((rendered, has_more), move |&(rendered, has_more)| {
            let listener =
                has_more.then(|| on_scroll_near(more, move || limit.set(rendered + WINDOW)));
            move || drop(listener)
        });
    }
    let onmore = Callback::from(move |_| limit.set(rendered + WINDOW));
    Window {
        rendered,
        has_more,
        more,
        onmore,
    }
}

/// Calls `f` when the page scrolls to within two screens of `marker`.
fn on_scroll_near(marker: NodeRef, f: impl Fn() + 'static) -> EventListener {
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: true,
    };
    EventListener::new_with_options(&gloo::utils::window(), "scroll", options, move |_| {
        let Some(el) = marker.cast::<web_sys::Element>() else {
            return;
        };
        let near = gloo::utils::window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
            * 2.0;
        if el.get_bounding_client_rect().top() < near {
            f();
        }
    })
}

/// The first `rendered` blocks in their sections, cut into segments. Every
/// item takes part in the cutting (so the DOM stays put as filters change);
/// the current results and the selected item (even when filters hide it)
/// are the active, highlighted ones.
fn sections(
    data: &Data,
    rendered: usize,
    outcome: &Outcome,
    search: &str,
    selected: Option<usize>,
) -> Html {
    let mut active = vec![false; data.index.items.len()];
    for &i in outcome.items.iter().chain(selected.iter()) {
        active[i] = true;
    }
    // Markers count up through the text, whatever kind each item is.
    let numbers = reading_numbers(&data.index, &outcome.items);
    let mut anchors = Anchors::new();
    let mut sections: Vec<(usize, Vec<Html>)> = Vec::new();
    for (fb, items) in data.blocks[..rendered].iter().zip(&data.block_items) {
        let block = &fb.block;
        let found: Vec<(usize, usize)> = matches(block.text(data.article), search)
            .into_iter()
            .map(|(s, e)| (s + block.start, e + block.start))
            .collect();
        let segs = mark(
            segments((block.start, block.end), items, &found, selected, |i| {
                active[i]
            }),
            &mut anchors,
            &numbers,
            selected,
        );
        let html = html! {
            <ArticleBlock key={block.start} heading={fb.heading} {segs} />
        };
        match sections.last_mut() {
            Some((n, list)) if *n == fb.section => list.push(html),
            _ => sections.push((fb.section, vec![html])),
        }
    }
    sections
        .into_iter()
        .map(|(n, list)| html! { <section key={n}>{list}</section> })
        .collect()
}

/// The article itself: a numbered marker before each current result's
/// passage, the selected one marked strongly; a marker or passage chosen
/// shows its card.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let data = use_data();
    let selected = props
        .selected
        .as_deref()
        .and_then(|id| data.index.item_by_id(id));
    // The selected item's block is always rendered, so it can be shown.
    let selected_block = selected.map(|i| {
        let start = data.index.items[i].start;
        data.blocks.partition_point(|b| b.block.end <= start)
    });
    let window = use_window(data.blocks.len(), selected_block);
    // A new search shows its first hit in the article.
    use_effect_with(props.search.clone(), |search| {
        if !search.trim().is_empty() {
            crate::browser::scroll_pane_to_first(".article-pane", "mark.match");
        }
    });
    let sections = sections(
        &data,
        window.rendered,
        &props.outcome,
        &props.search,
        selected,
    );
    // One listener for every marker and passage, rather than one each.
    let onclick = {
        let onselect = props.onselect.clone();
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("[data-item]").ok().flatten());
            if let Some(link) = link {
                select_link_click(&e, link.get_attribute("data-item"), &onselect);
            }
        })
    };
    let article = &data.dataset.article;
    // The markers stand out only while the reader narrows, searches or
    // selects; otherwise they stay quiet, out of the reading's way.
    let prominent = markers_prominent(
        data.index.items.len(),
        props.outcome.items.len(),
        &props.search,
        selected.is_some(),
    );
    let class = classes!("article", (!prominent).then_some("quiet-markers"));
    html! {
        <article {class} aria-labelledby="article-title" lang={article.language.clone()} {onclick}>
            <h2 id="article-title">{"The article"}</h2>
            <p class="editor-note markers-note">{"Numbers in the text mark the current results; choose one to see its card."}</p>
            {sections}
            if window.has_more {
                <button type="button" class="button show-more" ref={window.more} onclick={window.onmore}>
                    {format!("Show more of the article ({} of {} parts shown)", window.rendered, data.blocks.len())}
                </button>
            }
        </article>
    }
}

use std::collections::BTreeSet;
use std::rc::Rc;

use explorer_core::article::Block;
use explorer_core::query::{matches, Outcome};
use explorer_core::segments::segments;
use explorer_core::url_state::{encode, UrlState};
use yew::prelude::*;

use crate::browser::href_for;
use crate::data::data;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub outcome: Rc<Outcome>,
    pub url: Rc<UrlState>,
    pub onselect: Callback<AttrValue>,
}

/// The article itself, with the spans of the current results highlighted;
/// each highlight links to its statement or figure.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let d = data();
    let index = &d.index;
    let selected = props
        .url
        .selected
        .as_deref()
        .and_then(|id| index.item_by_id(id));
    // The selected item stays highlighted even when filters hide it.
    let mut shown: Vec<(usize, usize, usize)> = props
        .outcome
        .items
        .iter()
        .chain(selected.iter())
        .map(|&i| (index.items[i].start, index.items[i].end, i))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    let search = props.url.filters.search.as_str();
    let mut anchored = BTreeSet::new();
    let mut render_block = |block: &Block| -> Html {
        let items: Vec<_> = shown
            .iter()
            .copied()
            .filter(|&(s, e, _)| s < block.end && e > block.start)
            .collect();
        let found: Vec<(usize, usize)> = matches(block.text(d.article), search)
            .into_iter()
            .map(|(s, e)| (s + block.start, e + block.start))
            .collect();
        segments((block.start, block.end), &items, &found, selected)
            .into_iter()
            .map(|seg| {
                let text = &d.article[seg.start..seg.end];
                let inner = if seg.matched {
                    html! { <mark class="match">{text}</mark> }
                } else {
                    html! { {text} }
                };
                let Some(i) = seg.item else { return inner };
                let id = index.items[i].id.clone();
                let anchor = anchored.insert(i).then(|| format!("span-{id}"));
                let mut url = (*props.url).clone();
                url.selected = Some(id.clone());
                let onclick = {
                    let (id, onselect) = (AttrValue::from(id.clone()), props.onselect.clone());
                    Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        onselect.emit(id.clone());
                    })
                };
                let class = classes!("hl", (Some(i) == selected).then_some("selected"));
                html! {
                    <a {class} id={anchor} href={href_for(&encode(&url))} data-item={id} {onclick}>{inner}</a>
                }
            })
            .collect()
    };
    let sections: Html = d
        .sections
        .iter()
        .map(|section| {
            let heading = section
                .heading
                .as_ref()
                .map(|h| html! { <h3>{render_block(h)}</h3> });
            let paragraphs: Html = section
                .paragraphs
                .iter()
                .map(|p| html! { <p>{render_block(p)}</p> })
                .collect();
            html! { <section>{heading}{paragraphs}</section> }
        })
        .collect();
    html! {
        <article class="article" aria-labelledby="article-title" lang={d.dataset.article.language.clone()}>
            <h2 id="article-title">{d.dataset.article.title.clone()}</h2>
            if d.dataset.article.title_editor_supplied {
                <p class="editor-note">{"The article has no headline; this title is supplied by the editor. Highlighted passages are the sources of the current results: choose one to see its statement or figure."}</p>
            }
            {sections}
        </article>
    }
}

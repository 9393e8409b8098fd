use std::rc::Rc;

use explorer_core::author::candidates::{candidates, item_places, segments, Candidate, Segment};
use explorer_core::author::edit::{FormEdit, ItemAt};
use explorer_core::author::form::Kind;
use explorer_core::author::session::Edit;
use serde_json::Value;
use yew::prelude::*;

use super::annotate_text::{select_words, AnnotateText};
use super::candidate_card::CandidateCard;
use super::find_words::FindWords;
use super::item_form::ItemForm;
use super::item_list::ItemList;
use super::new_items::NewItems;

#[derive(Properties, PartialEq)]
pub struct AnnotatePanelProps {
    pub article: Rc<str>,
    pub dataset: Rc<str>,
    /// The object the form shows.
    pub shown: Option<ItemAt>,
    /// Why the last form edit was refused.
    pub refused: Option<String>,
    pub onedit: Callback<Edit>,
}

/// What the text shows: its marks, their items, the candidates.
#[derive(PartialEq)]
struct Marks {
    segments: Rc<Vec<Segment>>,
    items: Rc<Vec<ItemAt>>,
    places: Vec<(usize, usize, ItemAt)>,
    candidates: Vec<Candidate>,
    /// The candidates' kinds and words, for the list.
    listed: Rc<Vec<(Kind, String)>>,
}

fn marks(article: &str, dataset: &Value, dismissed: &[(usize, usize)]) -> Marks {
    let places = item_places(article, dataset);
    let mut found = candidates(article, dataset);
    found.retain(|c| !dismissed.contains(&(c.start, c.end)));
    let item_ranges: Vec<(usize, usize)> = places.iter().map(|p| (p.0, p.1)).collect();
    let candidate_ranges: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
    Marks {
        segments: Rc::new(segments(article.len(), &item_ranges, &candidate_ranges)),
        items: Rc::new(places.iter().map(|p| p.2).collect()),
        places,
        listed: Rc::new(
            found
                .iter()
                .map(|c| (c.kind, article[c.start..c.end].to_string()))
                .collect(),
        ),
        candidates: found,
    }
}

/// Annotating the article: select words, make an item of them, fill in its
/// form; the draft's candidates marked in the text to accept or dismiss.
#[function_component(AnnotatePanel)]
pub fn annotate_panel(props: &AnnotatePanelProps) -> Html {
    let selection = use_state_eq(|| None::<(usize, usize)>);
    let candidate = use_state_eq(|| None::<usize>);
    let dismissed = use_state(Vec::<(usize, usize)>::new);
    let dataset = use_memo(props.dataset.clone(), |text| parsed(text));
    let marks = use_memo(
        (props.article.clone(), dataset.clone(), (*dismissed).clone()),
        |(article, dataset, dismissed)| {
            let empty = Value::Object(Default::default());
            marks(article, dataset.as_deref().unwrap_or(&empty), dismissed)
        },
    );
    let onform = props.onedit.reform(Edit::Form);
    let onshow = {
        let (onedit, candidate) = (props.onedit.clone(), candidate.clone());
        Callback::from(move |at: ItemAt| {
            candidate.set(None);
            onedit.emit(Edit::Show(at));
        })
    };
    let onnew = {
        let (onform, selection) = (onform.clone(), selection.clone());
        Callback::from(move |kind: Kind| {
            onform.emit(FormEdit::New {
                kind,
                selection: *selection,
            })
        })
    };
    // Words found by typing, or an item's passage: selected in the text
    // as if the author had dragged over them.
    let onfound = {
        let (article, selection) = (props.article.clone(), selection.clone());
        Callback::from(move |(start, end): (usize, usize)| {
            select_words(&article, start, end);
            selection.set(Some((start, end)));
        })
    };
    let onlocate = locate(marks.clone(), onfound.clone());
    let onselect = {
        let selection = selection.clone();
        Callback::from(move |s: Option<(usize, usize)>| selection.set(s))
    };
    let selected = selection
        .and_then(|(s, e)| props.article.get(s..e))
        .map(|w| AttrValue::from(w.trim().to_string()));
    let side = side_panel(
        props,
        &dataset,
        &marks,
        &candidate,
        &dismissed,
        *selection,
        onform,
        onshow.clone(),
        onlocate,
    );
    let oncandidate = Callback::from(move |i| candidate.set(Some(i)));
    html! {
        <section class="annotate" aria-label="Annotate the article">
            <NewItems selected={selected.filter(|w| !w.is_empty())} {onnew} />
            <FindWords article={props.article.clone()} after={selection.map_or(0, |s| s.1)} onfound={onfound} />
            if let Some(why) = props.refused.clone() { <p class="studio-problem" role="alert">{why}</p> }
            if dataset.is_none() {
                <p class="studio-problem" role="alert">{"dataset.json has a syntax error (see Check below): the forms wait until it is mended in its text."}</p>
            }
            <div class="annotate-layout">
                <AnnotateText article={props.article.clone()} segments={marks.segments.clone()} items={marks.items.clone()}
                    {onselect} onitem={onshow} {oncandidate} />
                {side}
            </div>
        </section>
    }
}

fn oncandidate_for(candidate: &UseStateHandle<Option<usize>>) -> Callback<usize> {
    let candidate = candidate.clone();
    Callback::from(move |i| candidate.set(Some(i)))
}

fn parsed(text: &str) -> Option<Rc<Value>> {
    if text.trim().is_empty() {
        return Some(Rc::new(Value::Object(Default::default())));
    }
    serde_json::from_str(text).ok().map(Rc::new)
}

/// Selects an item's first passage in the text.
fn locate(marks: Rc<Marks>, onfound: Callback<(usize, usize)>) -> Callback<ItemAt> {
    Callback::from(move |at: ItemAt| {
        if let Some(&(start, end, _)) = marks.places.iter().find(|p| p.2 == at) {
            onfound.emit((start, end));
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn side_panel(
    props: &AnnotatePanelProps,
    dataset: &Option<Rc<Value>>,
    marks: &Marks,
    candidate: &UseStateHandle<Option<usize>>,
    dismissed: &UseStateHandle<Vec<(usize, usize)>>,
    selection: Option<(usize, usize)>,
    onform: Callback<FormEdit>,
    onshow: Callback<ItemAt>,
    onlocate: Callback<ItemAt>,
) -> Html {
    let Some(dataset) = dataset.clone() else {
        return html! { <div class="annotate-side" /> };
    };
    let open = candidate.and_then(|i| marks.candidates.get(i).cloned());
    let body = if let Some(c) = open {
        let (accept, item, kind) = (onform.clone(), c.item.clone(), c.kind);
        let close = candidate.clone();
        let onaccept = Callback::from(move |()| {
            close.set(None);
            accept.emit(FormEdit::Accept {
                kind,
                item: item.clone(),
            });
        });
        let (close, dismissed, range) = (candidate.clone(), dismissed.clone(), (c.start, c.end));
        let ondismiss = Callback::from(move |()| {
            close.set(None);
            dismissed.set(dismissed.iter().copied().chain([range]).collect());
        });
        html! { <CandidateCard candidate={c} article={AttrValue::from(props.article.to_string())} {onaccept} {ondismiss} /> }
    } else if let Some(at) = props.shown {
        html! { <ItemForm dataset={dataset.clone()} {at} article={props.article.clone()} {selection} {onform} {onlocate} /> }
    } else {
        html! { <p class="hint">{"Choose an item below or a mark in the text to edit it, or select words and make a new item."}</p> }
    };
    html! {
        <div class="annotate-side">
            {body}
            <ItemList {dataset} shown={props.shown} {onshow} candidates={marks.listed.clone()}
                oncandidate={oncandidate_for(candidate)} />
        </div>
    }
}

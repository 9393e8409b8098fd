use std::rc::Rc;

use explorer_core::author::candidates::Segment;
use explorer_core::author::edit::{byte_at_utf16, ItemAt};
use yew::prelude::*;

use crate::browser::selection_within;

/// The id of the article's text in the studio (selections are read in it).
pub const TEXT_ID: &str = "annotate-text";

/// Selects the article's bytes `start..end` in the annotated text (the
/// page counts UTF-16 units).
pub fn select_words(article: &str, start: usize, end: usize) {
    let units = |b: usize| article.get(..b).map_or(0, |t| t.encode_utf16().count());
    crate::browser::select_within(TEXT_ID, units(start), units(end));
}

#[derive(Properties, PartialEq)]
pub struct AnnotateTextProps {
    pub article: Rc<str>,
    /// The text cut where any passage starts or ends.
    pub segments: Rc<Vec<Segment>>,
    /// Per item passage (as `segments` count them), its item.
    pub items: Rc<Vec<ItemAt>>,
    /// The selection changed (bytes of the article; None: nothing selected).
    pub onselect: Callback<Option<(usize, usize)>>,
    /// An item's mark was chosen.
    pub onitem: Callback<ItemAt>,
    /// A draft candidate's mark was chosen (its index).
    pub oncandidate: Callback<usize>,
}

/// The article, with the dataset's items marked and the draft's candidates
/// marked apart; selecting words in it is how an item is made.
#[function_component(AnnotateText)]
pub fn annotate_text(props: &AnnotateTextProps) -> Html {
    let read_selection = {
        let (article, onselect) = (props.article.clone(), props.onselect.clone());
        move || {
            let units = selection_within(TEXT_ID);
            let bytes =
                units.map(|(s, e)| (byte_at_utf16(&article, s), byte_at_utf16(&article, e)));
            onselect.emit(bytes);
        }
    };
    let onmouseup = {
        let read = read_selection.clone();
        Callback::from(move |_: MouseEvent| read())
    };
    let onkeyup = Callback::from(move |_: KeyboardEvent| read_selection());
    html! {
        <div id={TEXT_ID} class="annotate-text" aria-label="The article: select words to make an item of them"
            role="region" {onmouseup} {onkeyup}>
            { for props.segments.iter().map(|s| piece(props, s)) }
        </div>
    }
}

fn piece(props: &AnnotateTextProps, s: &Segment) -> Html {
    let text = &props.article[s.start..s.end];
    if let Some(&item) = s.items.last().and_then(|&i| props.items.get(i)) {
        let ItemAt::Item(kind, _) = item else {
            return html! { {text} };
        };
        let class = format!("mark item mark-{}", kind.collection());
        let choose = props.onitem.reform(move |()| item);
        let title = format!("{}: edit it", kind.label());
        return mark(text, class, title, choose);
    }
    if let Some(&candidate) = s.candidates.first() {
        let choose = props.oncandidate.reform(move |()| candidate);
        let title = "proposed by the draft: accept, edit or dismiss".to_string();
        return mark(text, "mark candidate".into(), title, choose);
    }
    html! { {text} }
}

/// A marked stretch, chosen by a click when no words are selected (so
/// selecting across it still selects). Not focusable: a browser does not
/// start a selection on a focusable element's words; the keyboard reaches
/// the same items and candidates through the lists beside the text.
fn mark(text: &str, class: String, title: String, choose: Callback<()>) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| {
        if selection_within(TEXT_ID).is_none() {
            choose.emit(());
        }
    });
    html! {
        <mark {class} {title} {onclick}>{text.to_string()}</mark>
    }
}

use std::rc::Rc;

use explorer_core::author::edit::next_occurrence;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindWordsProps {
    pub article: Rc<str>,
    /// Where the selection ends now (bytes), to find the next place after it.
    pub after: usize,
    /// The words found (bytes), to select.
    pub onfound: Callback<(usize, usize)>,
}

/// Selecting words by the keyboard: type them, press Enter, and the next
/// place they are in the text is selected.
#[function_component(FindWords)]
pub fn find_words(props: &FindWordsProps) -> Html {
    let input = use_node_ref();
    let missing = use_state_eq(|| false);
    let onsubmit = {
        let (input, missing) = (input.clone(), missing.clone());
        let (article, after, onfound) = (props.article.clone(), props.after, props.onfound.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let words = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let found = next_occurrence(&article, &words, after);
            missing.set(found.is_none() && !words.trim().is_empty());
            if let Some(found) = found {
                onfound.emit(found);
            }
        })
    };
    html! {
        <form class="find-words" role="search" aria-label="Select words in the text" {onsubmit}>
            <label for="find-words">{"Select words by typing them"}</label>
            <input id="find-words" type="search" ref={input} maxlength="500" />
            <button type="submit" class="button">{"Select"}</button>
            if *missing { <span class="studio-problem" role="status">{"Not in the text."}</span> }
        </form>
    }
}

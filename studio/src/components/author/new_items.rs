use explorer_core::author::form::Kind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NewItemsProps {
    /// The selected words, if any.
    pub selected: Option<AttrValue>,
    pub onnew: Callback<Kind>,
}

/// "New …" for each kind of item: those made of a passage need words
/// selected in the text; sides, relations, ordinary capitals and
/// corrections do not.
#[function_component(NewItems)]
pub fn new_items(props: &NewItemsProps) -> Html {
    let button = |kind: Kind| {
        let needs = kind.from_selection() && props.selected.is_none();
        let onclick = props.onnew.reform(move |_: MouseEvent| kind);
        html! {
            <button type="button" class="button new-item" disabled={needs} {onclick}
                data-kind={kind.collection()}>{format!("New {}", kind.label())}</button>
        }
    };
    let (with, without): (Vec<Kind>, Vec<Kind>) = Kind::ALL
        .into_iter()
        .partition(|k| k.from_selection() || *k == Kind::Party);
    html! {
        <div class="new-items" role="group" aria-label="New item">
            <p class="selected" aria-live="polite">
                { match &props.selected {
                    Some(words) => html! { <>{"Selected: "}<q>{words.clone()}</q></> },
                    None => html! { {"Select words in the text to make a statement, figure, person, party, place, time, non-claim or scare quote of them."} },
                } }
            </p>
            <div class="buttons">{ for with.into_iter().map(button) }</div>
            <div class="buttons">{ for without.into_iter().map(button) }</div>
        </div>
    }
}

use yew::prelude::*;

use crate::preview::PreviewView;

#[derive(Properties, PartialEq)]
pub struct PreviewChoiceProps {
    pub view: PreviewView,
    pub onchange: Callback<PreviewView>,
}

/// Which view the preview shows: the reader on a phone or a desktop, or
/// one of the embed views.
#[function_component(PreviewChoice)]
pub fn preview_choice(props: &PreviewChoiceProps) -> Html {
    let choices = PreviewView::ALL.iter().map(|&view| {
        let onchange = props.onchange.reform(move |_: Event| view);
        html! {
            <label class="choice">
                <input type="radio" name="preview-view" checked={props.view == view} {onchange} />
                {view.label()}
            </label>
        }
    });
    html! {
        <fieldset class="preview-choice">
            <legend>{"Show the reader as"}</legend>
            { for choices }
        </fieldset>
    }
}

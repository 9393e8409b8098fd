use explorer_core::read::url_state::MAX_SEARCH_CHARS;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::data::use_data;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub value: AttrValue,
}

/// A labelled search box; results update as the reader types.
#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let dispatch = use_dispatch();
    let data = use_data();
    // From the dataset, so no article's examples leak into another's build.
    let placeholder = explorer_core::publish::meta::search_placeholder(&data.dataset.article);
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.emit(Action::Search(input.value()));
        })
    };
    html! {
        <div class="search" role="search">
            <label for="search-input">{"Search statements and figures"}</label>
            <input id="search-input" type="search" value={props.value.clone()} {oninput}
                autocomplete="off" spellcheck="false" maxlength={MAX_SEARCH_CHARS.to_string()}
                {placeholder} />
        </div>
    }
}

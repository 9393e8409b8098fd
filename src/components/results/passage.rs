use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct PassageProps {
    pub id: AttrValue,
    pub onclose: Callback<MouseEvent>,
}

/// The paragraphs an item lies in, the item's words marked.
#[function_component(Passage)]
pub fn passage(props: &PassageProps) -> Html {
    let data = use_data();
    let Some(item) = data
        .index
        .item_by_id(&props.id)
        .map(|i| &data.index.items[i])
    else {
        return html! {};
    };
    let (start, end) = (item.start, item.end);
    let paragraphs: Html = data
        .blocks
        .iter()
        .filter(|b| b.block.start < end && b.block.end > start)
        .map(|b| {
            let (s, e) = (b.block.start.max(start), b.block.end.min(end));
            html! { <p>
                {&data.article[b.block.start..s]}
                <mark class="in-context-mark">{&data.article[s..e]}</mark>
                {&data.article[e..b.block.end]}
            </p> }
        })
        .collect();
    html! {
        <div class="in-context" role="group" aria-label="The passage in the article">
            {paragraphs}
            <button type="button" class="link-button" onclick={props.onclose.clone()}>{"Close the passage"}</button>
        </div>
    }
}

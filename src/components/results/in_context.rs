use yew::prelude::*;

use super::passage::Passage;
use crate::browser;
use crate::components::select_link_click;

#[derive(Properties, PartialEq)]
pub struct InContextProps {
    /// The statement or figure.
    pub id: AttrValue,
    /// Its deep link.
    pub href: AttrValue,
    /// Its name for screen readers.
    pub label: AttrValue,
    /// Selects the item and shows its passage in the article.
    pub onselect: Callback<AttrValue>,
}

/// "Show in article". On a wide screen the article is beside the results:
/// it scrolls there. On a phone, where the article is far below, the card
/// opens the passage in place, with a link on to the full article.
#[function_component(InContext)]
pub fn in_context(props: &InContextProps) -> Html {
    let open = use_state_eq(|| false);
    let onclick = {
        let (open, id, onselect) = (open.clone(), props.id.clone(), props.onselect.clone());
        Callback::from(move |e: MouseEvent| {
            if browser::is_narrow() && !*open {
                e.prevent_default();
                open.set(true);
            } else {
                select_link_click(&e, Some(id.to_string()), &onselect);
            }
        })
    };
    let onclose = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let label = if *open {
        "Go to the article"
    } else {
        "Show in article"
    };
    html! {
        <>
            if *open { <Passage id={props.id.clone()} onclose={onclose} /> }
            <a class="source-link" href={props.href.clone()} {onclick}>
                {label}<span class="visually-hidden">{format!(": {}", props.label)}</span>
            </a>
        </>
    }
}

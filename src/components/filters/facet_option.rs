use explorer_core::read::query::Facet;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FacetOptionProps {
    pub facet: Facet,
    pub option: AttrValue,
    pub label: AttrValue,
    pub count: usize,
    pub selected: bool,
    /// Folded away: no results, or not what the reader is typing.
    #[prop_or_default]
    pub hidden: bool,
    pub ontoggle: Callback<(Facet, AttrValue)>,
}

/// A toggle button for one option, with its live count.
#[function_component(FacetOption)]
pub fn facet_option(props: &FacetOptionProps) -> Html {
    let onclick = {
        let (facet, key, ontoggle) = (props.facet, props.option.clone(), props.ontoggle.clone());
        Callback::from(move |_| ontoggle.emit((facet, key.clone())))
    };
    let class = classes!(
        "facet-option",
        props.selected.then_some("selected"),
        (props.count == 0).then_some("zero")
    );
    let (one, many) = props.facet.counts();
    let count_label = match props.count {
        0 => format!("no {many}"),
        n => explorer_core::read::wording::plural(n, one, many),
    };
    html! {
        <li hidden={props.hidden}>
            <button type="button" {class} aria-pressed={props.selected.to_string()} {onclick}
                data-option={props.option.clone()}>
                <span class="option-label">{props.label.clone()}</span>
                <span class="count" aria-label={count_label}>{props.count}</span>
            </button>
        </li>
    }
}

use explorer_core::query::Facet;
use yew::prelude::*;

use super::facet_option::FacetOption;

/// One option as the facet shows it.
#[derive(Clone, PartialEq)]
pub struct OptionView {
    pub key: AttrValue,
    pub label: AttrValue,
    pub count: usize,
    pub selected: bool,
}

#[derive(Properties, PartialEq)]
pub struct FacetProps {
    pub facet: Facet,
    pub options: Vec<OptionView>,
    /// Whether the group starts open (closed on a phone).
    pub open: bool,
    pub ontoggle: Callback<(Facet, AttrValue)>,
}

/// A collapsible group of options for one facet.
#[function_component(FacetGroup)]
pub fn facet_group(props: &FacetProps) -> Html {
    let chosen = props.options.iter().filter(|o| o.selected).count();
    let id = format!("facet-{}", props.facet.key());
    html! {
        <details class="facet" open={props.open} id={id.clone()}>
            <summary>
                <span class="facet-name">{props.facet.label()}</span>
                if chosen > 0 {
                    <span class="chosen">{format!("{chosen} chosen")}</span>
                }
            </summary>
            <ul class="options" role="list" aria-label={props.facet.label()}>
                { for props.options.iter().map(|o| html! {
                    <FacetOption key={o.key.to_string()} facet={props.facet} option={o.key.clone()}
                        label={o.label.clone()} count={o.count} selected={o.selected}
                        ontoggle={props.ontoggle.clone()} />
                }) }
            </ul>
        </details>
    }
}

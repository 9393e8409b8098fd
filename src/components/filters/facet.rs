use explorer_core::read::fold::Folded;
use explorer_core::read::query::Facet;
use explorer_core::read::view_rules::option_shows;
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

/// A long list gets a box to narrow it as one types (the speakers).
const TYPEAHEAD_FROM: usize = 8;

/// A collapsible group of options for one facet. Options with no result
/// fold away (a chosen one stays, so it can be released).
#[function_component(FacetGroup)]
pub fn facet_group(props: &FacetProps) -> Html {
    let find = use_state(String::new);
    let chosen = props.options.iter().filter(|o| o.selected).count();
    let id = format!("facet-{}", props.facet.key());
    let wanted = explorer_core::read::fold::terms(&find);
    let hidden = props
        .options
        .iter()
        .filter(|o| !option_shows(o.count, o.selected))
        .count();
    let typeahead = (props.options.len() > TYPEAHEAD_FROM).then(|| {
        let oninput = {
            let find = find.clone();
            Callback::from(move |e: InputEvent| {
                find.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
            })
        };
        let label = match props.facet {
            Facet::Mention => "Find a name".to_string(),
            facet => format!("Find a {}", facet.label().to_ascii_lowercase()),
        };
        html! { <input type="search" class="typeahead" placeholder={label.clone()} aria-label={label} value={(*find).clone()} {oninput} /> }
    });
    html! {
        <details class="facet" open={props.open} id={id.clone()}>
            <summary>
                <span class="facet-name">{props.facet.label()}</span>
                if chosen > 0 {
                    <span class="chosen">{format!("{chosen} chosen")}</span>
                }
            </summary>
            {typeahead}
            <ul class="options" role="list" aria-label={props.facet.label()}>
                { for props.options.iter().map(|o| {
                    // A chosen option always shows, so it can be released.
                    let shown = option_shows(o.count, o.selected)
                        && (o.selected || wanted.is_empty() || Folded::new(&o.label).contains_all(&wanted));
                    html! {
                        <FacetOption key={o.key.to_string()} facet={props.facet} option={o.key.clone()}
                            label={o.label.clone()} count={o.count} selected={o.selected} hidden={!shown}
                            ontoggle={props.ontoggle.clone()} />
                    }
                }) }
            </ul>
            if let Some(note) = props.facet.count_note() { <p class="count-note">{note}</p> }
            if hidden > 0 {
                <p class="folded">{format!("{hidden} with no results hidden")}</p>
            }
        </details>
    }
}

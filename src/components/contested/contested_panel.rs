use yew::prelude::*;

use explorer_core::read::scale::unit_scales;

use super::contested_group::ContestedGroup;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct ContestedPanelProps {
    /// Shows a claim's card.
    pub onselect: Callback<AttrValue>,
}

/// The story's hook, above the fold: the rival claims side by side, one
/// small chart per measure, each claimant in its side's colour, and the
/// article's own caveat where it states one. It shows every group whatever
/// the filters: it is the article's summary, not a result list.
#[function_component(ContestedPanel)]
pub fn contested_panel(props: &ContestedPanelProps) -> Html {
    let data = use_data();
    let groups = &data.contested;
    if groups.is_empty() {
        return html! {};
    }
    // One scale per unit across the groups: bars compare across them.
    let scales = unit_scales(&data.dataset.figures, groups);
    html! {
        <section class="contested" aria-labelledby="contested-heading">
            <h2 id="contested-heading">{"Contested claims"}</h2>
            <div class="contested-groups">
                { for groups.iter().enumerate().map(|(n, members)| html! {
                    <ContestedGroup key={n} members={members.clone()} scales={scales.clone()} onselect={props.onselect.clone()} />
                }) }
            </div>
            if let Some(caveat) = data.dataset.article.caveat.as_ref() {
                <p class="caveat">{"The article: "}<q>{caveat.text.clone()}</q></p>
            }
        </section>
    }
}

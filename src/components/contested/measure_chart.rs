use explorer_core::dataset::model::Qualifier;
use explorer_core::read::figures::{claimant_name, short_label};
use explorer_core::read::scale::{Scale, TAIL};
use yew::prelude::*;

use crate::components::filters::side_chip::actor_side_class;
use crate::components::select_on_click;
use crate::data::{use_data, Data};

#[derive(Properties, PartialEq)]
pub struct MeasureChartProps {
    /// Figure indices of one unit: those with a number, then the others.
    pub members: Vec<usize>,
    /// The unit's scale, shared by every chart of that unit in the panel.
    pub scale: Scale,
    /// Names link to their cards (`None`: plain names, for a chart that a
    /// table repeats for screen readers).
    pub onselect: Option<Callback<AttrValue>>,
}

/// One unit's claims on the panel's scale for it: a row per claim (who,
/// a bar in the side's colour or a hollow marker for a claim with no
/// number, the value, its scope on a line of its own), then the axis with
/// its round ticks (when some claim has a bar). Text is HTML, in CSS pixels; only the bars are SVG.
#[function_component(MeasureChart)]
pub fn measure_chart(props: &MeasureChartProps) -> Html {
    let data = use_data();
    let rows: Html = props
        .members
        .iter()
        .map(|&m| claim_row(&data, m, props.scale, props.onselect.as_ref()))
        .collect();
    let ticks: Html = props
        .scale
        .tick_labels()
        .into_iter()
        .map(|t| html! { <span class="tick">{t}</span> })
        .collect();
    // Claims with no number only (no bar): no axis to read them on.
    let figures = &data.dataset.figures;
    let bars = props
        .members
        .iter()
        .any(|&m| figures[m].qualifier.has_value() && figures[m].value.is_some());
    html! {
        <ul class="claims" role="list">
            {rows}
            if bars {
                <li class="axis" aria-hidden="true"><span class="ticks">{ticks}</span></li>
            }
        </ul>
    }
}

/// A claim's row: who (a link to its card, or plain), its bar or, for a
/// claim with no number, a hollow marker in place of a bar, the value and
/// its scope.
fn claim_row(
    data: &Data,
    figure: usize,
    scale: Scale,
    onselect: Option<&Callback<AttrValue>>,
) -> Html {
    let f = &data.dataset.figures[figure];
    let class = classes!("claim", actor_side_class(data, f.claimant.as_deref()));
    let value = f.value.filter(|_| f.qualifier.has_value());
    // The track is the axis's width: the bar's length is its position on
    // the unit's scale; an open-ended claim gets a dashed tail.
    let track = match value {
        Some(v) => {
            let length = scale.bar(v);
            let open = matches!(f.qualifier, Qualifier::AtLeast | Qualifier::MoreThan);
            html! {
                <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="bar" x="0" y="1" width={length.to_string()} height="8" />
                    if open {
                        <line class="open-end" x1={length.to_string()} y1="5" x2={(length + TAIL).to_string()} y2="5" />
                    }
                </svg>
            }
        }
        None => html! { <span class="no-bar" aria-hidden="true">{"○"}</span> },
    };
    let name = claimant_name(&data.lookup, f);
    let who = match onselect {
        Some(onselect) => {
            let link = &data.links[data.index.item_by_id(&f.id).unwrap_or_default()];
            html! { <a class="who" href={link.href.clone()} onclick={select_on_click(&f.id, onselect)}>{name}</a> }
        }
        None => html! { <span class="who">{name}</span> },
    };
    html! {
        <li {class}>
            {who}
            {track}
            <span class="value">{short_label(f)}</span>
            if let Some(scope) = f.scope.clone() { <span class="scope">{scope}</span> }
        </li>
    }
}

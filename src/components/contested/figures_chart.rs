use std::rc::Rc;

use explorer_core::read::figures::{chart_size, FigureRow, LABEL_W};
use yew::prelude::*;

use crate::components::filters::side_chip::actor_side_class;
use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct FiguresChartProps {
    /// One group's members, laid out by the core on one scale.
    pub rows: Rc<Vec<FigureRow>>,
}

/// One group's bars: hidden from screen readers, whose table says the same.
#[function_component(FiguresChart)]
pub fn figures_chart(props: &FiguresChartProps) -> Html {
    let data = use_data();
    let (width, height) = chart_size(props.rows.len());
    let rows: Html = props
        .rows
        .iter()
        .map(|row| {
            let c = &row.chart;
            let y = c.text_y().to_string();
            let bar = c.bar.map(|b| html! {
                <rect class="bar" x={LABEL_W.to_string()} y={c.y.to_string()} width={b.width.to_string()} height="18" rx="2" />
            });
            // A dashed tail: the claim sets a floor, not a value.
            let tail = c.tail().map(|(x1, x2, ty)| html! {
                <line class="open-end" x1={x1.to_string()} y1={ty.to_string()} x2={x2.to_string()} y2={ty.to_string()} />
            });
            let class = classes!("value", c.bar.is_none().then_some("no-bar"));
            // Each bar in its claimant's side colour.
            let claimant = data.dataset.figures[row.figure].claimant.as_deref();
            html! { <g class={actor_side_class(&data, claimant)}>
                <text class="who" x="0" y={y.clone()}>{row.who.clone()}</text>
                {bar}{tail}
                <text {class} x={c.label_x().to_string()} {y}>{c.label.clone()}</text>
            </g> }
        })
        .collect();
    html! {
        <svg class="chart" viewBox={format!("0 0 {width} {height}")}
            aria-hidden="true" focusable="false" width="100%">
            <line class="baseline" x1={LABEL_W.to_string()} y1="2" x2={LABEL_W.to_string()} y2={(height - 2).to_string()} />
            {rows}
        </svg>
    }
}

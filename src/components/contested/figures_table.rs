use std::rc::Rc;

use explorer_core::read::figures::FigureRow;
use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct FiguresTableProps {
    pub caption: String,
    /// One group's members, in the chart's order.
    pub rows: Rc<Vec<FigureRow>>,
    /// Shows a figure's source in the article.
    pub onselect: Callback<AttrValue>,
}

/// One group's claims as a table: who, through which channel, the figure in
/// honest words, what it counts, and a way to its source.
#[function_component(FiguresTable)]
pub fn figures_table(props: &FiguresTableProps) -> Html {
    let data = use_data();
    let rows: Html = props
        .rows
        .iter()
        .map(|row| {
            let f = &data.dataset.figures[row.figure];
            let onclick = {
                let (id, onselect) = (AttrValue::from(f.id.clone()), props.onselect.clone());
                Callback::from(move |_| onselect.emit(id.clone()))
            };
            html! {
                <tr key={f.id.clone()}>
                    <th scope="row">{row.who.clone()}<span class="channel-note">{row.channel}</span></th>
                    <td>{row.wording.clone()}</td>
                    <td>{f.counts.clone()}</td>
                    <td><button type="button" class="link-button" {onclick}>{"Show source"}</button></td>
                </tr>
            }
        })
        .collect();
    html! {
        <table>
            // The group title above the charts says the same for the eye.
            <caption class="visually-hidden">{props.caption.clone()}</caption>
            <thead><tr><th scope="col">{"Claimed by, channel"}</th>
                <th scope="col">{"Figure"}</th><th scope="col">{"What it counts"}</th><th scope="col">{"Source"}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

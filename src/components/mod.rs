//! The components by area, one component a file.

pub mod article;
pub mod contested;
pub mod embed;
pub mod filters;
pub mod footer;
pub mod page;
pub mod results;
pub mod voices;

use explorer_core::read::query::ItemRef;
use yew::{html, AttrValue, Callback, Html, MouseEvent};

use results::figure_row::FigureRow;
use results::statement_row::StatementRow;

/// A statement's or figure's card (its row's content in the results, or an
/// embed's one card), with its kind: `statement` or `figure`. `when`: the
/// card says its times in full (`read::times::cards_say_when`).
pub fn item_card(
    target: ItemRef,
    search: AttrValue,
    href: AttrValue,
    onselect: &Callback<AttrValue>,
    when: bool,
) -> (&'static str, Html) {
    let onselect = onselect.clone();
    match target {
        ItemRef::Statement(s) => (
            "statement",
            html! { <StatementRow statement={s} {search} {href} {onselect} {when} /> },
        ),
        ItemRef::Figure(f) => (
            "figure",
            html! { <FigureRow figure={f} {search} {href} {onselect} {when} /> },
        ),
    }
}

/// A click on a link to a statement or figure: selects it in place of
/// following the link. A click meant for a new tab or window (modifier keys,
/// middle button) follows the href.
pub fn select_link_click(e: &MouseEvent, id: Option<String>, onselect: &Callback<AttrValue>) {
    let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
    if let (true, Some(id)) = (plain, id) {
        e.prevent_default();
        onselect.emit(id.into());
    }
}

/// `select_link_click` for one link.
pub fn select_on_click(id: &str, onselect: &Callback<AttrValue>) -> Callback<MouseEvent> {
    let (id, onselect) = (id.to_string(), onselect.clone());
    Callback::from(move |e: MouseEvent| select_link_click(&e, Some(id.clone()), &onselect))
}

//! One component a file.

pub mod app;
pub mod article_block;
pub mod article_view;
pub mod embed_dialog;
pub mod facet;
pub mod facet_option;
pub mod figure_row;
pub mod figures_view;
pub mod notices;
pub mod results;
pub mod search_box;
pub mod statement_row;
pub mod toolbar;

use yew::{AttrValue, Callback, MouseEvent};

/// The link to one statement or figure. It names only the item, so it stays
/// the same as filters change and rows and highlights need not re-render.
pub fn item_href(id: &str) -> AttrValue {
    format!("?sel={id}").into()
}

/// A click on a link to a statement or figure: selects it in place of
/// following the link (the href stays, for a new tab or a copied link).
pub fn select_on_click(id: &str, onselect: &Callback<AttrValue>) -> Callback<MouseEvent> {
    let (id, onselect) = (AttrValue::from(id.to_string()), onselect.clone());
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        onselect.emit(id.clone());
    })
}

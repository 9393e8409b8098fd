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

/// The strings of one statement or figure's links, made once per item: rows
/// and highlights re-render on every filter change and need not rebuild them.
#[derive(Clone)]
pub struct ItemLink {
    pub id: AttrValue,
    /// `?sel=<id>`: it names only the item, so it stays the same as filters
    /// change and rows and highlights need not re-render for it.
    pub href: AttrValue,
    /// The id of the item's first highlight in the article.
    pub anchor: AttrValue,
    /// The id of the item's row in the results.
    pub row: AttrValue,
}

thread_local! {
    static ITEM_LINKS: Vec<ItemLink> = crate::data::data()
        .index
        .items
        .iter()
        .map(|item| ItemLink {
            id: item.id.clone().into(),
            href: format!("?sel={}", item.id).into(),
            anchor: format!("span-{}", item.id).into(),
            row: format!("item-{}", item.id).into(),
        })
        .collect();
}

/// The link strings of the item at `index` in the query index.
pub fn item_link(index: usize) -> ItemLink {
    ITEM_LINKS.with(|links| links[index].clone())
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

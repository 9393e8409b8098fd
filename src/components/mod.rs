//! One component a file.

pub mod app;
pub mod article_block;
pub mod article_view;
pub mod back_to_results;
pub mod cite_buttons;
pub mod contested_group;
pub mod contested_panel;
pub mod controls;
pub mod data_footer;
pub mod embed_article;
pub mod embed_bar;
pub mod embed_builder;
pub mod embed_card;
pub mod embed_header;
pub mod embed_options;
pub mod embed_share;
pub mod embed_view;
pub mod explorer;
pub mod facet;
pub mod facet_option;
pub mod facets;
pub mod figure_row;
pub mod figures_chart;
pub mod figures_table;
pub mod figures_view;
pub mod in_context;
pub mod masthead;
pub mod notices;
pub mod passage;
pub mod prerender;
pub mod relation_list;
pub mod results;
pub mod search_box;
pub mod side_chip;
pub mod side_chips;
pub mod statement_row;
pub mod toast;
pub mod toolbar;
pub mod update_banner;

use explorer_core::query::ItemRef;
use yew::{html, AttrValue, Callback, Html, MouseEvent};

use figure_row::FigureRow;
use statement_row::StatementRow;

/// A statement's or figure's card (its row's content in the results, or an
/// embed's one card), with its kind: `statement` or `figure`.
pub fn item_card(
    target: ItemRef,
    search: AttrValue,
    href: AttrValue,
    onselect: &Callback<AttrValue>,
) -> (&'static str, Html) {
    let onselect = onselect.clone();
    match target {
        ItemRef::Statement(s) => (
            "statement",
            html! { <StatementRow statement={s} {search} {href} {onselect} /> },
        ),
        ItemRef::Figure(f) => (
            "figure",
            html! { <FigureRow figure={f} {search} {href} {onselect} /> },
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

//! One component a file.

pub mod app;
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

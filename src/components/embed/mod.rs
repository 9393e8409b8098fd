//! The compact embed views.

pub mod embed_article;
pub mod embed_bar;
pub mod embed_card;
pub mod embed_header;
pub mod embed_share;
pub mod embed_view;

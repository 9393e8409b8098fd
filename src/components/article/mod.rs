//! The article with its markers.

pub mod article_block;
pub mod article_view;
pub mod back_to_results;

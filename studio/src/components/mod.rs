//! The studio's components, one a file.

pub mod author;
pub mod embed_builder;
pub mod embed_options;
pub mod preview;
pub mod studio_page;
pub mod studio_root;

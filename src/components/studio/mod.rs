//! The studio: the newsroom's page (`studio/index.html`, its own wasm), apart
//! from the reader's so that no reader downloads it. Today it holds the
//! embed builder.

pub mod embed_builder;
pub mod embed_options;
pub mod studio_page;
pub mod studio_root;

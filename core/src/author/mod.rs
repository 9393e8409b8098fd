//! The authoring tools: `check` with located diagnostics, validation, quote resolution, `draft`. Behind the `authoring` feature: the reader's wasm never links them.

pub mod candidates;
pub mod check;
pub mod diagnostics;
pub mod draft;
pub mod edit;
pub mod explain;
pub mod form;
pub mod quotes;
pub mod schema;
pub mod seal;
pub mod session;
pub mod source;
pub mod speaker;
pub mod vague;
pub mod validate;

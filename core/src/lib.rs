//! The pure core of the article explorer: no browser types, so it compiles
//! and tests natively. The Yew app and the build script both use it.

pub mod article;
#[cfg(feature = "authoring")]
pub mod check;
pub mod cite;
#[cfg(feature = "authoring")]
pub mod diagnostics;
#[cfg(feature = "authoring")]
pub mod draft;
pub mod embed;
#[cfg(feature = "authoring")]
pub mod explain;
pub mod export;
pub mod figures;
pub mod fold;
pub mod ids;
pub mod jsonld;
pub mod lookup;
pub mod meta;
pub mod model;
pub mod mount;
pub mod query;
#[cfg(feature = "authoring")]
pub mod quotes;
pub mod segments;
pub mod selectors;
#[cfg(feature = "authoring")]
pub mod source;
pub mod state;
#[cfg(feature = "synthetic")]
pub mod synthetic;
#[cfg(test)]
mod test_data;
pub mod url_state;
#[cfg(feature = "authoring")]
pub mod validate;
pub mod view_rules;
pub mod wording;

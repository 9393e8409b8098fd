//! The pure core of the article explorer: no browser types, so it compiles
//! and tests natively. The Yew app and the build script both use it.

pub mod article;
pub mod check;
pub mod cite;
pub mod diagnostics;
pub mod draft;
pub mod embed;
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
pub mod quotes;
pub mod segments;
pub mod selectors;
pub mod share;
pub mod source;
pub mod state;
#[cfg(feature = "synthetic")]
pub mod synthetic;
#[cfg(test)]
mod test_data;
pub mod url_state;
pub mod validate;
pub mod wording;

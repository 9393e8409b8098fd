//! The pure core of the article explorer: no browser types, so it compiles
//! and tests natively. The Yew app and the build script both use it.

pub mod article;
pub mod cite;
pub mod embed;
pub mod export;
pub mod figures;
pub mod fold;
pub mod ids;
pub mod jsonld;
pub mod lookup;
pub mod model;
pub mod query;
pub mod segments;
pub mod selectors;
pub mod state;
#[cfg(feature = "synthetic")]
pub mod synthetic;
#[cfg(test)]
mod test_data;
pub mod url_state;
pub mod validate;
pub mod wording;

//! The pure core of the article explorer: no browser types, so it compiles
//! and tests natively. The Yew app and the build script both use it.

#[cfg(feature = "authoring")]
pub mod author;
pub mod dataset;
pub mod publish;
pub mod read;
#[cfg(feature = "synthetic")]
pub mod synthetic;
#[cfg(test)]
mod test_data;

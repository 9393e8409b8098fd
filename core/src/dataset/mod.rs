//! The dataset's typed schema and its look-ups: what every other part reads.

pub mod article;
pub mod ids;
pub mod lookup;
pub mod model;

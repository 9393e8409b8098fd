//! The shipped article and dataset, for the core's unit tests.

use crate::dataset::model::Dataset;

pub const ARTICLE: &str = include_str!("../../data/article.txt");

/// The shipped dataset, its quotes resolved as the build resolves them.
pub fn shipped() -> Dataset {
    crate::author::check::load(ARTICLE.as_bytes(), include_str!("../../data/dataset.json"))
        .expect("the shipped dataset is valid")
        .1
}

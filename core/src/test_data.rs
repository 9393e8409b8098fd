//! The fixture the core's unit tests run on (tests/fixtures/core): a small
//! fictional article and dataset, so a correction of the shipped data breaks
//! none of them. The shipped data has its own tests (core/tests/dataset.rs)
//! and one snapshot (core/tests/snapshots/shipped.json).

use crate::dataset::model::Dataset;

pub const ARTICLE: &str = include_str!("../../tests/fixtures/core/article.txt");

/// The fixture dataset, its quotes resolved as the build resolves them.
pub fn fixture() -> Dataset {
    crate::author::check::load(
        ARTICLE.as_bytes(),
        include_str!("../../tests/fixtures/core/dataset.json"),
    )
    .expect("the fixture dataset is valid")
    .1
}

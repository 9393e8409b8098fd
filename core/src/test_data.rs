//! The shipped article and dataset, for the core's unit tests.

use crate::model::Dataset;

pub const ARTICLE: &str = include_str!("../../data/article.txt");

pub fn shipped() -> Dataset {
    serde_json::from_str(include_str!("../../data/dataset.json")).unwrap()
}

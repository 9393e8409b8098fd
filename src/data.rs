//! The embedded article and dataset. The build script has validated both and
//! put a minified copy in OUT_DIR; parsing it at start-up costs little, as
//! serde_json is already in the binary for the JSON export.

use std::sync::OnceLock;

use explorer_core::article::{sections, Section};
use explorer_core::model::Dataset;
use explorer_core::query::Index;

pub static ARTICLE: &str = include_str!(concat!(env!("OUT_DIR"), "/article.txt"));
static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

pub struct Data {
    pub article: &'static str,
    pub dataset: Dataset,
    pub index: Index,
    pub sections: Vec<Section>,
}

/// The data, parsed and indexed once on first use.
pub fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let dataset: Dataset =
            postcard::from_bytes(DATASET).expect("the build validated the dataset");
        let index = Index::new(&dataset);
        let sections = sections(ARTICLE, &dataset.article.section_heads);
        Data {
            article: ARTICLE,
            dataset,
            index,
            sections,
        }
    })
}

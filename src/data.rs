//! The embedded article and dataset. The build script has validated both and
//! put a postcard copy in OUT_DIR: postcard's decoder costs the wasm far fewer
//! bytes than a JSON parser (figures in the README).

use std::sync::OnceLock;

use explorer_core::article::{flatten, sections, FlatBlock, Section};
use explorer_core::lookup::Lookup;
use explorer_core::model::Dataset;
use explorer_core::query::Index;

pub static ARTICLE: &str = include_str!(concat!(env!("OUT_DIR"), "/article.txt"));
static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));

pub struct Data {
    pub article: &'static str,
    pub dataset: &'static Dataset,
    /// Lookups by id into `dataset`.
    pub lookup: Lookup<'static>,
    pub index: Index,
    pub sections: Vec<Section>,
    /// The sections' blocks in text order.
    pub blocks: Vec<FlatBlock>,
}

/// The data, parsed and indexed once on first use.
pub fn data() -> &'static Data {
    static DATASET_PARSED: OnceLock<Dataset> = OnceLock::new();
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let dataset = DATASET_PARSED.get_or_init(|| {
            postcard::from_bytes(DATASET).expect("the build validated the dataset")
        });
        let sections = sections(ARTICLE, &dataset.article.section_heads);
        Data {
            article: ARTICLE,
            dataset,
            lookup: Lookup::new(dataset),
            index: Index::new(dataset),
            blocks: flatten(&sections),
            sections,
        }
    })
}

//! The embedded article and dataset. The build script has validated both and
//! put a postcard copy in OUT_DIR: postcard's decoder costs the wasm far fewer
//! bytes than a JSON parser (figures in the README).

use std::sync::OnceLock;

use explorer_core::article::{flatten, sections, FlatBlock};
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
    /// The sections' blocks in text order.
    pub blocks: Vec<FlatBlock>,
    /// Each block's items as (start, end, item index), found by position.
    pub block_items: Vec<Vec<(usize, usize, usize)>>,
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
        let index = Index::new(dataset);
        let blocks = flatten(&sections);
        Data {
            article: ARTICLE,
            dataset,
            lookup: Lookup::new(dataset),
            block_items: items_per_block(&blocks, &index),
            index,
            blocks,
        }
    })
}

/// Each block's items (start, end, item), found by position, not by scanning.
fn items_per_block(blocks: &[FlatBlock], index: &Index) -> Vec<Vec<(usize, usize, usize)>> {
    let mut per_block = vec![Vec::new(); blocks.len()];
    for (i, item) in index.items.iter().enumerate() {
        let mut b = blocks.partition_point(|fb| fb.block.end <= item.start);
        while b < blocks.len() && blocks[b].block.start < item.end {
            per_block[b].push((item.start, item.end, i));
            b += 1;
        }
    }
    per_block
}

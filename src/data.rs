//! The data the components show, handed to them through a Yew context
//! (`use_data`), so any dataset can be mounted: the embedded article in the
//! app, a fixture in tests. The build script has validated the embedded
//! article and dataset and put a postcard copy in OUT_DIR: postcard's decoder
//! costs the wasm far fewer bytes than a JSON parser (figures in the README).

use std::rc::Rc;

use explorer_core::dataset::article::{flatten, sections, FlatBlock};
use explorer_core::dataset::lookup::Lookup;
use explorer_core::dataset::model::Dataset;
use explorer_core::read::figures::clusters;
use explorer_core::read::query::{Facet, Index};
use explorer_core::read::segments::items_per_block;
use yew::prelude::*;

static ARTICLE: &str = include_str!(concat!(env!("OUT_DIR"), "/article.txt"));
static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.postcard"));
static CONTENT_HASH: &str = include_str!(concat!(env!("OUT_DIR"), "/content-hash.txt"));
/// Where the text names each person and party, found by the build
/// (`explorer_core::read::mentions`).
static MENTIONS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/mentions.bin"));

/// The strings of one statement or figure's links, made once per item: rows
/// and highlights re-render on every filter change and need not rebuild them.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemLink {
    pub id: AttrValue,
    /// `?sel=<id>`: it names only the item, so it stays the same as filters
    /// change and rows and highlights need not re-render for it.
    pub href: AttrValue,
    /// The id of the item's first highlight in the article.
    pub anchor: AttrValue,
    /// The id of the item's row in the results.
    pub row: AttrValue,
}

pub struct Data {
    pub article: &'static str,
    pub dataset: &'static Dataset,
    /// A hash of the article and dataset files, computed at build time.
    pub content_hash: &'static str,
    /// Lookups by id into `dataset`.
    pub lookup: Lookup<'static>,
    pub index: Index,
    /// The sections' blocks in text order.
    pub blocks: Vec<FlatBlock>,
    /// Each block's items as (start, end, item index), found by position.
    pub block_items: Vec<Vec<(usize, usize, usize)>>,
    /// Per item of `index`, its link strings.
    pub links: Vec<ItemLink>,
    /// Per facet (in `Facet::ALL` order), its options' keys and labels as
    /// shared strings: a filter change then only copies pointers.
    pub option_names: Vec<Vec<(AttrValue, AttrValue)>>,
    /// The groups of related claims (figure indices, `figures::clusters`):
    /// the contested panel and the Compare tab both show them.
    pub contested: Vec<Vec<usize>>,
}

impl Data {
    /// Indexes an article and its (validated) dataset for the components,
    /// with the names the text holds (`explorer_core::read::mentions::find`).
    pub fn new(
        article: &'static str,
        dataset: &'static Dataset,
        content_hash: &'static str,
        mentions: &[(usize, usize, u32)],
    ) -> Data {
        let index = Index::with_mentions(dataset, article, mentions);
        let blocks = flatten(&sections(article, &dataset.article.section_heads));
        let links = index.items.iter().map(|item| item_link(&item.id)).collect();
        let option_names = Facet::ALL
            .iter()
            .map(|&facet| {
                let options = index.options(facet).iter();
                options
                    .map(|o| (o.key.clone().into(), o.label.clone().into()))
                    .collect()
            })
            .collect();
        Data {
            article,
            dataset,
            content_hash,
            lookup: Lookup::new(dataset),
            block_items: items_per_block(&blocks, &index),
            links,
            option_names,
            contested: clusters(&dataset.figures, &dataset.relations),
            index,
            blocks,
        }
    }
}

fn item_link(id: &str) -> ItemLink {
    ItemLink {
        id: AttrValue::from(id.to_string()),
        href: format!("?sel={id}").into(),
        anchor: explorer_core::dataset::ids::span_dom_id(id).into(),
        row: explorer_core::dataset::ids::row_dom_id(id).into(),
    }
}

/// The data as the components get it; equal when it is the same data.
#[derive(Clone)]
pub struct DataRef(pub Rc<Data>);

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DataRef {
    type Target = Data;
    fn deref(&self) -> &Data {
        &self.0
    }
}

/// The article and dataset embedded in this build, decoded once.
pub fn embedded() -> DataRef {
    thread_local! {
        static EMBEDDED: DataRef = {
            let dataset: Dataset =
                postcard::from_bytes(DATASET).expect("the build validated the dataset");
            let mentions = explorer_core::read::mentions::from_bytes(MENTIONS);
            let dataset = Box::leak(Box::new(dataset));
            DataRef(Rc::new(Data::new(ARTICLE, dataset, CONTENT_HASH, &mentions)))
        };
    }
    EMBEDDED.with(DataRef::clone)
}

/// The data of the explorer this component is mounted in.
#[hook]
pub fn use_data() -> DataRef {
    use_context::<DataRef>().expect("components are mounted inside an Explorer")
}

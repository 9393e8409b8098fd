//! What the page says about its article outside the app: the `<title>`, the
//! meta description, the manifest's names, the search box's placeholder,
//! and the counts the tests expect. All from the dataset, so nothing of one
//! article leaks into the build of another. The `prerender` binary writes
//! it once per build (the post-build hook copies it to `dist/page-meta.json`
//! for the tests); `explorer meta DIR` prints it for anyone.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::dataset::article::sections;
use crate::dataset::model::{ArticleMeta, Dataset};
use crate::read::query::{Facet, Filters, Index};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageMeta {
    /// The page's `<title>` and the manifest's `name`.
    pub title: String,
    pub short_name: String,
    pub description: String,
    pub language: String,
    pub search_placeholder: String,
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub statements: usize,
    pub figures: usize,
    /// Statements and figures: what the result list shows unfiltered.
    pub results: usize,
    pub parties: usize,
    pub people: usize,
    pub places: usize,
    pub times: usize,
    pub section_heads: usize,
    pub paragraphs: usize,
    /// What the kind filter shows for each statement kind, by the kind's
    /// URL key (the query engine's answer: statements of that kind and the
    /// figures they hold).
    pub kinds: BTreeMap<String, Shown>,
}

/// The result count a filter shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Shown {
    pub results: usize,
    pub statements: usize,
    pub figures: usize,
}

/// Per statement kind, what choosing it alone in the kind facet shows.
fn by_kind(d: &Dataset) -> BTreeMap<String, Shown> {
    let index = Index::new(d);
    let mut out = BTreeMap::new();
    for option in index.options(Facet::Kind) {
        let mut filters = Filters::default();
        filters.toggle(Facet::Kind, &option.key);
        let o = index.run(&filters);
        let shown = Shown {
            results: o.items.len(),
            statements: o.statements,
            figures: o.figures,
        };
        out.insert(option.key.clone(), shown);
    }
    out
}

/// "e.g. de-escalation, open war, casualties", or a neutral placeholder.
pub fn search_placeholder(meta: &ArticleMeta) -> String {
    if meta.search_examples.is_empty() {
        "Search statements and figures".into()
    } else {
        format!("e.g. {}", meta.search_examples.join(", "))
    }
}

pub fn page_meta(article: &str, d: &Dataset) -> PageMeta {
    let a = &d.article;
    let description = a.description.clone().unwrap_or_else(|| {
        format!(
            "Explore who said what in “{}”: parties, statements, claimed figures and where each comes from in the text.",
            a.title
        )
    });
    PageMeta {
        title: format!("Article explorer: {}", a.title),
        short_name: a
            .short_name
            .clone()
            .unwrap_or_else(|| "Article explorer".into()),
        description,
        language: a.language.clone(),
        search_placeholder: search_placeholder(a),
        counts: Counts {
            statements: d.statements.len(),
            figures: d.figures.len(),
            results: d.statements.len() + d.figures.len(),
            parties: d.parties.len(),
            people: d.people.len(),
            places: d.places.len(),
            times: d.times.len(),
            section_heads: a.section_heads.len(),
            paragraphs: sections(article, &a.section_heads)
                .iter()
                .map(|s| s.paragraphs.len())
                .sum(),
            kinds: by_kind(d),
        },
    }
}

/// `page_meta` as JSON, one line.
pub fn page_meta_json(article: &str, d: &Dataset) -> String {
    serde_json::to_string(&page_meta(article, d)).expect("the page meta serializes")
}

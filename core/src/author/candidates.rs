//! `draft`'s proposals as candidates in the studio's text (issue 28): each
//! statement, figure, time and non-claim the draft finds, where it is, and
//! the item it would add. A candidate whose passage an item of its kind
//! already has is not shown again.

use serde_json::Value;

use crate::author::draft::draft;
use crate::author::form::Kind;
use crate::author::quotes::{resolve, Selector};

/// One proposal of the draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub kind: Kind,
    /// Its passage in the article (bytes).
    pub start: usize,
    pub end: usize,
    /// The item accepting it adds (its `TODO`s for the author to fill).
    pub item: Value,
}

/// The longest article the draft's proposals are made for as the author
/// works: a news article is a few dozen KB, and the draft's rules take
/// time that grows faster than the text (a book-length text would stall
/// the page).
pub const DRAFT_LIMIT: usize = 200_000;

const PROPOSED: [Kind; 4] = [Kind::Statement, Kind::Figure, Kind::Time, Kind::NonClaim];

/// The draft's candidates for `article` that `dataset` does not hold yet,
/// in text order.
pub fn candidates(article: &str, dataset: &Value) -> Vec<Candidate> {
    if article.len() > DRAFT_LIMIT {
        return Vec::new();
    }
    let proposed = draft(article);
    let mut found: Vec<Candidate> = PROPOSED
        .iter()
        .flat_map(|&kind| {
            let items = proposed[kind.collection()].as_array().cloned();
            items.into_iter().flatten().filter_map(move |item| {
                let (start, end) = place(article, &item["span"])?;
                Some(Candidate {
                    kind,
                    start,
                    end,
                    item,
                })
            })
        })
        .filter(|c| !held(article, dataset, c))
        .collect();
    found.sort_by_key(|c| (c.start, c.end));
    found
}

/// Where a span (quote or offsets) is in the article.
pub fn place(article: &str, span: &Value) -> Option<(usize, usize)> {
    if let Some(quote) = span["quote"].as_str() {
        let text = |k: &str| span[k].as_str().unwrap_or_default();
        let selector = Selector {
            quote,
            prefix: text("prefix"),
            suffix: text("suffix"),
        };
        let start = resolve(article, selector).ok()?;
        return Some((start, start + quote.len()));
    }
    let at = |k: &str| span[k].as_u64().map(|n| n as usize);
    let (start, end) = (at("start")?, at("end")?);
    (start < end && article.get(start..end).is_some()).then_some((start, end))
}

fn held(article: &str, dataset: &Value, c: &Candidate) -> bool {
    let items = dataset[c.kind.collection()].as_array();
    items.into_iter().flatten().any(|item| {
        let span = place(article, &item["span"]);
        span.is_some_and(|(s, e)| s < c.end && c.start < e)
    })
}

/// Whether the draft's proposals are made for an article this long.
pub fn drafts(article: &str) -> bool {
    article.len() <= DRAFT_LIMIT
}

/// What marks a stretch of the studio's text: the items and candidates
/// whose passages cover it (indices into the lists given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub items: Vec<usize>,
    pub candidates: Vec<usize>,
}

/// The text `0..len` cut where any passage starts or ends, each piece with
/// the passages over it; pieces cover the text in order with no gap.
pub fn segments(
    len: usize,
    items: &[(usize, usize)],
    candidates: &[(usize, usize)],
) -> Vec<Segment> {
    let mut cuts: Vec<usize> = vec![0, len];
    for &(s, e) in items.iter().chain(candidates) {
        cuts.extend([s.min(len), e.min(len)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let over = |ranges: &[(usize, usize)], s: usize, e: usize| -> Vec<usize> {
        let covering = ranges.iter().enumerate();
        covering
            .filter(|(_, r)| r.0 <= s && e <= r.1)
            .map(|(i, _)| i)
            .collect()
    };
    cuts.windows(2)
        .map(|w| Segment {
            start: w[0],
            end: w[1],
            items: over(items, w[0], w[1]),
            candidates: over(candidates, w[0], w[1]),
        })
        .collect()
}

/// Every passage the dataset's items name in the article, with the item:
/// its `span`, each of its `spans` and each alias, in text order.
pub fn item_places(
    article: &str,
    dataset: &Value,
) -> Vec<(usize, usize, crate::author::edit::ItemAt)> {
    let mut places = Vec::new();
    for kind in Kind::ALL {
        let items = dataset[kind.collection()].as_array().into_iter().flatten();
        for (index, item) in items.enumerate() {
            let lists =
                ["spans", "aliases"].map(|k| item[k].as_array().cloned().unwrap_or_default());
            let spans = std::iter::once(&item["span"]).chain(lists.iter().flatten());
            for (start, end) in spans.filter_map(|s| place(article, s)) {
                places.push((start, end, crate::author::edit::ItemAt::Item(kind, index)));
            }
        }
    }
    places.sort_by_key(|p| (p.0, p.1));
    places
}

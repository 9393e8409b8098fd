//! Splits a stretch of the article into segments at the edges of highlighted
//! items and search matches, so the app can render it as flat marks; finds
//! each block's items; and decides which segment anchors each item.

use crate::dataset::article::FlatBlock;
use crate::read::query::Index;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// The item this segment links to: the selected one where it covers the
    /// segment, else the narrowest covering active item.
    pub item: Option<usize>,
    /// True when some item covers the segment, active or not.
    pub covered: bool,
    /// True when the segment is inside a search match.
    pub matched: bool,
}

/// `items` are (start, end, item) in article bytes; `matches` are byte ranges.
/// Segments are cut at the edges of every item, active or not, so the cuts
/// (and the DOM built on them) stay the same as filters change which items
/// are `active`; only search matches add cuts.
pub fn segments(
    range: (usize, usize),
    items: &[(usize, usize, usize)],
    matches: &[(usize, usize)],
    selected: Option<usize>,
    active: impl Fn(usize) -> bool,
) -> Vec<Segment> {
    let (lo, hi) = range;
    let mut cuts = vec![lo, hi];
    for &(s, e, _) in items {
        cuts.extend([s, e]);
    }
    for &(s, e) in matches {
        cuts.extend([s, e]);
    }
    cuts.retain(|&c| lo <= c && c <= hi);
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let covering = || items.iter().filter(move |&&(a, b, _)| a <= s && e <= b);
            let item = covering()
                .find(|&&(_, _, i)| Some(i) == selected)
                .or_else(|| {
                    covering()
                        .filter(|&&(_, _, i)| active(i))
                        .min_by_key(|&&(a, b, _)| b - a)
                })
                .map(|&(_, _, i)| i);
            Segment {
                start: s,
                end: e,
                item,
                covered: covering().next().is_some(),
                matched: matches.iter().any(|&(a, b)| a <= s && e <= b),
            }
        })
        .collect()
}

/// Each block's items as (start, end, item index into `index.items`), in
/// index order: an item is in every block it overlaps and in no other.
/// `blocks` are in text order (as `article::flatten` gives them), so each
/// item's first block is found by binary search, not by scanning.
pub fn items_per_block(blocks: &[FlatBlock], index: &Index) -> Vec<Vec<(usize, usize, usize)>> {
    let ranges: Vec<(usize, usize)> = blocks
        .iter()
        .map(|b| (b.block.start, b.block.end))
        .collect();
    spans_per_block(&ranges, index.items.iter().map(|i| (i.start, i.end)))
}

/// `items_per_block` on plain ranges: `blocks` sorted and disjoint.
fn spans_per_block(
    blocks: &[(usize, usize)],
    spans: impl Iterator<Item = (usize, usize)>,
) -> Vec<Vec<(usize, usize, usize)>> {
    let mut per_block = vec![Vec::new(); blocks.len()];
    for (i, (start, end)) in spans.enumerate() {
        let mut b = blocks.partition_point(|&(_, block_end)| block_end <= start);
        while b < blocks.len() && blocks[b].0 < end {
            per_block[b].push((start, end, i));
            b += 1;
        }
    }
    per_block
}

/// The items already anchored, across the blocks rendered so far: feed it
/// the segments in article order, block after block.
#[derive(Clone, Debug, Default)]
pub struct Anchors {
    /// A bit per item index (a set of small integers; a `BTreeSet` cost the
    /// wasm its own copy of the B-tree code).
    anchored: Vec<u64>,
}

impl PartialEq for Anchors {
    /// The same items anchored (words past the shorter set count as empty).
    fn eq(&self, other: &Anchors) -> bool {
        let (a, b) = (&self.anchored, &other.anchored);
        let word = |v: &Vec<u64>, i: usize| v.get(i).copied().unwrap_or(0);
        (0..a.len().max(b.len())).all(|i| word(a, i) == word(b, i))
    }
}

impl Eq for Anchors {}

impl Anchors {
    /// No item anchored yet: the start of the article.
    pub fn new() -> Anchors {
        Anchors::default()
    }

    /// Marks `item` anchored; true if it was not yet.
    fn insert(&mut self, item: usize) -> bool {
        let (word, bit) = (item / 64, 1u64 << (item % 64));
        if self.anchored.len() <= word {
            self.anchored.resize(word + 1, 0);
        }
        let fresh = self.anchored[word] & bit == 0;
        self.anchored[word] |= bit;
        fresh
    }

    /// Whether the next segment is its item's first: it carries the item's
    /// marker, the `span-<id>` anchor "Show in article" goes to (the one
    /// focusable element of the item, however many segments it spans).
    pub fn is_anchor(&mut self, seg: &Segment) -> bool {
        seg.item.is_some_and(|item| self.insert(item))
    }
}

/// Per segment of the rendered blocks (in article order), whether it
/// anchors its item: see `Anchors::is_anchor`.
pub fn anchor_flags(blocks: &[Vec<Segment>]) -> Vec<Vec<bool>> {
    let mut anchors = Anchors::new();
    blocks
        .iter()
        .map(|segs| segs.iter().map(|s| anchors.is_anchor(s)).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn narrowest_active_item_wins_unless_selected() {
        let items = [(0, 10, 1), (2, 4, 2)];
        let all = |_| true;
        let s = segments((0, 10), &items, &[], None, all);
        let ids: Vec<_> = s.iter().map(|s| (s.start, s.end, s.item)).collect();
        assert_eq!(ids, [(0, 2, Some(1)), (2, 4, Some(2)), (4, 10, Some(1))]);
        let s = segments((0, 10), &items, &[], Some(1), all);
        assert!(s.iter().all(|s| s.item == Some(1)));
        // Item 2 filtered out: its stretch links to item 1, the cuts stay.
        let s = segments((0, 10), &items, &[], None, |i| i != 2);
        let ids: Vec<_> = s.iter().map(|s| (s.start, s.end, s.item)).collect();
        assert_eq!(ids, [(0, 2, Some(1)), (2, 4, Some(1)), (4, 10, Some(1))]);
        // None active: covered, but linked to nothing.
        let s = segments((0, 10), &items, &[], None, |_| false);
        assert!(s.iter().all(|s| s.item.is_none() && s.covered));
    }

    #[test]
    fn matches_split_segments() {
        let s = segments((0, 10), &[], &[(3, 5)], None, |_| true);
        let m: Vec<_> = s.iter().map(|s| (s.start, s.end, s.matched)).collect();
        assert_eq!(m, [(0, 3, false), (3, 5, true), (5, 10, false)]);
    }

    fn seg(start: usize, end: usize, item: Option<usize>) -> Segment {
        Segment {
            start,
            end,
            item,
            covered: item.is_some(),
            matched: false,
        }
    }

    #[test]
    fn an_item_is_in_every_block_it_overlaps() {
        let blocks = [(0, 10), (12, 20), (22, 30)];
        let spans = [(2, 5), (8, 14), (0, 30), (20, 22), (25, 25), (10, 12)];
        let per = spans_per_block(&blocks, spans.into_iter());
        let items = |b: usize| per[b].iter().map(|&(_, _, i)| i).collect::<Vec<_>>();
        assert_eq!(items(0), [0, 1, 2]);
        assert_eq!(items(1), [1, 2]);
        // The gaps between blocks (20..22, 10..12) belong to no block.
        assert_eq!(items(2), [2, 4]);
        assert_eq!(per[0][1], (8, 14, 1));
    }

    #[test]
    fn the_first_segment_of_each_item_anchors_it() {
        let blocks = [
            vec![seg(0, 6, Some(7)), seg(6, 10, Some(7)), seg(10, 11, None)],
            vec![seg(11, 13, Some(3)), seg(13, 20, Some(7))],
        ];
        assert_eq!(
            anchor_flags(&blocks),
            [
                // Item 7's first segment anchors; its later ones do not.
                vec![true, false, false],
                // Item 3's first segment anchors, though a sliver.
                vec![true, false],
            ]
        );
    }

    proptest! {
        #[test]
        fn spans_per_block_is_the_overlap_relation(
            cuts in proptest::collection::btree_set(0usize..100, 0..12),
            spans in proptest::collection::vec((0usize..100, 0usize..100), 0..10),
        ) {
            // Disjoint blocks in order: consecutive cuts, every other pair.
            let cuts: Vec<usize> = cuts.into_iter().collect();
            let blocks: Vec<(usize, usize)> = cuts.chunks_exact(2).map(|c| (c[0], c[1])).collect();
            let spans: Vec<(usize, usize)> = spans.into_iter().map(|(a, b)| (a.min(b), a.max(b))).collect();
            let per = spans_per_block(&blocks, spans.iter().copied());
            for (b, &(bs, be)) in blocks.iter().enumerate() {
                let expected: Vec<(usize, usize, usize)> = spans
                    .iter()
                    .enumerate()
                    .filter(|(_, &(s, e))| s < be && bs < e)
                    .map(|(i, &(s, e))| (s, e, i))
                    .collect();
                prop_assert_eq!(&per[b], &expected, "block {:?}", (bs, be));
            }
        }
    }

    proptest! {
        #[test]
        fn segments_tile_the_range(
            items in proptest::collection::vec((0usize..50, 0usize..50), 0..6),
            matches in proptest::collection::vec((0usize..50, 0usize..50), 0..4),
        ) {
            let items: Vec<_> = items.into_iter().enumerate()
                .map(|(i, (a, b))| (a.min(b), a.max(b), i)).collect();
            let matches: Vec<_> = matches.into_iter().map(|(a, b)| (a.min(b), a.max(b))).collect();
            let s = segments((5, 45), &items, &matches, None, |i| i % 2 == 0);
            prop_assert_eq!(s.first().map(|s| s.start), Some(5));
            prop_assert_eq!(s.last().map(|s| s.end), Some(45));
            for w in s.windows(2) {
                prop_assert_eq!(w[0].end, w[1].start);
            }
        }
    }
}

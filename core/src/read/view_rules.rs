//! The view's rules, apart from any component: which result rows are
//! mounted and their numbers, which marker each article segment carries,
//! which facets have a group, and which options fold away. The components
//! only render what these decide.

use crate::read::mount::first_rows;
use crate::read::query::{Facet, Index};
use crate::read::segments::{Anchors, Segment};

/// A result row as the list mounts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The item's index in `Index::items`.
    pub item: usize,
    /// Its number among the results (the number on its article marker), or
    /// `None` when the filters hide it (the row stays mounted, hidden).
    pub number: Option<usize>,
}

/// The rows to mount, in item order. Rows stay mounted across filter
/// changes: the first `page` of all `items` always, hidden when filtered
/// out, plus the shown results (`visible`, ascending item indices) past
/// that page. A filter change then flips `hidden` instead of building and
/// removing rows. At most `limit` rows during the first mount (the selected
/// one first, then the results, see `mount::first_rows`). A shown row's
/// number is its item's in `numbers` (see `reading_numbers`), as on its
/// marker.
pub fn mounted_rows(
    items: usize,
    page: usize,
    visible: &[usize],
    numbers: &[usize],
    selected: Option<usize>,
    limit: usize,
) -> Vec<Row> {
    let mut mounted: Vec<(usize, usize)> = (0..items.min(page))
        .map(|i| (i, visible.binary_search(&i).map_or(0, |n| n + 1)))
        .chain(
            visible
                .iter()
                .enumerate()
                .filter(|&(_, &i)| i >= page)
                .map(|(n, &i)| (i, n + 1)),
        )
        .collect();
    mounted.sort_unstable();
    first_rows(mounted, selected, limit)
        .into_iter()
        .map(|(item, rank)| Row {
            item,
            number: (rank > 0).then(|| numbers.get(item).copied().unwrap_or(rank)),
        })
        .collect()
}

/// A stretch of an article block as the article renders it: plain, matched,
/// or part of an item, with the item's marker on its first segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkedSegment {
    pub start: usize,
    pub end: usize,
    pub item: Option<usize>,
    /// Some item covers it, highlighted or not.
    pub covered: bool,
    pub matched: bool,
    /// The item's first segment carries the `span-<id>` anchor.
    pub anchor: bool,
    pub selected: bool,
    /// On the item's first segment: the number of its card among the
    /// results, shown as the item's marker (None: selected but filtered out).
    pub number: Option<usize>,
}

/// Marks a block's `segments`: the anchor of each item's first segment
/// (`anchors` carries that across blocks, in article order), the selected
/// item, and the marker number, the item's in `numbers` (see
/// `reading_numbers`), as on its card.
pub fn mark(
    segments: Vec<Segment>,
    anchors: &mut Anchors,
    numbers: &[usize],
    selected: Option<usize>,
) -> Vec<MarkedSegment> {
    segments
        .into_iter()
        .map(|seg| {
            let anchor = anchors.is_anchor(&seg);
            MarkedSegment {
                start: seg.start,
                end: seg.end,
                item: seg.item,
                covered: seg.covered,
                matched: seg.matched,
                anchor,
                selected: seg.item.is_some() && seg.item == selected,
                number: seg
                    .item
                    .filter(|_| anchor)
                    .and_then(|i| numbers.get(i).copied())
                    .filter(|&n| n > 0),
            }
        })
        .collect()
}

/// Each item's number among `results` (indices into `index.items`) in
/// reading order: by where its passage starts in the article, from 1; 0
/// for an item that is not a result. Of two passages that start together
/// the shorter comes first, as its marker does (the narrower item owns the
/// shared start, `segments`), then item order. The markers then count up
/// through the text, whatever kind each item is.
pub fn reading_numbers(index: &Index, results: &[usize]) -> Vec<usize> {
    numbers_by_start(index.items.len(), results, |i| {
        let item = &index.items[i];
        (item.start, item.end.saturating_sub(item.start))
    })
}

/// `reading_numbers` for `items` items in the order of `key`.
fn numbers_by_start<K: Ord>(
    items: usize,
    results: &[usize],
    key: impl Fn(usize) -> K,
) -> Vec<usize> {
    let mut order: Vec<usize> = results.iter().copied().filter(|&i| i < items).collect();
    // Unstable is stable here (each key ends in its item), and the key is
    // cheap: `sort_by_cached_key` would put four sorts in the wasm, one per
    // width of its index.
    order.sort_unstable_by_key(|&i| (key(i), i));
    let mut numbers = vec![0; items];
    for (n, i) in order.into_iter().enumerate() {
        numbers[i] = n + 1;
    }
    numbers
}

/// Whether the article's markers stand out: only while the reader narrows
/// or points at something (a filter that leaves out any item, a search, a
/// selection). Otherwise they stay quiet, out of the reading's way.
pub fn markers_prominent(items: usize, results: usize, search: &str, selected: bool) -> bool {
    results < items || !search.trim().is_empty() || selected
}

/// Cards a folded result list shows first (a screen narrower than
/// `FOLD_BELOW_PX`): enough to show what the list holds, few enough that
/// the article starts within a few screens.
pub const FOLDED_CARDS: usize = 3;

/// Below this width (CSS pixels) the result list folds to `FOLDED_CARDS`
/// with a "Show all N" control, and a "Claims | Article" bar stays at hand.
pub const FOLD_BELOW_PX: u32 = 900;

/// How many of `total` results the list shows: `shown` (its page), or the
/// first `FOLDED_CARDS` while it is `folded`.
pub fn cards_shown(total: usize, shown: usize, folded: bool) -> usize {
    let limit = if folded {
        FOLDED_CARDS.min(shown)
    } else {
        shown
    };
    total.min(limit)
}

/// The "Show all N" control of a folded list, when it hides any of `total`
/// results: its label.
pub fn show_all_label(total: usize, folded: bool) -> Option<String> {
    (folded && total > FOLDED_CARDS).then(|| format!("Show all {total}"))
}

/// Whether `facet` has a group among the filters: the sides lead as chips.
pub fn has_group(facet: Facet) -> bool {
    facet != Facet::Side
}

/// The facets with a group, in the filters' order.
pub fn grouped_facets() -> impl Iterator<Item = Facet> {
    Facet::ALL.into_iter().filter(|&f| has_group(f))
}

/// Whether an option with `count` live results shows: one with none folds
/// away, unless chosen (a chosen one stays, so it can be released).
pub fn option_shows(count: usize, selected: bool) -> bool {
    selected || count > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_first_page_stays_mounted_and_results_past_it_join() {
        // 6 items, a page of 3; results are items 1 and 4.
        // Item 4's passage comes first in the text: it is number 1.
        let numbers = numbers_by_start(6, &[1, 4], |i| [0, 50, 0, 0, 10, 0][i]);
        let rows = mounted_rows(6, 3, &[1, 4], &numbers, None, usize::MAX);
        let got: Vec<(usize, Option<usize>)> = rows.iter().map(|r| (r.item, r.number)).collect();
        assert_eq!(got, vec![(0, None), (1, Some(2)), (2, None), (4, Some(1))]);
    }

    #[test]
    fn markers_number_the_results_on_each_items_first_segment() {
        let seg = |start, end, item| Segment {
            start,
            end,
            item,
            covered: item.is_some(),
            matched: false,
        };
        let mut anchors = Anchors::new();
        let numbers = numbers_by_start(8, &[3, 5], |i| i * 10);
        let marked = mark(
            vec![seg(0, 2, Some(3)), seg(2, 4, Some(3)), seg(4, 6, Some(7))],
            &mut anchors,
            &numbers,
            Some(7),
        );
        let got: Vec<(bool, bool, Option<usize>)> = marked
            .iter()
            .map(|m| (m.anchor, m.selected, m.number))
            .collect();
        // Item 3 is result 1, anchored once; item 7 is selected but not a
        // result: anchored, with no number.
        assert_eq!(
            got,
            vec![
                (true, false, Some(1)),
                (false, false, None),
                (true, true, None)
            ]
        );
        // A later block does not anchor item 3 again.
        let again = mark(vec![seg(8, 9, Some(3))], &mut anchors, &numbers, None);
        assert!(!again[0].anchor);
    }

    #[test]
    fn every_facet_but_the_sides_has_a_group() {
        assert!(!has_group(Facet::Side));
        assert_eq!(grouped_facets().count(), Facet::ALL.len() - 1);
        assert!(grouped_facets().all(has_group));
    }

    #[test]
    fn an_empty_option_folds_away_unless_chosen() {
        assert!(!option_shows(0, false));
        assert!(option_shows(0, true));
        assert!(option_shows(2, false));
    }

    #[test]
    fn a_folded_list_shows_its_first_cards_and_offers_the_rest() {
        assert_eq!(cards_shown(59, 100, true), FOLDED_CARDS);
        assert_eq!(cards_shown(59, 100, false), 59);
        assert_eq!(cards_shown(2, 100, true), 2);
        assert_eq!(cards_shown(59, 2, true), 2, "an embed's smaller page wins");
        assert_eq!(show_all_label(59, true).as_deref(), Some("Show all 59"));
        assert_eq!(show_all_label(59, false), None);
        assert_eq!(show_all_label(FOLDED_CARDS, true), None, "nothing hidden");
    }

    proptest! {
        #[test]
        fn numbered_rows_are_exactly_the_results_in_order(
            items in 0usize..80,
            page in 0usize..40,
            picks in proptest::collection::vec(any::<bool>(), 80),
        ) {
            let visible: Vec<usize> = (0..items).filter(|&i| picks[i]).collect();
            let numbers = numbers_by_start(items, &visible, |i| i);
            let rows = mounted_rows(items, page, &visible, &numbers, None, usize::MAX);
            let numbered: Vec<usize> = rows.iter().filter(|r| r.number.is_some()).map(|r| r.item).collect();
            prop_assert_eq!(&numbered, &visible);
            for r in &rows {
                if let Some(n) = r.number {
                    prop_assert_eq!(visible[n - 1], r.item);
                }
            }
            // Every row of the first page is mounted.
            prop_assert!((0..items.min(page)).all(|i| rows.iter().any(|r| r.item == i)));
            prop_assert!(rows.windows(2).all(|w| w[0].item < w[1].item));
        }
    }

    proptest! {
        #[test]
        fn numbers_count_up_through_the_text(
            starts in proptest::collection::vec(0usize..500, 0..60),
            picks in proptest::collection::vec(any::<bool>(), 60),
        ) {
            let results: Vec<usize> = (0..starts.len()).filter(|&i| picks[i]).collect();
            let numbers = numbers_by_start(starts.len(), &results, |i| starts[i]);
            // Exactly the results are numbered, 1 to their count.
            let mut got: Vec<usize> = numbers.iter().copied().filter(|&n| n > 0).collect();
            got.sort_unstable();
            prop_assert_eq!(got, (1..=results.len()).collect::<Vec<_>>());
            // An item earlier in the text never has a larger number.
            for &a in &results {
                for &b in &results {
                    if starts[a] < starts[b] {
                        prop_assert!(numbers[a] < numbers[b]);
                    }
                }
            }
        }
    }

    #[test]
    fn markers_stand_out_only_while_narrowed_searched_or_selected() {
        assert!(!markers_prominent(10, 10, " ", false));
        assert!(markers_prominent(10, 9, "", false));
        assert!(markers_prominent(10, 10, "war", false));
        assert!(markers_prominent(10, 10, "", true));
    }
}

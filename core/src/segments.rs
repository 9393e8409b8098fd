//! Splits a stretch of the article into segments at the edges of highlighted
//! items and search matches, so the app can render it as flat marks.

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

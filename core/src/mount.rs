//! The first mount spread over tasks (issue 16). Mounting every row and
//! every facet option in one go was one long task (the page's whole total
//! blocking time). The first task now mounts the first screen's rows; each
//! later task adds a few rows, a few of the article's blocks and one facet's
//! group, until all is mounted (then the closed embed builder and the
//! footer). A load with a selection mounts at once (its
//! row and passage must be there to be shown).
//! Which rows come first: the selected one, then the results in their order,
//! then the rows kept mounted (hidden) for later filter changes.

/// Rows in the first task: about what a first screen holds.
pub const FIRST_ROWS: usize = 3;
/// Rows added per later task.
pub const ROWS_PER_STEP: usize = 4;
/// The article's blocks (paragraphs, heads) in the first task, and per step.
pub const FIRST_BLOCKS: usize = 3;
pub const BLOCKS_PER_STEP: usize = 3;

/// Where a mount is: `Some(step)` while parts still wait, `None` once
/// everything is mounted (and always after the first mount).
pub type Step = Option<usize>;

/// The number of steps after the first task that mount `rows` rows,
/// `blocks` blocks and `facets` facets' groups: one facet per step, and
/// enough steps for the rows and the blocks.
pub fn steps(rows: usize, blocks: usize, facets: usize) -> usize {
    let rows = rows.saturating_sub(FIRST_ROWS).div_ceil(ROWS_PER_STEP);
    let blocks = blocks
        .saturating_sub(FIRST_BLOCKS)
        .div_ceil(BLOCKS_PER_STEP);
    facets.max(rows).max(blocks)
}

/// How many rows are mounted at `step`.
pub fn rows_at(step: Step) -> usize {
    step.map_or(usize::MAX, |s| {
        FIRST_ROWS.saturating_add(s.saturating_mul(ROWS_PER_STEP))
    })
}

/// How many of the article's blocks are mounted at `step`.
pub fn blocks_at(step: Step) -> usize {
    step.map_or(usize::MAX, |s| {
        FIRST_BLOCKS.saturating_add(s.saturating_mul(BLOCKS_PER_STEP))
    })
}

/// Whether the `n`th facet's group (from 0) is mounted at `step`.
pub fn facet_mounted(step: Step, n: usize) -> bool {
    step.is_none_or(|s| n < s)
}

/// Of `rows` (item index, number among the results or 0 when filtered out),
/// the first `limit` by priority, the selected item first, back in item
/// order. Unchanged when all fit.
pub fn first_rows(
    mut rows: Vec<(usize, usize)>,
    selected: Option<usize>,
    limit: usize,
) -> Vec<(usize, usize)> {
    if rows.len() <= limit {
        return rows;
    }
    rows.sort_unstable_by_key(|&(i, number)| (Some(i) != selected, number == 0, number, i));
    rows.truncate(limit);
    rows.sort_unstable();
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_facet_and_row_is_mounted_by_the_last_step() {
        for (rows, blocks, facets) in [
            (0, 0, 0),
            (3, 2, 8),
            (59, 29, 8),
            (100, 8, 8),
            (100, 40, 2),
            (8, 400, 1),
        ] {
            let last = Some(steps(rows, blocks, facets));
            assert!(rows_at(last) >= rows, "{rows} rows, {facets} facets");
            assert!(blocks_at(last) >= blocks, "{blocks} blocks");
            assert!((0..facets).all(|n| facet_mounted(last, n)));
        }
    }

    #[test]
    fn nothing_waits_once_mounted() {
        assert_eq!(rows_at(None), usize::MAX);
        assert_eq!(blocks_at(None), usize::MAX);
        assert!(facet_mounted(None, 100));
        assert!(!facet_mounted(Some(0), 0));
        assert_eq!(rows_at(Some(0)), FIRST_ROWS);
    }

    #[test]
    fn the_selected_row_then_the_results_come_first() {
        // Items 0..6; results are items 4 (number 1) and 5 (number 2).
        let rows: Vec<(usize, usize)> = (0..6usize).map(|i| (i, i.saturating_sub(3))).collect();
        assert_eq!(
            first_rows(rows.clone(), Some(1), 3),
            vec![(1, 0), (4, 1), (5, 2)]
        );
        assert_eq!(first_rows(rows.clone(), None, 2), vec![(4, 1), (5, 2)]);
        assert_eq!(first_rows(rows.clone(), None, 10), rows);
    }

    proptest! {
        #[test]
        fn first_rows_keeps_item_order_and_the_limit(
            numbers in proptest::collection::vec(0usize..20, 0..60),
            limit in 0usize..70,
            selected in proptest::option::of(0usize..60),
        ) {
            let rows: Vec<(usize, usize)> = numbers.into_iter().enumerate().collect();
            let kept = first_rows(rows.clone(), selected, limit);
            prop_assert_eq!(kept.len(), rows.len().min(limit));
            prop_assert!(kept.windows(2).all(|w| w[0].0 < w[1].0));
            if let Some(s) = selected.filter(|&s| s < rows.len() && limit > 0) {
                prop_assert!(kept.iter().any(|&(i, _)| i == s));
            }
            // No row with a result number is left out for a row without one.
            let dropped_results = rows.iter().any(|r| r.1 > 0 && !kept.contains(r));
            let kept_hidden = kept.iter().any(|&(i, n)| n == 0 && Some(i) != selected);
            prop_assert!(!(dropped_results && kept_hidden));
        }
    }
}

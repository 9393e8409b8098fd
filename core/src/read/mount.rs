//! The first mount spread over tasks (issue 16). Mounting every row and
//! every facet option in one go was one long task (the page's whole total
//! blocking time). The first task now mounts the page with the first
//! screen's rows (the article whole: the prerender showed it whole, and a
//! reader may be reading it); each later task adds a few rows and one
//! facet's group, until all is mounted (then the closed embed builder). A
//! load with a selection mounts at once (its row must be there to be shown).
//! Which rows come first: the selected one, then the results in their order,
//! then the rows kept mounted (hidden) for later filter changes.

/// Rows in the first task: about what a first screen holds.
pub const FIRST_ROWS: usize = 3;
/// Rows added per later task.
pub const ROWS_PER_STEP: usize = 4;

/// Where a mount is: `Some(step)` while parts still wait, `None` once
/// everything is mounted (and always after the first mount).
pub type Step = Option<usize>;

/// The number of steps after the first task that mount `rows` rows and
/// `facets` facets' groups: one facet per step, and enough steps for the rows.
pub fn steps(rows: usize, facets: usize) -> usize {
    facets.max(rows.saturating_sub(FIRST_ROWS).div_ceil(ROWS_PER_STEP))
}

/// The step after `step` of a mount of `steps` steps: `None` once the last
/// has been taken (then everything is mounted).
pub fn next_step(step: Step, steps: usize) -> Step {
    step.map(|s| s + 1).filter(|&s| s < steps)
}

/// The first step of a mount of `steps` steps.
pub fn first_step(steps: usize) -> Step {
    (steps > 0).then_some(0)
}

/// How many rows are mounted at `step`.
pub fn rows_at(step: Step) -> usize {
    step.map_or(usize::MAX, |s| {
        FIRST_ROWS.saturating_add(s.saturating_mul(ROWS_PER_STEP))
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

    /// The steps a mount takes, from the first to `None`.
    fn sequence(steps: usize) -> Vec<Step> {
        let mut all = vec![first_step(steps)];
        while let Some(&Some(s)) = all.last() {
            all.push(next_step(Some(s), steps));
        }
        all
    }

    #[test]
    fn each_step_adds_a_little_and_the_last_leaves_little_for_everything() {
        for (rows, facets) in [(0, 0), (3, 8), (59, 8), (100, 8), (100, 2), (8, 1)] {
            let seq = sequence(steps(rows, facets));
            assert_eq!(
                seq.len(),
                steps(rows, facets) + 1,
                "{rows} rows, {facets} facets"
            );
            assert_eq!(seq.last(), Some(&None));
            // The last `Some` step leaves at most one step's rows and one
            // facet for `None`, which mounts everything.
            if let Some(&Some(last)) = seq.iter().rev().nth(1) {
                assert!(rows_at(Some(last)) + ROWS_PER_STEP >= rows, "{rows} rows");
                assert!((0..facets.saturating_sub(1)).all(|n| facet_mounted(Some(last), n)));
            }
            for pair in seq.windows(2) {
                if let [Some(a), Some(b)] = pair {
                    assert_eq!(rows_at(Some(*b)) - rows_at(Some(*a)), ROWS_PER_STEP);
                }
            }
        }
    }

    #[test]
    fn nothing_waits_once_mounted() {
        assert_eq!(rows_at(None), usize::MAX);
        assert!(facet_mounted(None, 100));
        assert!(!facet_mounted(Some(0), 0));
        assert!(facet_mounted(Some(1), 0));
        assert_eq!(rows_at(Some(0)), FIRST_ROWS);
        assert_eq!(first_step(0), None);
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

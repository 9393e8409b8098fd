//! The "compare figures" view without markup: which figures contradict each
//! other, how each claim is worded, and the chart's integer geometry. The app
//! only maps these to SVG and table markup, so the wording the end-to-end
//! tests check is tested here, natively.

use std::collections::HashMap;

use crate::lookup::Lookup;
use crate::model::{Figure, Qualifier};
use crate::query::{Index, ItemRef};

/// Width of the claimant labels left of the bars, in SVG units. The chart's
/// geometry is whole units: integer maths keeps float formatting (about
/// 10 KB of wasm) out of the app.
pub const LABEL_W: u64 = 150;
/// Width of the longest bar of a group.
pub const BAR_W: u64 = 200;
/// Height of one chart row.
pub const ROW_H: u64 = 34;
/// Room right of the bars for the value label and the open-ended tail.
const VALUE_W: u64 = 130;
/// Length of the dashed tail of an open-ended ("at least") claim.
const TAIL_W: u64 = 24;

/// Groups of figures that contradict each other: the figures connected
/// through `contradicts` (a link joins both ends, whichever names the
/// other), each group's members sorted, the groups in dataset order of their
/// first member. A figure is in a group when it names a contradiction (even
/// one that is not there) or another figure names it. Linear in the number
/// of figures and links, so the view stays cheap on large data.
pub fn clusters(figures: &[Figure]) -> Vec<Vec<usize>> {
    let mut position: HashMap<&str, usize> = HashMap::with_capacity(figures.len());
    for (i, f) in figures.iter().enumerate() {
        // Where an id occurs twice the first wins, as with a linear search.
        position.entry(f.id.as_str()).or_insert(i);
    }
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); figures.len()];
    for (i, f) in figures.iter().enumerate() {
        for j in f
            .contradicts
            .iter()
            .filter_map(|c| position.get(c.as_str()))
        {
            linked[i].push(*j);
            linked[*j].push(i);
        }
    }
    let mut grouped = vec![false; figures.len()];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for start in 0..figures.len() {
        if grouped[start] || (figures[start].contradicts.is_empty() && linked[start].is_empty()) {
            continue;
        }
        grouped[start] = true;
        let mut members = vec![start];
        let mut next = 0;
        while next < members.len() {
            for &j in &linked[members[next]] {
                if !grouped[j] {
                    grouped[j] = true;
                    members.push(j);
                }
            }
            next += 1;
        }
        members.sort_unstable();
        out.push(members);
    }
    out
}

/// The groups with at least one member among the results (`items` are
/// indices into `index.items`, as in `Outcome::items`): the view compares
/// the contested claims the current filters keep.
pub fn groups_in_results(
    groups: Vec<Vec<usize>>,
    index: &Index,
    items: &[usize],
) -> Vec<Vec<usize>> {
    let mut shown = vec![false; index.items.len()];
    for &i in items {
        if let Some(ItemRef::Figure(f)) = index.items.get(i).map(|item| item.target) {
            if let Some(s) = shown.get_mut(f) {
                *s = true;
            }
        }
    }
    groups
        .into_iter()
        .filter(|g| g.iter().any(|&f| shown.get(f).copied().unwrap_or(false)))
        .collect()
}

/// Who claims the figure, or "No named claimant": the table never shows a
/// blank where the text names no one.
pub fn claimant_name(lookup: &Lookup, f: &Figure) -> String {
    f.claimant
        .as_deref()
        .map(|c| lookup.name_of(c).to_string())
        .unwrap_or_else(|| "No named claimant".into())
}

/// The channel of the figure's statement, or "Not stated" when the figure
/// has no statement (or names one that is not there).
pub fn channel_label(lookup: &Lookup, f: &Figure) -> &'static str {
    f.statement
        .as_deref()
        .and_then(|s| lookup.statement(s))
        .map(|s| s.channel.label())
        .unwrap_or("Not stated")
}

/// The figure in words for the table, honest about claims with no number:
/// "no reported casualties" is an absence of reports, not a zero, and
/// "dozens" gives no number.
pub fn wording(f: &Figure) -> String {
    match f.qualifier {
        Qualifier::NoneReported => {
            "no reported casualties (an absence of reports, not a count of zero)".into()
        }
        Qualifier::Dozens => "dozens (no number given)".into(),
        q => q.describe(f.value),
    }
}

/// The bar of a claim with a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    /// Width in SVG units: on the group's scale, at least 2 so it shows.
    pub width: u64,
    /// "at least" or "more than": the claim sets a floor, drawn as a
    /// dashed tail after the bar.
    pub open_ended: bool,
}

/// One chart row: a claimant's label, then a bar with its value, or (for a
/// claim with no number) only words in place of a bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    /// Top of the row in SVG units.
    pub y: u64,
    pub bar: Option<Bar>,
    /// The value beside the bar ("at least 12"), or the words in its place.
    pub label: String,
}

impl ChartRow {
    /// Baseline of the row's texts (claimant and value).
    pub fn text_y(&self) -> u64 {
        self.y + 14
    }
    /// Where the value label starts: after the bar and its tail, or where
    /// the bar would start.
    pub fn label_x(&self) -> u64 {
        match self.bar {
            Some(b) => LABEL_W + b.width + if b.open_ended { TAIL_W + 6 } else { 6 },
            None => LABEL_W,
        }
    }
    /// The dashed tail of an open-ended bar as (x1, x2, y), if it has one.
    pub fn tail(&self) -> Option<(u64, u64, u64)> {
        let b = self.bar.filter(|b| b.open_ended)?;
        let x1 = LABEL_W + b.width;
        Some((x1, x1 + TAIL_W, self.y + 9))
    }
}

/// One member of a group, laid out for both the chart and the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureRow {
    /// Index into the dataset's figures.
    pub figure: usize,
    /// The claimant's name (see `claimant_name`).
    pub who: String,
    /// See `channel_label`.
    pub channel: &'static str,
    /// The table's wording (see `wording`).
    pub wording: String,
    pub chart: ChartRow,
}

/// The group's members in order, each with its chart row on one scale:
/// the largest value of the group spans `BAR_W`.
pub fn rows(lookup: &Lookup, members: &[usize]) -> Vec<FigureRow> {
    let figures = &lookup.dataset().figures;
    let max = members
        .iter()
        .filter_map(|&m| figures[m].value)
        .max()
        .unwrap_or(1)
        .max(1);
    members
        .iter()
        .enumerate()
        .map(|(row, &m)| {
            let f = &figures[m];
            FigureRow {
                figure: m,
                who: claimant_name(lookup, f),
                channel: channel_label(lookup, f),
                wording: wording(f),
                chart: chart_row(f, 6 + row as u64 * ROW_H, max),
            }
        })
        .collect()
}

/// A figure's chart row at `y`, its bar scaled so `max` spans `BAR_W`.
fn chart_row(f: &Figure, y: u64, max: u64) -> ChartRow {
    let value = f
        .value
        .filter(|_| !matches!(f.qualifier, Qualifier::NoneReported | Qualifier::Dozens));
    match value {
        Some(v) => ChartRow {
            y,
            bar: Some(Bar {
                width: (v.min(max) * BAR_W / max).max(2),
                open_ended: matches!(f.qualifier, Qualifier::AtLeast | Qualifier::MoreThan),
            }),
            label: f.qualifier.describe(f.value),
        },
        None => ChartRow {
            y,
            bar: None,
            label: if f.qualifier == Qualifier::NoneReported {
                "no reported casualties (no bar: not a zero)".into()
            } else {
                "dozens (no number)".into()
            },
        },
    }
}

/// The chart's (width, height) for `rows` rows, for its `viewBox`.
pub fn chart_size(rows: usize) -> (u64, u64) {
    (LABEL_W + BAR_W + VALUE_W, ROW_H * rows as u64 + 8)
}

/// The table caption of a group: its number as shown (`group` counts from
/// 0, as `enumerate` gives it) and its units, each once, in member order:
/// "Contested claims, group 1: Killed / Casualties".
pub fn caption(figures: &[Figure], group: usize, members: &[usize]) -> String {
    let mut units: Vec<&str> = Vec::new();
    for &m in members {
        let unit = figures[m].unit.label();
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    format!(
        "Contested claims, group {}: {}",
        group + 1,
        units.join(" / ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Span, Unit};
    use proptest::prelude::*;

    fn figure(id: &str, value: Option<u64>, qualifier: Qualifier, contradicts: &[&str]) -> Figure {
        Figure {
            id: id.into(),
            value,
            qualifier,
            unit: Unit::Killed,
            counts: String::new(),
            subject: None,
            claimant: None,
            statement: None,
            span: Span {
                start: 0,
                end: 0,
                text: String::new(),
            },
            contradicts: contradicts.iter().map(|c| c.to_string()).collect(),
        }
    }

    fn linked(links: &[(&str, &[&str])]) -> Vec<Figure> {
        links
            .iter()
            .map(|(id, c)| figure(id, Some(1), Qualifier::Exact, c))
            .collect()
    }

    /// The app's former quadratic version, kept as the oracle.
    fn clusters_by_scanning(figures: &[Figure]) -> Vec<Vec<usize>> {
        let mut group: Vec<Option<usize>> = vec![None; figures.len()];
        let mut out: Vec<Vec<usize>> = Vec::new();
        for start in 0..figures.len() {
            if group[start].is_some() || figures[start].contradicts.is_empty() {
                continue;
            }
            let g = out.len();
            let mut members = vec![start];
            group[start] = Some(g);
            let mut i = 0;
            while i < members.len() {
                for c in &figures[members[i]].contradicts {
                    if let Some(j) = figures.iter().position(|f| &f.id == c) {
                        if group[j].is_none() {
                            group[j] = Some(g);
                            members.push(j);
                        }
                    }
                }
                i += 1;
            }
            members.sort_unstable();
            out.push(members);
        }
        out
    }

    #[test]
    fn clusters_follow_links_transitively_in_dataset_order() {
        let figures = linked(&[
            ("a", &[]),
            ("b", &["e"]),
            ("c", &["d"]),
            ("d", &["c"]),
            ("e", &["b", "f"]),
            ("f", &["e"]),
            ("g", &["nowhere"]),
        ]);
        assert_eq!(
            clusters(&figures),
            [vec![1, 4, 5], vec![2, 3], vec![6]],
            "a contradicts nothing; g's link goes nowhere but g is contested"
        );
        assert!(clusters(&[]).is_empty());
    }

    #[test]
    fn a_one_sided_link_joins_both_ends() {
        // Only c names a, and only d names b: each pair is one group.
        let figures = linked(&[("a", &[]), ("b", &["c"]), ("c", &["a"]), ("d", &["b"])]);
        assert_eq!(clusters(&figures), [vec![0, 1, 2, 3]]);
        let figures = linked(&[("a", &[]), ("b", &[]), ("c", &["a"])]);
        assert_eq!(clusters(&figures), [vec![0, 2]]);
    }

    #[test]
    fn the_first_of_duplicate_ids_is_the_one_linked() {
        let figures = linked(&[("x", &["y"]), ("y", &[]), ("y", &[])]);
        assert_eq!(clusters(&figures), [vec![0, 1]]);
    }

    #[test]
    fn wording_is_honest_about_claims_without_a_number() {
        let w = |v, q| wording(&figure("f", v, q, &[]));
        assert_eq!(
            w(None, Qualifier::NoneReported),
            "no reported casualties (an absence of reports, not a count of zero)"
        );
        assert_eq!(w(None, Qualifier::Dozens), "dozens (no number given)");
        assert_eq!(w(Some(12), Qualifier::AtLeast), "at least 12");
        assert_eq!(w(Some(20_000), Qualifier::MoreThan), "more than 20,000");
        assert_eq!(w(Some(133), Qualifier::Exact), "133");
    }

    #[test]
    fn chart_rows_scale_bars_to_the_largest_and_mark_floors() {
        let exact = chart_row(&figure("f", Some(274), Qualifier::Exact, &[]), 6, 274);
        assert_eq!(
            exact.bar,
            Some(Bar {
                width: BAR_W,
                open_ended: false
            })
        );
        assert_eq!(exact.label, "274");
        assert_eq!(
            (exact.text_y(), exact.label_x(), exact.tail()),
            (20, 356, None)
        );
        let floor = chart_row(&figure("f", Some(12), Qualifier::AtLeast, &[]), 40, 40);
        assert_eq!(
            floor.bar,
            Some(Bar {
                width: 60,
                open_ended: true
            })
        );
        assert_eq!(floor.label, "at least 12");
        assert_eq!(floor.tail(), Some((210, 234, 49)));
        assert_eq!(floor.label_x(), 240);
        let more = chart_row(&figure("f", Some(200), Qualifier::MoreThan, &[]), 6, 274);
        assert_eq!(more.bar.map(|b| (b.width, b.open_ended)), Some((145, true)));
        // A tiny value still shows: at least 2 units wide.
        let tiny = chart_row(&figure("f", Some(1), Qualifier::Exact, &[]), 6, 20_000);
        assert_eq!(tiny.bar.map(|b| b.width), Some(2));
    }

    #[test]
    fn claims_without_a_number_get_words_and_no_bar() {
        let none = chart_row(&figure("f", None, Qualifier::NoneReported, &[]), 6, 10);
        assert_eq!(none.bar, None);
        assert_eq!(none.label, "no reported casualties (no bar: not a zero)");
        assert_eq!((none.label_x(), none.tail()), (LABEL_W, None));
        let dozens = chart_row(&figure("f", None, Qualifier::Dozens, &[]), 6, 10);
        assert_eq!(dozens.bar, None);
        assert_eq!(dozens.label, "dozens (no number)");
        // A value on a "dozens" claim is still no number to draw.
        let odd = chart_row(&figure("f", Some(3), Qualifier::Dozens, &[]), 6, 10);
        assert_eq!(odd.bar, None);
    }

    #[test]
    fn chart_size_fits_its_rows() {
        assert_eq!(chart_size(0), (480, 8));
        assert_eq!(chart_size(4), (480, 4 * ROW_H + 8));
    }

    #[test]
    fn caption_lists_each_unit_once_in_member_order() {
        let mut figures = linked(&[("a", &[]), ("b", &[]), ("c", &[]), ("d", &[])]);
        figures[1].unit = Unit::Wounded;
        figures[2].unit = Unit::Casualties;
        assert_eq!(
            caption(&figures, 0, &[0, 1, 2, 3]),
            "Contested claims, group 1: Killed / Wounded / Casualties"
        );
        assert_eq!(
            caption(&figures, 1, &[2]),
            "Contested claims, group 2: Casualties"
        );
    }

    /// Figures "f0".."fn" with links to arbitrary indices, some past the end
    /// (dangling), not necessarily symmetric.
    fn arb_figures() -> impl Strategy<Value = Vec<Figure>> {
        proptest::collection::vec(proptest::collection::vec(0usize..30, 0..4), 0..25).prop_map(
            |links| {
                links
                    .iter()
                    .enumerate()
                    .map(|(i, to)| {
                        let ids: Vec<String> = to.iter().map(|t| format!("f{t}")).collect();
                        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                        figure(&format!("f{i}"), Some(1), Qualifier::Exact, &ids)
                    })
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn clusters_partition_the_contested_figures(figures in arb_figures()) {
            let groups = clusters(&figures);
            let mut group_of = vec![None; figures.len()];
            for (g, members) in groups.iter().enumerate() {
                prop_assert!(!members.is_empty());
                prop_assert!(members.windows(2).all(|w| w[0] < w[1]), "sorted");
                for &m in members {
                    prop_assert_eq!(group_of[m], None, "groups are disjoint");
                    group_of[m] = Some(g);
                }
            }
            // Groups come in dataset order of their first member.
            prop_assert!(groups.windows(2).all(|w| w[0][0] < w[1][0]));
            for (i, f) in figures.iter().enumerate() {
                if !f.contradicts.is_empty() {
                    prop_assert!(group_of[i].is_some(), "contested f{} in a group", i);
                }
                // Closed under `contradicts`: a link never leaves the group.
                for c in &f.contradicts {
                    if let Some(j) = figures.iter().position(|g| &g.id == c) {
                        prop_assert_eq!(group_of[j], group_of[i]);
                    }
                }
            }
        }

        #[test]
        fn with_symmetric_links_clusters_are_the_apps_former_ones(figures in arb_figures()) {
            // Valid data names each contradiction from both sides.
            let mut figures = figures;
            let n = figures.len();
            for i in 0..n {
                for c in figures[i].contradicts.clone() {
                    if let Some(j) = figures.iter().position(|g| g.id == c) {
                        let back = format!("f{i}");
                        if !figures[j].contradicts.contains(&back) {
                            figures[j].contradicts.push(back);
                        }
                    }
                }
            }
            prop_assert_eq!(clusters(&figures), clusters_by_scanning(&figures));
        }
    }
}

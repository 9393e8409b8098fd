//! The "compare figures" view without markup: which figures contradict each
//! other and how each claim is worded. The app only maps these to chart and
//! table markup (the scale is `read::scale`), so the wording the end-to-end
//! tests check is tested here, natively.

use std::collections::HashMap;

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Figure, Qualifier, Relation, RelationKind, Unit};
use crate::read::query::{Index, ItemRef};

/// Groups of related figures: the figures connected through relations
/// between two figures (of any kind), each group's members sorted, the
/// groups in dataset order of their first member. Linear in the number of
/// figures and relations, so the view stays cheap on large data.
pub fn clusters(figures: &[Figure], relations: &[Relation]) -> Vec<Vec<usize>> {
    let position = positions(figures);
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); figures.len()];
    for r in relations {
        if let (Some(&i), Some(&j)) = (position.get(r.from.as_str()), position.get(r.to.as_str())) {
            linked[i].push(j);
            linked[j].push(i);
        }
    }
    let mut grouped = vec![false; figures.len()];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for start in 0..figures.len() {
        if grouped[start] || linked[start].is_empty() {
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

/// Figure ids to positions; where an id occurs twice the first wins.
fn positions(figures: &[Figure]) -> HashMap<&str, usize> {
    let mut position: HashMap<&str, usize> = HashMap::with_capacity(figures.len());
    for (i, f) in figures.iter().enumerate() {
        position.entry(f.id.as_str()).or_insert(i);
    }
    position
}

/// The relations between two members of `group`, in dataset order.
pub fn group_relations<'a>(
    figures: &[Figure],
    relations: &'a [Relation],
    group: &[usize],
) -> Vec<&'a Relation> {
    // The group's own ids: a group is small, the dataset need not be
    // indexed again for each group on each render.
    let members: Vec<&str> = group.iter().map(|&m| figures[m].id.as_str()).collect();
    let inside = |id: &str| members.contains(&id);
    relations
        .iter()
        .filter(|r| inside(&r.from) && inside(&r.to))
        .collect()
}

/// One chart of a group: the figures of one unit, on one scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub unit: Unit,
    /// Figure indices of `unit`: those with a number (bars), then those
    /// with none (drawn as words, not bars). Claims in other units are
    /// never drawn here, not even as words: "some missing" is no row under
    /// "Killed". How they relate stays in the group's relations.
    pub members: Vec<usize>,
}

/// A group's charts, one per unit, in the order the units first appear
/// among its figures with a number, then those only vague figures have.
pub fn charts(figures: &[Figure], group: &[usize]) -> Vec<Chart> {
    // Those with a number first (bars), then the vague ones (words).
    let (mut ordered, vague): (Vec<usize>, Vec<usize>) = group
        .iter()
        .partition(|&&m| figures[m].qualifier.has_value());
    ordered.extend(vague);
    let mut units: Vec<Unit> = Vec::new();
    for &m in &ordered {
        if !units.contains(&figures[m].unit) {
            units.push(figures[m].unit);
        }
    }
    units
        .into_iter()
        .map(|unit| Chart {
            unit,
            members: ordered
                .iter()
                .copied()
                .filter(|&m| figures[m].unit == unit)
                .collect(),
        })
        .collect()
}

/// "1 group of related claims", "2 groups of related claims".
pub fn group_count(n: usize) -> String {
    crate::read::wording::plural(n, "group of related claims", "groups of related claims")
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
    lookup
        .statement_of(f)
        .map_or("Not stated", |s| s.channel.label())
}

/// The figure in words for the table, honest about claims with no number
/// ("no reported casualties" is an absence of reports, not a zero; "many"
/// gives no number) and about wording that allows other readings.
pub fn wording(f: &Figure) -> String {
    let main = match f.qualifier {
        Qualifier::NoneReported => {
            format!(
                "{} (an absence of reports, not a count of zero)",
                f.span.text.trim_matches(['“', '”', '"', '.'])
            )
        }
        q if !q.has_value() => format!("{} (no number given)", q.describe(None)),
        q => q.describe(f.value),
    };
    if f.readings.is_empty() {
        return main;
    }
    let others: Vec<String> = f.readings.iter().map(|q| q.describe(f.value)).collect();
    format!(
        "{main}, or {} (the wording allows both)",
        others.join(", or ")
    )
}

/// The value beside a bar in the compact panel: "133", "more than 200",
/// and for a claim with no number the words, never a zero ("none reported").
pub fn short_label(f: &Figure) -> String {
    match f.qualifier {
        Qualifier::NoneReported => "none reported".to_string(),
        q => q.describe(f.value),
    }
}

/// A group's heading: the question the data says it answers (on one of its
/// relations); without one (a dataset `check` would refuse), how its claims
/// relate: "Claims that contradict and differ".
pub fn group_heading(figures: &[Figure], relations: &[Relation], members: &[usize]) -> String {
    let relations = group_relations(figures, relations, members);
    if let Some(q) = relations.iter().find_map(|r| r.question.as_deref()) {
        return q.to_string();
    }
    let mut verbs: Vec<&str> = Vec::new();
    for r in relations {
        let verb = match r.kind {
            RelationKind::Contradicts => "contradict",
            RelationKind::Conflicts => "conflict",
            RelationKind::Differs => "differ",
            RelationKind::Denies => "deny one another",
            RelationKind::Repeats => "repeat one another",
        };
        if !verbs.contains(&verb) {
            verbs.push(verb);
        }
    }
    match verbs.split_last() {
        None => "Related claims".to_string(),
        Some((last, [])) => format!("Claims that {last}"),
        Some((last, rest)) => format!("Claims that {} and {last}", rest.join(", ")),
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
}

/// The group's members in order, each with its claimant, channel and
/// wording.
pub fn rows(lookup: &Lookup, members: &[usize]) -> Vec<FigureRow> {
    let figures = &lookup.dataset().figures;
    members
        .iter()
        .map(|&m| {
            let f = &figures[m];
            FigureRow {
                figure: m,
                who: claimant_name(lookup, f),
                channel: channel_label(lookup, f),
                wording: wording(f),
            }
        })
        .collect()
}

/// The table caption of a group: its heading and its units, each once, in
/// member order: "How many were killed? (Killed / Wounded)".
pub fn caption(figures: &[Figure], relations: &[Relation], members: &[usize]) -> String {
    let mut units: Vec<&str> = Vec::new();
    for &m in members {
        let unit = figures[m].unit.label();
        if !units.contains(&unit) {
            units.push(unit);
        }
    }
    let heading = group_heading(figures, relations, members);
    format!("{heading} ({})", units.join(" / "))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::dataset::lookup::Lookup;
    use crate::dataset::model::{ArticleMeta, Dataset, RelationKind, Span};
    use proptest::prelude::*;

    /// A figure with only what the views read; the other tests' builder too.
    pub(crate) fn figure(id: &str, value: Option<u64>, qualifier: Qualifier, unit: Unit) -> Figure {
        Figure {
            id: id.into(),
            value,
            qualifier,
            readings: Vec::new(),
            unit,
            counts: String::new(),
            subjects: Vec::new(),
            claimant: None,
            statement: None,
            span: Span {
                start: 0,
                end: 0,
                text: "no reported casualties".into(),
            },
            note: None,
            scope: None,
        }
    }

    fn relation(kind: RelationKind, from: &str, to: &str) -> Relation {
        Relation {
            kind,
            from: from.into(),
            to: to.into(),
            note: "why".into(),
            part: None,
            question: None,
        }
    }

    fn killed(ids: &[&str]) -> Vec<Figure> {
        ids.iter()
            .map(|id| figure(id, Some(1), Qualifier::Exact, Unit::Killed))
            .collect()
    }

    #[test]
    fn clusters_follow_relations_of_any_kind_transitively() {
        let figures = killed(&["a", "b", "c", "d", "e", "f"]);
        let relations = [
            relation(RelationKind::Contradicts, "b", "e"),
            relation(RelationKind::Differs, "c", "d"),
            relation(RelationKind::Conflicts, "f", "e"),
            relation(RelationKind::Denies, "s-statement", "a"),
        ];
        assert_eq!(
            clusters(&figures, &relations),
            [vec![1, 4, 5], vec![2, 3]],
            "a relation to a statement groups no figure"
        );
        assert!(clusters(&[], &relations).is_empty());
    }

    #[test]
    fn killed_and_wounded_get_charts_of_their_own() {
        let mut figures = killed(&["k1", "k2"]);
        figures.push(figure("w", Some(200), Qualifier::MoreThan, Unit::Wounded));
        figures.push(figure(
            "none",
            None,
            Qualifier::NoneReported,
            Unit::Casualties,
        ));
        let relations = [
            relation(RelationKind::Contradicts, "k1", "none"),
            relation(RelationKind::Contradicts, "w", "none"),
            relation(RelationKind::Differs, "k2", "k1"),
        ];
        let group = &clusters(&figures, &relations)[0];
        let c = charts(&figures, group);
        let by_unit: Vec<(Unit, Vec<usize>)> =
            c.iter().map(|c| (c.unit, c.members.clone())).collect();
        assert_eq!(
            by_unit,
            [
                (Unit::Killed, vec![0, 1]),
                (Unit::Wounded, vec![2]),
                (Unit::Casualties, vec![3])
            ]
        );
        assert_eq!(
            caption(&figures, &relations, group),
            "Claims that contradict and differ (Killed / Wounded / Casualties)"
        );
    }

    /// The fact-checker's case: "some ... missing" related to a killed
    /// claim is never a row under "Killed"; the relation stays as text.
    #[test]
    fn claims_in_different_units_never_share_a_measure() {
        let figures = vec![
            figure("killed", Some(30), Qualifier::AtLeast, Unit::Killed),
            figure("missing", None, Qualifier::Some, Unit::Missing),
            figure("wounded", None, Qualifier::Many, Unit::Wounded),
            figure("killed-too", None, Qualifier::Dozens, Unit::Killed),
        ];
        let relations = [
            relation(RelationKind::Conflicts, "killed", "missing"),
            relation(RelationKind::Differs, "wounded", "killed"),
            relation(RelationKind::Differs, "killed-too", "killed"),
        ];
        let groups = clusters(&figures, &relations);
        assert_eq!(groups, [vec![0, 1, 2, 3]]);
        let c = charts(&figures, &groups[0]);
        for chart in &c {
            for &m in &chart.members {
                assert_eq!(
                    figures[m].unit, chart.unit,
                    "{} drawn under {:?}",
                    figures[m].id, chart.unit
                );
            }
        }
        assert_eq!(
            c.iter().map(|c| c.unit).collect::<Vec<_>>(),
            [Unit::Killed, Unit::Missing, Unit::Wounded]
        );
        assert_eq!(
            c[0].members,
            [0, 3],
            "a vague claim of the same unit joins its chart"
        );
        assert_eq!(group_relations(&figures, &relations, &groups[0]).len(), 3);
    }

    #[test]
    fn a_group_of_vague_quantities_still_gets_a_chart() {
        let figures = vec![
            figure("many", None, Qualifier::Many, Unit::Wounded),
            figure("none", None, Qualifier::NoneReported, Unit::Wounded),
        ];
        let relations = [relation(RelationKind::Contradicts, "many", "none")];
        let c = charts(&figures, &clusters(&figures, &relations)[0]);
        assert_eq!(
            c,
            [Chart {
                unit: Unit::Wounded,
                members: vec![0, 1]
            }]
        );
    }

    #[test]
    fn wording_never_prints_a_quantity_the_text_does_not_give() {
        let w = |q, v| wording(&figure("f", v, q, Unit::Killed));
        assert_eq!(
            w(Qualifier::NoneReported, None),
            "no reported casualties (an absence of reports, not a count of zero)"
        );
        assert_eq!(w(Qualifier::Many, None), "many (no number given)");
        assert_eq!(w(Qualifier::Dozens, None), "dozens (no number given)");
        assert_eq!(w(Qualifier::AtLeast, Some(12)), "at least 12");
        assert_eq!(w(Qualifier::About, Some(20_000)), "about 20,000");
        let mut two = figure("f", Some(20_000), Qualifier::About, Unit::Killed);
        two.readings = vec![Qualifier::MoreThan];
        assert_eq!(
            wording(&two),
            "about 20,000, or more than 20,000 (the wording allows both)"
        );
    }

    #[test]
    fn group_headings_name_each_relation_once() {
        let figures = killed(&["a", "b", "c"]);
        let relations = vec![
            relation(RelationKind::Contradicts, "a", "b"),
            relation(RelationKind::Differs, "b", "c"),
            relation(RelationKind::Contradicts, "a", "c"),
        ];
        assert_eq!(
            group_heading(&figures, &relations, &[0, 1, 2]),
            "Claims that contradict and differ"
        );
        assert_eq!(group_heading(&figures, &[], &[0]), "Related claims");
    }

    #[test]
    fn a_groups_question_is_its_heading_and_leads_its_caption() {
        let figures = killed(&["a", "b", "c"]);
        let mut relations = vec![
            relation(RelationKind::Contradicts, "a", "b"),
            relation(RelationKind::Differs, "b", "c"),
        ];
        relations[1].question = Some("How many were killed?".into());
        assert_eq!(
            group_heading(&figures, &relations, &[0, 1, 2]),
            "How many were killed?"
        );
        assert_eq!(
            caption(&figures, &relations, &[0, 1, 2]),
            "How many were killed? (Killed)"
        );
        // A question outside the group heads nothing here.
        assert_eq!(
            group_heading(&figures, &relations[..1], &[0, 1]),
            "Claims that contradict"
        );
    }

    #[test]
    fn group_count_takes_its_singular_at_one() {
        assert_eq!(group_count(1), "1 group of related claims");
        assert_eq!(group_count(0), "0 groups of related claims");
    }

    #[test]
    fn rows_fall_back_when_no_claimant_or_statement_is_named() {
        let d = Dataset {
            version: "1".into(),
            corrections: vec![],
            article: ArticleMeta {
                title: String::new(),
                title_editor_supplied: false,
                summary: None,
                language: "en".into(),
                section_heads: vec![],
                description: None,
                short_name: None,
                search_examples: vec![],
                caveat: None,
            },
            sides: vec![],
            parties: vec![],
            people: vec![],
            statements: vec![],
            figures: killed(&["a"]),
            relations: vec![],
            places: vec![],
            times: vec![],
            non_claims: vec![],
            ordinary_capitals: vec![],
            scare_quotes: vec![],
        };
        let lookup = Lookup::new(&d);
        let r = &rows(&lookup, &[0])[0];
        assert_eq!(
            (r.who.as_str(), r.channel),
            ("No named claimant", "Not stated")
        );
    }

    fn arb_relations() -> impl Strategy<Value = (usize, Vec<(usize, usize)>)> {
        (1usize..20).prop_flat_map(|n| (Just(n), proptest::collection::vec((0..n, 0..n), 0..30)))
    }

    proptest! {
        #[test]
        fn clusters_are_disjoint_and_closed_under_relations((n, links) in arb_relations()) {
            let ids: Vec<String> = (0..n).map(|i| format!("f{i}")).collect();
            let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
            let figures = killed(&refs);
            let relations: Vec<Relation> = links
                .iter()
                .map(|&(a, b)| relation(RelationKind::Contradicts, &ids[a], &ids[b]))
                .collect();
            let groups = clusters(&figures, &relations);
            let mut seen = vec![false; n];
            for g in &groups {
                for &m in g {
                    prop_assert!(!seen[m], "figure {} in two groups", m);
                    seen[m] = true;
                }
            }
            for &(a, b) in &links {
                let ga = groups.iter().position(|g| g.contains(&a));
                prop_assert!(ga.is_some() && ga == groups.iter().position(|g| g.contains(&b)));
            }
            for (i, s) in seen.iter().enumerate() {
                let linked = links.iter().any(|&(a, b)| a == i || b == i);
                prop_assert_eq!(*s, linked);
            }
        }
    }
}

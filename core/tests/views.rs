//! The app's view logic, moved into the core, on a small fixture
//! (tests/fixtures/core): what the figures view, the article and the embed
//! dialog show. (The shipped data's own facts are in tests/dataset.rs.)

use explorer_core::dataset::article::{flatten, sections, FlatBlock};
use explorer_core::dataset::lookup::Lookup;
use explorer_core::dataset::model::{Dataset, Unit};
use explorer_core::read::figures::{caption, charts, clusters, groups_in_results, rows};
use explorer_core::read::query::{Facet, Filters, Index};
use explorer_core::read::segments::{anchor_flags, items_per_block, segments, Segment};

const ARTICLE: &str = include_str!("../../tests/fixtures/core/article.txt");
const DATASET: &str = include_str!("../../tests/fixtures/core/dataset.json");

fn dataset() -> Dataset {
    explorer_core::author::check::load(ARTICLE.as_bytes(), DATASET)
        .expect("valid")
        .1
}

fn ids(d: &Dataset, members: &[usize]) -> Vec<String> {
    members.iter().map(|&m| d.figures[m].id.clone()).collect()
}

#[test]
fn related_figures_form_groups_each_charted_per_unit() {
    let d = dataset();
    let groups = clusters(&d.figures, &d.relations);
    let named: Vec<Vec<String>> = groups.iter().map(|g| ids(&d, g)).collect();
    assert_eq!(
        named,
        [
            vec![
                "f-ruritania-killed-12",
                "f-borduria-no-casualties",
                "f-borduria-wounded-3",
                "f-hospital-wounded-5"
            ],
            vec!["f-ruritania-guards-2", "f-borduria-guards-9"],
        ]
    );
    assert_eq!(
        caption(&d.figures, &d.relations, &groups[0]),
        "What did the clash cost? (Killed / Casualties / Wounded)"
    );
    assert_eq!(
        caption(&d.figures, &d.relations, &groups[1]),
        "How many guards were killed? (Killed)"
    );
    // Each unit its own chart: killed, wounded and "no casualties" never
    // share a measure; their relations stay as text.
    let by_unit: Vec<(Unit, Vec<String>)> = charts(&d.figures, &groups[0])
        .into_iter()
        .map(|c| (c.unit, ids(&d, &c.members)))
        .collect();
    assert_eq!(
        by_unit,
        [
            (Unit::Killed, vec!["f-ruritania-killed-12".to_string()]),
            (
                Unit::Wounded,
                vec![
                    "f-borduria-wounded-3".to_string(),
                    "f-hospital-wounded-5".into(),
                ]
            ),
            (
                Unit::Casualties,
                vec!["f-borduria-no-casualties".to_string()]
            ),
        ]
    );
}

#[test]
fn the_groups_rows_read_as_the_table_shows_them() {
    let d = dataset();
    let lookup = Lookup::new(&d);
    let groups = clusters(&d.figures, &d.relations);
    let wounded = &charts(&d.figures, &groups[0])[1].members;
    let r = rows(&lookup, wounded);
    let table: Vec<(&str, &str, &str)> = r
        .iter()
        .map(|r| (r.who.as_str(), r.channel, r.wording.as_str()))
        .collect();
    assert_eq!(
        table,
        [
            ("Borduria's army", "Not stated", "3"),
            ("A Bordurian hospital", "Not stated", "5"),
        ]
    );
}

#[test]
fn only_groups_with_a_member_in_the_results_are_shown() {
    let d = dataset();
    let index = Index::new(&d);
    let all = || clusters(&d.figures, &d.relations);
    let everything = index.run(&Filters::default());
    assert_eq!(groups_in_results(all(), &index, &everything.items), all());
    let mut f = Filters::default();
    f.toggle(Facet::Unit, "wounded");
    let wounded = index.run(&f);
    assert_eq!(
        groups_in_results(all(), &index, &wounded.items),
        [all()[0].clone()]
    );
    assert!(groups_in_results(all(), &index, &[]).is_empty());
    // Statements alone (no figure among the results) show no group.
    let statements: Vec<usize> = (0..d.statements.len()).collect();
    assert!(groups_in_results(all(), &index, &statements).is_empty());
}

/// Each block's (start, end, item).
type PerBlock = Vec<Vec<(usize, usize, usize)>>;

fn blocks_and_items(d: &Dataset) -> (Vec<FlatBlock>, Index, PerBlock) {
    let blocks = flatten(&sections(ARTICLE, &d.article.section_heads));
    let index = Index::new(d);
    let per = items_per_block(&blocks, &index);
    (blocks, index, per)
}

#[test]
fn each_item_is_in_exactly_the_blocks_it_overlaps() {
    let d = dataset();
    let (blocks, index, per) = blocks_and_items(&d);
    assert_eq!(per.len(), blocks.len());
    for (b, fb) in blocks.iter().enumerate() {
        let expected: Vec<(usize, usize, usize)> = index
            .items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.start < fb.block.end && fb.block.start < it.end)
            .map(|(i, it)| (it.start, it.end, i))
            .collect();
        assert_eq!(per[b], expected, "block {b}");
    }
    // Every item lies in some block.
    let mut seen = vec![false; index.items.len()];
    for &(_, _, i) in per.iter().flatten() {
        seen[i] = true;
    }
    let orphans: Vec<&str> = (0..seen.len())
        .filter(|&i| !seen[i])
        .map(|i| index.items[i].id.as_str())
        .collect();
    assert!(orphans.is_empty(), "{orphans:?}");
}

#[test]
fn every_highlighted_item_is_anchored_once_at_its_first_segment() {
    let d = dataset();
    let (blocks, index, per) = blocks_and_items(&d);
    let segs: Vec<Vec<Segment>> = blocks
        .iter()
        .zip(&per)
        .map(|(fb, items)| segments((fb.block.start, fb.block.end), items, &[], None, |_| true))
        .collect();
    let flags = anchor_flags(&segs);
    let mut anchors = vec![0; index.items.len()];
    let mut first_seen = vec![false; index.items.len()];
    for (seg, flag) in segs.iter().flatten().zip(flags.iter().flatten()) {
        let Some(i) = seg.item else {
            assert!(!flag);
            continue;
        };
        assert_eq!(*flag, !first_seen[i], "{}", index.items[i].id);
        first_seen[i] = true;
        anchors[i] += *flag as usize;
    }
    assert!(anchors.iter().all(|&n| n <= 1));
    // With every item active, every item shows somewhere and is anchored.
    let unanchored: Vec<&str> = (0..anchors.len())
        .filter(|&i| anchors[i] == 0)
        .map(|i| index.items[i].id.as_str())
        .collect();
    assert!(unanchored.is_empty(), "{unanchored:?}");
}

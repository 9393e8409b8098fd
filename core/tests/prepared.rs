//! The exports prepared at build time (`publish::prepared`), joined as the
//! reader joins them (`read::exports`), are byte for byte the exports the
//! core writes directly: for every dataset in the repository and any subset
//! of its items, in index order, and any link.

use explorer_core::dataset::lookup::Lookup;
use explorer_core::dataset::model::Dataset;
use explorer_core::publish::cite::{annotation_json, citation};
use explorer_core::publish::export::{rows, to_csv, to_json, Provenance};
use explorer_core::publish::prepared::{prepare, Prepared};
use explorer_core::publish::selectors::{article_source, Anchoring};
use explorer_core::read::exports::{csv, json, with_link, JsonFrame};
use explorer_core::read::query::Index;
use proptest::prelude::*;

const HASH: &str = "0123abcd";

/// The fixture, the shipped article and the fictional one.
fn datasets() -> Vec<(String, Dataset)> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    ["tests/fixtures/core", "data", "data/fictional"]
        .iter()
        .map(|dir| {
            let read = |f: &str| std::fs::read(format!("{root}/{dir}/{f}")).expect("readable");
            let json = String::from_utf8(read("dataset.json")).expect("UTF-8");
            let (text, d) = explorer_core::author::check::load(&read("article.txt"), &json)
                .unwrap_or_else(|_| panic!("{dir} is valid"));
            (text, d)
        })
        .collect()
}

fn frame(p: &Prepared) -> JsonFrame<'_> {
    JsonFrame {
        head: &p.json_head,
        separator: &p.json_separator,
        tail: &p.json_tail,
        empty: &p.json_empty,
    }
}

/// Checks one subset of one dataset; `pick` chooses the items.
fn check(text: &str, d: &Dataset, pick: &dyn Fn(usize) -> bool, link: &str) {
    let l = Lookup::new(d);
    let index = Index::new(d);
    let anchoring = Anchoring::new(text, article_source(HASH));
    let provenance = Provenance::of(d, HASH);
    let p = prepare(&l, &index, &anchoring, provenance).expect("no link mark in the data");
    assert_eq!(p.items.len(), index.items.len());
    let chosen: Vec<usize> = (0..index.items.len()).filter(|&i| pick(i)).collect();
    let direct = rows(&l, &index, &chosen, &anchoring);
    let lines = chosen.iter().map(|&i| p.items[i].csv.as_str());
    assert_eq!(csv(&p.csv_header, lines), to_csv(&direct, provenance));
    let objects = chosen.iter().map(|&i| p.items[i].json.as_str());
    assert_eq!(json(frame(&p), objects), to_json(&direct, provenance));
    for &i in &chosen {
        let (item, id) = (&p.items[i], &index.items[i].id);
        assert_eq!(&item.id, id);
        let [a, b] = &item.citation;
        assert_eq!(
            Some(with_link(a, b, link, false)),
            citation(&l, id, link, provenance)
        );
        let [a, b] = &item.annotation;
        let direct = annotation_json(&l, &anchoring, id, link, provenance);
        assert_eq!(Some(with_link(a, b, link, true)), direct);
    }
}

#[test]
fn everything_nothing_and_each_single_item_match() {
    for (text, d) in datasets() {
        let n = Index::new(&d).items.len();
        check(&text, &d, &|_| true, "https://x.example/e/?sel=a");
        check(&text, &d, &|_| false, "L");
        for one in [0, n / 2, n - 1] {
            check(&text, &d, &|i| i == one, "L");
        }
    }
}

#[test]
fn a_removed_row_changes_the_export() {
    // The proof above could not pass by comparing an export with itself.
    let (text, d) = datasets().remove(0);
    let l = Lookup::new(&d);
    let index = Index::new(&d);
    let anchoring = Anchoring::new(&text, article_source(HASH));
    let provenance = Provenance::of(&d, HASH);
    let p = prepare(&l, &index, &anchoring, provenance).unwrap();
    let all: Vec<usize> = (0..index.items.len()).collect();
    let lines = p.items.iter().skip(1).map(|i| i.csv.as_str());
    assert_ne!(
        csv(&p.csv_header, lines),
        to_csv(&rows(&l, &index, &all, &anchoring), provenance)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_subset_and_link_match(
        which in 0usize..3,
        mask in proptest::collection::vec(any::<bool>(), 0..200),
        link in "https://[a-z]{1,8}\\.example/[a-z/]{0,10}\\?sel=[a-z0-9-]{1,20}|[ -~\u{1}\"\\\\]{0,30}",
    ) {
        let (text, d) = datasets().remove(which);
        check(&text, &d, &|i| mask.get(i).copied().unwrap_or(false), &link);
    }
}

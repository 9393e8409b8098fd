//! The studio's forms (`author::form`, `author::edit`, issue 28): every
//! dataset in the repository can be made from its article through them
//! alone, a selection becomes a quote with context only when it needs it,
//! renaming an id renames its references, and the file is written in the
//! schema's key order.

use explorer_core::author::candidates::segments;
use explorer_core::author::candidates::{candidates, place};
use explorer_core::author::check::check;
use explorer_core::author::edit::{
    byte_at_utf16, in_schema_order, item_at_byte, next_occurrence, span_of, FormEdit, ItemAt,
};
use explorer_core::author::form::{fields, form_fields, Input, Kind};
use explorer_core::author::schema::dataset_schema;
use explorer_core::author::session::{tidy, Edit, Session};
use proptest::prelude::*;
use serde_json::Value;

const FICTIONAL: (&str, &str) = (
    include_str!("../../data/fictional/article.txt"),
    include_str!("../../data/fictional/dataset.json"),
);
const SHIPPED: (&str, &str) = (
    include_str!("../../data/article.txt"),
    include_str!("../../data/dataset.json"),
);
const FIXTURE: (&str, &str) = (
    include_str!("../../tests/fixtures/core/article.txt"),
    include_str!("../../tests/fixtures/core/dataset.json"),
);

/// The order an author makes items in: what a field refers to first.
const ORDER: [Kind; 12] = [
    Kind::Side,
    Kind::Party,
    Kind::Person,
    Kind::Place,
    Kind::Time,
    Kind::Statement,
    Kind::Figure,
    Kind::Relation,
    Kind::NonClaim,
    Kind::OrdinaryCapital,
    Kind::ScareQuote,
    Kind::Correction,
];

/// A span as the studio makes it: from the selection of its passage.
fn reselected(article: &str, span: &Value) -> Value {
    let (start, end) = place(article, span).expect("the dataset's spans resolve");
    span_of(article, start, end).expect("a passage").0
}

/// A field's value as the author enters it through the form.
fn entered(article: &str, input: &Input, value: &Value) -> Value {
    match input {
        Input::Span => reselected(article, value),
        Input::Spans => Value::Array(
            value
                .as_array()
                .unwrap()
                .iter()
                .map(|s| reselected(article, s))
                .collect(),
        ),
        _ => value.clone(),
    }
}

fn fill(s: Session, article: &str, at: ItemAt, item: &Value) -> Session {
    let schema = dataset_schema();
    form_fields(&schema, at.def())
        .into_iter()
        .filter(|f| item.get(&f.name).is_some())
        .fold(s, |s, f| {
            let value = entered(article, &f.input, &item[&f.name]);
            let edit = FormEdit::Set {
                at,
                field: f.name.clone(),
                value,
                required: f.required,
            };
            let next = s.apply(Edit::Form(edit));
            assert_eq!(next.refused, None, "{at:?}.{}", f.name);
            next
        })
}

/// The dataset made again from its article through the forms alone.
fn remade(article: &str, dataset: &Value) -> Session {
    let mut s = Session::default().apply(Edit::Article(article.into()));
    s = fill(s, article, ItemAt::Top, dataset);
    s = fill(s, article, ItemAt::Article, &dataset["article"]);
    for kind in ORDER {
        for item in dataset[kind.collection()].as_array().into_iter().flatten() {
            let first = [&item["span"], &item["spans"][0], &item["aliases"][0]]
                .into_iter()
                .find_map(|span| place(article, span));
            let selection = first.filter(|_| kind.from_selection() || kind == Kind::Party);
            s = s.apply(Edit::Form(FormEdit::New { kind, selection }));
            assert_eq!(s.refused, None, "new {kind:?}");
            let at = s.shown.expect("the new item is shown");
            s = fill(s, article, at, item);
        }
    }
    s
}

#[test]
fn every_dataset_in_the_repository_can_be_made_through_the_forms() {
    for (article, text) in [FICTIONAL, FIXTURE, SHIPPED] {
        let mut dataset: Value = serde_json::from_str(text).unwrap();
        let s = remade(article, &dataset);
        let mut made: Value = serde_json::from_str(&s.now.dataset).unwrap();
        let log = |d: &Value| d["corrections"].as_array().cloned().unwrap_or_default();
        assert_eq!(log(&made), log(&dataset));
        // The log's seal hashes the file's values as written (a field left
        // out and one written empty differ); the items are compared here.
        for d in [&mut made, &mut dataset] {
            d.as_object_mut().unwrap().shift_remove("corrections");
            d["version"] = "1".into();
        }
        let model = |d: &Value| {
            let json = serde_json::to_string(d).unwrap();
            check(article.as_bytes(), &json)
                .unwrap_or_else(|e| panic!("{e:#?}"))
                .1
        };
        assert_eq!(model(&made), model(&dataset));
        // One undo step per form edit, and redo walks them back.
        let mut back = s.clone();
        for _ in 0..10 {
            let before = back.now.clone();
            back = back.apply(Edit::Undo);
            assert_ne!(back.now, before);
        }
        for _ in 0..10 {
            back = back.apply(Edit::Redo);
        }
        assert_eq!(back.now, s.now);
    }
}

#[test]
fn the_file_is_written_in_the_schemas_order_and_a_change_is_a_small_diff() {
    let (article, text) = FICTIONAL;
    let schema = dataset_schema();
    let dataset: Value = serde_json::from_str(text).unwrap();
    let s = Session::default().apply(Edit::Open {
        article: Some(article.into()),
        dataset: Some(text.into()),
    });
    let set = |s: &Session, value: &str| {
        s.apply(Edit::Form(FormEdit::Set {
            at: ItemAt::Item(Kind::Figure, 0),
            field: "counts".into(),
            value: value.into(),
            required: true,
        }))
    };
    let once = set(&s, "civilians killed");
    let twice = set(&once, "civilians killed near Tavel");
    let changed: Vec<_> = once
        .now
        .dataset
        .lines()
        .zip(twice.now.dataset.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        once.now.dataset.lines().count(),
        twice.now.dataset.lines().count()
    );
    let written: Value = serde_json::from_str(&once.now.dataset).unwrap();
    assert_eq!(in_schema_order(&written, &schema), written);
    let figure = written["figures"][0].as_object().unwrap();
    let keys: Vec<&str> = figure.keys().map(String::as_str).collect();
    let order: Vec<String> = fields(&schema, "Figure")
        .into_iter()
        .map(|f| f.name)
        .collect();
    let mut expected: Vec<&str> = order.iter().map(String::as_str).collect();
    expected.retain(|k| figure.contains_key(*k));
    assert_eq!(keys, expected);
    assert_ne!(dataset["figures"][0], written["figures"][0]);
}

#[test]
fn tidying_orders_keys_only_and_twice_is_once() {
    for (_, text) in [FICTIONAL, FIXTURE, SHIPPED] {
        let tidied = tidy(text).unwrap();
        let (a, b): (Value, Value) = (
            serde_json::from_str(text).unwrap(),
            serde_json::from_str(&tidied).unwrap(),
        );
        assert_eq!(a, b, "the same values");
        assert_eq!(tidy(&tidied).unwrap(), tidied);
    }
    assert_eq!(tidy("{ broken"), None);
}

#[test]
fn renaming_an_id_renames_every_reference_to_it() {
    let (article, text) = FICTIONAL;
    let dataset: Value = serde_json::from_str(text).unwrap();
    let party = dataset["parties"].as_array().unwrap().iter().position(|p| {
        let id = p["id"].as_str().unwrap();
        text.matches(&format!("\"{id}\"")).count() > 2
    });
    let index = party.expect("a party referred to");
    let old = dataset["parties"][index]["id"].as_str().unwrap();
    let s = Session::default()
        .apply(Edit::Open {
            article: Some(article.into()),
            dataset: Some(text.into()),
        })
        .apply(Edit::Form(FormEdit::Set {
            at: ItemAt::Item(Kind::Party, index),
            field: "id".into(),
            value: "renamed".into(),
            required: true,
        }));
    assert!(!s.now.dataset.contains(&format!("\"{old}\"")));
    check(article.as_bytes(), &s.now.dataset).expect("still valid");
}

#[test]
fn a_form_edit_on_a_broken_file_is_refused_and_changes_nothing() {
    let s = Session::default().apply(Edit::Dataset("{\"version\": ".into()));
    let after = s.apply(Edit::Form(FormEdit::New {
        kind: Kind::Side,
        selection: None,
    }));
    assert!(after.refused.as_deref().unwrap().contains("line 1"));
    assert_eq!(after.now, s.now);
    let empty = Session::default().apply(Edit::Form(FormEdit::New {
        kind: Kind::Statement,
        selection: None,
    }));
    assert!(empty.refused.unwrap().contains("Select"));
}

#[test]
fn new_from_a_reference_list_makes_the_item_and_points_to_it() {
    let (article, text) = FICTIONAL;
    let s = Session::default().apply(Edit::Open {
        article: Some(article.into()),
        dataset: Some(text.into()),
    });
    let at = ItemAt::Item(Kind::Statement, 0);
    let new = |field: &str, kind| {
        s.apply(Edit::Form(FormEdit::NewFor {
            kind,
            selection: None,
            at,
            field: field.into(),
        }))
    };
    let about = new("about", Kind::Party);
    let d: Value = serde_json::from_str(&about.now.dataset).unwrap();
    let parties = d["parties"].as_array().unwrap();
    let id = &parties.last().unwrap()["id"];
    assert!(d["statements"][0]["about"].as_array().unwrap().contains(id));
    assert_eq!(
        about.shown,
        Some(ItemAt::Item(Kind::Party, parties.len() - 1))
    );
    let speaker = new("speaker", Kind::Party);
    let d: Value = serde_json::from_str(&speaker.now.dataset).unwrap();
    assert_eq!(
        &d["statements"][0]["speaker"],
        &d["parties"].as_array().unwrap().last().unwrap()["id"]
    );
    let person = new("speaker", Kind::Person);
    assert!(person.refused.is_some() && person.now == s.now);
}

#[test]
fn accepted_candidates_are_no_longer_proposed() {
    let (article, _) = FICTIONAL;
    let empty = Value::Object(Default::default());
    let all = candidates(article, &empty);
    assert!(all.iter().any(|c| c.kind == Kind::Statement));
    assert!(all.windows(2).all(|w| w[0].start <= w[1].start));
    let first = all[0].clone();
    let s = Session::default()
        .apply(Edit::Article(article.into()))
        .apply(Edit::Form(FormEdit::Accept {
            kind: first.kind,
            item: first.item.clone(),
        }));
    let dataset: Value = serde_json::from_str(&s.now.dataset).unwrap();
    let left = candidates(article, &dataset);
    assert_eq!(left.len(), all.len() - 1);
    assert!(!left.contains(&first));
}

#[test]
fn selections_in_utf16_units_are_bytes_of_the_text() {
    let text = "a“b”\u{1F600}c";
    let units: Vec<usize> = (0..=text.encode_utf16().count()).collect();
    let bytes: Vec<usize> = units.iter().map(|&u| byte_at_utf16(text, u)).collect();
    // Unit 5 is inside the emoji's pair: the selection snaps past it.
    assert_eq!(bytes, [0, 1, 4, 5, 8, 12, 12, 13]);
    let findings = "{\n  \"sides\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\"}\n  ]\n}";
    let b = findings.find("\"b\"").unwrap();
    assert_eq!(item_at_byte(findings, b), Some(ItemAt::Item(Kind::Side, 1)));
}

#[test]
fn finding_words_goes_to_the_next_place_and_round_again() {
    let text = "a cat, a dog, a cat";
    assert_eq!(next_occurrence(text, " cat ", 0), Some((2, 5)));
    assert_eq!(next_occurrence(text, "cat", 3), Some((16, 19)));
    assert_eq!(next_occurrence(text, "cat", 17), Some((2, 5)));
    assert_eq!(next_occurrence(text, "cow", 0), None);
    assert_eq!(next_occurrence(text, "  ", 0), None);
}

fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

proptest! {
    /// Any selection becomes a quote that names exactly the selected words
    /// (spaces at its edges trimmed), with context only when the words
    /// alone occur more than once.
    #[test]
    fn a_selection_becomes_a_quote_of_exactly_its_words(a in 0usize..4000, b in 0usize..4000) {
        let article = FICTIONAL.0;
        let at = boundaries(article);
        let (s, e) = (at[a % at.len()], at[b % at.len()]);
        let (s, e) = (s.min(e), s.max(e));
        if let Some((span, quote)) = span_of(article, s, e) {
            let (start, end) = place(article, &span).expect("it resolves");
            prop_assert_eq!(&article[start..end], article[s..e].trim());
            prop_assert_eq!(quote.as_str(), article[s..e].trim());
            let alone = serde_json::json!({"quote": quote});
            let context = span.get("prefix").is_some() || span.get("suffix").is_some();
            prop_assert_eq!(context, place(article, &alone) != Some((start, end)));
        } else {
            prop_assert!(article[s..e].trim().is_empty());
        }
    }

    /// The studio's marks cut the text into pieces that cover it in order,
    /// each marked by exactly the passages over it.
    #[test]
    fn marks_cover_the_text_in_order(
        ranges in proptest::collection::vec((0usize..50, 0usize..50), 0..8),
        split in 0usize..8,
    ) {
        let ranges: Vec<(usize, usize)> = ranges.into_iter().map(|(a, b)| (a.min(b), a.max(b))).collect();
        let (items, cands) = ranges.split_at(split.min(ranges.len()));
        let pieces = segments(50, items, cands);
        prop_assert_eq!(pieces.first().map(|p| p.start), Some(0));
        prop_assert_eq!(pieces.last().map(|p| p.end), Some(50));
        for w in pieces.windows(2) {
            prop_assert_eq!(w[0].end, w[1].start);
        }
        for p in &pieces {
            for (i, r) in items.iter().enumerate() {
                let covers = r.0 <= p.start && p.end <= r.1;
                prop_assert_eq!(covers, p.items.contains(&i));
            }
        }
    }
}

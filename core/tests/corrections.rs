//! The correction log cannot be skipped: the newest correction records the
//! data's content hash (`explorer_core::author::seal`), and `check` (build.rs and
//! `explorer check`) fails on any edit that comes without a new entry,
//! saying how to add one and printing the hash to paste.

use explorer_core::author::check::check;
use explorer_core::author::quotes::{resolve_all, to_pretty};
use explorer_core::author::seal::content_hash;
use serde_json::{json, Value};

const ARTICLE: &str = include_str!("../../data/article.txt");
const DATASET: &str = include_str!("../../data/dataset.json");

fn value() -> Value {
    serde_json::from_str(DATASET).unwrap()
}

fn checks(json: &str) -> Result<(), Vec<explorer_core::author::diagnostics::Diagnostic>> {
    check(ARTICLE.as_bytes(), json).map(|_| ())
}

/// The shipped data with one note edited, as a careless correction would.
fn edited() -> Value {
    let mut v = value();
    let note = v["relations"][0]["note"].as_str().unwrap().to_string();
    v["relations"][0]["note"] = Value::String(format!("{note} Edited."));
    v
}

#[test]
fn the_shipped_log_is_sealed() {
    checks(DATASET).unwrap();
    let newest = value()["corrections"].as_array().unwrap().last().cloned();
    assert!(newest.is_some_and(|c| c["content_hash"].is_string()));
}

#[test]
fn an_edit_without_an_entry_fails_and_says_how_to_add_one() {
    let v = edited();
    let mut resolved = v.clone();
    assert!(resolve_all(&mut resolved, ARTICLE).is_empty());
    let hash = content_hash(ARTICLE.as_bytes(), &resolved);
    let problems = checks(&to_pretty(&v)).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert!(
        p.reason.contains("changed since the newest correction"),
        "{}",
        p.reason
    );
    let help = p.help.join("\n");
    assert!(
        help.contains("add one at the end of `corrections`"),
        "{help}"
    );
    assert!(help.contains("raise `version`"), "{help}");
    assert!(
        help.contains(&format!("\"content_hash\": \"{hash}\"")),
        "{help}"
    );
    // The entry the message asks for, with the hash it prints: valid again.
    let mut fixed = v;
    fixed["version"] = json!("next");
    fixed["corrections"]
        .as_array_mut()
        .unwrap()
        .push(json!({"date": "2026-12-07", "change": "A note edited.", "reason": "A test.", "content_hash": hash}));
    checks(&to_pretty(&fixed)).unwrap();
}

#[test]
fn an_edited_article_fails_too() {
    let article = format!("{ARTICLE}\n");
    let problems = check(article.as_bytes(), DATASET).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.reason.contains("changed since the newest correction")),
        "{problems:?}"
    );
}

#[test]
fn a_newest_entry_with_no_hash_fails() {
    let mut v = value();
    let log = v["corrections"].as_array_mut().unwrap();
    log.last_mut()
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("content_hash");
    let problems = checks(&to_pretty(&v)).unwrap_err();
    assert!(
        problems[0].reason.contains("records no content hash"),
        "{problems:?}"
    );
    // Deleting the log does not skip it: a later version needs one.
    v["corrections"] = json!([]);
    let problems = checks(&to_pretty(&v)).unwrap_err();
    assert!(
        problems[0].reason.contains("has no correction log"),
        "{problems:?}"
    );
    // A first version, with no log at all, needs no seal.
    v["version"] = json!("1");
    checks(&to_pretty(&v)).unwrap();
}

#[test]
fn layout_key_order_span_form_and_the_log_itself_do_not_change_the_hash() {
    let hash = |v: &Value| {
        let mut v = v.clone();
        assert!(resolve_all(&mut v, ARTICLE).is_empty());
        content_hash(ARTICLE.as_bytes(), &v)
    };
    let v = value();
    let shipped = hash(&v);
    // Compact, without the pretty layout.
    let compact: Value = serde_json::from_str(&serde_json::to_string(&v).unwrap()).unwrap();
    assert_eq!(hash(&compact), shipped);
    // Keys in another order.
    let mut reordered = v.clone();
    let article = reordered
        .as_object_mut()
        .unwrap()
        .shift_remove("article")
        .unwrap();
    reordered
        .as_object_mut()
        .unwrap()
        .insert("article".into(), article);
    assert_eq!(hash(&reordered), shipped);
    // Spans as offsets instead of quotes.
    let mut offsets = v.clone();
    assert!(resolve_all(&mut offsets, ARTICLE).is_empty());
    assert_eq!(hash(&offsets), shipped);
    checks(&to_pretty(&offsets)).unwrap();
    // The version and the log are left out.
    let mut relogged = v.clone();
    relogged["version"] = json!("99");
    relogged["corrections"][0]["reason"] = json!("Reworded.");
    assert_eq!(hash(&relogged), shipped);
    // So is the pointer to the JSON Schema, for editors.
    let mut pointed = v.clone();
    pointed["$schema"] = json!("elsewhere/dataset.schema.json");
    assert_eq!(hash(&pointed), shipped);
    pointed.as_object_mut().unwrap().shift_remove("$schema");
    assert_eq!(hash(&pointed), shipped);
    assert_ne!(hash(&edited()), shipped);
}

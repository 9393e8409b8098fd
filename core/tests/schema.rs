//! The JSON Schema of dataset.json: generated from the model's types and
//! committed as `schema/dataset.schema.json` (rewrite it with
//! `UPDATE_SNAPSHOT=1 cargo test -p explorer-core --test schema`), and
//! `check`'s walk against it, which reports every problem in one run.

use explorer_core::author::schema::{
    dataset_schema_text, reference_markdown, schema_errors, REFERENCE_PATH, SCHEMA_PATH,
};

fn repo_file(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

/// The committed file equals the one generated now, or is rewritten.
fn committed(path: &str, now: &str) {
    let file = repo_file(path);
    if std::env::var_os("UPDATE_SNAPSHOT").is_some() {
        std::fs::write(&file, now).unwrap();
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        now == committed,
        "{path} is stale: the model changed; rewrite it with \
         UPDATE_SNAPSHOT=1 cargo test -p explorer-core --test schema and review the diff"
    );
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    committed(SCHEMA_PATH, &dataset_schema_text());
}

#[test]
fn both_shipped_datasets_match_the_schema() {
    for dir in ["data", "data/fictional"] {
        let json = std::fs::read_to_string(repo_file(&format!("{dir}/dataset.json"))).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(schema_errors(&v), vec![], "{dir}");
    }
}

#[test]
fn the_committed_reference_is_the_generated_one() {
    committed(REFERENCE_PATH, &reference_markdown());
}

#[test]
fn the_reference_gives_every_field_and_value_a_meaning() {
    let reference = reference_markdown();
    let rows: Vec<&str> = reference.lines().filter(|l| l.starts_with("| `")).collect();
    assert!(rows.len() > 100, "{} rows", rows.len());
    for row in rows {
        let meaning = row.trim_end_matches('|').rsplit('|').next().unwrap().trim();
        assert!(!meaning.is_empty(), "no meaning: {row}");
    }
    for value in [
        "`repeats`",
        "`others`",
        "`town`",
        "`region`",
        "`part`",
        "`subjects`",
    ] {
        assert!(reference.contains(value), "{value}");
    }
}

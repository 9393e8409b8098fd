//! The correction log's seal: the newest correction records a content hash
//! of the article and the dataset (everything but the log and the version),
//! and `check` fails when the data no longer matches it, so no change to
//! the data can ship without an entry saying what changed and why.
//!
//! The hash, as `docs/corrections.md` defines it: SHA-256, as 64 lower-case
//! hex digits, over the article's bytes, one 0x00 byte, then the dataset's
//! canonical JSON: the parsed dataset with its spans resolved to
//! `{start, end, text}` (so a quote and its offsets hash alike), the keys
//! `version`, `corrections` and `$schema` (a pointer for editors, no data)
//! removed from the top level, every object's
//! keys sorted, no whitespace. Whitespace, key order and the way a span is
//! written do not change it; any value does.
//!
//! Part of the authoring tools (build.rs and `explorer check`): the
//! reader's wasm carries no hashing code for it.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::author::diagnostics::Diagnostic;
use crate::author::source::{locate, JsonPath, PathSeg};
use crate::dataset::model::Dataset;

/// The content hash of `article` and `resolved`, the dataset's JSON with
/// its quotes resolved (see the module's doc).
pub fn content_hash(article: &[u8], resolved: &Value) -> String {
    let mut canonical = String::new();
    match resolved {
        Value::Object(map) => {
            let mut rest = map.clone();
            rest.shift_remove("version");
            rest.shift_remove("corrections");
            rest.shift_remove("$schema");
            write_canonical(&Value::Object(rest), &mut canonical);
        }
        other => write_canonical(other, &mut canonical),
    }
    let mut hasher = Sha256::new();
    hasher.update(article);
    hasher.update([0u8]);
    hasher.update(canonical.as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compact JSON with every object's keys in sorted order.
fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// A problem when the dataset has a correction log whose newest entry does
/// not record `hash`, or a version past the first with no log at all. A
/// first version with no corrections needs no seal.
pub fn verify(d: &Dataset, hash: &str, json: &str) -> Option<Diagnostic> {
    let Some(newest) = d.corrections.len().checked_sub(1) else {
        return (d.version != "1").then(|| unlogged_version(d, json));
    };
    let recorded = d.corrections[newest].content_hash.as_deref();
    if recorded == Some(hash) {
        return None;
    }
    let path = JsonPath(vec![
        PathSeg::Key("corrections".into()),
        PathSeg::Index(newest),
    ]);
    let at = locate(json, &path.child(PathSeg::Key("content_hash".into())))
        .or_else(|| locate(json, &path));
    let reason = match recorded {
        None => "the newest correction records no content hash".to_string(),
        Some(r) => format!(
            "the data changed since the newest correction (it records content hash {r}, the data now hashes to {hash})"
        ),
    };
    Some(Diagnostic {
        item: format!("correction {}", newest + 1),
        reason,
        dataset_at: at,
        article_at: None,
        help: vec![
            "every change to the data gets an entry in the correction log: add one at the end of `corrections` with `date` (YYYY-MM-DD), `change` (what changed) and `reason` (why), and raise `version`".into(),
            format!("then give the new entry \"content_hash\": \"{hash}\" (this hash leaves out `version` and `corrections`, so it stays valid)"),
        ],
    })
}

/// A version past the first whose correction log is gone or was never kept.
fn unlogged_version(d: &Dataset, json: &str) -> Diagnostic {
    Diagnostic {
        item: "version".into(),
        reason: format!(
            "version {} has no correction log: only a first version (\"1\") may have none",
            d.version
        ),
        dataset_at: locate(json, &JsonPath(vec![PathSeg::Key("version".into())])),
        article_at: None,
        help: vec![
            "keep every correction since version 1 in `corrections`, the newest last with its `content_hash`".into(),
        ],
    }
}

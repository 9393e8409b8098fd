//! The one pipeline from an article folder's two files to a valid dataset,
//! shared by `build.rs` and the `explorer check` command, so they cannot
//! disagree: UTF-8, JSON syntax, TODOs left by `draft`, quotes resolved to
//! offsets, the schema (every problem at once, `schema`), every rule of `validate`, then (native only) the
//! correction log's seal (`seal`). Each problem comes
//! with where it is (a byte in dataset.json, a byte in article.txt) and a
//! suggested fix; `diagnostics::render` prints them.

use serde_json::Value;

use crate::author::diagnostics::Diagnostic;
use crate::author::quotes::{resolve_all, QuoteError, QuoteErrorKind};
use crate::author::schema::{schema_errors, SchemaError};
use crate::author::source::{locate, locate_key, JsonPath, PathSeg};
use crate::author::validate::{todos, validate, Problem};
use crate::dataset::model::Dataset;

/// Checks an article folder's files; the article and the resolved dataset
/// when every rule holds.
pub fn check(article: &[u8], json: &str) -> Result<(String, Dataset), Vec<Diagnostic>> {
    let text = String::from_utf8(article.to_vec()).map_err(|e| {
        vec![Diagnostic {
            item: "article".into(),
            reason: format!(
                "is not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            ..Diagnostic::default()
        }]
    })?;
    let mut value: Value = serde_json::from_str(json).map_err(|e| vec![syntax_error(&e, json)])?;
    let mut out: Vec<Diagnostic> = todos(&value)
        .into_iter()
        .map(|(path, p)| at_path(p, json, &path))
        .collect();
    let has_todos = !out.is_empty();
    // Every schema problem at once, on the file as written (spans as quotes).
    let schema_errors = schema_errors(&value);
    let schema_ok = schema_errors.is_empty();
    out.extend(schema_errors.iter().map(|e| schema_diagnostic(e, json)));
    let quote_errors = resolve_all(&mut value, &text);
    // A malformed quote (an unknown key) is already a schema error.
    let quote_errors: Vec<&QuoteError> = quote_errors
        .iter()
        .filter(|q| schema_ok || !matches!(q.kind, QuoteErrorKind::Malformed(_)))
        .collect();
    if !quote_errors.is_empty() || !schema_ok {
        let ids = ids_by_path(&value);
        out.extend(
            quote_errors
                .iter()
                .map(|q| quote_error(q, &text, json, &ids)),
        );
        return Err(out);
    }
    // `$schema` names the schema for editors: no data (and no part of the seal).
    if let Some(map) = value.as_object_mut() {
        map.shift_remove("$schema");
    }
    let seal = crate::author::seal::content_hash(article, &value);
    let dataset: Dataset = match serde_path_to_error::deserialize(value) {
        Ok(d) => d,
        // A TODO in place of a value: already reported above.
        Err(_) if has_todos => return Err(out),
        Err(e) => {
            out.push(schema_error(&e, json));
            return Err(out);
        }
    };
    if let Err(problems) = validate(&text, &dataset) {
        let problems = problems
            .into_iter()
            .filter(|p| !(has_todos && p.reason.contains("\"TODO")));
        out.extend(problems.map(|p| crate::author::explain::explain(p, &text, json, &dataset)));
    }
    // The seal last: while other problems remain, the data is not done.
    if out.is_empty() {
        out.extend(crate::author::seal::verify(&dataset, &seal, json));
    }
    if out.is_empty() {
        Ok((text, dataset))
    } else {
        Err(out)
    }
}

fn at_path(p: Problem, json: &str, path: &JsonPath) -> Diagnostic {
    Diagnostic {
        item: p.item,
        reason: p.reason,
        dataset_at: locate(json, path),
        help: vec!["write what the TODO asks for in its place".into()],
        ..Diagnostic::default()
    }
}

fn syntax_error(e: &serde_json::Error, json: &str) -> Diagnostic {
    let start = crate::author::source::line_start(json, e.line());
    let mut at = (start + e.column().saturating_sub(1)).min(json.len());
    while !json.is_char_boundary(at) {
        at -= 1;
    }
    let mut help = vec!["dataset.json must be JSON: look just before this point for a missing comma, quote or bracket".to_string()];
    let before = json[..at].trim_end();
    if before.ends_with(',') && json[at..].trim_start().starts_with(['}', ']']) {
        help = vec![
            "remove the comma before the closing bracket (JSON allows no trailing comma)".into(),
        ];
    }
    let message = e.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    Diagnostic {
        item: "dataset".into(),
        reason: format!("JSON syntax error: {message}"),
        dataset_at: Some(at),
        help,
        ..Diagnostic::default()
    }
}

/// A schema problem found by the walk, at its key (an unknown field) or value.
fn schema_diagnostic(e: &SchemaError, json: &str) -> Diagnostic {
    let at = if e.at_key {
        locate_key(json, &e.path)
    } else {
        locate(json, &e.path)
    };
    let place = at
        .map(|b| crate::author::source::line_col(json, b))
        .map(|(l, c)| format!(" (line {l}, column {c})"))
        .unwrap_or_default();
    let path = if e.path.0.is_empty() {
        "the top level".to_string()
    } else {
        e.path.to_string()
    };
    Diagnostic {
        item: "dataset".into(),
        reason: format!("does not match the schema at {path}{place}: {}", e.message),
        dataset_at: at,
        help: e.help.clone(),
        ..Diagnostic::default()
    }
}

fn schema_error(e: &serde_path_to_error::Error<serde_json::Error>, json: &str) -> Diagnostic {
    let path = JsonPath(
        e.path()
            .iter()
            .filter_map(|s| match s {
                serde_path_to_error::Segment::Seq { index } => Some(PathSeg::Index(*index)),
                serde_path_to_error::Segment::Map { key } => Some(PathSeg::Key(key.clone())),
                _ => None,
            })
            .collect(),
    );
    let at = locate(json, &path);
    let place = at
        .map(|b| crate::author::source::line_col(json, b))
        .map(|(l, c)| format!(" (line {l}, column {c})"))
        .unwrap_or_default();
    let inner = e.inner().to_string();
    let mut help = Vec::new();
    if let Some(s) = crate::author::explain::closest_expected(&inner) {
        help.push(format!("did you mean `{s}`?"));
    }
    Diagnostic {
        item: "dataset".into(),
        reason: format!("does not match the schema at {path}{place}: {inner}"),
        dataset_at: at,
        help,
        ..Diagnostic::default()
    }
}

/// For each quote error's path, the id of the item it belongs to.
fn ids_by_path(value: &Value) -> impl Fn(&JsonPath) -> Option<String> + '_ {
    move |path: &JsonPath| {
        let mut node = value;
        let mut id = None;
        for seg in &path.0 {
            if let Some(s) = node.get("id").and_then(Value::as_str) {
                id = Some(s.to_string());
            }
            node = match seg {
                PathSeg::Key(k) => node.get(k)?,
                PathSeg::Index(i) => node.get(i)?,
            };
        }
        id
    }
}

fn quote_error(
    q: &&QuoteError,
    text: &str,
    json: &str,
    ids: &impl Fn(&JsonPath) -> Option<String>,
) -> Diagnostic {
    let item = match ids(&q.path) {
        Some(id) => format!("{} (\"{id}\")", q.path),
        None => q.path.to_string(),
    };
    let mut d = crate::author::explain::quote(q, text);
    d.item = item;
    d.dataset_at = locate(json, &q.path.child(PathSeg::Key("quote".into())));
    d
}

/// Reads the article bytes and the dataset JSON (spans may be written as
/// quotes, see `quotes`), each failure as one message: `check` without the
/// places and fixes.
pub fn load(article: &[u8], dataset_json: &str) -> Result<(String, Dataset), Vec<Problem>> {
    check(article, dataset_json).map_err(|ds| ds.iter().map(Diagnostic::problem).collect())
}

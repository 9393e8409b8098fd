//! The JSON Schema of `dataset.json`, generated from the model's types
//! (`schemars`; the doc comments become its descriptions), and the walk
//! that holds a parsed `dataset.json` against it, collecting every problem
//! in one run: unknown fields (with the closest known one), missing fields,
//! wrong types and values outside an enum. `check` runs the walk before it
//! deserializes, so serde's first error is never the only one.
//!
//! The schema describes the file as a person writes it: a span is a quote
//! (`{"quote", "prefix"?, "suffix"?}`) or offsets (`{"start", "end",
//! "text"}`), and the top level may name the schema with `$schema`.
//! Committed as `schema/dataset.schema.json`; `core/tests/schema.rs` fails
//! when it is stale.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};

use crate::author::source::{JsonPath, PathSeg};
use crate::dataset::model::{Dataset, Span};

/// Where the committed schema sits, from the repository's root.
pub const SCHEMA_PATH: &str = "schema/dataset.schema.json";

impl JsonSchema for Span {
    fn schema_name() -> Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A passage of the article: a quote of its words (with a prefix or suffix only when the words occur more than once), or byte offsets with the text.",
            "anyOf": [
                {
                    "type": "object",
                    "description": "The passage's exact words, as a quote.",
                    "properties": {
                        "quote": {"type": "string", "minLength": 1, "description": "The passage's exact words."},
                        "prefix": {"type": "string", "description": "Words just before it, when the quote alone occurs more than once."},
                        "suffix": {"type": "string", "description": "Words just after it, when the quote alone occurs more than once."}
                    },
                    "required": ["quote"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "description": "The passage as byte offsets into the UTF-8 text, with its text.",
                    "properties": {
                        "start": {"type": "integer", "minimum": 0, "description": "Byte offset of its first byte."},
                        "end": {"type": "integer", "minimum": 0, "description": "Byte offset just past its last byte."},
                        "text": {"type": "string", "description": "The text between the two offsets."}
                    },
                    "required": ["start", "end", "text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// The schema, generated once per thread (the studio's forms read it on
/// every edit).
pub fn cached_schema() -> &'static Value {
    thread_local! {
        static SCHEMA: &'static Value = Box::leak(Box::new(dataset_schema()));
    }
    SCHEMA.with(|s| *s)
}

/// The JSON Schema of `dataset.json` (draft 2020-12).
pub fn dataset_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<Dataset>().to_value();
    let root = schema.as_object_mut().expect("a schema is an object");
    root.insert("title".into(), "dataset.json".into());
    if let Some(Value::Object(props)) = root.get_mut("properties") {
        let mut with_schema = Map::new();
        with_schema.insert(
            "$schema".into(),
            serde_json::json!({
                "type": "string",
                "description": "Where this schema is, for editors that validate and complete the file (a path relative to the file). Not part of the data."
            }),
        );
        with_schema.append(props);
        *props = with_schema;
    }
    schema
}

/// The committed schema's text: pretty JSON and a final newline.
pub fn dataset_schema_text() -> String {
    serde_json::to_string_pretty(&dataset_schema()).expect("a schema serializes") + "\n"
}

/// One place where a dataset does not match the schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaError {
    pub path: JsonPath,
    /// True when the fault is the key at `path` (an unknown field), not its value.
    pub at_key: bool,
    pub message: String,
    pub help: Vec<String>,
}

/// Fields that are no part of a dataset but have a known story: an older
/// format's, or the draft's worklist; each with what to do instead.
const KNOWN_STRAYS: [(&str, &str); 2] = [
    (
        "contradicts",
        "`contradicts` is a field of an older format: claims relate through the top-level `relations` now: {\"kind\": \"contradicts\", \"from\": …, \"to\": …, \"note\": …}",
    ),
    (
        "names",
        "`names` is the draft's list of names to sort: move each to people, parties (as aliases), places or ordinary_capitals, then delete `names`",
    ),
];

/// Every place where `value` (a parsed `dataset.json`, spans as written)
/// does not match the schema. Strings starting with "TODO" (left by
/// `draft`) are taken as placeholders: `check` reports them itself.
pub fn schema_errors(value: &Value) -> Vec<SchemaError> {
    let schema = dataset_schema();
    let mut walk = Walk {
        root: &schema,
        out: Vec::new(),
    };
    walk.value(&schema, value, &JsonPath::default());
    walk.out
}

struct Walk<'s> {
    root: &'s Value,
    out: Vec<SchemaError>,
}

impl<'s> Walk<'s> {
    fn resolve(&self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .strip_prefix("#/$defs/")
                .and_then(|name| self.root.get("$defs")?.get(name))
                .map_or(schema, |s| self.resolve(s)),
            None => schema,
        }
    }

    fn error(&mut self, path: &JsonPath, message: String, help: Vec<String>) {
        self.out.push(SchemaError {
            path: path.clone(),
            at_key: false,
            message,
            help,
        });
    }

    fn value(&mut self, schema: &'s Value, v: &Value, path: &JsonPath) {
        let schema = self.resolve(schema);
        if v.as_str().is_some_and(|s| s.starts_with("TODO")) {
            return;
        }
        if let Some(branches) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            return self.branches(branches, v, path);
        }
        if let Some(allowed) = enum_values(schema) {
            return self.enumerated(&allowed, v, path);
        }
        if let Some(expected) = schema.get("type") {
            if !type_matches(expected, v) {
                let message = format!(
                    "invalid type: {}, expected {}",
                    kind_of(v),
                    expected_of(expected)
                );
                return self.error(path, message, Vec::new());
            }
        }
        match v {
            Value::Object(map) => self.object(schema, map, path),
            Value::Array(items) => {
                if let Some(item) = schema.get("items") {
                    for (i, x) in items.iter().enumerate() {
                        self.value(item, x, &path.child(PathSeg::Index(i)));
                    }
                }
            }
            Value::String(s) => {
                let min = schema.get("minLength").and_then(Value::as_u64);
                if min.is_some_and(|m| (s.chars().count() as u64) < m) {
                    self.error(path, "must not be empty".into(), Vec::new());
                }
            }
            Value::Number(n) => {
                let min = schema.get("minimum").and_then(Value::as_f64);
                if let Some(m) = min.filter(|m| n.as_f64().is_some_and(|x| x < *m)) {
                    self.error(path, format!("{n} is below the minimum, {m}"), Vec::new());
                }
            }
            _ => {}
        }
    }

    /// `oneOf`/`anyOf`: a set of named values, or alternatives of which the
    /// value must match one (the closest one's problems are reported).
    fn branches(&mut self, branches: &'s [Value], v: &Value, path: &JsonPath) {
        let resolved: Vec<&Value> = branches.iter().map(|b| self.resolve(b)).collect();
        let names: Option<Vec<Value>> = resolved
            .iter()
            .map(|b| enum_values(b))
            .collect::<Option<Vec<_>>>()
            .map(|vs| vs.concat());
        if let Some(allowed) = names {
            return self.enumerated(&allowed, v, path);
        }
        let mut best: Option<Vec<SchemaError>> = None;
        for b in branches {
            let mut sub = Walk {
                root: self.root,
                out: Vec::new(),
            };
            sub.value(b, v, path);
            if sub.out.is_empty() {
                return;
            }
            if best.as_ref().is_none_or(|e| sub.out.len() < e.len()) {
                best = Some(sub.out);
            }
        }
        self.out.extend(best.unwrap_or_default());
    }

    fn enumerated(&mut self, allowed: &[Value], v: &Value, path: &JsonPath) {
        if allowed.contains(v) {
            return;
        }
        let names: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
        let listed = names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let (message, given) = match v {
            Value::String(s) => (
                format!("unknown variant `{s}`, expected one of {listed}"),
                s.as_str(),
            ),
            Value::Null if allowed.iter().all(|a| !a.is_null()) => {
                (format!("invalid type: null, expected one of {listed}"), "")
            }
            other => (
                format!("invalid type: {}, expected one of {listed}", kind_of(other)),
                "",
            ),
        };
        let help = crate::author::explain::closest(given, names.iter().copied())
            .map(|n| vec![format!("did you mean `{n}`?")])
            .unwrap_or_default();
        self.error(path, message, help);
    }

    fn object(&mut self, schema: &'s Value, map: &Map<String, Value>, path: &JsonPath) {
        let props = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !map.contains_key(name) {
                self.error(path, format!("missing field `{name}`"), Vec::new());
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (k, x) in map {
            let here = path.child(PathSeg::Key(k.clone()));
            match props.and_then(|p| p.get(k)) {
                Some(s) => self.value(s, x, &here),
                None if closed => self.out.push(unknown_field(k, props, here)),
                None => {}
            }
        }
    }
}

fn unknown_field(k: &str, props: Option<&Map<String, Value>>, path: JsonPath) -> SchemaError {
    let known: Vec<&str> = props
        .into_iter()
        .flat_map(|p| p.keys())
        .map(String::as_str)
        .collect();
    let help = if let Some((_, what)) = KNOWN_STRAYS.iter().find(|(name, _)| *name == k) {
        vec![what.to_string()]
    } else if let Some(n) = crate::author::explain::closest(k, known.iter().copied()) {
        vec![format!("did you mean `{n}`?")]
    } else {
        vec![format!("the fields here are: {}", known.join(", "))]
    };
    SchemaError {
        path,
        at_key: true,
        message: format!("unknown field `{k}`"),
        help,
    }
}

/// The values a schema allows when it is a `const` or an `enum`.
fn enum_values(schema: &Value) -> Option<Vec<Value>> {
    if let Some(c) = schema.get("const") {
        return Some(vec![c.clone()]);
    }
    schema.get("enum").and_then(Value::as_array).cloned()
}

fn type_matches(expected: &Value, v: &Value) -> bool {
    let one = |t: &str| match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        _ => true,
    };
    match expected {
        Value::String(t) => one(t),
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(one),
        _ => true,
    }
}

fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {}", Value::from(s.as_str())),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn expected_of(expected: &Value) -> String {
    let one = |t: &str| match t {
        "null" => "null",
        "boolean" => "true or false",
        "object" => "an object",
        "array" => "an array",
        "string" => "a string",
        "integer" => "a whole number",
        "number" => "a number",
        _ => "a value of another type",
    };
    match expected {
        Value::String(t) => one(t).to_string(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "something else".into(),
    }
}

/// Where the generated reference sits, from the repository's root.
pub const REFERENCE_PATH: &str = "docs/dataset-reference.md";

/// The dataset reference in the docs, generated from the schema (so from
/// the model's types and their doc comments): every field and every enum
/// value with its meaning.
pub fn reference_markdown() -> String {
    let schema = dataset_schema();
    let mut out = String::from(
        "# dataset.json reference\n\n\
         Generated from the model's types (`core/src/dataset/model.rs`, their doc comments) \
         through the JSON Schema [`schema/dataset.schema.json`](../schema/dataset.schema.json); \
         do not edit by hand: `UPDATE_SNAPSHOT=1 cargo test -p explorer-core --test schema` \
         rewrites both, and that test fails while either is stale. \
         How to model an article: [dataset.md](dataset.md).\n\n\
         Name the schema at the top of a dataset for an editor to validate and complete it: \
         `\"$schema\": \"../schema/dataset.schema.json\"` (a path relative to the file).\n",
    );
    out += &section("dataset.json (the top level)", &schema);
    let defs = schema.get("$defs").and_then(Value::as_object);
    for (name, def) in defs.into_iter().flatten() {
        out += &section(name, def);
    }
    out
}

/// One type: a table of its fields, or of its values, or its forms.
fn section(name: &str, schema: &Value) -> String {
    let mut out = format!("\n## {name}\n\n");
    if let Some(d) = schema.get("description").and_then(Value::as_str) {
        out += &format!("{}\n\n", one_line(d));
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out += &fields_table(schema, props);
    } else if let Some(values) = values_of(schema) {
        out += "| value | meaning |\n|---|---|\n";
        for (v, meaning) in values {
            out += &format!("| `{v}` | {} |\n", one_line(&meaning));
        }
    } else if let Some(forms) = schema.get("anyOf").and_then(Value::as_array) {
        for form in forms {
            let d = form.get("description").and_then(Value::as_str);
            out += &format!("One form: {}\n\n", one_line(d.unwrap_or_default()));
            if let Some(props) = form.get("properties").and_then(Value::as_object) {
                out += &fields_table(form, props);
                out += "\n";
            }
        }
    }
    out
}

fn fields_table(schema: &Value, props: &Map<String, Value>) -> String {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut out = String::from("| field | type | required | meaning |\n|---|---|---|---|\n");
    for (k, p) in props {
        let meaning = p.get("description").and_then(Value::as_str);
        out += &format!(
            "| `{k}` | {} | {} | {} |\n",
            type_name(p),
            if required.contains(&k.as_str()) {
                "yes"
            } else {
                "no"
            },
            one_line(meaning.unwrap_or_default())
        );
    }
    out
}

/// The values of an enum, each with its meaning.
fn values_of(schema: &Value) -> Option<Vec<(String, String)>> {
    let branches = schema.get("oneOf").and_then(Value::as_array)?;
    let mut out = Vec::new();
    for b in branches {
        let meaning = b.get("description").and_then(Value::as_str).unwrap_or("");
        for v in enum_values(b)? {
            out.push((v.as_str()?.to_string(), meaning.to_string()));
        }
    }
    Some(out)
}

fn type_name(p: &Value) -> String {
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return format!("[{name}](#{})", name.to_lowercase());
    }
    if let Some(alts) = p.get("anyOf").and_then(Value::as_array) {
        return alts.iter().map(type_name).collect::<Vec<_>>().join(" or ");
    }
    let item = p.get("items").map(type_name);
    let one = |t: &str| match (t, &item) {
        ("array", Some(i)) => format!("list of {i}"),
        ("integer", _) => "whole number".to_string(),
        ("boolean", _) => "true or false".to_string(),
        (t, _) => t.to_string(),
    };
    match p.get("type") {
        Some(Value::String(t)) => one(t),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(one)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => "any".to_string(),
    }
}

/// A doc comment as one table-safe line.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

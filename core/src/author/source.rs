//! Positions in the source files a person edits: line and column of a byte
//! offset, and where a JSON path or an item's id sits in `dataset.json`
//! (found with `jsonc-parser`'s AST, which keeps every node's byte range).

use std::fmt;

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

/// One step of a path into a JSON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSeg {
    Key(String),
    Index(usize),
}

/// A path into a JSON document, shown as `statements[3].span`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<PathSeg>);

impl JsonPath {
    pub fn child(&self, seg: PathSeg) -> JsonPath {
        let mut segs = self.0.clone();
        segs.push(seg);
        JsonPath(segs)
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Key(k) if i == 0 => write!(f, "{k}")?,
                PathSeg::Key(k) => write!(f, ".{k}")?,
                PathSeg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = floor_char_boundary(text, byte.min(text.len()));
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..byte].chars().count() + 1)
}

/// The byte offset of a 1-based line and column in characters (clamped).
pub fn byte_of(text: &str, line: usize, col: usize) -> usize {
    let start = line_start(text, line);
    let rest = &text[start..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    rest[..line_len]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(start + line_len, |(i, _)| start + i)
}

/// The byte offset where a 1-based line starts (the end when out of range).
pub fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(i, _)| i + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn parse(json: &str) -> Option<Value<'_>> {
    let options = ParseOptions::default();
    parse_to_ast(json, &CollectOptions::default(), &options)
        .ok()?
        .value
}

/// The byte offset of the value at `path` in a JSON source, or of the
/// deepest part of the path that exists.
pub fn locate(json: &str, path: &JsonPath) -> Option<usize> {
    let root = parse(json)?;
    let mut node = &root;
    for seg in &path.0 {
        let next = match (seg, node) {
            (PathSeg::Key(k), Value::Object(o)) => o
                .properties
                .iter()
                .find(|p| name(&p.name) == k)
                .map(|p| &p.value),
            (PathSeg::Index(i), Value::Array(a)) => a.elements.get(*i),
            _ => None,
        };
        match next {
            Some(v) => node = v,
            None => break,
        }
    }
    Some(node.start())
}

/// The byte offset of the key of the property at `path` (its last step a
/// key), or of the value at the deepest part of the path that exists.
pub fn locate_key(json: &str, path: &JsonPath) -> Option<usize> {
    let Some((PathSeg::Key(k), parent)) = path.0.split_last() else {
        return locate(json, path);
    };
    let root = parse(json)?;
    let mut node = &root;
    for seg in parent {
        node = match (seg, node) {
            (PathSeg::Key(k), Value::Object(o)) => {
                &o.properties.iter().find(|p| name(&p.name) == k)?.value
            }
            (PathSeg::Index(i), Value::Array(a)) => a.elements.get(*i)?,
            _ => return locate(json, path),
        };
    }
    match node {
        Value::Object(o) => o
            .properties
            .iter()
            .find(|p| name(&p.name) == k)
            .map(|p| p.start()),
        _ => locate(json, path),
    }
}

fn name<'a>(n: &'a ObjectPropName<'a>) -> &'a str {
    n.as_str()
}

/// The byte offset of the `"id": "<id>"` property of the object with that
/// id, anywhere in a JSON source.
pub fn locate_id(json: &str, id: &str) -> Option<usize> {
    fn walk(v: &Value, id: &str) -> Option<usize> {
        match v {
            Value::Object(o) => {
                let own = o.properties.iter().find(|p| {
                    name(&p.name) == "id" && p.value.as_string_lit().is_some_and(|s| s.value == id)
                });
                own.map(|p| p.start())
                    .or_else(|| o.properties.iter().find_map(|p| walk(&p.value, id)))
            }
            Value::Array(a) => a.elements.iter().find_map(|e| walk(e, id)),
            _ => None,
        }
    }
    walk(&parse(json)?, id)
}

/// The item of a top-level collection whose text holds `byte`: its
/// collection's key and its index.
pub fn item_at_byte(json: &str, byte: usize) -> Option<(String, usize)> {
    let Value::Object(root) = parse(json)? else {
        return None;
    };
    root.properties.iter().find_map(|p| {
        let Value::Array(items) = &p.value else {
            return None;
        };
        let within = |e: &&Value| e.start() <= byte && byte < e.end();
        let index = items.elements.iter().position(|e| within(&e))?;
        Some((name(&p.name).to_string(), index))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "ab\n“cd” e";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        let e = text.find('e').unwrap();
        assert_eq!(line_col(text, e), (2, 6));
        assert_eq!(byte_of(text, 2, 6), e);
    }

    #[test]
    fn paths_and_ids_are_located() {
        let json = "{\n  \"a\": [\n    {\"id\": \"x\", \"b\": 1}\n  ]\n}";
        let path = JsonPath(vec![
            PathSeg::Key("a".into()),
            PathSeg::Index(0),
            PathSeg::Key("b".into()),
        ]);
        assert_eq!(path.to_string(), "a[0].b");
        assert_eq!(line_col(json, locate(json, &path).unwrap()), (3, 22));
        assert_eq!(line_col(json, locate_id(json, "x").unwrap()), (3, 6));
        assert_eq!(locate_id(json, "nope"), None);
        let b = json.find("\"b\"").unwrap();
        assert_eq!(item_at_byte(json, b), Some(("a".into(), 0)));
        assert_eq!(item_at_byte(json, 0), None);
    }
}

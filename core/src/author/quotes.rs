//! Spans written as quotes. The dataset source names a passage by its text,
//! with optional `prefix` and `suffix` context when the text occurs more than
//! once, like a W3C Web Annotation `TextQuoteSelector`:
//! `{"quote": "Kabul", "prefix": "bombing cities including "}`.
//!
//! `resolve_all` is a pre-pass over the parsed JSON: every object with a
//! `quote` key becomes `{start, end, text}` before the value is deserialized
//! into the model, so the model keeps its byte offsets (and the old form is
//! still accepted). `migrate` goes the other way, with the least context
//! that makes each quote unique.
//!
//! Matching: among the occurrences that fit the context, whole-word ones
//! (not inside a longer word) win, so "Niger" finds the word, not the start
//! of "Nigeria"; when none is whole-word, any occurrence counts.

use serde_json::{Map, Value};

use crate::author::source::{JsonPath, PathSeg};

/// The keys a quote object may have (`start`, `end`, `text` may be left
/// from a generated copy and are replaced).
pub const QUOTE_KEYS: [&str; 6] = ["quote", "prefix", "suffix", "start", "end", "text"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Selector<'a> {
    pub quote: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
}

/// Why a selector names no single passage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved {
    Absent,
    /// Start offsets of the candidates.
    Ambiguous(Vec<usize>),
}

/// A quote object that could not be resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteError {
    pub path: JsonPath,
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    pub kind: QuoteErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteErrorKind {
    Unresolved(Unresolved),
    /// The object is not a well-formed quote (the reason).
    Malformed(String),
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when `start..end` does not cut a word at either edge.
pub fn whole_word(article: &str, start: usize, end: usize) -> bool {
    let first = article[start..end].chars().next();
    let last = article[start..end].chars().next_back();
    let before = article[..start].chars().next_back();
    let after = article[end..].chars().next();
    let cuts = |inner: Option<char>, outer: Option<char>| {
        inner.is_some_and(is_word_char) && outer.is_some_and(is_word_char)
    };
    !cuts(first, before) && !cuts(last, after)
}

/// Start offsets of every occurrence of the quote that fits the context.
pub fn matches(article: &str, sel: Selector) -> Vec<usize> {
    if sel.quote.is_empty() {
        return Vec::new();
    }
    article
        .match_indices(sel.quote)
        .map(|(i, _)| i)
        .filter(|&i| {
            article[..i].ends_with(sel.prefix)
                && article[i + sel.quote.len()..].starts_with(sel.suffix)
        })
        .collect()
}

/// The start of the one passage the selector names.
pub fn resolve(article: &str, sel: Selector) -> Result<usize, Unresolved> {
    let all = matches(article, sel);
    let len = sel.quote.len();
    let words: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| whole_word(article, i, i + len))
        .collect();
    let chosen = if words.is_empty() { all } else { words };
    match chosen.as_slice() {
        [] => Err(Unresolved::Absent),
        [one] => Ok(*one),
        _ => Err(Unresolved::Ambiguous(chosen)),
    }
}

/// Replaces every quote object in `value` by `{start, end, text}`; returns
/// the quotes that name no single passage (left as they were).
pub fn resolve_all(value: &mut Value, article: &str) -> Vec<QuoteError> {
    let mut errors = Vec::new();
    walk(value, &JsonPath::default(), article, &mut errors);
    errors
}

fn walk(value: &mut Value, path: &JsonPath, article: &str, errors: &mut Vec<QuoteError>) {
    match value {
        Value::Object(map) if map.contains_key("quote") => match resolve_object(map, article) {
            Ok(span) => *value = span,
            Err((sel, kind)) => errors.push(QuoteError {
                path: path.clone(),
                quote: sel.0,
                prefix: sel.1,
                suffix: sel.2,
                kind,
            }),
        },
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                walk(v, &path.child(PathSeg::Key(k.clone())), article, errors);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                walk(v, &path.child(PathSeg::Index(i)), article, errors);
            }
        }
        _ => {}
    }
}

type Owned = (String, String, String);

fn resolve_object(
    map: &Map<String, Value>,
    article: &str,
) -> Result<Value, (Owned, QuoteErrorKind)> {
    let text = |k: &str| map.get(k).and_then(Value::as_str).unwrap_or_default();
    let owned = (
        text("quote").to_string(),
        text("prefix").to_string(),
        text("suffix").to_string(),
    );
    let malformed = |reason: String| Err((owned.clone(), QuoteErrorKind::Malformed(reason)));
    if let Some(k) = map.keys().find(|k| !QUOTE_KEYS.contains(&k.as_str())) {
        return malformed(format!(
            "unknown key \"{k}\" in a quote (it may have quote, prefix, suffix)"
        ));
    }
    for k in ["quote", "prefix", "suffix"] {
        if map.get(k).is_some_and(|v| !v.is_string()) {
            return malformed(format!("\"{k}\" must be a string"));
        }
    }
    if owned.0.is_empty() {
        return malformed("the quote is empty".into());
    }
    let sel = Selector {
        quote: &owned.0,
        prefix: &owned.1,
        suffix: &owned.2,
    };
    match resolve(article, sel) {
        Ok(start) => Ok(span_value(start, start + sel.quote.len(), sel.quote)),
        Err(u) => Err((owned.clone(), QuoteErrorKind::Unresolved(u))),
    }
}

fn span_value(start: usize, end: usize, text: &str) -> Value {
    let mut m = Map::new();
    m.insert("start".into(), start.into());
    m.insert("end".into(), end.into());
    m.insert("text".into(), text.into());
    Value::Object(m)
}

/// Offsets of the word starts before `at` (nearest first, up to `n`), and
/// of the word ends after `at`: the places a whole-word context may stop.
fn context_edges(article: &str, at: usize, n: usize, before: bool) -> Vec<usize> {
    let words = crate::author::validate::words(article);
    if before {
        let mut edges: Vec<usize> = words.iter().map(|w| w.0).filter(|&s| s < at).collect();
        edges.reverse();
        edges.truncate(n);
        edges
    } else {
        let edges = words.iter().map(|w| w.1).filter(|&e| e > at);
        edges.take(n).collect()
    }
}

/// The selector with the least whole-word context that names exactly
/// `start..end` (character context when words do not suffice).
pub fn selector_for(article: &str, start: usize, end: usize) -> Option<(String, String, String)> {
    let quote = article.get(start..end)?;
    let mut prefixes: Vec<usize> = vec![start];
    prefixes.extend(context_edges(article, start, 8, true));
    let mut suffixes: Vec<usize> = vec![end];
    suffixes.extend(context_edges(article, end, 8, false));
    let mut options: Vec<(usize, usize, usize)> = Vec::new();
    for &p in &prefixes {
        for &s in &suffixes {
            options.push((article[p..start].len() + article[end..s].len(), p, s));
        }
    }
    // Whole-word context first, shortest first; then one character more
    // at a time on either side.
    options.sort_unstable();
    let chars = (1..=64).flat_map(|n| {
        let p = nth_char_back(article, start, n);
        let s = nth_char_forward(article, end, n);
        [(0, p, end), (0, start, s), (0, p, s)]
    });
    options.into_iter().chain(chars).find_map(|(_, p, s)| {
        let sel = Selector {
            quote,
            prefix: &article[p..start],
            suffix: &article[end..s],
        };
        (resolve(article, sel) == Ok(start)).then(|| {
            (
                quote.to_string(),
                sel.prefix.to_string(),
                sel.suffix.to_string(),
            )
        })
    })
}

fn nth_char_back(text: &str, at: usize, n: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(i, _)| i)
}

fn nth_char_forward(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

/// A quote object: `quote`, then `prefix` and `suffix` when not empty.
pub fn quote_value(quote: &str, prefix: &str, suffix: &str) -> Value {
    let mut m = Map::new();
    m.insert("quote".into(), quote.into());
    if !prefix.is_empty() {
        m.insert("prefix".into(), prefix.into());
    }
    if !suffix.is_empty() {
        m.insert("suffix".into(), suffix.into());
    }
    Value::Object(m)
}

/// Rewrites every `{start, end, text}` span that matches the article into
/// the quote form. Returns how many were rewritten and the paths of spans
/// left as they were (their text differs from the article).
pub fn migrate(value: &mut Value, article: &str) -> (usize, Vec<JsonPath>) {
    let mut done = 0;
    let mut left = Vec::new();
    migrate_walk(value, &JsonPath::default(), article, &mut done, &mut left);
    (done, left)
}

fn migrate_walk(
    v: &mut Value,
    path: &JsonPath,
    article: &str,
    done: &mut usize,
    left: &mut Vec<JsonPath>,
) {
    if let Some((start, end, text)) = as_offset_span(v) {
        let found = (article.get(start..end) == Some(text.as_str()))
            .then(|| selector_for(article, start, end))
            .flatten();
        match found {
            Some((q, p, s)) => {
                *v = quote_value(&q, &p, &s);
                *done += 1;
            }
            None => left.push(path.clone()),
        }
        return;
    }
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                migrate_walk(
                    child,
                    &path.child(PathSeg::Key(k.clone())),
                    article,
                    done,
                    left,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                migrate_walk(child, &path.child(PathSeg::Index(i)), article, done, left);
            }
        }
        _ => {}
    }
}

fn as_offset_span(v: &Value) -> Option<(usize, usize, String)> {
    let m = v.as_object()?;
    if m.len() != 3 {
        return None;
    }
    let n = |k: &str| m.get(k).and_then(Value::as_u64).map(|x| x as usize);
    Some((n("start")?, n("end")?, m.get("text")?.as_str()?.to_string()))
}

/// Pretty JSON (two-space indent) with each quote object on one line, the
/// way a person writes them.
pub fn to_pretty(value: &Value) -> String {
    let mut quotes = Vec::new();
    let mut marked = value.clone();
    mark_quotes(&mut marked, &mut quotes);
    let mut out = serde_json::to_string_pretty(&marked).expect("a Value serializes");
    for (i, q) in quotes.iter().enumerate().rev() {
        out = out.replacen(&format!("\"\\u0000quote{i}\""), q, 1);
    }
    out.push('\n');
    out
}

fn mark_quotes(v: &mut Value, quotes: &mut Vec<String>) {
    match v {
        Value::Object(m) if m.contains_key("quote") => {
            let parts: Vec<String> = m
                .iter()
                .map(|(k, x)| format!("{}: {}", Value::from(k.as_str()), x))
                .collect();
            quotes.push(format!("{{{}}}", parts.join(", ")));
            *v = Value::String(format!("\u{0}quote{}", quotes.len() - 1));
        }
        Value::Object(m) => m.values_mut().for_each(|x| mark_quotes(x, quotes)),
        Value::Array(a) => a.iter_mut().for_each(|x| mark_quotes(x, quotes)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Niger and Nigeria met in Niger. Nigeria said no.";

    fn sel<'a>(quote: &'a str, prefix: &'a str, suffix: &'a str) -> Selector<'a> {
        Selector {
            quote,
            prefix,
            suffix,
        }
    }

    #[test]
    fn whole_words_win_over_parts_of_words() {
        assert_eq!(resolve(TEXT, sel("Nigeria", "", " met")), Ok(10));
        assert_eq!(resolve(TEXT, sel("Niger", "in ", "")), Ok(25));
        assert_eq!(
            resolve(TEXT, sel("Niger", "", "")),
            Err(Unresolved::Ambiguous(vec![0, 25]))
        );
        assert_eq!(
            resolve(TEXT, sel("geri", "", "")),
            Err(Unresolved::Ambiguous(vec![12, 34]))
        );
        assert_eq!(resolve(TEXT, sel("Chad", "", "")), Err(Unresolved::Absent));
    }

    #[test]
    fn least_context_is_whole_words() {
        let (q, p, s) = selector_for(TEXT, 25, 30).unwrap();
        assert_eq!((q.as_str(), p.as_str(), s.as_str()), ("Niger", "in ", ""));
        let (_, p, s) = selector_for(TEXT, 0, 5).unwrap();
        assert_eq!((p.as_str(), s.as_str()), ("", " and"));
        let (_, p, s) = selector_for(TEXT, 32, 39).unwrap();
        assert_eq!((p.as_str(), s.as_str()), ("", " said"));
    }

    #[test]
    fn migrate_then_resolve_is_the_identity() {
        let original = serde_json::json!({"a": [{"start": 25, "end": 30, "text": "Niger"}], "b": {"start": 0, "end": 5, "text": "Niger"}});
        let mut v = original.clone();
        assert_eq!(migrate(&mut v, TEXT), (2, vec![]));
        assert_eq!(
            v["a"][0],
            serde_json::json!({"quote": "Niger", "prefix": "in "})
        );
        let pretty = to_pretty(&v);
        assert!(
            pretty.contains("{\"quote\": \"Niger\", \"prefix\": \"in \"}"),
            "{pretty}"
        );
        let mut back: Value = serde_json::from_str(&pretty).unwrap();
        assert!(resolve_all(&mut back, TEXT).is_empty());
        assert_eq!(back, original);
    }

    #[test]
    fn bad_quotes_are_reported_with_their_path() {
        let mut v = serde_json::json!({"x": [{"quote": "Niger"}, {"quote": "Chad"}, {"quote": "a", "prefx": "b"}]});
        let errors = resolve_all(&mut v, TEXT);
        assert_eq!(errors.len(), 3);
        assert_eq!(errors[0].path.to_string(), "x[0]");
        assert_eq!(
            errors[0].kind,
            QuoteErrorKind::Unresolved(Unresolved::Ambiguous(vec![0, 25]))
        );
        assert_eq!(
            errors[1].kind,
            QuoteErrorKind::Unresolved(Unresolved::Absent)
        );
        assert!(matches!(&errors[2].kind, QuoteErrorKind::Malformed(r) if r.contains("prefx")));
    }
}

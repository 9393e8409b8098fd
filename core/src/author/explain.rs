//! Turns a problem into a diagnostic: where it is in article.txt and
//! dataset.json, and a suggested fix ("found at line 4, col 12", "add it to
//! ordinary_capitals", "did you mean …").

use crate::author::diagnostics::Diagnostic;
use crate::author::quotes::{selector_for, QuoteError, QuoteErrorKind, Unresolved, QUOTE_KEYS};
use crate::author::source::{line_col, locate, locate_id, JsonPath, PathSeg};
use crate::author::validate::{
    all_ids, all_spans, number_tokens, quoted_passages, span_problem, words, Problem,
};
use crate::dataset::model::Dataset;
use crate::read::fold::{fold, Folded};

/// "line 4, col 12" of a byte in the article.
pub fn at(text: &str, byte: usize) -> String {
    let (l, c) = line_col(text, byte);
    format!("line {l}, col {c}")
}

/// The candidate closest to `word`, when close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| {
            (
                strsim::jaro_winkler(&word.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// From serde's "unknown variant `x`, expected one of `a`, `b`", the
/// expected name closest to `x`.
pub fn closest_expected(message: &str) -> Option<String> {
    let ticks: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let (given, expected) = ticks.split_first()?;
    closest(given, expected.iter().copied()).map(str::to_string)
}

/// A span as a quote with the least context that makes it unique, as JSON.
pub fn quote_json(text: &str, start: usize, end: usize) -> String {
    match selector_for(text, start, end) {
        Some((q, p, s)) => {
            let v = crate::author::quotes::quote_value(&q, &p, &s);
            crate::author::quotes::to_pretty(&v).trim_end().to_string()
        }
        None => format!(
            "{{\"quote\": {}}}",
            serde_json::Value::from(&text[start..end])
        ),
    }
}

/// A quote that names no single passage.
pub fn quote(q: &QuoteError, text: &str) -> Diagnostic {
    let shown = serde_json::Value::from(q.quote.as_str());
    let mut d = Diagnostic::default();
    match &q.kind {
        QuoteErrorKind::Malformed(reason) => {
            d.reason = reason.clone();
            let unknown = reason.split('"').nth(1).unwrap_or_default();
            if let Some(k) = closest(unknown, QUOTE_KEYS) {
                d.help.push(format!("did you mean \"{k}\"?"));
            }
        }
        QuoteErrorKind::Unresolved(Unresolved::Ambiguous(starts)) => {
            d.reason = format!(
                "quote {shown} occurs {} times; add a prefix or suffix to say which",
                starts.len()
            );
            d.article_at = starts.first().copied();
            for &s in starts {
                let e = s + q.quote.len();
                d.help
                    .push(format!("{}: {}", at(text, s), quote_json(text, s, e)));
            }
        }
        QuoteErrorKind::Unresolved(Unresolved::Absent) => absent(q, text, &mut d),
    }
    d
}

fn absent(q: &QuoteError, text: &str, d: &mut Diagnostic) {
    let shown = serde_json::Value::from(q.quote.as_str());
    let bare = crate::author::quotes::matches(
        text,
        crate::author::quotes::Selector {
            quote: &q.quote,
            ..Default::default()
        },
    );
    if !bare.is_empty() {
        d.reason = format!("quote {shown} is in the article, but not with this prefix and suffix");
        d.article_at = bare.first().copied();
        for &s in &bare {
            d.help.push(format!(
                "found at {}: {}",
                at(text, s),
                quote_json(text, s, s + q.quote.len())
            ));
        }
        return;
    }
    d.reason = format!("quote {shown} is not in the article");
    let folded = Folded::new(text).find_all(&[fold(&q.quote)]);
    if let Some(&(s, e)) = folded.first() {
        d.article_at = Some(s);
        d.help.push(format!(
            "did you mean {} at {}? (it differs in case or typography: quotes, apostrophes, hyphens)",
            serde_json::Value::from(&text[s..e]),
            at(text, s)
        ));
        return;
    }
    if let Some((s, n)) = longest_prefix(text, &q.quote) {
        let differ = s + q.quote[..n].len();
        d.article_at = Some(differ);
        let has = text[differ..]
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        let wants = q.quote[n..]
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        d.help.push(format!(
            "the first {} characters match at {}; there the article has {:?} where the quote has {:?}",
            q.quote[..n].chars().count(),
            at(text, s),
            has,
            wants
        ));
    }
}

/// The longest start of `quote` (at least 4 characters) found in the text:
/// (where, its length in bytes).
fn longest_prefix(text: &str, quote: &str) -> Option<(usize, usize)> {
    let ends: Vec<usize> = quote.char_indices().map(|(i, _)| i).skip(4).collect();
    ends.into_iter()
        .rev()
        .find_map(|n| text.find(&quote[..n]).map(|s| (s, n)))
}

/// Where a validation problem is, and how to fix it.
pub fn explain(p: Problem, text: &str, json: &str, d: &Dataset) -> Diagnostic {
    let mut out = Diagnostic {
        item: p.item.clone(),
        reason: p.reason.clone(),
        ..Diagnostic::default()
    };
    if let Some(byte) = p
        .item
        .strip_prefix("article byte ")
        .and_then(|n| n.parse().ok())
    {
        out.article_at = Some(byte);
        in_article(&mut out, byte, text, d);
        return out;
    }
    out.dataset_at = locate_item(&p.item, json, d);
    if let Some((item, span)) = all_spans(d).into_iter().find(|(item, span)| {
        *item == p.item && span_problem(text, span).as_deref() == Some(p.reason.as_str())
    }) {
        let _ = item;
        span_mismatch(&mut out, span, text);
    } else if let Some(id) = quoted(&p.reason).filter(|_| is_reference(&p.reason)) {
        if let Some(c) = closest(id, all_ids(d).into_iter().map(|(_, id)| id)) {
            out.help.push(format!("did you mean \"{c}\"?"));
        }
    }
    out
}

fn is_reference(reason: &str) -> bool {
    [
        "does not exist",
        "is no person or party",
        "is no party",
        "is not a state",
    ]
    .iter()
    .any(|s| reason.contains(s))
}

/// The first "…"-quoted word of a message.
fn quoted(s: &str) -> Option<&str> {
    s.split('"').nth(1)
}

/// Where an item such as `statement "s-1"` or `non-claim 3 "two"` is in
/// dataset.json.
fn locate_item(item: &str, json: &str, d: &Dataset) -> Option<usize> {
    let id_kinds = ["party", "person", "statement", "figure", "place", "time"];
    let kind = item.split(' ').next()?;
    if id_kinds.contains(&kind) {
        return locate_id(json, quoted(item)?);
    }
    let key = |k: &str| PathSeg::Key(k.into());
    if item == "article summary" {
        return locate(json, &JsonPath(vec![key("article"), key("summary")]));
    }
    if kind == "relation" {
        // `relation <kind> "from" → "to"`: the first relation so named.
        let mut ends = item.split('"').skip(1).step_by(2);
        let (from, to) = (ends.next()?, ends.next()?);
        let n = d
            .relations
            .iter()
            .position(|r| r.from == from && r.to == to)?;
        return locate(json, &JsonPath(vec![key("relations"), PathSeg::Index(n)]));
    }
    let n: usize = item.split(' ').find_map(|w| w.parse().ok())?;
    let path = match kind {
        "non-claim" => vec![PathSeg::Key("non_claims".into()), PathSeg::Index(n - 1)],
        "section" => vec![
            PathSeg::Key("article".into()),
            PathSeg::Key("section_heads".into()),
            PathSeg::Index(n - 1),
        ],
        _ => return None,
    };
    locate(json, &JsonPath(path))
}

/// An offset span whose text differs from the article: the caret goes
/// under the first character that differs; where the text really is.
fn span_mismatch(out: &mut Diagnostic, span: &crate::dataset::model::Span, text: &str) {
    let actual = text.get(span.start..).unwrap_or_default();
    let same = span
        .text
        .char_indices()
        .zip(actual.chars())
        .find(|((_, a), b)| a != b)
        .map_or(span.text.len().min(actual.len()), |((i, _), _)| i);
    out.article_at = text.get(span.start..).map(|_| span.start + same);
    let found: Vec<usize> = text
        .match_indices(span.text.as_str())
        .map(|(i, _)| i)
        .collect();
    for &s in found.iter().take(5) {
        out.help.push(format!("found at {}", at(text, s)));
    }
    if let [s] = found.as_slice() {
        out.help.push(format!(
            "write the span as a quote: {}",
            quote_json(text, *s, s + span.text.len())
        ));
    }
}

/// Help for a number, quoted passage or name in the article that no item
/// accounts for.
fn in_article(out: &mut Diagnostic, byte: usize, text: &str, d: &Dataset) {
    // The end of the token or passage that starts at `byte`.
    let end_in = |ranges: Vec<(usize, usize)>| {
        ranges
            .into_iter()
            .find(|r| r.0 == byte)
            .map_or(byte, |r| r.1)
    };
    if out.reason.starts_with("number") {
        let end = end_in(number_tokens(text));
        out.help.push(format!(
            "add a figure or a time reference whose span covers it, or a non-claim: {{\"span\": {}, \"reason\": \"why it is no claim\"}}",
            quote_json(text, byte, end)
        ));
    } else if out.reason.starts_with("quoted passage") {
        let end = end_in(quoted_passages(text));
        out.help.push(format!(
            "add a statement whose span covers it: \"span\": {}",
            quote_json(text, byte, end)
        ));
    } else if let Some(word) = out.reason.strip_prefix("name ").and_then(quoted) {
        out.help.push(format!(
            "add it to ordinary_capitals if it names nothing ({{\"word\": \"{word}\", \"reason\": \"…\"}}), or to a party alias, person, place or time span"
        ));
        let known = known_words(d);
        if let Some(c) = closest(word, known.iter().map(String::as_str)) {
            out.help
                .push(format!("did you mean \"{c}\"? (the dataset has that name)"));
        }
    }
}

fn known_words(d: &Dataset) -> Vec<String> {
    let names = d
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .chain(d.people.iter().map(|p| p.name.as_str()))
        .chain(d.places.iter().map(|p| p.name.as_str()));
    names
        .flat_map(|t| words(t).into_iter().map(move |(s, e)| t[s..e].to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(closest("stat", ["state", "government"]), Some("state"));
        assert_eq!(closest("planet", ["state", "government"]), None);
        assert_eq!(
            closest_expected("unknown variant `goverment`, expected one of `state`, `government`"),
            Some("government".into())
        );
    }
}

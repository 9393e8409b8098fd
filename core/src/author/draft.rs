//! A starting dataset for a new article (`explorer draft article.txt`), with
//! every span written as a quote. It pre-finds what the rules ask for, each
//! with a TODO that `check` reports until someone resolves it:
//! every double-quoted passage (a statement, speaker to say, with the
//! attribution verb and its subject as a hint, and the channel when the
//! sentence names one: `speaker`); every sentence with
//! an attribution verb and no quote (a paraphrase); every numeral and number
//! word (a non-claim to confirm, or to move to figures); every quantity
//! with no number ("others are missing", "no reported casualties": a
//! figure, `vague`); every time
//! expression; every capitalised name sequence (`names`, to sort into
//! people, parties and places); and the section heads.

use serde_json::{json, Value};

use crate::author::quotes::{quote_value, selector_for, whole_word};
use crate::author::speaker;
use crate::author::vague::{vague_quantities, Vague};
use crate::author::validate::{number_tokens, quoted_passages, words};
use crate::dataset::article::blocks;

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Words that are a time reference on their own.
const TIME_WORDS: [&str; 12] = [
    "earlier",
    "later",
    "now",
    "soon",
    "recently",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "overnight",
    "previously",
    "ago",
];
/// "this week", "last year", "hours later": the first word…
const TIME_LEADS: [&str; 13] = [
    "this", "last", "next", "that", "the", "a", "once", "hours", "days", "weeks", "months",
    "years", "minutes",
];
/// …and the second.
const TIME_TAILS: [&str; 12] = [
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "decade",
    "later",
    "earlier",
    "ago",
];
/// Words that join a time expression to what it extends.
const TIME_PREPOSITIONS: [&str; 8] = ["on", "in", "since", "until", "by", "early", "late", "of"];
/// Verbs that attribute a statement.
pub const ATTRIBUTION_VERBS: [&str; 26] = [
    "said",
    "says",
    "added",
    "denied",
    "denies",
    "wrote",
    "writes",
    "told",
    "tells",
    "announced",
    "reported",
    "claimed",
    "stated",
    "accused",
    "urged",
    "warned",
    "appealed",
    "described",
    "issued",
    "expressed",
    "called",
    "confirmed",
    "estimated",
    "suggesting",
    "understood",
    "insisted",
];
/// Titles, which split a name sequence and are left out of it
/// ("Prime Minister Shehbaz Sharif" -> "Shehbaz Sharif").
pub(crate) const TITLES: [&str; 16] = [
    "Minister",
    "Ministers",
    "President",
    "Secretary",
    "Spokesman",
    "Spokeswoman",
    "Chief",
    "Marshal",
    "General",
    "Prime",
    "Field",
    "Staff",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];
/// Capitalised words that start sentences and name nothing.
const NOT_NAMES: [&str; 20] = [
    "I",
    "A",
    "An",
    "The",
    "Our",
    "What",
    "Well",
    "Fortunately",
    "However",
    "Meanwhile",
    "Hours",
    "Yes",
    "No",
    "This",
    "These",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
];
/// Nouns for unnamed sources ("a western source", "senior officials").
const SOURCE_NOUNS: [&str; 14] = [
    "official",
    "officials",
    "source",
    "sources",
    "analysts",
    "observers",
    "experts",
    "residents",
    "witnesses",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "insurgents",
    "militants",
];
/// Words that open an unnamed source's description.
const DETERMINERS: [&str; 8] = ["a", "an", "the", "some", "several", "many", "senior", "two"];

/// A byte range of the article.
type Range = (usize, usize);

fn lower_words(text: &str) -> Vec<(usize, usize, String)> {
    words(text)
        .into_iter()
        .map(|(s, e)| (s, e, text[s..e].to_lowercase()))
        .collect()
}

/// Time expressions: weekdays, months, years, "this week", "earlier", with
/// a leading preposition, merged when adjacent ("earlier this week").
pub fn time_spans(text: &str) -> Vec<Range> {
    let w = lower_words(text);
    let mut found: Vec<Range> = Vec::new();
    for (i, (s, e, word)) in w.iter().enumerate() {
        let single = WEEKDAYS.contains(&word.as_str())
            || (MONTHS.contains(&word.as_str()) && word != "may")
            || TIME_WORDS.contains(&word.as_str());
        let pair = w.get(i + 1).filter(|next| {
            TIME_LEADS.contains(&word.as_str())
                && TIME_TAILS.contains(&next.2.as_str())
                && text[*e..next.0].trim().is_empty()
        });
        if let Some(next) = pair {
            found.push((*s, next.1));
        } else if single {
            found.push((*s, *e));
        }
    }
    for (s, e) in number_tokens(text) {
        let n = &text[s..e];
        if n.len() == 4 && (n.starts_with("19") || n.starts_with("20")) {
            found.push((s, e));
        }
    }
    let with_prepositions = found.into_iter().map(|r| extend_back(text, &w, r));
    merge_adjacent(text, with_prepositions.collect())
}

/// "Friday" -> "on Friday", "early on Friday".
fn extend_back(text: &str, w: &[(usize, usize, String)], (mut s, e): Range) -> Range {
    while let Some(prev) = w.iter().rev().find(|x| x.1 <= s) {
        let gap = &text[prev.1..s];
        if gap == " " && TIME_PREPOSITIONS.contains(&prev.2.as_str()) {
            s = prev.0;
        } else {
            break;
        }
    }
    (s, e)
}

/// Sorts ranges and joins those that overlap or touch across one space.
fn merge_adjacent(text: &str, mut ranges: Vec<Range>) -> Vec<Range> {
    ranges.sort_unstable();
    let mut out: Vec<Range> = Vec::new();
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 || text[last.1..s].trim().is_empty() && s - last.1 <= 1 => {
                last.1 = last.1.max(e)
            }
            _ => out.push((s, e)),
        }
    }
    out
}

/// Sentences within each block: ends at . ! ? (and closing quote marks).
pub fn sentences(text: &str) -> Vec<Range> {
    let mut out = Vec::new();
    for b in blocks(text) {
        let block = b.text(text);
        let mut start = 0;
        let chars: Vec<(usize, char)> = block.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).map(|x| x.1);
            let closes = matches!(c, '.' | '!' | '?')
                || (matches!(c, '”' | '"' | '\'' | '’')
                    && k > 0
                    && matches!(chars[k - 1].1, '.' | '!' | '?' | ','));
            if closes && next.is_none_or(char::is_whitespace) && !ends_in_title(block, i) {
                let end = i + c.len_utf8();
                push_trimmed(&mut out, b.start, &block[start..end], start);
                start = end;
            }
        }
        push_trimmed(&mut out, b.start, &block[start..], start);
    }
    out.retain(|(s, e)| e > s);
    out
}

/// "Mr." and single initials do not end a sentence.
fn ends_in_title(block: &str, dot: usize) -> bool {
    let word = block[..dot].rsplit(' ').next().unwrap_or_default();
    matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Col" | "Gen" | "Lt"
    ) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

fn push_trimmed(out: &mut Vec<Range>, base: usize, part: &str, offset: usize) {
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    let s = base + offset + lead;
    out.push((s, s + trimmed.len()));
}

/// Capitalised name sequences ("Khawaja Asif", "King's College London"),
/// without titles and without a sentence's first word when that word also
/// occurs in lower case; then unnamed sources ("a western source").
pub fn name_spans(text: &str) -> Vec<Range> {
    let ws = words(text);
    let lower: std::collections::BTreeSet<&str> = ws
        .iter()
        .map(|&(s, e)| &text[s..e])
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let is_name = |s: usize, e: usize| {
        let w = &text[s..e];
        let lw = w.to_lowercase();
        w.chars().next().is_some_and(char::is_uppercase)
            && !lower.contains(lw.as_str())
            && !WEEKDAYS.contains(&lw.as_str())
            && !MONTHS.contains(&lw.as_str())
            && !crate::author::validate::is_number_word(&lw)
            && !NOT_NAMES.contains(&w)
            && !TITLES.contains(&w)
    };
    let mut out: Vec<Range> = Vec::new();
    let mut previous_was_name = false;
    for &(s, e) in &ws {
        if !is_name(s, e) {
            // The "e" of "Tehrik-e-Taliban" and the "s" of "King's" join.
            let inner = e - s <= 2 && text[..s].ends_with(['-', '\'', '’']);
            previous_was_name &= inner;
            continue;
        }
        let joins = |last: &Range| matches!(&text[last.1..s], " " | "-" | "-e-" | "'s " | "’s ");
        match out.last_mut() {
            Some(last) if previous_was_name && joins(last) => last.1 = e,
            _ => out.push((s, e)),
        }
        previous_was_name = true;
    }
    out.extend(source_spans(text, &ws));
    out.sort_unstable();
    out
}

/// "a western source", "senior western officials", "observers".
fn source_spans(text: &str, ws: &[Range]) -> Vec<Range> {
    let mut out = Vec::new();
    for (i, &(s, e)) in ws.iter().enumerate() {
        if !SOURCE_NOUNS.contains(&text[s..e].to_lowercase().as_str()) {
            continue;
        }
        let mut start = s;
        for back in (i.saturating_sub(3)..i).rev() {
            let (ps, pe) = ws[back];
            if !text[pe..ws[back + 1].0].trim().is_empty() {
                break;
            }
            if DETERMINERS.contains(&text[ps..pe].to_lowercase().as_str()) {
                start = ps;
                break;
            }
        }
        out.push((start, e));
    }
    out
}

/// Attribution verbs: (verb range, its subject) in each block; for "he
/// said", the subject of the attribution before it.
pub fn attributions(text: &str, names: &[Range]) -> Vec<(Range, Option<Range>)> {
    let quoted = quoted_passages(text);
    let names: Vec<Range> = names
        .iter()
        .copied()
        .filter(|n| !quoted.iter().any(|q| within(*q, *n)))
        .collect();
    let mut out = Vec::new();
    let mut last: Option<Range> = None;
    for b in blocks(text) {
        let inside: Vec<Range> = names
            .iter()
            .copied()
            .filter(|n| n.0 >= b.start && n.1 <= b.end)
            .collect();
        for (s, e) in words(b.text(text)) {
            let verb = (b.start + s, b.start + e);
            if ATTRIBUTION_VERBS.contains(&&text[verb.0..verb.1]) {
                let mut who = speaker::subject(text, (b.start, b.end), verb, &inside);
                match who {
                    Some(w) if speaker::is_pronoun(text, w) => {
                        let before = || speaker::antecedent(text, &inside, (b.start, b.end), w);
                        who = last.or_else(before);
                    }
                    Some(w) => last = Some(w),
                    None => {}
                }
                out.push((verb, who));
            }
        }
    }
    out
}

/// "said: Hakan Fidan?", the hint a statement's speaker TODO carries.
fn hint(text: &str, attribution: Option<&(Range, Option<Range>)>) -> String {
    match attribution {
        Some(((vs, ve), Some((ns, ne)))) => format!(" ({}: {}?)", &text[*vs..*ve], &text[*ns..*ne]),
        Some(((vs, ve), None)) => format!(" ({})", &text[*vs..*ve]),
        None => String::new(),
    }
}

fn overlaps(a: Range, b: Range) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn within(outer: Range, inner: Range) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

fn span(text: &str, (s, e): Range) -> Value {
    match selector_for(text, s, e) {
        Some((q, p, x)) => quote_value(&q, &p, &x),
        None => quote_value(&text[s..e], "", ""),
    }
}

/// Statements: each quoted passage, and each sentence with an attribution
/// verb and no quoted passage (a paraphrase).
fn statements(text: &str, names: &[Range]) -> Vec<Value> {
    let quoted = quoted_passages(text);
    let attributions = attributions(text, names);
    let sentences = sentences(text);
    let block_of = |r: Range| {
        blocks(text)
            .into_iter()
            .find(|b| b.start <= r.0 && r.1 <= b.end)
    };
    // The channel the attribution's sentence names ("said on X").
    let channel = |a: Option<&(Range, Option<Range>)>| {
        let (v, _) = a?;
        let &(s, e) = sentences.iter().find(|s| within(**s, *v))?;
        speaker::channel_in(&text[s..e])
    };
    let mut found: Vec<(Range, &str, String, Option<&str>)> = Vec::new();
    for &q in &quoted {
        let block = block_of(q).map(|b| (b.start, b.end));
        // The verb of the quote's own sentence ("…,” the official said)
        // first, then the nearest.
        let near = attributions
            .iter()
            .filter(|(v, _)| block.is_some_and(|b| within(b, *v)) && !within(q, *v))
            .min_by_key(|(v, _)| {
                let (gap, distance) = if v.0 >= q.1 {
                    (&text[q.1..v.0], v.0 - q.1)
                } else {
                    (&text[v.1..q.0], q.0 - v.1)
                };
                (gap.contains(['.', '!', '?', '“', '”', '"']), distance)
            });
        found.push((q, "quote", hint(text, near), channel(near)));
    }
    for a in &attributions {
        let Some(&sentence) = sentences.iter().find(|s| within(**s, a.0)) else {
            continue;
        };
        let taken = found.iter().any(|(r, ..)| overlaps(*r, sentence));
        if !taken && !quoted.iter().any(|q| overlaps(*q, sentence)) {
            found.push((
                sentence,
                "paraphrase",
                hint(text, Some(a)),
                channel(Some(a)),
            ));
        }
    }
    found.sort_by_key(|f| f.0);
    found
        .into_iter()
        .enumerate()
        .map(|(i, (r, mode, hint, channel))| {
            json!({
                "id": format!("s-{}", i + 1),
                "speaker": format!("TODO: a person or party id{hint}; check kind, channel and mode"),
                "channel": channel.unwrap_or("unspecified"),
                "kind": "claim",
                "about": ["TODO: the ids of the parties it is about"],
                // Quotation marks opening the passage: the speaker's words
                // throughout; inside it: only some of them are.
                "mode": match mode {
                    "quote" if text[r.0..].starts_with(['“', '"']) => "full_quote",
                    "quote" => "partial_quote",
                    other => other,
                },
                "span": span(text, r),
            })
        })
        .collect()
}

/// Section heads: one-line blocks with no closing punctuation.
fn section_heads(text: &str) -> Vec<Range> {
    blocks(text)
        .into_iter()
        .map(|b| (b.start, b.end))
        .filter(|&(s, e)| {
            let t = &text[s..e];
            !t.contains('\n')
                && t.chars().count() < 90
                && !t.ends_with(['.', '!', '?', '”', '"', ':', ','])
        })
        .collect()
}

/// Each distinct name with every whole-word occurrence.
fn names(text: &str, spans: &[Range]) -> Vec<Value> {
    let mut distinct: Vec<&str> = Vec::new();
    for &(s, e) in spans {
        if !distinct.contains(&&text[s..e]) {
            distinct.push(&text[s..e]);
        }
    }
    distinct
        .into_iter()
        .map(|name| {
            let all: Vec<Value> = text
                .match_indices(name)
                .map(|(i, _)| (i, i + name.len()))
                .filter(|&(s, e)| whole_word(text, s, e))
                .map(|r| span(text, r))
                .collect();
            json!({
                "name": name,
                "todo": "TODO: a person, party or place? Move it to people, parties (aliases) or places, or ordinary_capitals",
                "spans": all,
            })
        })
        .collect()
}

/// Quantities with no number, proposed as figures, what they count to say.
fn figures(text: &str, vague: &[Vague]) -> Vec<Value> {
    vague
        .iter()
        .enumerate()
        .map(|(i, v)| {
            json!({
                "id": format!("f-{}", i + 1),
                "value": null,
                "qualifier": v.qualifier,
                "unit": v.unit.unwrap_or("TODO: what it counts: killed, wounded, missing, …"),
                "counts": "TODO: what it counts, in words; or move it to non_claims",
                "span": span(text, v.span),
            })
        })
        .collect()
}

/// The draft dataset as a JSON value.
pub fn draft(text: &str) -> Value {
    let name_ranges = name_spans(text);
    let times = time_spans(text);
    let vague = vague_quantities(text);
    let non_claims: Vec<Value> = number_tokens(text)
        .into_iter()
        .filter(|n| !times.iter().any(|t| within(*t, *n)))
        .filter(|n| !vague.iter().any(|v| overlaps(v.span, *n)))
        .map(|n| json!({"span": span(text, n), "reason": "TODO: a figure (move it to figures) or no claim (say why)"}))
        .collect();
    let times: Vec<Value> = times
        .iter()
        .enumerate()
        .map(|(i, &t)| json!({"id": format!("t-{}", i + 1), "label": "TODO: what it refers to", "span": span(text, t)}))
        .collect();
    json!({
        "version": "TODO: the data's version, e.g. 1",
        "corrections": [],
        "article": {
            "title": "TODO: a headline for the page",
            "title_editor_supplied": true,
            "language": "en",
            "description": "TODO: one sentence about the article, for search engines and the app manifest",
            "search_examples": ["TODO: two or three words a reader might search for"],
            "section_heads": section_heads(text).into_iter().map(|r| span(text, r)).collect::<Vec<_>>(),
        },
        "parties": [],
        "people": [],
        "statements": statements(text, &name_ranges),
        "figures": figures(text, &vague),
        "relations": [],
        "places": [],
        "times": times,
        "non_claims": non_claims,
        "ordinary_capitals": [],
        "names": names(text, &name_ranges),
    })
}

/// The draft as the file `draft` writes.
pub fn draft_json(text: &str) -> String {
    crate::author::session::tidy(&draft(text).to_string()).expect("the draft is JSON")
}

/// How many of a final dataset's items of one kind the draft pre-found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recall {
    pub kind: &'static str,
    pub found: usize,
    pub total: usize,
}

impl Recall {
    pub fn share(&self) -> f64 {
        self.found as f64 / self.total.max(1) as f64
    }
}

fn spans_at(v: &Value, collection: &str, key: &str) -> Vec<Range> {
    let items = v
        .get(collection)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    items
        .iter()
        .filter_map(|item| item.get(key))
        .flat_map(|s| match s {
            Value::Array(a) => a.clone(),
            one => vec![one.clone()],
        })
        .filter_map(|s| {
            Some((
                s.get("start")?.as_u64()? as usize,
                s.get("end")?.as_u64()? as usize,
            ))
        })
        .collect()
}

/// The share of the final dataset's statements, figures, people, parties
/// and places, and time references whose span overlaps a span the draft
/// pre-found for that kind (a party counts by its aliases; parties the text
/// names nowhere have none and are left out).
pub fn recall(text: &str, final_dataset: &crate::dataset::model::Dataset) -> Vec<Recall> {
    let mut v = draft(text);
    crate::author::quotes::resolve_all(&mut v, text);
    let count = |kind, items: Vec<Vec<Range>>, pre: Vec<Range>| {
        let items: Vec<Vec<Range>> = items.into_iter().filter(|s| !s.is_empty()).collect();
        let found = items
            .iter()
            .filter(|spans| spans.iter().any(|s| pre.iter().any(|p| overlaps(*s, *p))))
            .count();
        Recall {
            kind,
            found,
            total: items.len(),
        }
    };
    let r = |s: &crate::dataset::model::Span| (s.start, s.end);
    let d = final_dataset;
    let mut entities: Vec<Vec<Range>> = d.people.iter().map(|p| vec![r(&p.span)]).collect();
    entities.extend(d.parties.iter().map(|p| p.aliases.iter().map(r).collect()));
    entities.extend(d.places.iter().map(|p| p.spans.iter().map(r).collect()));
    vec![
        count(
            "statements",
            d.statements.iter().map(|s| vec![r(&s.span)]).collect(),
            spans_at(&v, "statements", "span"),
        ),
        count(
            "figures",
            d.figures.iter().map(|f| vec![r(&f.span)]).collect(),
            [
                spans_at(&v, "non_claims", "span"),
                spans_at(&v, "figures", "span"),
            ]
            .concat(),
        ),
        count(
            "people, parties, places",
            entities,
            spans_at(&v, "names", "spans"),
        ),
        count(
            "time references",
            d.times.iter().map(|t| vec![r(&t.span)]).collect(),
            spans_at(&v, "times", "span"),
        ),
    ]
}

/// Of the final dataset's attributed statements that the draft pre-found,
/// how many carry a speaker hint naming their speaker: the hint's words
/// are in the speaker's name, an alias, the person's role or the text that
/// first names them (or hold the name).
pub fn speaker_hints(text: &str, final_dataset: &crate::dataset::model::Dataset) -> Recall {
    use crate::dataset::model::PartyKind;
    let mut v = draft(text);
    crate::author::quotes::resolve_all(&mut v, text);
    let drafted: Vec<(Range, String)> = v["statements"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| {
            let span = (
                s["span"]["start"].as_u64()? as usize,
                s["span"]["end"].as_u64()? as usize,
            );
            let hint = s["speaker"]
                .as_str()?
                .split(": ")
                .nth(2)?
                .split('?')
                .next()?;
            Some((span, hint.to_lowercase()))
        })
        .collect();
    let d = final_dataset;
    let mut found = 0;
    let mut total = 0;
    for s in &d.statements {
        let party = d.parties.iter().find(|p| p.id == s.speaker);
        if party.is_some_and(|p| p.kind == PartyKind::Narrator) {
            continue;
        }
        let at = (s.span.start, s.span.end);
        let Some((_, hint)) = drafted.iter().find(|(r, _)| overlaps(*r, at)) else {
            continue;
        };
        total += 1;
        let mut names: Vec<String> = Vec::new();
        if let Some(p) = party {
            names.push(p.name.clone());
            names.extend(p.aliases.iter().map(|a| a.text.clone()));
        }
        if let Some(p) = d.people.iter().find(|p| p.id == s.speaker) {
            names.extend([p.name.clone(), p.role.clone(), p.span.text.clone()]);
        }
        let named = names
            .iter()
            .map(|n| n.to_lowercase())
            .any(|n| !n.is_empty() && (n.contains(hint.as_str()) || hint.contains(n.as_str())));
        found += usize::from(named);
    }
    Recall {
        kind: "speaker hints",
        found,
        total,
    }
}

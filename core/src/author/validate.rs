//! Proves a dataset faithful to its article: ids resolve, every span is the
//! article's text at its offsets, and every number, quoted passage and name in
//! the article is accounted for. Each problem names the item and the reason.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::author::source::{JsonPath, PathSeg};
pub use crate::dataset::article::quoted_passages;
use crate::dataset::article::{contains, is_quote_mark};
use crate::dataset::lookup::Lookup;
use crate::dataset::model::{
    Dataset, Figure, PartyKind, Relation, RelationKind, Span, StatementKind,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The item at fault, e.g. `figure "f-133-killed"` or `article byte 120`.
    pub item: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.item, self.reason)
    }
}

/// What the lines the data writes about the article (its summary, the
/// groups' questions) are checked against, made once per validation.
struct ArticleTerms {
    /// Every number of the article as written, lower-cased ("3,967", "two").
    numbers: BTreeSet<String>,
    /// The article with its apostrophes straight (`plain_apostrophes`).
    text: String,
}

impl ArticleTerms {
    fn new(article: &str) -> ArticleTerms {
        ArticleTerms {
            numbers: number_tokens(article)
                .into_iter()
                .map(|(s, e)| article[s..e].to_lowercase())
                .collect(),
            text: plain_apostrophes(article),
        }
    }
}

/// Apostrophes may be straight or curly on either side of a comparison.
fn plain_apostrophes(text: &str) -> String {
    text.replace('\u{2019}', "'")
}

/// How a problem names a relation: `relation contradicts "a" → "b"`.
fn relation_item(r: &Relation) -> String {
    format!("relation {} \"{}\" → \"{}\"", r.kind.label(), r.from, r.to)
}

/// Number words that must be accounted for like numerals: cardinals, their
/// plurals as vague quantities ("hundreds"), "dozen", "half" and ordinals.
const NUMBER_WORDS: [&str; 63] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "half",
    "halves",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "hundredth",
    "thousandth",
    "millionth",
];

/// True for a number word ("two", "dozens"), in lower case.
pub fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(&word)
}

/// Any string value "TODO" or starting with "TODO" (as `draft` writes them)
/// is a problem until someone resolves it. Works on the JSON source, so it
/// sees every field, whatever the model holds.
pub fn todos(value: &serde_json::Value) -> Vec<(JsonPath, Problem)> {
    fn walk(v: &serde_json::Value, path: &JsonPath, id: &str, out: &mut Vec<(JsonPath, Problem)>) {
        use serde_json::Value;
        match v {
            Value::String(s) if s.starts_with("TODO") => {
                let item = match id {
                    "" => path.to_string(),
                    id => format!("{path} (\"{id}\")"),
                };
                out.push((
                    path.clone(),
                    Problem {
                        item,
                        reason: format!("still to do: {s}"),
                    },
                ));
            }
            Value::Object(m) => {
                let id = m.get("id").and_then(Value::as_str).unwrap_or(id);
                for (k, x) in m {
                    walk(x, &path.child(PathSeg::Key(k.clone())), id, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &path.child(PathSeg::Index(i)), id, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &JsonPath::default(), "", &mut out);
    out
}

/// Every rule, all problems at once.
pub fn validate(article: &str, d: &Dataset) -> Result<(), Vec<Problem>> {
    let mut v = Validator {
        article,
        problems: Vec::new(),
    };
    v.ids(d);
    v.versioning(d);
    v.references(d);
    v.relations(d);
    v.headlines(d);
    v.quantities(d);
    v.spans(d);
    v.numbers(d);
    v.quotes(d);
    v.names(d);
    if v.problems.is_empty() {
        Ok(())
    } else {
        Err(v.problems)
    }
}

struct Validator<'a> {
    article: &'a str,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn fail(&mut self, item: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(Problem {
            item: item.into(),
            reason: reason.into(),
        });
    }

    fn ids(&mut self, d: &Dataset) {
        let mut seen = BTreeSet::new();
        for (kind, id) in all_ids(d) {
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.fail(
                    format!("{kind} \"{id}\""),
                    "id must be kebab-case ([a-z0-9-]+)",
                );
            }
            if !seen.insert(id) {
                self.fail(format!("{kind} \"{id}\""), "duplicate id");
            }
        }
    }

    fn references(&mut self, d: &Dataset) {
        let l = Lookup::new(d);
        self.party_and_statement_references(d, &l);
        self.figure_references(d, &l);
        self.side_references(d, &l);
    }

    /// Sides exist; once a dataset has sides, every speaker and claimant
    /// is on one (else the side chips would miss their claims).
    fn side_references(&mut self, d: &Dataset, l: &Lookup) {
        let declared = d
            .parties
            .iter()
            .map(|p| (format!("party \"{}\"", p.id), &p.side))
            .chain(
                d.people
                    .iter()
                    .map(|p| (format!("person \"{}\"", p.id), &p.side)),
            );
        for (item, side) in declared {
            if let Some(side) = side.as_deref().filter(|s| l.side_index(s).is_none()) {
                self.fail(item, format!("side \"{side}\" is not one of `sides`"));
            }
        }
        if d.sides.is_empty() {
            return;
        }
        let actors = d
            .statements
            .iter()
            .map(|s| (format!("statement \"{}\"", s.id), Some(s.speaker.as_str())))
            .chain(
                d.figures
                    .iter()
                    .map(|f| (format!("figure \"{}\"", f.id), f.claimant.as_deref())),
            );
        for (item, actor) in actors {
            if let Some(actor) = actor.filter(|a| l.side_of(a).is_none()) {
                self.fail(
                    item,
                    format!("\"{actor}\" is on no side: give its party (or the person) a `side`"),
                );
            }
        }
    }

    /// Parties' countries, people's parties, statements' speakers and the
    /// parties they are about, and that no two statements share a span.
    fn party_and_statement_references(&mut self, d: &Dataset, l: &Lookup) {
        let is_party = |id: &str| l.party(id).is_some();
        let is_actor = |id: &str| l.party(id).is_some() || l.person(id).is_some();
        for p in &d.parties {
            if let Some(c) = &p.country {
                match l.party(c) {
                    Some(state) if state.kind == PartyKind::State => {}
                    Some(_) => self.fail(
                        format!("party \"{}\"", p.id),
                        format!("country \"{c}\" is not a state"),
                    ),
                    None => self.fail(
                        format!("party \"{}\"", p.id),
                        format!("country \"{c}\" does not exist"),
                    ),
                }
            }
        }
        for p in &d.people {
            let links = [("party", &p.party), ("affiliation", &p.affiliation)];
            for (field, id) in links {
                if let Some(id) = id.as_deref().filter(|id| !is_party(id)) {
                    self.fail(
                        format!("person \"{}\"", p.id),
                        format!("{field} \"{id}\" does not exist"),
                    );
                }
            }
        }
        for s in &d.statements {
            let item = format!("statement \"{}\"", s.id);
            if !is_actor(&s.speaker) {
                self.fail(
                    &item,
                    format!("speaker \"{}\" is no person or party", s.speaker),
                );
            }
            if s.about.is_empty() {
                self.fail(&item, "is about no party");
            }
            for a in s.about.iter().filter(|a| !is_party(a)) {
                self.fail(&item, format!("about \"{a}\" is no party"));
            }
        }
        let mut spans = BTreeSet::new();
        for s in &d.statements {
            if !spans.insert((s.span.start, s.span.end)) {
                self.fail(
                    format!("statement \"{}\"", s.id),
                    "has the same span as another statement",
                );
            }
        }
    }

    /// Figures' subjects, claimants, statements and contradictions.
    fn figure_references(&mut self, d: &Dataset, l: &Lookup) {
        let is_party = |id: &str| l.party(id).is_some();
        let is_actor = |id: &str| l.party(id).is_some() || l.person(id).is_some();
        for f in &d.figures {
            let item = format!("figure \"{}\"", f.id);
            for s in f.subjects.iter().filter(|s| !is_party(s)) {
                self.fail(&item, format!("subject \"{s}\" is no party"));
            }
            if let Some(c) = f.claimant.as_deref().filter(|c| !is_actor(c)) {
                self.fail(&item, format!("claimant \"{c}\" is no person or party"));
            }
            if let Some(sid) = &f.statement {
                match l.statement(sid) {
                    None => self.fail(&item, format!("statement \"{sid}\" does not exist")),
                    Some(s)
                        if !contains((s.span.start, s.span.end), (f.span.start, f.span.end)) =>
                    {
                        self.fail(&item, format!("span lies outside statement \"{sid}\""))
                    }
                    Some(_) => {}
                }
            }
        }
    }

    /// The data says which version it is, and its corrections are dated.
    fn versioning(&mut self, d: &Dataset) {
        if d.version.trim().is_empty() {
            self.fail("dataset", "version is empty");
        }
        for (i, c) in d.corrections.iter().enumerate() {
            let item = format!("correction {}", i + 1);
            if !is_iso_date(&c.date) {
                self.fail(&item, format!("date \"{}\" is not YYYY-MM-DD", c.date));
            }
            if c.change.trim().is_empty() || c.reason.trim().is_empty() {
                self.fail(&item, "says no change or no reason");
            }
        }
    }

    /// Relations join two existing claims, once, with a note; a denial comes
    /// from a statement of the kind denial.
    fn relations(&mut self, d: &Dataset) {
        let l = Lookup::new(d);
        let is_claim = |id: &str| l.statement(id).is_some() || l.figure(id).is_some();
        let mut seen = BTreeSet::new();
        for r in &d.relations {
            let item = relation_item(r);
            for end in [&r.from, &r.to] {
                if !is_claim(end) {
                    self.fail(&item, format!("\"{end}\" is no statement or figure"));
                }
            }
            if r.from == r.to {
                self.fail(&item, "relates a claim to itself");
            }
            let (a, b) = if r.kind == RelationKind::Denies || r.from < r.to {
                (&r.from, &r.to)
            } else {
                (&r.to, &r.from)
            };
            if !seen.insert((a, b)) {
                self.fail(&item, "relates the same two claims twice");
            }
            if r.note.trim().is_empty() {
                self.fail(&item, "has no note for the reader");
            }
            let denial = l.statement(&r.from).map(|s| s.kind);
            if r.kind == RelationKind::Denies && denial != Some(StatementKind::Denial) {
                self.fail(&item, "a denial must come from a statement of kind denial");
            }
            self.relation_extras(&l, r, &item);
        }
    }

    /// The summary and each group's question: one line each, in the text's
    /// own terms; every group of related figures has exactly one question.
    fn headlines(&mut self, d: &Dataset) {
        let terms = ArticleTerms::new(self.article);
        if let Some(summary) = &d.article.summary {
            self.own_terms(&terms, "article summary", summary, "a one-line summary");
        }
        let l = Lookup::new(d);
        for r in d.relations.iter().filter(|r| r.question.is_some()) {
            if l.figure(&r.from).is_none() || l.figure(&r.to).is_none() {
                self.fail(
                    relation_item(r),
                    "only a relation between two figures heads a group of figures: drop `question`",
                );
            }
        }
        for group in crate::read::figures::clusters(&d.figures, &d.relations) {
            let relations = crate::read::figures::group_relations(&d.figures, &d.relations, &group);
            let asked: Vec<&&Relation> =
                relations.iter().filter(|r| r.question.is_some()).collect();
            let ids: Vec<String> = group
                .iter()
                .map(|&m| format!("\"{}\"", d.figures[m].id))
                .collect();
            match asked.as_slice() {
                [] => self.fail(
                    relation_item(relations[0]),
                    format!(
                        "the related figures {} have no headline: add `question` to one of their relations, the question the group answers (\"How many were hurt?\")",
                        ids.join(", ")
                    ),
                ),
                [one] => {
                    let q = one.question.as_deref().unwrap_or_default();
                    self.own_terms(&terms, relation_item(one), q, "a question");
                    if !q.trim_end().ends_with('?') {
                        self.fail(relation_item(one), "`question` is a question: end it with \"?\"");
                    }
                }
                [_, extra @ ..] => {
                    for r in extra {
                        self.fail(
                            relation_item(r),
                            format!("the related figures {} already have a question: keep one", ids.join(", ")),
                        );
                    }
                }
            }
        }
    }

    /// A line the data writes about the article says only what the text
    /// says: one line, its numbers the article's numbers, its quoted words
    /// the article's words.
    fn own_terms(
        &mut self,
        article: &ArticleTerms,
        item: impl Into<String>,
        line: &str,
        what: &str,
    ) {
        let item = item.into();
        if line.trim().is_empty() || line.contains('\n') {
            self.fail(
                &item,
                format!("is empty or runs over lines: write {what} on one line"),
            );
        }
        for (s, e) in number_tokens(line) {
            if !article.numbers.contains(&line[s..e].to_lowercase()) {
                self.fail(
                    &item,
                    format!(
                        "number \"{}\" is not in the article: use only its numbers, written as it writes them",
                        &line[s..e]
                    ),
                );
            }
        }
        let passages = quoted_passages(line);
        for &(s, e) in &passages {
            // The words between the marks: the marks' style may differ.
            let inner = line[s..e].trim_matches(is_quote_mark);
            if !article.text.contains(&plain_apostrophes(inner)) {
                self.fail(
                    &item,
                    format!("quotes \"{inner}\", which is not in the article"),
                );
            }
        }
        let marks = line.chars().filter(|&c| is_quote_mark(c)).count();
        if marks != passages.len() * 2 {
            self.fail(
                &item,
                "has a quotation mark with no partner: close the quote",
            );
        }
    }

    /// A denial's `part` names something; a repeated claim is the same claim.
    fn relation_extras(&mut self, l: &Lookup, r: &Relation, item: &str) {
        match (&r.part, r.kind) {
            (Some(_), kind) if kind != RelationKind::Denies => self.fail(
                item,
                "only a denial says which part of a claim it denies: drop `part`",
            ),
            (Some(p), _) if p.trim().is_empty() => self.fail(
                item,
                "`part` is empty: say which part it denies, or drop it",
            ),
            _ => {}
        }
        if r.kind != RelationKind::Repeats {
            return;
        }
        let (a, b) = (l.figure(&r.from), l.figure(&r.to));
        let same = |x: &Figure, y: &Figure| {
            (x.value, x.qualifier, x.unit) == (y.value, y.qualifier, y.unit)
        };
        match (a, b) {
            (Some(x), Some(y)) if !same(x, y) => self.fail(
                item,
                "repeats joins one claim reported twice, so the figures give the same number, qualifier and unit; claims that differ are `differs`",
            ),
            (Some(_), None) | (None, Some(_)) => {
                self.fail(item, "repeats joins two figures or two statements, not one of each")
            }
            _ => {}
        }
    }

    /// A quantity with a number has a value; a vague one ("many", "dozens",
    /// none reported) has none; other readings come with a note.
    fn quantities(&mut self, d: &Dataset) {
        for f in &d.figures {
            let item = format!("figure \"{}\"", f.id);
            match (f.qualifier.has_value(), f.value) {
                (true, None) => self.fail(&item, format!("\"{:?}\" needs a value", f.qualifier)),
                (false, Some(_)) => self.fail(
                    &item,
                    format!(
                        "\"{:?}\" is a quantity with no number: drop the value",
                        f.qualifier
                    ),
                ),
                _ => {}
            }
            if f.readings.contains(&f.qualifier) {
                self.fail(&item, "lists its own qualifier as another reading");
            }
            if !f.readings.is_empty() && f.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                self.fail(&item, "has other readings but no note saying why");
            }
        }
    }

    fn spans(&mut self, d: &Dataset) {
        for (item, span) in all_spans(d) {
            if let Some(reason) = span_problem(self.article, span) {
                self.fail(item, reason);
            }
        }
    }

    /// Every numeral and number word lies in a figure, time or non-claim span.
    fn numbers(&mut self, d: &Dataset) {
        let covering: Vec<(usize, usize)> = d
            .figures
            .iter()
            .map(|f| &f.span)
            .chain(d.times.iter().map(|t| &t.span))
            .chain(d.non_claims.iter().map(|n| &n.span))
            .map(|s| (s.start, s.end))
            .collect();
        for (start, end) in number_tokens(self.article) {
            if !covering.iter().any(|&c| contains(c, (start, end))) {
                self.fail(
                    format!("article byte {start}"),
                    format!(
                        "number \"{}\" is in no figure, time reference or non-claim",
                        &self.article[start..end]
                    ),
                );
            }
        }
    }

    /// Every double-quoted passage lies in a statement's span, and every
    /// scare quote is a quoted passage.
    fn quotes(&mut self, d: &Dataset) {
        let passages = quoted_passages(self.article);
        for q in &d.scare_quotes {
            if !passages.contains(&(q.span.start, q.span.end)) {
                self.fail(
                    format!("scare quote \"{}\"", q.span.text),
                    "is not a passage in quotation marks, marks included",
                );
            }
        }
        let spans: Vec<(usize, usize)> = d
            .statements
            .iter()
            .map(|s| (s.span.start, s.span.end))
            .chain(d.scare_quotes.iter().map(|q| (q.span.start, q.span.end)))
            .collect();
        for (start, end) in passages {
            if !spans.iter().any(|&s| contains(s, (start, end))) {
                self.fail(
                    format!("article byte {start}"),
                    format!(
                        "quoted passage {} belongs to no statement or scare quote",
                        &self.article[start..end]
                    ),
                );
            }
        }
    }

    /// Every capitalised word that does not start a sentence is a known name.
    fn names(&mut self, d: &Dataset) {
        let mut texts: Vec<&str> = Vec::new();
        for p in &d.parties {
            texts.push(&p.name);
            texts.extend(p.aliases.iter().map(|a| a.text.as_str()));
        }
        for p in &d.people {
            texts.extend([p.name.as_str(), p.role.as_str()]);
            texts.extend(p.rank.as_deref());
        }
        for p in &d.places {
            texts.push(&p.name);
            texts.extend(p.spans.iter().map(|s| s.text.as_str()));
        }
        // Time spans, not their labels: a label is free text and would hide
        // a missing name.
        texts.extend(d.times.iter().map(|t| t.span.text.as_str()));
        texts.extend(d.ordinary_capitals.iter().map(|o| o.word.as_str()));
        let known: BTreeSet<&str> = texts
            .iter()
            .flat_map(|t| words(t).into_iter().map(move |(s, e)| &t[s..e]))
            .collect();
        let mut missing: BTreeMap<&str, usize> = BTreeMap::new();
        for (s, e) in words(self.article) {
            let word = &self.article[s..e];
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if capital && !starts_sentence(self.article, s) && !known.contains(word) {
                missing.entry(word).or_insert(s);
            }
        }
        for (word, at) in missing {
            self.fail(
                format!("article byte {at}"),
                format!("name \"{word}\" is in no party, person, place or time span"),
            );
        }
    }
}

pub fn all_ids(d: &Dataset) -> Vec<(&'static str, &str)> {
    let mut ids = Vec::new();
    ids.extend(d.sides.iter().map(|x| ("side", x.id.as_str())));
    ids.extend(d.parties.iter().map(|x| ("party", x.id.as_str())));
    ids.extend(d.people.iter().map(|x| ("person", x.id.as_str())));
    ids.extend(d.statements.iter().map(|x| ("statement", x.id.as_str())));
    ids.extend(d.figures.iter().map(|x| ("figure", x.id.as_str())));
    ids.extend(d.places.iter().map(|x| ("place", x.id.as_str())));
    ids.extend(d.times.iter().map(|x| ("time", x.id.as_str())));
    ids
}

pub fn all_spans(d: &Dataset) -> Vec<(String, &Span)> {
    let mut out = Vec::new();
    for (i, s) in d.article.section_heads.iter().enumerate() {
        out.push((format!("section head {}", i + 1), s));
    }
    if let Some(c) = &d.article.caveat {
        out.push(("article caveat".to_string(), c));
    }
    for p in &d.parties {
        for a in &p.aliases {
            out.push((format!("party \"{}\" alias \"{}\"", p.id, a.text), a));
        }
    }
    for p in &d.people {
        out.push((format!("person \"{}\"", p.id), &p.span));
    }
    for s in &d.statements {
        out.push((format!("statement \"{}\"", s.id), &s.span));
    }
    for f in &d.figures {
        out.push((format!("figure \"{}\"", f.id), &f.span));
    }
    for p in &d.places {
        for s in &p.spans {
            out.push((format!("place \"{}\"", p.id), s));
        }
    }
    for t in &d.times {
        out.push((format!("time \"{}\"", t.id), &t.span));
    }
    for (i, n) in d.non_claims.iter().enumerate() {
        out.push((format!("non-claim {} \"{}\"", i + 1, n.span.text), &n.span));
    }
    for q in &d.scare_quotes {
        out.push((format!("scare quote \"{}\"", q.span.text), &q.span));
    }
    out
}

/// YYYY-MM-DD with a plausible month and day.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |p: &str, len: usize| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m, d] if number(y, 4) && number(m, 2) && number(d, 2) => {
            let (m, d): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
            (1..=12).contains(&m) && (1..=31).contains(&d)
        }
        _ => false,
    }
}

/// Why a span does not match the article, if it does not.
pub fn span_problem(article: &str, span: &Span) -> Option<String> {
    if span.start >= span.end {
        return Some(format!(
            "span {}..{} is empty or reversed",
            span.start, span.end
        ));
    }
    match article.get(span.start..span.end) {
        None => Some(format!(
            "span {}..{} is outside the article ({} bytes) or splits a character",
            span.start,
            span.end,
            article.len()
        )),
        Some(actual) if actual != span.text => Some(format!(
            "text {:?} differs from the article at {}..{}, which reads {:?}",
            span.text, span.start, span.end, actual
        )),
        Some(_) => None,
    }
}

/// Byte ranges of words: maximal runs of letters.
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Numerals ("3,967", the "47" of "AK-47s") and number words.
pub fn number_tokens(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || (bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    for (s, e) in words(text) {
        if NUMBER_WORDS.contains(&text[s..e].to_lowercase().as_str()) {
            out.push((s, e));
        }
    }
    out.sort_unstable();
    out
}

/// A word starts a sentence when it opens a block, follows sentence-ending
/// punctuation, or directly follows a quote mark.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    if let Some(c) = before.chars().next_back() {
        if matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'') {
            return true;
        }
    }
    match before.trim_end_matches([' ', '\u{a0}']).chars().next_back() {
        None | Some('\n' | '.' | '!' | '?' | ':') => true,
        Some(c) => is_quote_mark(c),
    }
}

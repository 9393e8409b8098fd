//! Exports of the current results, with their spans, as CSV and JSON.

use serde::Serialize;

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Dataset, Span};
use crate::publish::selectors::{Anchoring, Target};
use crate::read::query::{Index, ItemRef};

#[derive(Debug, Serialize, PartialEq)]
pub struct ExportRow<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: &'a str,
    /// Speaker of a statement, claimant of a figure ("" when none is named).
    pub source: &'a str,
    pub channel: &'a str,
    /// Statement kind, or the unit of a figure.
    pub category: &'a str,
    /// A figure's value in words, e.g. "at least 12".
    pub figure: String,
    pub span: &'a Span,
    /// The span as a W3C Web Annotation target (`crate::publish::selectors`).
    pub target: Target,
}

pub fn rows<'a>(
    l: &'a Lookup<'a>,
    index: &'a Index,
    items: &[usize],
    anchoring: &Anchoring,
) -> Vec<ExportRow<'a>> {
    let d = l.dataset();
    items
        .iter()
        .filter_map(|&i| index.items.get(i))
        .map(|item| match item.target {
            ItemRef::Statement(s) => {
                let s = &d.statements[s];
                ExportRow {
                    kind: "statement",
                    id: &s.id,
                    source: l.name_of(&s.speaker),
                    channel: s.channel.label(),
                    category: s.kind.label(),
                    figure: String::new(),
                    span: &s.span,
                    target: anchoring.target(&s.span),
                }
            }
            ItemRef::Figure(f) => {
                let f = &d.figures[f];
                let channel = l.statement_of(f).map_or("", |s| s.channel.label());
                ExportRow {
                    kind: "figure",
                    id: &f.id,
                    source: f.claimant.as_deref().map_or("", |c| l.name_of(c)),
                    channel,
                    category: f.unit.label(),
                    figure: f.qualifier.describe(f.value),
                    span: &f.span,
                    target: anchoring.target(&f.span),
                }
            }
        })
        .collect()
}

/// Which data an export comes from: every export names its version and
/// content hash, so a reader can tell which correction it reflects.
#[derive(Clone, Copy, Debug, Serialize, PartialEq)]
pub struct Provenance<'a> {
    pub data_version: &'a str,
    pub content_hash: &'a str,
    pub article: &'a str,
}

impl<'a> Provenance<'a> {
    pub fn of(d: &'a Dataset, content_hash: &'a str) -> Provenance<'a> {
        Provenance {
            data_version: &d.version,
            content_hash,
            article: &d.article.title,
        }
    }
}

/// The results as JSON: the provenance, then the rows.
pub fn to_json(rows: &[ExportRow], provenance: Provenance) -> String {
    #[derive(Serialize)]
    struct Export<'a> {
        #[serde(flatten)]
        provenance: Provenance<'a>,
        rows: &'a [ExportRow<'a>],
    }
    serde_json::to_string_pretty(&Export { provenance, rows }).unwrap_or_else(|_| "{}".into())
}

/// The whole verified dataset, every collection, with its provenance and
/// the Web Annotation target of every span: what "Get the data" downloads.
pub fn dataset_json(d: &Dataset, provenance: Provenance, anchoring: &Anchoring) -> String {
    #[derive(Serialize)]
    struct Everything<'a> {
        #[serde(flatten)]
        provenance: Provenance<'a>,
        dataset: &'a Dataset,
        targets: Targets<'a>,
    }
    let everything = Everything {
        provenance,
        dataset: d,
        targets: Targets::of(d, anchoring),
    };
    serde_json::to_string_pretty(&everything).unwrap_or_else(|_| "{}".into())
}

/// Per kind, each item's id and its target (a place's one per mention), in
/// dataset order.
#[derive(Debug, Serialize)]
pub struct Targets<'a> {
    pub statements: Keyed<'a, Target>,
    pub figures: Keyed<'a, Target>,
    pub people: Keyed<'a, Target>,
    pub places: Keyed<'a, Vec<Target>>,
    pub times: Keyed<'a, Target>,
}

impl<'a> Targets<'a> {
    pub fn of(d: &'a Dataset, a: &Anchoring) -> Targets<'a> {
        let one = |id: &'a String, span: &Span| (id.as_str(), a.target(span));
        Targets {
            statements: Keyed(d.statements.iter().map(|s| one(&s.id, &s.span)).collect()),
            figures: Keyed(d.figures.iter().map(|f| one(&f.id, &f.span)).collect()),
            people: Keyed(d.people.iter().map(|p| one(&p.id, &p.span)).collect()),
            places: Keyed(
                d.places
                    .iter()
                    .map(|p| (p.id.as_str(), p.spans.iter().map(|s| a.target(s)).collect()))
                    .collect(),
            ),
            times: Keyed(d.times.iter().map(|t| one(&t.id, &t.span)).collect()),
        }
    }
}

/// Pairs serialized as a JSON object, keeping their order.
#[derive(Debug)]
pub struct Keyed<'a, T>(pub Vec<(&'a str, T)>);

impl<T: Serialize> Serialize for Keyed<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

const CSV_HEADER: &str = "type,id,source,channel,category,figure,start,end,text,data_version,\
     content_hash,quote_prefix,quote_exact,quote_suffix\r\n";

/// The characters a spreadsheet may read as the start of a formula, as
/// OWASP lists them (CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell a spreadsheet will not run: one that begins with a formula
/// character gets a leading `'`, OWASP's advice. The CSV is for
/// spreadsheets; the JSON export keeps every text verbatim.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends, each
/// cell guarded against formulas (`spreadsheet_safe`); each row names the
/// data's version and hash, and ends with its text quote selector (prefix,
/// exact, suffix).
pub fn to_csv(rows: &[ExportRow], provenance: Provenance) -> String {
    let mut out = String::from(CSV_HEADER);
    for r in rows {
        let quote = r.target.quote();
        let fields = [
            r.kind,
            r.id,
            r.source,
            r.channel,
            r.category,
            &r.figure,
            &r.span.start.to_string(),
            &r.span.end.to_string(),
            &r.span.text,
            provenance.data_version,
            provenance.content_hash,
            &quote.prefix,
            &quote.exact,
            &quote.suffix,
        ];
        let line: Vec<String> = fields
            .iter()
            .map(|f| format!("\"{}\"", spreadsheet_safe(f).replace('"', "\"\"")))
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::selectors::article_source;
    use crate::test_data::{fixture, ARTICLE};
    use proptest::prelude::*;

    #[test]
    fn csv_quotes_fields_with_quotes_commas_and_line_breaks() {
        let article = "x: He said \"no\", then\nleft.";
        let span = Span {
            start: 3,
            end: 26,
            text: "He said \"no\", then\nleft".into(),
        };
        let row = ExportRow {
            kind: "statement",
            id: "s-1",
            source: "Doe, Jane",
            channel: "Post on X",
            category: "Claim",
            figure: String::new(),
            span: &span,
            target: Anchoring::new(article, article_source("abc")).target(&span),
        };
        let provenance = Provenance {
            data_version: "2",
            content_hash: "abc",
            article: "A title",
        };
        assert_eq!(
            to_csv(&[row], provenance),
            "type,id,source,channel,category,figure,start,end,text,data_version,content_hash,\
             quote_prefix,quote_exact,quote_suffix\r\n\
             \"statement\",\"s-1\",\"Doe, Jane\",\"Post on X\",\"Claim\",\"\",\"3\",\"26\",\
             \"He said \"\"no\"\", then\nleft\",\"2\",\"abc\",\"\",\
             \"He said \"\"no\"\", then\nleft\",\"\"\r\n"
        );
        assert_eq!(to_csv(&[], provenance), CSV_HEADER);
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_get_a_leading_apostrophe() {
        for c in ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(c), format!("'{c}"));
        }
        for c in ["", "12", "a=b", "'=already", "“=quoted”", " =x"] {
            assert_eq!(spreadsheet_safe(c), c);
        }
    }

    /// RFC 4180 cells of a CSV whose every field is quoted.
    fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let (mut row, mut cell, mut quoted) = (vec![], String::new(), false);
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (_, '"') => quoted = !quoted,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (_, c) => cell.push(c),
            }
        }
        rows
    }

    proptest! {
        /// Whatever the data holds, no cell of the CSV begins with a
        /// formula character, and a guarded cell is the text behind one `'`.
        #[test]
        fn no_csv_cell_starts_a_formula(
            source in "[=+@a-z\\- \t\r\n\",']{0,8}",
            figure in "[=+@a-z0-9\\- \t\r\",']{0,8}",
            text in "[=+@a-z\\- \t\r\n\",']{1,12}",
        ) {
            let span = Span { start: 0, end: text.len(), text: text.clone() };
            let row = ExportRow {
                kind: "figure",
                id: "f-1",
                source: &source,
                channel: "Statement",
                category: "Killed",
                figure: figure.clone(),
                span: &span,
                target: Anchoring::new(&text, article_source("abc")).target(&span),
            };
            let provenance = Provenance { data_version: "2", content_hash: "abc", article: "t" };
            let rows = parse_csv(&to_csv(&[row], provenance));
            prop_assert_eq!(rows.len(), 2);
            for cell in &rows[1] {
                prop_assert!(!cell.starts_with(FORMULA_STARTS), "{:?}", cell);
            }
            let original = [&source, &figure, &text];
            for (got, want) in [&rows[1][2], &rows[1][5], &rows[1][8]].into_iter().zip(original) {
                let expected = if want.starts_with(FORMULA_STARTS) { format!("'{want}") } else { want.clone() };
                prop_assert_eq!(got, &expected);
            }
        }
    }

    #[test]
    fn json_exports_name_their_data_and_the_whole_dataset_is_downloadable() {
        let d = fixture();
        let provenance = Provenance::of(&d, "hash");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[], provenance)).unwrap();
        assert_eq!(v["data_version"], d.version.as_str());
        assert_eq!(v["content_hash"], "hash");
        assert_eq!(v["rows"].as_array().map(Vec::len), Some(0));
        let anchoring = Anchoring::new(ARTICLE, article_source("hash"));
        let all = dataset_json(&d, provenance, &anchoring);
        let all: serde_json::Value = serde_json::from_str(&all).unwrap();
        assert_eq!(
            all["dataset"]["people"].as_array().map(Vec::len),
            Some(d.people.len())
        );
        assert_eq!(
            all["dataset"]["relations"].as_array().map(Vec::len),
            Some(d.relations.len())
        );
        assert_eq!(all["content_hash"], "hash");
        let first = &d.statements[0];
        let target = &all["targets"]["statements"][&first.id];
        assert_eq!(target["source"], "urn:article-explorer:hash");
        assert_eq!(target["selector"][0]["exact"], first.span.text.as_str());
        let places: usize = d.places.iter().map(|p| p.spans.len()).sum();
        let listed = all["targets"]["places"].as_object().unwrap().values();
        assert_eq!(
            listed.map(|v| v.as_array().unwrap().len()).sum::<usize>(),
            places
        );
    }

    /// Every target "Get the data" exports, by kind, as JSON.
    fn exported_targets() -> Vec<(String, serde_json::Value)> {
        let d = fixture();
        let anchoring = Anchoring::new(ARTICLE, article_source("hash"));
        let all = dataset_json(&d, Provenance::of(&d, "hash"), &anchoring);
        let all: serde_json::Value = serde_json::from_str(&all).unwrap();
        let mut out = Vec::new();
        for (kind, items) in all["targets"].as_object().unwrap() {
            for target in items.as_object().unwrap().values() {
                match target.as_array() {
                    Some(list) => out.extend(list.iter().map(|t| (kind.clone(), t.clone()))),
                    None => out.push((kind.clone(), target.clone())),
                }
            }
        }
        out
    }

    /// The exported selectors as a consumer reads them: the position, in
    /// code points of the article, slices to `exact`, and prefix + exact +
    /// suffix occurs once in the article, at that position.
    fn check(target: &serde_json::Value) -> Result<(), TestCaseError> {
        let (q, p) = (&target["selector"][0], &target["selector"][1]);
        let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
        let (start, end) = (start as usize, end as usize);
        let sliced: String = ARTICLE.chars().skip(start).take(end - start).collect();
        let text = |k: &str| q[k].as_str().unwrap().to_string();
        prop_assert_eq!(&sliced, &text("exact"));
        let pattern = format!("{}{}{}", text("prefix"), text("exact"), text("suffix"));
        let found: Vec<usize> = ARTICLE.match_indices(&pattern).map(|(i, _)| i).collect();
        prop_assert_eq!(found.len(), 1, "{} is not unique", pattern);
        let at = ARTICLE[..found[0]].chars().count() + text("prefix").chars().count();
        prop_assert_eq!(at, start);
        // And once in the article as the page renders it (no text between
        // paragraphs).
        let rendered: String = crate::dataset::article::blocks(ARTICLE)
            .iter()
            .map(|b| b.text(ARTICLE))
            .collect();
        prop_assert_eq!(rendered.matches(&pattern).count(), 1);
        Ok(())
    }

    #[test]
    fn every_target_of_get_the_data_slices_to_its_exact_and_is_unique() {
        let targets = exported_targets();
        let d = fixture();
        let places: usize = d.places.iter().map(|p| p.spans.len()).sum();
        let n = d.statements.len() + d.figures.len() + d.people.len() + d.times.len() + places;
        assert_eq!(targets.len(), n);
        for (_, t) in &targets {
            check(t).unwrap();
        }
    }

    proptest! {
        /// Any selection of results exported as JSON: every row's target
        /// anchors its own span.
        #[test]
        fn every_exported_row_target_slices_to_its_exact(picks in prop::collection::vec(any::<prop::sample::Index>(), 1..20)) {
            let d = fixture();
            let (lookup, index) = (Lookup::new(&d), Index::new(&d));
            let items: Vec<usize> = picks.iter().map(|p| p.index(index.items.len())).collect();
            let anchoring = Anchoring::new(ARTICLE, article_source("hash"));
            let rows = rows(&lookup, &index, &items, &anchoring);
            let json = to_json(&rows, Provenance::of(&d, "hash"));
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            for row in v["rows"].as_array().unwrap() {
                prop_assert_eq!(&row["target"]["selector"][0]["exact"], &row["span"]["text"]);
                check(&row["target"])?;
            }
        }
    }
}

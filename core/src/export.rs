//! Exports of the current results, with their spans, as CSV and JSON.

use serde::Serialize;

use crate::lookup::Lookup;
use crate::model::{Dataset, Span};
use crate::query::{Index, ItemRef};

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
}

pub fn rows<'a>(l: &'a Lookup<'a>, index: &'a Index, items: &[usize]) -> Vec<ExportRow<'a>> {
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
                }
            }
            ItemRef::Figure(f) => {
                let f = &d.figures[f];
                let channel = f
                    .statement
                    .as_deref()
                    .and_then(|s| l.statement(s))
                    .map(|s| s.channel.label())
                    .unwrap_or("");
                ExportRow {
                    kind: "figure",
                    id: &f.id,
                    source: f.claimant.as_deref().map_or("", |c| l.name_of(c)),
                    channel,
                    category: f.unit.label(),
                    figure: f.qualifier.describe(f.value),
                    span: &f.span,
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

/// The whole verified dataset, every collection, with its provenance: what
/// "Get the data" downloads.
pub fn dataset_json(d: &Dataset, provenance: Provenance) -> String {
    #[derive(Serialize)]
    struct Everything<'a> {
        #[serde(flatten)]
        provenance: Provenance<'a>,
        dataset: &'a Dataset,
    }
    let everything = Everything {
        provenance,
        dataset: d,
    };
    serde_json::to_string_pretty(&everything).unwrap_or_else(|_| "{}".into())
}

const CSV_HEADER: &str =
    "type,id,source,channel,category,figure,start,end,text,data_version,content_hash\r\n";

/// RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; each
/// row names the data's version and hash.
pub fn to_csv(rows: &[ExportRow], provenance: Provenance) -> String {
    let mut out = String::from(CSV_HEADER);
    for r in rows {
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
        ];
        let line: Vec<String> = fields
            .iter()
            .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_fields_with_quotes_commas_and_line_breaks() {
        let span = Span {
            start: 3,
            end: 30,
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
        };
        let provenance = Provenance {
            data_version: "2",
            content_hash: "abc",
            article: "A title",
        };
        assert_eq!(
            to_csv(&[row], provenance),
            "type,id,source,channel,category,figure,start,end,text,data_version,content_hash\r\n\
             \"statement\",\"s-1\",\"Doe, Jane\",\"Post on X\",\"Claim\",\"\",\"3\",\"30\",\
             \"He said \"\"no\"\", then\nleft\",\"2\",\"abc\"\r\n"
        );
        assert_eq!(to_csv(&[], provenance), CSV_HEADER);
    }

    #[test]
    fn json_exports_name_their_data_and_the_whole_dataset_is_downloadable() {
        let (_, d) = crate::validate::load(
            include_bytes!("../../data/article.txt"),
            include_str!("../../data/dataset.json"),
        )
        .expect("valid");
        let provenance = Provenance::of(&d, "hash");
        let v: serde_json::Value = serde_json::from_str(&to_json(&[], provenance)).unwrap();
        assert_eq!(v["data_version"], d.version.as_str());
        assert_eq!(v["content_hash"], "hash");
        assert_eq!(v["rows"].as_array().map(Vec::len), Some(0));
        let all: serde_json::Value = serde_json::from_str(&dataset_json(&d, provenance)).unwrap();
        assert_eq!(
            all["dataset"]["people"].as_array().map(Vec::len),
            Some(d.people.len())
        );
        assert_eq!(
            all["dataset"]["relations"].as_array().map(Vec::len),
            Some(d.relations.len())
        );
        assert_eq!(all["content_hash"], "hash");
    }
}

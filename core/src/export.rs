//! Exports of the current results, with their spans, as CSV and JSON.

use serde::Serialize;

use crate::lookup::Lookup;
use crate::model::Span;
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

pub fn to_json(rows: &[ExportRow]) -> String {
    serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into())
}

/// RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends.
pub fn to_csv(rows: &[ExportRow]) -> String {
    let mut out = String::from("type,id,source,channel,category,figure,start,end,text\r\n");
    for r in rows {
        let fields = [
            r.kind.to_string(),
            r.id.to_string(),
            r.source.to_string(),
            r.channel.to_string(),
            r.category.to_string(),
            r.figure.clone(),
            r.span.start.to_string(),
            r.span.end.to_string(),
            r.span.text.clone(),
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
        assert_eq!(
            to_csv(&[row]),
            "type,id,source,channel,category,figure,start,end,text\r\n\
             \"statement\",\"s-1\",\"Doe, Jane\",\"Post on X\",\"Claim\",\"\",\"3\",\"30\",\
             \"He said \"\"no\"\", then\nleft\"\r\n"
        );
        assert_eq!(
            to_csv(&[]),
            "type,id,source,channel,category,figure,start,end,text\r\n"
        );
    }
}

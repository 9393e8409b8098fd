//! The reader's exports, prepared once at build time (issue 27): every
//! statement's and figure's CSV line, JSON object, citation and annotation,
//! and the whole dataset ("Get the data"), written as static files that the
//! reader fetches only when a reader asks. The reader joins the pieces of
//! the current results (`crate::read::exports`), so its wasm carries no
//! serializer and no selector code, and every export stays byte for byte
//! what `export` and `cite` write.

use serde::Serialize;

use crate::dataset::lookup::Lookup;
use crate::publish::cite::{annotation_json, citation};
use crate::publish::export::{dataset_json, rows, to_csv, to_json, Provenance};
use crate::publish::selectors::Anchoring;
use crate::read::exports::LINK_MARK;
use crate::read::query::Index;

/// The exports file: the frames and, per item of the index (in its order),
/// its pieces.
#[derive(Debug, Serialize)]
pub struct Prepared {
    pub csv_header: String,
    pub json_head: String,
    pub json_separator: String,
    pub json_tail: String,
    pub json_empty: String,
    pub items: Vec<PreparedItem>,
}

/// One statement's or figure's pieces.
#[derive(Debug, Serialize)]
pub struct PreparedItem {
    pub id: String,
    /// Its CSV line, with its line end.
    pub csv: String,
    /// Its object as it sits in the JSON export's rows.
    pub json: String,
    /// Its citation before and after the explorer's link.
    pub citation: [String; 2],
    /// Its annotation JSON before and after the explorer's link.
    pub annotation: [String; 2],
}

/// Why the exports could not be prepared: the data holds the link's mark.
#[derive(Debug, PartialEq, Eq)]
pub struct MarkInData(pub String);

/// Every item's pieces and the frames, from the same functions the
/// exports were written by.
pub fn prepare(
    l: &Lookup,
    index: &Index,
    anchoring: &Anchoring,
    provenance: Provenance,
) -> Result<Prepared, MarkInData> {
    let all: Vec<usize> = (0..index.items.len()).collect();
    let every_row = rows(l, index, &all, anchoring);
    let header = to_csv(&[], provenance);
    let mut items = Vec::with_capacity(all.len());
    let mut objects = Vec::with_capacity(all.len());
    for (row, item) in every_row.iter().zip(&index.items) {
        let line = to_csv(std::slice::from_ref(row), provenance)[header.len()..].to_owned();
        let object = serde_json::to_string_pretty(row)
            .expect("a row serializes")
            .replace('\n', "\n    ");
        let split = |text: Option<String>| -> Result<[String; 2], MarkInData> {
            let text = text.expect("every item has a citation");
            match text.split_once(LINK_MARK) {
                Some((a, b)) if !b.contains(LINK_MARK) => Ok([a.into(), b.into()]),
                _ => Err(MarkInData(item.id.clone())),
            }
        };
        items.push(PreparedItem {
            id: item.id.clone(),
            csv: line,
            json: format!("    {object}"),
            citation: split(citation(l, &item.id, LINK_MARK, provenance))?,
            annotation: split(annotation_json(
                l, anchoring, &item.id, LINK_MARK, provenance,
            ))?,
        });
        objects.push(format!("    {object}"));
    }
    let separator = ",\n".to_owned();
    let full = to_json(&every_row, provenance);
    let joined = objects.join(&separator);
    let (head, tail) = if joined.is_empty() {
        (String::new(), String::new())
    } else {
        let at = full.find(&joined).expect("the rows sit in the export");
        (full[..at].to_owned(), full[at + joined.len()..].to_owned())
    };
    Ok(Prepared {
        csv_header: header,
        json_head: head,
        json_separator: separator,
        json_tail: tail,
        json_empty: to_json(&[], provenance),
        items,
    })
}

/// The exports file's text.
pub fn prepared_json(p: &Prepared) -> String {
    serde_json::to_string(p).expect("prepared exports serialize")
}

/// "Get the data": the whole dataset, as `export::dataset_json` writes it.
pub fn dataset_file(l: &Lookup, provenance: Provenance, anchoring: &Anchoring) -> String {
    dataset_json(l.dataset(), provenance, anchoring)
}

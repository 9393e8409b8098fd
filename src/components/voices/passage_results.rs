use explorer_core::publish::voices_html::escape;
use explorer_core::read::query::{Facet, Filters, Outcome};
use yew::prelude::*;

use crate::data::Data;

/// The passages the Mentions filter finds (those that name the chosen
/// people or parties), each with the names marked; nothing when there are
/// none. A function, not a component, its
/// rows one string of plain text and marks: each component type and each
/// `html!` element costs the wasm far more bytes (the feature's size budget,
/// docs/voices.md).
pub fn passage_results(data: &Data, outcome: &Outcome, filters: &Filters) -> Html {
    let passages = &outcome.passages;
    if passages.is_empty() {
        return Html::default();
    }
    let mut out = format!(
        "<h3>Passages that name them ({})</h3><ol class=\"rows passages\">",
        passages.len()
    );
    for &p in passages {
        out += &passage(data, p, filters);
    }
    out += "</ol>";
    Html::from_html_unchecked(out.into())
}

/// One passage's row: its text with the chosen names marked.
fn passage(data: &Data, p: usize, filters: &Filters) -> String {
    let names = data.index.options(Facet::Mention);
    let (start, end) = data.index.passages[p];
    let mut out = String::from("<li class=\"row passage\"><p class=\"passage-text\">");
    let mut at = start;
    for &(s, e, o) in data.index.names_in(start, end) {
        if s >= at && filters.is_selected(Facet::Mention, &names[o as usize].key) {
            out += &escape(&data.article[at..s]);
            out += "<mark class=\"match\">";
            out += &escape(&data.article[s..e]);
            out += "</mark>";
            at = e;
        }
    }
    out += &escape(&data.article[at..end]);
    out + "</p></li>"
}

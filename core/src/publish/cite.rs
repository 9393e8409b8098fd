//! "Cite this": a statement or figure as a citation a reader can paste, and
//! as a W3C Web Annotation (JSON) a standard tool can anchor. Pure, so the
//! app only copies what these return.

use serde::Serialize;

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Channel, Span};
use crate::publish::export::Provenance;
use crate::publish::selectors::{Anchoring, Target};
use crate::read::figures::{claimant_name, wording};
use crate::read::wording::role_line;

/// What a citation is made of, for one statement or figure.
struct Cited<'a> {
    /// "Khawaja Asif (Defence Minister), Post on X, direct quote".
    who: String,
    /// "Statement: Threat" or "Figure: at least 12 Killed".
    what: String,
    span: &'a Span,
}

fn cited<'a>(l: &Lookup<'a>, id: &str) -> Option<Cited<'a>> {
    if let Some(s) = l.statement(id) {
        let speaker = match l.person(&s.speaker) {
            Some(p) => format!("{} ({})", p.name, role_line(l, p)),
            None => l.name_of(&s.speaker).to_string(),
        };
        let who = format!(
            "{speaker}, {}, {}",
            channel_words(s.channel),
            s.mode.label().to_ascii_lowercase()
        );
        let what = format!("Statement: {}", s.kind.label());
        return Some(Cited {
            who,
            what,
            span: &s.span,
        });
    }
    let f = l.figure(id)?;
    let channel = l
        .statement_of(f)
        .map_or("channel not stated", |s| channel_words(s.channel));
    Some(Cited {
        who: format!("{}, {channel}", claimant_name(l, f)),
        what: format!("Figure: {} {} ({})", wording(f), f.unit.label(), f.counts),
        span: &f.span,
    })
}

fn channel_words(c: Channel) -> &'static str {
    match c {
        Channel::Unspecified => "channel not stated",
        c => c.label(),
    }
}

/// The quote in curly quotation marks, its own outer marks dropped.
fn quoted(text: &str) -> String {
    format!("“{}”", text.trim_matches(['“', '”', '"', ' ']))
}

/// The citation of statement or figure `id`: who said it and through which
/// channel, the quote, the article, the explorer link (`link`, the page
/// with `?sel=<id>`), the data version and content hash. None for an
/// unknown id.
pub fn citation(l: &Lookup, id: &str, link: &str, p: Provenance) -> Option<String> {
    let c = cited(l, id)?;
    Some(format!(
        "{who}:\n{quote}\n{what}.\nArticle: {title}\nArticle explorer: {link}\nData version {v}, content hash {h}.",
        who = c.who,
        quote = quoted(&c.span.text),
        what = c.what,
        title = p.article,
        v = p.data_version,
        h = p.content_hash,
    ))
}

/// Statement or figure `id` as a W3C Web Annotation: its target (the
/// article and both selectors) and, as the body, its citation. None for an
/// unknown id.
pub fn annotation_json(
    l: &Lookup,
    anchoring: &Anchoring,
    id: &str,
    link: &str,
    p: Provenance,
) -> Option<String> {
    let text = citation(l, id, link, p)?;
    let span = cited(l, id)?.span;
    // Typed rather than `json!`: the same JSON, fields in this order,
    // without building a `serde_json::Value` (its map and serializer cost
    // the wasm several KB).
    #[derive(Serialize)]
    struct Annotation {
        #[serde(rename = "@context")]
        context: &'static str,
        id: String,
        #[serde(rename = "type")]
        kind: &'static str,
        motivation: &'static str,
        body: Body,
        target: Target,
        generator: Generator,
    }
    #[derive(Serialize)]
    struct Body {
        #[serde(rename = "type")]
        kind: &'static str,
        purpose: &'static str,
        format: &'static str,
        value: String,
    }
    #[derive(Serialize)]
    struct Generator {
        #[serde(rename = "type")]
        kind: &'static str,
        name: &'static str,
    }
    let annotation = Annotation {
        context: "http://www.w3.org/ns/anno.jsonld",
        id: format!("{}:{id}", anchoring.source()),
        kind: "Annotation",
        motivation: "describing",
        body: Body {
            kind: "TextualBody",
            purpose: "describing",
            format: "text/plain",
            value: text,
        },
        target: anchoring.target(span),
        generator: Generator {
            kind: "Software",
            name: "Article explorer",
        },
    };
    serde_json::to_string_pretty(&annotation).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::selectors::article_source;
    use crate::test_data::{fixture, ARTICLE};

    #[test]
    fn a_statement_citation_names_speaker_channel_quote_article_link_and_data() {
        let d = fixture();
        let l = Lookup::new(&d);
        let s = d
            .statements
            .iter()
            .find(|s| l.person(&s.speaker).is_some())
            .unwrap();
        let p = Provenance::of(&d, "0123abcd");
        let text = citation(&l, &s.id, "https://x.example/e/?sel=s", p).unwrap();
        let person = l.person(&s.speaker).unwrap();
        assert!(text.starts_with(&format!("{} (", person.name)), "{text}");
        assert!(text.contains(&quoted(&s.span.text)));
        assert!(text.contains(&format!("\nArticle: {}\n", d.article.title)));
        assert!(text.contains("\nArticle explorer: https://x.example/e/?sel=s\n"));
        assert!(text.ends_with(&format!(
            "Data version {}, content hash 0123abcd.",
            d.version
        )));
        assert_eq!(citation(&l, "no-such-id", "", p), None);
    }

    #[test]
    fn a_figure_citation_names_claimant_and_value_and_every_item_has_one() {
        let d = fixture();
        let l = Lookup::new(&d);
        let p = Provenance::of(&d, "h");
        let f = d.figures.iter().find(|f| f.value.is_some()).unwrap();
        let text = citation(&l, &f.id, "L", p).unwrap();
        assert!(text.starts_with(&claimant_name(&l, f)), "{text}");
        assert!(text.contains(&format!("Figure: {}", wording(f))));
        let ids = d.statements.iter().map(|s| &s.id);
        for id in ids.chain(d.figures.iter().map(|f| &f.id)) {
            assert!(citation(&l, id, "L", p).is_some());
        }
    }

    #[test]
    fn the_annotation_targets_the_span_and_carries_the_citation() {
        let d = fixture();
        let l = Lookup::new(&d);
        let p = Provenance::of(&d, "h");
        let anchoring = Anchoring::new(ARTICLE, article_source("h"));
        let s = &d.statements[2];
        let json = annotation_json(&l, &anchoring, &s.id, "L", p).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["type"], "Annotation");
        assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(v["target"]["source"], "urn:article-explorer:h");
        assert_eq!(v["target"]["selector"][0]["exact"], s.span.text.as_str());
        let start = ARTICLE[..s.span.start].chars().count();
        assert_eq!(v["target"]["selector"][1]["start"], start);
        let citation = citation(&l, &s.id, "L", p).unwrap();
        assert_eq!(v["body"]["value"], citation.as_str());
        assert_eq!(annotation_json(&l, &anchoring, "nope", "L", p), None);
    }
}

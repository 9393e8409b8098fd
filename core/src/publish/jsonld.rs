//! schema.org metadata (JSON-LD) for the page's `<head>`, written at build
//! time: the article as a `NewsArticle`, each quoted statement as a `Claim`
//! with its author and where it appears, and the data as a `Dataset`.

use serde_json::{json, Value};

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Dataset, Mode, Statement};
use crate::publish::selectors::article_source;
use crate::read::wording::role_line;

/// The license of the dataset (the project's, as in Cargo.toml). It covers
/// the data, not the article's text.
pub const DATA_LICENSE: &str = "https://opensource.org/licenses/MIT";

/// The JSON-LD of the article, its quoted claims and the dataset, ready to
/// sit in a `<script type="application/ld+json">`: `<`, `>` and `&` are
/// escaped, so no text in it can close the element. `build_date` (ISO) is
/// the dataset's `dateModified` when it has no correction.
pub fn jsonld(d: &Dataset, content_hash: &str, build_date: &str) -> String {
    let l = Lookup::new(d);
    let article_id = article_source(content_hash);
    let article = json!({
        "@type": "NewsArticle",
        "@id": article_id,
        "identifier": article_id,
        "headline": d.article.title,
        "inLanguage": d.article.language,
    });
    let modified = d
        .corrections
        .iter()
        .map(|c| c.date.as_str())
        .max()
        .unwrap_or(build_date);
    let dataset = json!({
        "@type": "Dataset",
        "@id": format!("{article_id}#dataset"),
        "name": format!("Statements and figures of “{}”", d.article.title),
        "description": "Who said what in the article, through which channel and about whom; every claimed figure and who claims it; the places and times it names. Each item points at its verbatim passage of the article.",
        "version": d.version,
        "identifier": content_hash,
        "dateModified": modified,
        "license": DATA_LICENSE,
        "isBasedOn": { "@id": article_id },
    });
    let claims = d
        .statements
        .iter()
        .filter(|s| matches!(s.mode, Mode::FullQuote | Mode::PartialQuote))
        .map(|s| claim(&l, s, &article_id));
    let graph: Vec<Value> = [article, dataset].into_iter().chain(claims).collect();
    let doc = json!({ "@context": "https://schema.org", "@graph": graph });
    serde_json::to_string(&doc)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A quoted statement as a `Claim`: its text, its author, and the article
/// it appears in.
fn claim(l: &Lookup, s: &Statement, article_id: &str) -> Value {
    json!({
        "@type": "Claim",
        "@id": format!("{article_id}#{}", s.id),
        "identifier": s.id,
        "text": s.span.text,
        "author": author(l, &s.speaker),
        "appearance": { "@id": article_id },
    })
}

/// A speaker as a schema.org `Person` (with role and party) or
/// `Organization`.
fn author(l: &Lookup, id: &str) -> Value {
    match l.person(id) {
        Some(p) => {
            let mut person = json!({
                "@type": "Person",
                "name": p.name,
                "jobTitle": role_line(l, p),
            });
            if let Some(party) = p.party.as_deref() {
                person["affiliation"] =
                    json!({ "@type": "Organization", "name": l.name_of(party) });
            }
            person
        }
        None => json!({ "@type": "Organization", "name": l.name_of(id) }),
    }
}

/// The ISO date (YYYY-MM-DD, UTC) of a Unix time: the build date.
pub fn iso_date(unix_seconds: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (unix_seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_data::fixture;

    #[test]
    fn the_graph_has_the_article_the_dataset_and_one_claim_per_quote() {
        let d = fixture();
        let text = jsonld(&d, "abc", "2000-01-01");
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let v: Value = serde_json::from_str(&text).unwrap();
        let graph = v["@graph"].as_array().unwrap();
        let of = |t: &str| graph.iter().filter(|n| n["@type"] == t).count();
        assert_eq!((of("NewsArticle"), of("Dataset")), (1, 1));
        let quoted = d.statements.iter().filter(|s| s.mode != Mode::Paraphrase);
        assert_eq!(of("Claim"), quoted.count());
        let dataset = graph.iter().find(|n| n["@type"] == "Dataset").unwrap();
        assert_eq!(dataset["version"], d.version.as_str());
        let newest = d.corrections.iter().map(|c| c.date.clone()).max();
        let expected = newest.unwrap_or_else(|| "2000-01-01".into());
        assert_eq!(dataset["dateModified"], expected.as_str());
        assert_eq!(dataset["license"], DATA_LICENSE);
        for claim in graph.iter().filter(|n| n["@type"] == "Claim") {
            assert!(claim["author"]["name"]
                .as_str()
                .is_some_and(|n| !n.is_empty()));
            assert_eq!(claim["appearance"]["@id"], "urn:article-explorer:abc");
        }
    }

    #[test]
    fn without_corrections_the_build_date_is_the_date_modified() {
        let mut d = fixture();
        d.corrections.clear();
        let v: Value = serde_json::from_str(&jsonld(&d, "h", "2031-02-03")).unwrap();
        assert_eq!(v["@graph"][1]["dateModified"], "2031-02-03");
    }

    #[test]
    fn iso_dates_of_unix_times() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_798_675_200), "2026-12-31");
    }
}

//! The shipped dataset against its article: valid, complete, and with the
//! counts we found, so that a dropped item is noticed.

use explorer_core::article::{blocks, sections};
use explorer_core::model::{Dataset, Qualifier};
use explorer_core::validate::{load, validate};

const ARTICLE: &[u8] = include_bytes!("../../data/article.txt");
const DATASET: &str = include_str!("../../data/dataset.json");
const SHARED: &str = "../../shared/article.txt";

fn loaded() -> (String, Dataset) {
    match load(ARTICLE, DATASET) {
        Ok(ok) => ok,
        Err(problems) => panic!(
            "dataset invalid:\n{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn project_copy_equals_the_shared_article_byte_for_byte() {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SHARED);
    // CI always has shared/article.txt beside the repository: without it
    // this test would prove nothing, so it fails rather than pass quietly.
    let bytes = std::fs::read(&shared).unwrap_or_else(|e| {
        panic!(
            "the shared article {} is missing ({e}): check out the repository \
             beside shared/article.txt to compare data/article.txt with it",
            shared.display()
        )
    });
    assert!(
        bytes == ARTICLE,
        "data/article.txt differs from {} ({} vs {} bytes)",
        shared.display(),
        ARTICLE.len(),
        bytes.len()
    );
    let text = std::str::from_utf8(ARTICLE).unwrap();
    assert!(
        text.contains("de\u{2011}escalation"),
        "non-breaking hyphen kept"
    );
    assert!(text.contains("“open war”"), "curly quotes kept");
}

#[test]
fn the_dataset_is_valid() {
    loaded();
}

#[test]
fn counts_match_what_we_found() {
    let (_, d) = loaded();
    assert_eq!(d.parties.len(), 32, "parties");
    assert_eq!(d.people.len(), 11, "people");
    assert_eq!(d.statements.len(), 43, "statements");
    assert_eq!(d.figures.len(), 11, "figures");
    assert_eq!(d.places.len(), 12, "places");
    assert_eq!(d.times.len(), 24, "time references");
    assert_eq!(d.non_claims.len(), 6, "numbers that are no claim");
}

#[test]
fn the_article_has_26_paragraphs_in_four_sections() {
    let (text, d) = loaded();
    assert_eq!(blocks(&text).len(), 29);
    let s = sections(&text, &d.article.section_heads);
    assert_eq!(s.len(), 4);
    assert!(s[0].heading.is_none());
    let heads: Vec<_> = s[1..]
        .iter()
        .map(|s| s.heading.as_ref().unwrap().text(&text))
        .collect();
    assert_eq!(
        heads,
        [
            "Countries urge both sides to de-escalate",
            "Relations 'never been so bad'",
            "Exchange of fire"
        ]
    );
    assert_eq!(s.iter().map(|s| s.paragraphs.len()).sum::<usize>(), 26);
    assert!(d.article.title_editor_supplied);
}

#[test]
fn key_contradictions_are_recorded() {
    let (_, d) = loaded();
    let by_value = |v: u64| d.figures.iter().find(|f| f.value == Some(v)).unwrap();
    let none = d
        .figures
        .iter()
        .find(|f| f.qualifier == Qualifier::NoneReported)
        .expect("Kabul's no reported casualties");
    assert!(by_value(133).contradicts.contains(&none.id));
    assert!(by_value(40).contradicts.contains(&by_value(12).id));
    assert_eq!(by_value(12).qualifier, Qualifier::AtLeast);
    assert_eq!(by_value(200).qualifier, Qualifier::MoreThan);
    assert!(d
        .figures
        .iter()
        .any(|f| f.qualifier == Qualifier::Dozens && f.claimant.is_none()));
}

#[test]
fn every_quote_shown_is_verbatim() {
    let (text, d) = loaded();
    for s in &d.statements {
        assert_eq!(&text[s.span.start..s.span.end], s.span.text, "{}", s.id);
    }
    validate(&text, &d).unwrap();
}

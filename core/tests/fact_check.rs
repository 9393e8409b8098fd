//! The fact-checker's second read (issue 25): each error it found in the
//! shipped data, and each judgement call it asked for, as a test that fails
//! on the data it read. General rules where one exists (a time label names
//! no weekday its paragraph lacks; a note names no nationality of dead the
//! text leaves unsaid); otherwise the items by id.
//!
//! The dataset is read from its file with its quotes resolved, not through
//! `check`, so each test fails for its own reason, not for the seal.

use explorer_core::author::quotes::resolve_all;
use explorer_core::dataset::article::blocks;
use explorer_core::dataset::model::{Dataset, PartyKind, PlaceKind, Qualifier, RelationKind};

const ARTICLE: &str = include_str!("../../data/article.txt");
const DATASET: &str = include_str!("../../data/dataset.json");

fn dataset() -> Dataset {
    let mut v: serde_json::Value = serde_json::from_str(DATASET).unwrap();
    assert!(resolve_all(&mut v, ARTICLE).is_empty());
    serde_json::from_value(v).unwrap()
}

fn relation<'a>(
    d: &'a Dataset,
    from: &str,
    to: &str,
) -> Option<&'a explorer_core::dataset::model::Relation> {
    d.relations.iter().find(|r| r.from == from && r.to == to)
}

/// The adjectives of nationality the data itself uses for states: the
/// aliases of a state that are not its name ("Afghan", "Pakistani").
fn nationality_adjectives(d: &Dataset) -> Vec<String> {
    d.parties
        .iter()
        .filter(|p| p.kind == PartyKind::State)
        .flat_map(|p| p.aliases.iter().map(|a| a.text.clone()))
        .filter(|a| !a.contains(' ') && d.parties.iter().all(|p| p.name != *a))
        .collect()
}

#[test]
fn a_relation_note_gives_no_nationality_to_dead_the_text_leaves_unnamed() {
    let d = dataset();
    let adjectives = nationality_adjectives(&d);
    assert!(adjectives.iter().any(|a| a == "Afghan"), "{adjectives:?}");
    let unnamed: Vec<&str> = d
        .figures
        .iter()
        .filter(|f| f.subjects.is_empty())
        .map(|f| f.id.as_str())
        .collect();
    assert!(unnamed.contains(&"f-pakistan-274-killed"));
    for r in d
        .relations
        .iter()
        .filter(|r| unnamed.contains(&r.from.as_str()) || unnamed.contains(&r.to.as_str()))
    {
        for a in &adjectives {
            for noun in ["dead", "deaths", "killed", "casualties", "victims"] {
                assert!(
                    !r.note.contains(&format!("{a} {noun}")),
                    "{} → {}: “{a} {noun}” in {}",
                    r.from,
                    r.to,
                    r.note
                );
            }
        }
    }
    let tallies = relation(&d, "f-pakistan-274-killed", "f-tarar-133-killed").unwrap();
    assert_eq!(tallies.kind, RelationKind::Differs);
    assert!(
        tallies.note.contains("tallies of deaths"),
        "{}",
        tallies.note
    );
}

/// "…while Afghanistan launched efforts to target army centres along the
/// border on Thursday and Islamabad said that at least 12 Pakistani
/// soldiers were killed": no cause, place or day for the 12.
#[test]
fn the_12_soldiers_get_no_cause_place_or_day_the_text_does_not_give() {
    let d = dataset();
    let f = d
        .figures
        .iter()
        .find(|f| f.id == "f-islamabad-12-soldiers")
        .unwrap();
    for text in [&f.counts, f.scope.as_ref().unwrap()] {
        for word in ["attack", "Thursday", "border", "Afghan"] {
            assert!(!text.contains(word), "“{word}” in {text}");
        }
    }
    let s = d
        .statements
        .iter()
        .find(|s| s.id == "s-islamabad-12-soldiers")
        .unwrap();
    assert!(
        !s.about.iter().any(|p| p == "afghan-government-forces"),
        "{:?}",
        s.about
    );
    let r = relation(&d, "f-mujahid-40-soldiers", "f-islamabad-12-soldiers").unwrap();
    assert!(!r.note.contains("border fighting"), "{}", r.note);
    let thursday = d
        .times
        .iter()
        .find(|t| t.span.text == "on Thursday")
        .unwrap();
    // Nor do ids call the efforts attacks.
    for t in d.times.iter().filter(|t| t.span.text.contains("Thursday")) {
        assert!(!t.id.contains("attack"), "{}", t.id);
    }
    assert!(
        thursday.label.contains("launched efforts to target")
            && !thursday.label.contains("targeted"),
        "{}",
        thursday.label
    );
}

#[test]
fn a_time_label_names_no_weekday_its_paragraph_does_not() {
    let d = dataset();
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let paragraphs = blocks(ARTICLE);
    for t in &d.times {
        let block = paragraphs
            .iter()
            .find(|b| b.start <= t.span.start && t.span.end <= b.end)
            .unwrap();
        let paragraph = &ARTICLE[block.start..block.end];
        for day in days.iter().filter(|day| t.label.contains(*day)) {
            assert!(paragraph.contains(day), "{}: {}", t.id, t.label);
        }
    }
}

#[test]
fn the_20000_are_stored_as_written_with_the_other_reading_and_its_note() {
    let d = dataset();
    let f = d
        .figures
        .iter()
        .find(|f| f.span.text.contains("20,000"))
        .unwrap();
    assert_eq!(
        (f.value, f.qualifier, f.readings.clone()),
        (Some(20_000), Qualifier::Exact, vec![Qualifier::MoreThan])
    );
    let note = f.note.as_deref().unwrap();
    assert!(!note.contains("some"), "{note}");
    assert!(note.contains("who are inside"), "{note}");
    assert!(!f.counts.contains("suicide"), "{}", f.counts);
}

#[test]
fn judgement_calls_on_places_ids_sides_and_subjects_are_made_and_shown() {
    let d = dataset();
    let kandahar = d.places.iter().find(|p| p.id == "place-kandahar").unwrap();
    assert_ne!(kandahar.kind, PlaceKind::City);
    assert!(kandahar.name.contains("does not say"), "{}", kandahar.name);
    // The text says Balochistan, not "Baloch".
    for (_, id) in explorer_core::author::validate::all_ids(&d) {
        assert!(!id.contains("baloch-"), "{id}");
    }
    let kcl = d
        .parties
        .iter()
        .find(|p| p.id == "kings-college-london")
        .unwrap();
    assert_eq!(kcl.side, None, "King's College London never speaks");
    assert!(d.sides.iter().any(|s| s
        .note
        .as_deref()
        .is_some_and(|n| n.contains("King's College London"))));
    let attacks = d
        .figures
        .iter()
        .find(|f| f.id == "f-dozens-cross-border-attacks")
        .unwrap();
    assert_eq!(
        attacks.subjects,
        ["pakistan"],
        "whose losses, not the attackers"
    );
    assert!(attacks.note.is_some());
}

#[test]
fn kabuls_denial_of_hosting_answers_islamabads_statements_not_the_raids() {
    let d = dataset();
    let denied: Vec<&str> = d
        .relations
        .iter()
        .filter(|r| r.from == "s-kabul-denies-hosting" && r.kind == RelationKind::Denies)
        .map(|r| r.to.as_str())
        .collect();
    for id in [
        "s-islamabad-accuses-hosting",
        "s-islamabad-ttp-based-in-afghanistan",
        "s-islamabad-balochistan-safe-haven",
    ] {
        assert!(denied.contains(&id), "{id} not in {denied:?}");
    }
    assert!(!denied.contains(&"s-article-taliban-support-ttp"));
}

#[test]
fn the_omissions_are_modelled() {
    let d = dataset();
    // "many of its fighters": a claimed figure with no number.
    let many = d
        .figures
        .iter()
        .find(|f| f.span.text == "many of its fighters")
        .expect("many of its fighters");
    assert_eq!((many.qualifier, many.value), (Qualifier::Many, None));
    assert_eq!(
        many.statement.as_deref(),
        Some("s-islamabad-ttp-based-in-afghanistan")
    );
    // "Qatar" in "brokered by Qatar and Turkey" has an alias, as Turkey has.
    let at = ARTICLE.find("Qatar and Turkey").unwrap();
    assert!(d
        .parties
        .iter()
        .any(|p| p.aliases.iter().any(|a| a.start == at && a.text == "Qatar")));
    // The article's own unattributed claims, each a statement of its own voice.
    let narrator: Vec<&str> = d
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Narrator)
        .map(|p| p.id.as_str())
        .collect();
    for passage in [
        "Pakistan soon found the Taliban were not as co-operative as it had hoped",
        "ties between the Taliban and Pakistan's military and intelligence establishment have soured",
        "failed to extend a truce brokered by Qatar and Turkey",
        "a flurry of diplomatic calls",
        "had met Sheikh Tamim",
        "Tension has been high",
    ] {
        assert!(
            d.statements
                .iter()
                .any(|s| narrator.contains(&s.speaker.as_str()) && s.span.text.contains(passage)),
            "no statement of the article's own voice holds “{passage}”"
        );
    }
}

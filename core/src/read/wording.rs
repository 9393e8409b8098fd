//! The app's sentences about results, kept here so they are tested natively.

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Channel, Person, RelationKind, Statement};
use crate::read::query::{Filters, Outcome};

/// "1 result" or "3 results".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The announced result count: "54 results: 43 statements, 11 claimed
/// figures", with the passages first when a Mentions option finds some.
pub fn result_summary(o: &Outcome) -> String {
    let passages = match o.passages.len() {
        0 => String::new(),
        n => format!("{}, ", plural(n, "passage", "passages")),
    };
    format!(
        "{}: {passages}{}, {}",
        plural(o.total(), "result", "results"),
        plural(o.statements, "statement", "statements"),
        plural(o.figures, "claimed figure", "claimed figures")
    )
}

/// When nothing matches: says which active filters to loosen.
pub fn empty_advice(f: &Filters) -> String {
    let mut parts = Vec::new();
    if !f.search.trim().is_empty() {
        parts.push(format!(
            "shorten or change the search “{}”",
            f.search.trim()
        ));
    }
    if !f.selected.is_empty() {
        parts.push("choose fewer filter options".to_string());
    }
    if f.contested {
        parts.push("turn off “contested only”".to_string());
    }
    if parts.is_empty() {
        "Try another search.".to_string()
    } else {
        format!("Try to {}.", parts.join(", or "))
    }
}

/// One relation of a claim, as its card shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationLine {
    /// "Contradicts", "Conflicts with", "Differs from", "Denies", "Denied by",
    /// "Repeats", "Repeated by".
    pub label: &'static str,
    /// The other claim in the text's own words, and who made it.
    pub other: String,
    pub other_id: String,
    pub note: String,
}

/// The relations of claim `id` (a statement or figure), in dataset order.
pub fn relation_lines(lookup: &Lookup, id: &str) -> Vec<RelationLine> {
    lookup
        .dataset()
        .relations
        .iter()
        .filter_map(|r| {
            let (other, reversed) = if r.from == id {
                (&r.to, false)
            } else if r.to == id {
                (&r.from, true)
            } else {
                return None;
            };
            let label = match r.kind {
                RelationKind::Contradicts => "Contradicts",
                RelationKind::Conflicts => "Conflicts with",
                RelationKind::Differs => "Differs from",
                RelationKind::Denies if reversed => "Denied by",
                RelationKind::Denies => "Denies",
                RelationKind::Repeats if reversed => "Repeated by",
                RelationKind::Repeats => "Repeats",
            };
            let note = match (&r.part, r.kind) {
                (Some(part), RelationKind::Denies) => {
                    format!("What it denies: {part}. {}", r.note)
                }
                _ => r.note.clone(),
            };
            Some(RelationLine {
                label,
                other: claim_summary(lookup, other),
                other_id: other.clone(),
                note,
            })
        })
        .collect()
}

/// Longest quotation of another claim shown on a card.
const SUMMARY_CHARS: usize = 90;

/// A claim in the text's own words (cut at a word when long) and whose it is.
pub fn claim_summary(lookup: &Lookup, id: &str) -> String {
    let (text, who) = if let Some(f) = lookup.figure(id) {
        (&f.span.text, f.claimant.as_deref())
    } else if let Some(s) = lookup.statement(id) {
        (&s.span.text, Some(s.speaker.as_str()))
    } else {
        return id.to_string();
    };
    let text = text.trim_matches(['“', '”', '"', ' ']);
    let quoted = if text.chars().count() > SUMMARY_CHARS {
        let cut: String = text.chars().take(SUMMARY_CHARS).collect();
        let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
        format!("“{cut}…”")
    } else {
        format!("“{text}”")
    };
    match who {
        Some(who) => format!("{quoted} ({})", lookup.name_of(who)),
        None => quoted,
    }
}

/// The statement's channel, when the text names one ("Not stated" is no
/// label a card shows).
pub fn named_channel(s: &Statement) -> Option<&'static str> {
    (s.channel != Channel::Unspecified).then(|| s.channel.label())
}

/// A statement card's quiet meta line: channel (when the text names one),
/// kind, how it is reported, hedges; each label once ("Announcement ·
/// Announcement" says nothing twice).
pub fn card_meta(s: &Statement) -> Vec<&'static str> {
    let channel = named_channel(s);
    let mut out: Vec<&'static str> = Vec::new();
    let labels = channel
        .into_iter()
        .chain([s.kind.label(), s.mode.label()])
        .chain(s.hedges.iter().map(|h| h.label()));
    for label in labels {
        if !out.contains(&label) {
            out.push(label);
        }
    }
    out
}

/// A person's role as the text gives it, with the rank and the institution
/// they belong to without speaking for it: "Chief of the Army Staff, Field
/// Marshal"; "Afghanistan expert at King's College London".
pub fn role_line(lookup: &Lookup, person: &Person) -> String {
    let mut line = person.role.clone();
    if let Some(rank) = &person.rank {
        line = format!("{line}, {rank}");
    }
    if let Some(place) = person.affiliation.as_deref() {
        line = format!("{line} at {}", lookup.name_of(place));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::query::Facet;

    #[test]
    fn counts_take_their_singular_at_one() {
        let o = Outcome {
            items: vec![0],
            statements: 1,
            figures: 0,
            ..Outcome::default()
        };
        assert_eq!(
            result_summary(&o),
            "1 result: 1 statement, 0 claimed figures"
        );
        let o = Outcome {
            items: vec![0, 1, 2],
            statements: 2,
            figures: 1,
            ..Outcome::default()
        };
        assert_eq!(
            result_summary(&o),
            "3 results: 2 statements, 1 claimed figure"
        );
    }

    #[test]
    fn advice_names_each_active_filter() {
        assert_eq!(empty_advice(&Filters::default()), "Try another search.");
        let mut f = Filters {
            search: "  war ".into(),
            contested: true,
            ..Filters::default()
        };
        f.toggle(Facet::Party, "iran");
        assert_eq!(
            empty_advice(&f),
            "Try to shorten or change the search “war”, or choose fewer filter options, or turn off “contested only”."
        );
    }

    use crate::test_data::fixture;

    #[test]
    fn a_figure_card_names_its_relations_in_the_texts_words() {
        let d = fixture();
        let lookup = Lookup::new(&d);
        let lines = relation_lines(&lookup, "f-hospital-wounded-5");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].label, "Differs from");
        assert_eq!(
            lines[0].other,
            "“3 soldiers were wounded” (Borduria's army)"
        );
        assert!(!lines[0].note.is_empty());
        let denied = relation_lines(&lookup, "s-ruritania-killed");
        assert!(denied
            .iter()
            .any(|l| l.label == "Denied by" && l.other_id == "s-borduria-denies"));
        let denial = relation_lines(&lookup, "s-borduria-denies");
        assert!(denial.iter().all(|l| l.label == "Denies"));
    }

    #[test]
    fn a_repeat_and_a_denials_part_are_worded() {
        let mut d = fixture();
        let denial = d
            .relations
            .iter()
            .position(|r| r.kind == RelationKind::Denies)
            .unwrap();
        d.relations[denial].part = Some("the strikes on the capital".into());
        let mut repeat = d.relations[denial].clone();
        repeat.kind = RelationKind::Repeats;
        repeat.part = None;
        repeat.from = "f-hospital-wounded-5".into();
        d.relations.push(repeat.clone());
        let lookup = Lookup::new(&d);
        let from = &d.relations[denial].from;
        let line = relation_lines(&lookup, from)
            .into_iter()
            .find(|l| l.label == "Denies")
            .unwrap();
        assert!(
            line.note
                .starts_with("What it denies: the strikes on the capital. "),
            "{}",
            line.note
        );
        let lines = relation_lines(&lookup, "f-hospital-wounded-5");
        assert!(lines.iter().any(|l| l.label == "Repeats"));
        let lines = relation_lines(&lookup, &repeat.to);
        assert!(lines.iter().any(|l| l.label == "Repeated by"));
    }

    #[test]
    fn a_long_claim_is_cut_at_a_word() {
        let d = fixture();
        let lookup = Lookup::new(&d);
        let s = claim_summary(&lookup, "s-brun-crossings-closed");
        assert!(s.starts_with("“General Otto Brun"), "{s}");
        assert!(s.ends_with("…” (Otto Brun)"), "{s}");
        assert!(s.chars().count() < SUMMARY_CHARS + 50);
        assert_eq!(claim_summary(&lookup, "nothing"), "nothing");
    }

    #[test]
    fn roles_carry_rank_and_affiliation() {
        let d = fixture();
        let lookup = Lookup::new(&d);
        let person = |id: &str| d.people.iter().find(|p| p.id == id).unwrap();
        assert_eq!(
            role_line(&lookup, person("otto-brun")),
            "Commander of the Border Guard, General"
        );
        assert_eq!(
            role_line(&lookup, person("ida-marsh")),
            "historian at University of Strel"
        );
    }

    #[test]
    fn card_meta_says_each_label_once_and_never_not_stated() {
        let d = fixture();
        for s in &d.statements {
            let meta = card_meta(s);
            assert!(!meta.contains(&"Not stated"), "{}", s.id);
            let unique: std::collections::BTreeSet<&str> = meta.iter().copied().collect();
            assert_eq!(unique.len(), meta.len(), "{}: {meta:?}", s.id);
            assert!(meta.contains(&s.kind.label()) && meta.contains(&s.mode.label()));
        }
        let both = d
            .statements
            .iter()
            .find(|s| s.channel.label() == s.kind.label())
            .expect("the fixture has an announcement made as an announcement");
        assert_eq!(
            card_meta(both)
                .iter()
                .filter(|&&l| l == both.kind.label())
                .count(),
            1
        );
    }
}

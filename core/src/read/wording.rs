//! The app's sentences about results, kept here so they are tested natively.

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Channel, Mode, Person, RelationKind, Statement, StatementKind};
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

/// Whether a speaker's or claimant's `name` already says its side's name
/// `side` ("Pakistan's government" on the side "Pakistan"): the card then
/// does not print the side twice (its colour stays).
pub fn name_repeats_side(name: &str, side: &str) -> bool {
    // Char by char: `str::to_lowercase`'s final-sigma rule brings its own
    // Unicode tables into the wasm, and a prefix test needs none of it.
    let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    let (name, side) = (lower(name), lower(side));
    name.strip_prefix(&side)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\'', '’', ',', '-']))
}

/// How a statement reached the public, in plain words ("Posted on X",
/// "In a phone call"); none when the text names no channel.
pub fn channel_words(c: Channel) -> Option<&'static str> {
    Some(match c {
        Channel::PostOnX => "Posted on X",
        Channel::PostOnTwitter => "Posted on Twitter",
        Channel::PostOnTelegram => "Posted on Telegram",
        Channel::StateMedia => "Via state media",
        Channel::Statement => "In a statement",
        Channel::PhoneCall => "In a phone call",
        Channel::InternalMeeting => "In a closed meeting",
        Channel::Announcement => "Announced",
        Channel::Unspecified => return None,
    })
}

/// What kind of statement it is, in plain words; none for a plain claim
/// (every card is one) or when the channel says it already.
fn kind_words(k: StatementKind, c: Channel) -> Option<&'static str> {
    Some(match k {
        StatementKind::Claim => return None,
        StatementKind::Announcement if c == Channel::Announcement => return None,
        StatementKind::Threat => "a threat",
        StatementKind::Denial => "a denial",
        StatementKind::Appeal => "an appeal",
        StatementKind::Offer => "an offer",
        StatementKind::Assessment => "an assessment",
        StatementKind::Report => "a report",
        StatementKind::Accusation => "an accusation",
        StatementKind::Announcement => "an announcement",
    })
}

/// Whose words the card shows, in plain words.
fn mode_words(m: Mode) -> &'static str {
    match m {
        Mode::FullQuote => "direct quote",
        Mode::PartialQuote => "partly quoted",
        Mode::Paraphrase => "in the reporter's words",
    }
}

/// A statement card's quiet line, in plain words from the data's enums:
/// "Posted on X · direct quote", "In a phone call · an appeal · in the
/// reporter's words", "a threat · partly quoted · hedged: “estimated”". The
/// first part starts with a capital.
pub fn card_line(s: &Statement) -> String {
    let hedges = (!s.hedges.is_empty()).then(|| {
        let words: Vec<String> = s
            .hedges
            .iter()
            .map(|h| format!("“{}”", h.label().to_ascii_lowercase()))
            .collect();
        format!("hedged: {}", words.join(", "))
    });
    let parts: Vec<String> = channel_words(s.channel)
        .into_iter()
        .chain(kind_words(s.kind, s.channel))
        .chain([mode_words(s.mode)])
        .map(str::to_string)
        .chain(hedges)
        .collect();
    let mut line = parts.join(" · ");
    // The parts start with these fixed words, in ASCII (no Unicode case
    // tables in the reader's wasm for one capital).
    if let Some(first) = line.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    line
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
    fn a_name_that_says_its_side_repeats_it() {
        assert!(name_repeats_side("Ruritania's army", "Ruritania"));
        assert!(name_repeats_side("Ruritania", "ruritania"));
        assert!(!name_repeats_side("Ruritanian Times", "Ruritania"));
        assert!(!name_repeats_side("Otto Brun", "Borduria"));
    }

    #[test]
    fn a_card_line_is_plain_words_from_the_enums() {
        let d = fixture();
        let mut s = d.statements[0].clone();
        s.channel = Channel::PostOnX;
        s.kind = StatementKind::Claim;
        s.mode = Mode::FullQuote;
        s.hedges.clear();
        assert_eq!(card_line(&s), "Posted on X · direct quote");
        s.channel = Channel::Unspecified;
        s.kind = StatementKind::Threat;
        s.mode = Mode::Paraphrase;
        s.hedges = vec![crate::dataset::model::Hedge::Estimated];
        assert_eq!(
            card_line(&s),
            "A threat · in the reporter's words · hedged: “estimated”"
        );
        s.channel = Channel::Announcement;
        s.kind = StatementKind::Announcement;
        s.hedges.clear();
        assert_eq!(card_line(&s), "Announced · in the reporter's words");
        for s in &d.statements {
            let line = card_line(s);
            assert!(!line.contains("Not stated") && !line.is_empty(), "{}", s.id);
            assert!(line.starts_with(|c: char| c.is_uppercase()), "{line}");
        }
    }
}

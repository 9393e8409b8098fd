//! A synthetic article and dataset of any size, for the benchmark only (the
//! shipped app keeps the real article). The text is written from its own
//! dataset, so it passes every validation rule: each statement is a sentence
//! with a quoted passage, speakers come from a fixed capitalised vocabulary
//! registered as person and party names, and the only numerals are the ones
//! inside figure spans.

use crate::dataset::model::{
    ArticleMeta, Channel, Dataset, Figure, Mode, Party, PartyKind, Person, Qualifier, Relation,
    RelationKind, Side, Span, Statement, StatementKind, Unit,
};

const FIRST: [&str; 40] = [
    "Mara", "Idris", "Selin", "Tomas", "Nadia", "Oskar", "Leyla", "Ravi", "Ines", "Kamal", "Greta",
    "Yusuf", "Anouk", "Bilal", "Clara", "Dario", "Elif", "Farid", "Hana", "Jonas", "Karin",
    "Lukas", "Mina", "Nils", "Olga", "Pavel", "Rania", "Sami", "Tara", "Umar", "Vera", "Walid",
    "Xenia", "Yara", "Zaid", "Amira", "Bruno", "Dalia", "Emil", "Fatima",
];
const LAST: [&str; 25] = [
    "Kessel",
    "Haddad",
    "Varga",
    "Lindqvist",
    "Okafor",
    "Rahimi",
    "Novak",
    "Castell",
    "Brandt",
    "Farouk",
    "Ivanova",
    "Jaber",
    "Kowal",
    "Larsen",
    "Mansour",
    "Nasser",
    "Orlov",
    "Petrov",
    "Quinn",
    "Rossi",
    "Saleh",
    "Tanaka",
    "Urban",
    "Weller",
    "Zoric",
];
const PARTY_ADJ: [&str; 20] = [
    "Alder", "Birch", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper",
    "Kestrel", "Linden", "Meadow", "Northern", "Onyx", "Pine", "Quarry", "River", "Summit",
    "Tundra",
];
const PARTY_NOUN: [&str; 10] = [
    "Front",
    "Council",
    "Alliance",
    "Movement",
    "Union",
    "League",
    "Party",
    "Coalition",
    "Assembly",
    "Guard",
];
/// Lowercase words of the quoted passages: no number words, no capitals.
const WORDS: [&str; 40] = [
    "the",
    "border",
    "talks",
    "ceasefire",
    "must",
    "stay",
    "calm",
    "continue",
    "attack",
    "crossing",
    "trade",
    "convoy",
    "patrol",
    "village",
    "shelling",
    "refugees",
    "aid",
    "negotiations",
    "security",
    "withdrawal",
    "strike",
    "and",
    "will",
    "not",
    "accept",
    "demand",
    "restore",
    "respect",
    "sovereignty",
    "dialogue",
    "de\u{2011}escalation",
    "civilians",
    "troops",
    "airspace",
    "pressure",
    "mediation",
    "reprisal",
    "harm",
    "peace",
    "order",
];
const UNITS: [(Unit, &str); 3] = [
    (Unit::Killed, "fighters were killed"),
    (Unit::Wounded, "people were wounded"),
    (Unit::Attacks, "attacks were repelled"),
];
/// Statements per paragraph, and paragraphs per section.
const PER_PARAGRAPH: usize = 5;
const PER_SECTION: usize = 50;
const STATES: usize = 10;
/// Sides the parties fall into, so the side chips have work to do.
const SIDES: usize = 4;

/// A small deterministic generator (xorshift), so every run is the same.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn person_name(i: usize) -> String {
    format!(
        "{} {}",
        FIRST[i % FIRST.len()],
        LAST[(i / FIRST.len()) % LAST.len()]
    )
}

fn party_name(i: usize) -> String {
    format!(
        "{} {}",
        PARTY_ADJ[i % PARTY_ADJ.len()],
        PARTY_NOUN[(i / PARTY_ADJ.len()) % PARTY_NOUN.len()]
    )
}

/// The article text and its dataset: `statements` statements (one in four
/// with a claimed figure), spoken by `people` people of `parties` parties.
pub fn generate(statements: usize, people: usize, parties: usize) -> (String, Dataset) {
    let parties = parties.max(STATES + 1);
    let people = people.max(1);
    let mut w = Writer {
        rng: Rng(0x9E37_79B9_7F4A_7C15),
        parties: party_list(parties),
        person_spans: vec![None; people],
        text: String::new(),
        heads: Vec::new(),
        stmts: Vec::with_capacity(statements),
        figures: Vec::new(),
        person_turn: 0,
        paragraph: 0,
    };
    for i in 0..statements {
        w.statement(i);
    }
    w.name_the_unnamed();
    w.text.push('\n');
    let relations = contradictions(w.figures.len());
    let people_list = w
        .person_spans
        .into_iter()
        .enumerate()
        .map(|(p, span)| Person {
            id: format!("person-{p}"),
            name: person_name(p),
            role: "spokesperson".into(),
            rank: None,
            party: Some(format!("party-{}", p % parties)),
            affiliation: None,
            side: None,
            span: span.expect("every person is named"),
        })
        .collect();
    let dataset = Dataset {
        // A first version: it needs no correction log.
        version: "1".into(),
        corrections: Vec::new(),
        article: ArticleMeta {
            title: "Synthetic benchmark article".into(),
            title_editor_supplied: true,
            summary: None,
            language: "en".into(),
            section_heads: w.heads,
            description: None,
            short_name: None,
            search_examples: Vec::new(),
            caveat: None,
        },
        sides: (0..SIDES)
            .map(|i| Side {
                id: format!("side-{i}"),
                name: format!("Side {}", i + 1),
                note: None,
            })
            .collect(),
        parties: w.parties,
        people: people_list,
        statements: w.stmts,
        figures: w.figures,
        relations,
        places: Vec::new(),
        times: Vec::new(),
        non_claims: Vec::new(),
        ordinary_capitals: Vec::new(),
        scare_quotes: Vec::new(),
    };
    (w.text, dataset)
}

/// `parties` parties: the first `STATES` are states, the rest governments,
/// armed forces (both of a state), armed groups and institutions in turn.
fn party_list(parties: usize) -> Vec<Party> {
    (0..parties)
        .map(|i| {
            let kind = if i < STATES {
                PartyKind::State
            } else {
                [
                    PartyKind::Government,
                    PartyKind::ArmedForces,
                    PartyKind::ArmedGroup,
                    PartyKind::Institution,
                ][i % 4]
            };
            let country = matches!(kind, PartyKind::Government | PartyKind::ArmedForces)
                .then(|| format!("party-{}", i % STATES));
            Party {
                id: format!("party-{i}"),
                name: party_name(i),
                kind,
                country,
                aliases: Vec::new(),
                side: Some(format!("side-{}", i % SIDES)),
            }
        })
        .collect()
}

/// Pairs of figures contradict each other, one pair in three: figure `n`
/// and `n + 1` for every `n` divisible by 6 whose partner was written.
fn contradictions(count: usize) -> Vec<Relation> {
    (0..count)
        .step_by(6)
        .filter(|n| n + 1 < count)
        .map(|n| Relation {
            kind: RelationKind::Contradicts,
            from: format!("f-{n}"),
            to: format!("f-{}", n + 1),
            note: "synthetic".into(),
            part: None,
            // Each pair is a group of its own, so each heads it.
            question: Some("Which figure holds?".into()),
        })
        .collect()
}

/// The article and dataset as they are written, statement by statement.
struct Writer {
    rng: Rng,
    parties: Vec<Party>,
    /// Where each person is first named, once they are.
    person_spans: Vec<Option<Span>>,
    text: String,
    heads: Vec<Span>,
    stmts: Vec<Statement>,
    figures: Vec<Figure>,
    person_turn: usize,
    paragraph: usize,
}

impl Writer {
    /// Statement `i` of `statements`, with a figure if `i` is a multiple of 4.
    fn statement(&mut self, i: usize) {
        self.separate(i);
        let start = self.text.len();
        let speaker = self.speaker(i);
        self.text.push_str(" said: \u{201C}");
        let words = 6 + self.rng.below(8);
        for w in 0..words {
            if w > 0 {
                self.text.push(' ');
            }
            self.text.push_str(WORDS[self.rng.below(WORDS.len())]);
        }
        let id = format!("s-{i}");
        if i.is_multiple_of(4) {
            self.figure(i, &speaker, &id);
        }
        self.text.push_str(".\u{201D}");
        let parties = self.parties.len();
        self.stmts.push(Statement {
            id,
            speaker,
            channel: Channel::ALL[self.rng.below(Channel::ALL.len())],
            kind: StatementKind::ALL[self.rng.below(StatementKind::ALL.len())],
            about: vec![format!("party-{}", (i * 7 + 3) % parties)],
            mode: Mode::FullQuote,
            hedges: Vec::new(),
            note: None,
            span: Span {
                start,
                end: self.text.len(),
                text: self.text[start..].to_string(),
            },
        });
    }

    /// What goes before statement `i`: a space, or a paragraph break (and
    /// every `PER_SECTION` paragraphs a section head).
    fn separate(&mut self, i: usize) {
        if !i.is_multiple_of(PER_PARAGRAPH) {
            self.text.push(' ');
            return;
        }
        if i > 0 {
            self.text.push_str("\n\n");
        }
        if self.paragraph > 0 && self.paragraph.is_multiple_of(PER_SECTION) {
            let start = self.text.len();
            self.text.push_str("Further reports");
            self.heads.push(Span {
                start,
                end: self.text.len(),
                text: "Further reports".into(),
            });
            self.text.push_str("\n\n");
        }
        self.paragraph += 1;
    }

    /// Writes the speaker of statement `i` and returns its id: four in five
    /// statements come from a person, the rest from a party.
    fn speaker(&mut self, i: usize) -> String {
        if i % 5 == 4 {
            let p = (i / 5) % self.parties.len();
            self.text.push_str("The ");
            self.text.push_str(&self.parties[p].name);
            return format!("party-{p}");
        }
        let p = self.person_turn % self.person_spans.len();
        self.person_turn += 1;
        let name = person_name(p);
        if self.person_spans[p].is_none() {
            self.person_spans[p] = Some(Span {
                start: self.text.len(),
                end: self.text.len() + name.len(),
                text: name.clone(),
            });
        }
        self.text.push_str(&name);
        format!("person-{p}")
    }

    /// A claimed figure inside statement `i` (`id`) by `speaker`.
    fn figure(&mut self, i: usize, speaker: &str, id: &str) {
        let (unit, tail) = UNITS[(i / 4) % UNITS.len()];
        let value = 2 + self.rng.below(997) as u64;
        self.text.push_str(" as at least ");
        let fstart = self.text.len();
        self.text.push_str(&format!("{value} {tail}"));
        let n = self.figures.len();
        self.figures.push(Figure {
            id: format!("f-{n}"),
            value: Some(value),
            qualifier: Qualifier::AtLeast,
            unit,
            counts: tail.to_string(),
            readings: Vec::new(),
            subjects: vec![format!("party-{}", (i * 7 + 3) % self.parties.len())],
            claimant: Some(speaker.to_string()),
            statement: Some(id.to_string()),
            span: Span {
                start: fstart,
                end: self.text.len(),
                text: self.text[fstart..].to_string(),
            },
            note: None,
            scope: None,
        });
    }

    /// People no statement named yet are listed once, so each has a span.
    fn name_the_unnamed(&mut self) {
        if self.person_spans.iter().all(Option::is_some) {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.text.push_str("Present:");
        for (p, span) in self.person_spans.iter_mut().enumerate() {
            if span.is_none() {
                self.text.push(' ');
                let name = person_name(p);
                *span = Some(Span {
                    start: self.text.len(),
                    end: self.text.len() + name.len(),
                    text: name.clone(),
                });
                self.text.push_str(&name);
                self.text.push(';');
            }
        }
        self.text.pop();
        self.text.push('.');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::validate::validate;

    #[test]
    fn synthetic_data_passes_validation() {
        for (s, p, q) in [(0, 1, 1), (7, 3, 12), (103, 40, 20), (2_000, 1_000, 200)] {
            let (text, d) = generate(s, p, q);
            assert_eq!(d.statements.len(), s);
            assert_eq!(d.people.len(), p);
            if let Err(problems) = validate(&text, &d) {
                panic!("{s} statements: {:?}", &problems[..problems.len().min(5)]);
            }
        }
    }
}

//! Every validation rule fires: each test breaks the shipped dataset in one
//! way and checks the problem names the item and the reason.

use explorer_core::author::check::load;
use explorer_core::author::validate::{number_tokens, validate, Problem};
use explorer_core::dataset::model::{
    Dataset, OrdinaryCapital, Qualifier, Relation, RelationKind, Span, StatementKind,
};

const ARTICLE: &str = include_str!("../../data/article.txt");
const DATASET: &str = include_str!("../../data/dataset.json");

fn dataset() -> Dataset {
    // The source names spans by quotes: resolved as the build resolves them.
    load(ARTICLE.as_bytes(), DATASET)
        .expect("the shipped dataset is valid")
        .1
}

/// Validates a broken copy and returns its problems (there must be some).
fn problems(d: &Dataset) -> Vec<Problem> {
    validate(ARTICLE, d).expect_err("the broken dataset must fail")
}

fn has(problems: &[Problem], item: &str, reason: &str) -> bool {
    problems
        .iter()
        .any(|p| p.item.contains(item) && p.reason.contains(reason))
}

fn assert_has(problems: &[Problem], item: &str, reason: &str) {
    assert!(
        has(problems, item, reason),
        "expected {item}: {reason}, got {problems:#?}"
    );
}

#[test]
fn duplicate_ids_are_reported() {
    let mut d = dataset();
    let id = d.statements[0].id.clone();
    d.figures[0].id = id.clone();
    assert_has(&problems(&d), &id, "duplicate id");
}

#[test]
fn ids_must_be_kebab_case() {
    let mut d = dataset();
    d.places[0].id = "Bad Id".into();
    assert_has(&problems(&d), "Bad Id", "kebab-case");
}

#[test]
fn unresolved_references_are_reported() {
    let mut d = dataset();
    d.statements[0].speaker = "nobody".into();
    d.statements[1].about = vec!["nowhere".into()];
    d.people[0].party = Some("no-party".into());
    d.people[1].affiliation = Some("no-institution".into());
    d.figures[0].claimant = Some("ghost".into());
    d.figures[1].subjects = vec!["ghost-party".into()];
    d.figures[2].statement = Some("no-statement".into());
    let p = problems(&d);
    assert_has(&p, "statement", "speaker \"nobody\" is no person or party");
    assert_has(&p, "statement", "about \"nowhere\" is no party");
    assert_has(&p, "person", "party \"no-party\" does not exist");
    assert_has(
        &p,
        "person",
        "affiliation \"no-institution\" does not exist",
    );
    assert_has(&p, "figure", "claimant \"ghost\"");
    assert_has(&p, "figure", "subject \"ghost-party\"");
    assert_has(&p, "figure", "statement \"no-statement\" does not exist");
}

#[test]
fn statements_must_be_about_someone() {
    let mut d = dataset();
    d.statements[0].about.clear();
    assert_has(&problems(&d), &d.statements[0].id, "is about no party");
}

#[test]
fn a_country_must_be_a_state() {
    let mut d = dataset();
    let gov = d.parties.iter().position(|p| p.country.is_some()).unwrap();
    let not_state = d
        .parties
        .iter()
        .find(|p| p.country.is_some())
        .unwrap()
        .id
        .clone();
    d.parties[gov].country = Some(not_state);
    assert_has(&problems(&d), &d.parties[gov].id, "is not a state");
}

fn relation(kind: RelationKind, from: &str, to: &str) -> Relation {
    Relation {
        kind,
        from: from.into(),
        to: to.into(),
        note: "a note".into(),
        part: None,
        question: None,
    }
}

#[test]
fn relations_must_resolve_and_not_loop() {
    let mut d = dataset();
    d.relations.push(relation(
        RelationKind::Contradicts,
        "f-nothing",
        "s-asif-open-war",
    ));
    assert_has(&problems(&d), "f-nothing", "is no statement or figure");
    let mut d = dataset();
    let own = d.figures[0].id.clone();
    d.relations
        .push(relation(RelationKind::Differs, &own, &own));
    assert_has(&problems(&d), &own, "relates a claim to itself");
}

#[test]
fn the_same_two_claims_are_related_once_either_way_round() {
    let mut d = dataset();
    let first = d
        .relations
        .iter()
        .find(|r| r.kind != RelationKind::Denies)
        .unwrap()
        .clone();
    d.relations
        .push(relation(first.kind, &first.to, &first.from));
    assert_has(
        &problems(&d),
        &first.from,
        "relates the same two claims twice",
    );
}

#[test]
fn a_relation_needs_a_note_for_the_reader() {
    let mut d = dataset();
    d.relations[0].note = "  ".into();
    let id = d.relations[0].from.clone();
    assert_has(&problems(&d), &id, "has no note");
}

#[test]
fn a_denial_comes_from_a_statement_of_kind_denial() {
    let mut d = dataset();
    let claim = d
        .statements
        .iter()
        .find(|s| s.kind != StatementKind::Denial)
        .unwrap()
        .id
        .clone();
    let other = d
        .statements
        .iter()
        .rev()
        .find(|s| s.id != claim)
        .unwrap()
        .id
        .clone();
    d.relations
        .push(relation(RelationKind::Denies, &claim, &other));
    assert_has(
        &problems(&d),
        &claim,
        "must come from a statement of kind denial",
    );
}

#[test]
fn a_quantity_has_a_value_exactly_when_it_has_a_number() {
    let mut d = dataset();
    let exact = d
        .figures
        .iter()
        .position(|f| f.qualifier == Qualifier::Exact)
        .unwrap();
    d.figures[exact].value = None;
    let vague = d
        .figures
        .iter()
        .position(|f| f.qualifier == Qualifier::Dozens)
        .unwrap();
    d.figures[vague].value = Some(24);
    let p = problems(&d);
    assert_has(&p, &d.figures[exact].id, "needs a value");
    assert_has(&p, &d.figures[vague].id, "drop the value");
}

#[test]
fn other_readings_need_a_note_and_a_different_qualifier() {
    let mut d = dataset();
    let i = d
        .figures
        .iter()
        .position(|f| !f.readings.is_empty())
        .unwrap();
    d.figures[i].note = None;
    let own = d.figures[i].qualifier;
    d.figures[i].readings.push(own);
    let p = problems(&d);
    assert_has(&p, &d.figures[i].id, "no note saying why");
    assert_has(&p, &d.figures[i].id, "its own qualifier");
}

#[test]
fn the_data_has_a_version_and_dated_corrections() {
    let mut d = dataset();
    d.version = String::new();
    d.corrections[0].date = "29/11/2026".into();
    d.corrections[1].reason = String::new();
    let p = problems(&d);
    assert_has(&p, "dataset", "version is empty");
    assert_has(&p, "correction 1", "is not YYYY-MM-DD");
    assert_has(&p, "correction 2", "no reason");
}

#[test]
fn a_scare_quote_is_a_quoted_passage_and_covers_one() {
    let mut d = dataset();
    let q = d.scare_quotes[0].clone();
    d.scare_quotes[0].span = Span {
        start: q.span.start + 3,
        end: q.span.end - 3,
        text: q.span.text[3..q.span.text.len() - 3].to_string(),
    };
    assert_has(
        &problems(&d),
        "scare quote",
        "is not a passage in quotation marks",
    );
}

#[test]
fn every_number_word_counts_teens_tens_ordinals_and_half() {
    let words = |t: &str| -> Vec<String> {
        number_tokens(t)
            .into_iter()
            .map(|(s, e)| t[s..e].to_string())
            .collect()
    };
    assert_eq!(
        words("Thirteen men, a dozen women, half the ninety; the second and fortieth day"),
        ["Thirteen", "dozen", "half", "ninety", "second"]
    );
    assert_eq!(
        words("seventeen hundreds of thousands"),
        ["seventeen", "hundreds", "thousands"]
    );
}

#[test]
fn a_figure_lies_inside_its_statement() {
    let mut d = dataset();
    let i = d
        .figures
        .iter()
        .position(|f| f.statement.is_some())
        .unwrap();
    d.figures[i].span = Span {
        start: 0,
        end: 8,
        text: "Pakistan".into(),
    };
    assert_has(&problems(&d), &d.figures[i].id, "outside statement");
}

#[test]
fn a_span_off_by_one_is_reported_with_what_the_article_reads() {
    let mut d = dataset();
    let s = d
        .statements
        .iter()
        .position(|s| s.span.text.starts_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap();
    d.statements[s].span.start += 1;
    let p = problems(&d);
    assert_has(&p, &d.statements[s].id, "differs from the article");
    assert_has(&p, &d.statements[s].id, "which reads");
}

#[test]
fn a_span_with_a_straight_quote_for_a_curly_one_is_reported() {
    let mut d = dataset();
    let s = d
        .statements
        .iter()
        .position(|s| s.span.text.contains('“'))
        .unwrap();
    d.statements[s].span.text = d.statements[s].span.text.replace('“', "\"");
    assert_has(
        &problems(&d),
        &d.statements[s].id,
        "differs from the article",
    );
}

#[test]
fn spans_outside_the_article_or_reversed_are_reported() {
    let mut d = dataset();
    d.times[0].span = Span {
        start: 7000,
        end: 7005,
        text: "x".into(),
    };
    d.times[1].span.end = d.times[1].span.start;
    let p = problems(&d);
    assert_has(&p, &d.times[0].id, "outside the article");
    assert_has(&p, &d.times[1].id, "empty or reversed");
}

#[test]
fn a_span_splitting_a_character_is_reported() {
    let mut d = dataset();
    let at = ARTICLE.find('“').unwrap();
    d.non_claims[0].span = Span {
        start: at + 1,
        end: at + 4,
        text: "x".into(),
    };
    assert_has(&problems(&d), "non-claim 1", "splits a character");
}

#[test]
fn an_uncovered_number_is_reported_by_name() {
    let mut d = dataset();
    d.figures.retain(|f| f.value != Some(3967));
    d.statements.iter_mut().for_each(|_| {});
    assert_has(&problems(&d), "article byte", "number \"3,967\"");
    let mut d = dataset();
    d.non_claims.retain(|n| !n.span.text.contains("47"));
    assert_has(&problems(&d), "article byte", "number \"47\"");
    let mut d = dataset();
    d.non_claims.retain(|n| !n.span.text.contains("one"));
    assert_has(&problems(&d), "article byte", "number \"one\"");
}

#[test]
fn an_uncovered_quote_is_reported() {
    let mut d = dataset();
    let cooper = d
        .statements
        .iter()
        .position(|s| s.span.text.contains("We urge both sides"))
        .unwrap();
    d.statements.remove(cooper);
    d.figures.iter_mut().for_each(|f| {
        if f.statement
            .as_deref()
            .is_some_and(|s| d.statements.iter().all(|x| x.id != s))
        {
            f.statement = None;
        }
    });
    assert_has(
        &problems(&d),
        "article byte",
        "quoted passage \"We urge both sides",
    );
}

#[test]
fn a_missing_name_is_reported_by_name() {
    let mut d = dataset();
    d.people.retain(|p| p.name != "Ishaq Dar");
    d.ordinary_capitals.retain(|o| o.word != "Dar");
    assert_has(&problems(&d), "article byte", "name \"Ishaq\"");
    let mut d = dataset();
    d.ordinary_capitals = vec![OrdinaryCapital {
        word: "Mr".into(),
        reason: "title".into(),
    }];
    assert_has(&problems(&d), "article byte", "name \"Islamic\"");
}

#[test]
fn duplicate_statement_spans_are_reported() {
    let mut d = dataset();
    d.statements[1].span = d.statements[0].span.clone();
    assert_has(&problems(&d), &d.statements[1].id, "same span");
}

#[test]
fn bad_utf8_gives_one_clear_message() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes[10] = 0xFF;
    let p = load(&bytes, DATASET).unwrap_err();
    assert_eq!(p.len(), 1);
    assert_eq!(
        p[0].to_string(),
        "article: is not valid UTF-8 (first bad byte at offset 10)"
    );
}

#[test]
fn a_dataset_that_does_not_parse_gives_clear_messages_all_at_once() {
    let p = load(ARTICLE.as_bytes(), "{\"article\": 3}").unwrap_err();
    assert!(p.iter().all(|p| p
        .to_string()
        .starts_with("dataset: does not match the schema")));
    let said = |s: &str| p.iter().any(|p| p.reason.contains(s));
    assert!(said(
        "at article (line 1, column 13): invalid type: number 3, expected an object"
    ));
    assert!(said("missing field `version`") && said("missing field `statements`"));
    let broken = DATASET.replacen("\"kind\": \"state\"", "\"kind\": \"planet\"", 1);
    let p = load(ARTICLE.as_bytes(), &broken).unwrap_err();
    assert!(
        p[0].reason.contains("planet") && p[0].reason.contains("line"),
        "{}",
        p[0]
    );
}

#[test]
fn a_wrong_offset_gives_one_clear_message() {
    let mut d = dataset();
    d.people[0].span.start += 2;
    d.people[0].span.end += 2;
    let p = problems(&d);
    let about_person: Vec<_> = p
        .iter()
        .filter(|p| p.item.contains(&d.people[0].id))
        .collect();
    assert_eq!(about_person.len(), 1, "{p:#?}");
}

#[test]
fn sides_must_exist_and_cover_every_speaker() {
    let mut d = dataset();
    d.parties[0].side = Some("no-such-side".into());
    let p = problems(&d);
    assert_has(
        &p,
        &format!("party \"{}\"", d.parties[0].id),
        "side \"no-such-side\"",
    );

    // A speaking party taken off its side leaves its statements sideless.
    let mut d = dataset();
    let speaker = d.statements[0].speaker.clone();
    let party = explorer_core::dataset::lookup::Lookup::new(&d)
        .party_of(&speaker)
        .expect("the first speaker has a party")
        .to_string();
    for p in d.parties.iter_mut().filter(|p| p.id == party) {
        p.side = None;
    }
    for p in d.people.iter_mut().filter(|p| p.id == speaker) {
        p.side = None;
    }
    let p = problems(&d);
    assert_has(
        &p,
        &format!("statement \"{}\"", d.statements[0].id),
        "is on no side",
    );
}

#[test]
fn only_a_denial_says_which_part_it_denies() {
    let mut d = dataset();
    let i = d
        .relations
        .iter()
        .position(|r| r.kind != RelationKind::Denies)
        .unwrap();
    d.relations[i].part = Some("the toll".into());
    let from = d.relations[i].from.clone();
    assert_has(&problems(&d), &from, "only a denial says which part");
    let mut d = dataset();
    let Some(i) = d
        .relations
        .iter()
        .position(|r| r.kind == RelationKind::Denies)
    else {
        return;
    };
    d.relations[i].part = Some(" ".into());
    let from = d.relations[i].from.clone();
    assert_has(&problems(&d), &from, "`part` is empty");
    d.relations[i].part = Some("the strikes".into());
    assert!(validate(ARTICLE, &d).is_ok(), "a named part is valid");
}

#[test]
fn a_repeated_claim_gives_the_same_number() {
    let mut d = dataset();
    let numbered: Vec<(String, Option<u64>)> = d
        .figures
        .iter()
        .filter(|f| f.qualifier.has_value())
        .map(|f| (f.id.clone(), f.value))
        .collect();
    let (a, b) = numbered
        .iter()
        .flat_map(|a| numbered.iter().map(move |b| (a, b)))
        .find(|(a, b)| a.1 != b.1)
        .unwrap();
    d.relations
        .push(relation(RelationKind::Repeats, &a.0, &b.0));
    assert_has(&problems(&d), &a.0, "the figures give the same number");
    let mut d = dataset();
    let s = d.statements[0].id.clone();
    d.relations.push(relation(RelationKind::Repeats, &s, &a.0));
    assert_has(&problems(&d), &s, "two figures or two statements");
}

#[test]
fn a_bare_others_has_no_value() {
    let mut d = dataset();
    d.figures[0].qualifier = Qualifier::Others;
    d.figures[0].value = Some(3);
    let id = d.figures[0].id.clone();
    assert_has(&problems(&d), &id, "is a quantity with no number");
    assert_eq!(Qualifier::Others.describe(None), "others");
}

#[test]
fn the_summary_says_only_what_the_text_says_on_one_line() {
    let mut d = dataset();
    let missing = (1..)
        .map(|n: u64| (n * 7_919).to_string())
        .find(|n| !ARTICLE.contains(n.as_str()))
        .unwrap();
    d.article.summary = Some(format!("{missing} were seen, “words the text never has”."));
    let p = problems(&d);
    assert_has(&p, "article summary", &format!("number \"{missing}\""));
    assert_has(&p, "article summary", "quotes \"words the text never has\"");
    d.article.summary = Some("two\nlines".into());
    assert_has(&problems(&d), "article summary", "on one line");
    d.article.summary = Some("an “open quote".into());
    assert_has(&problems(&d), "article summary", "no partner");
}

/// Each group of related figures has exactly one question; only such a
/// group has one, and it ends with a question mark.
#[test]
fn every_group_of_figures_has_one_question() {
    let d = dataset();
    let asked: Vec<usize> = (0..d.relations.len())
        .filter(|&i| d.relations[i].question.is_some())
        .collect();
    let groups = explorer_core::read::figures::clusters(&d.figures, &d.relations);
    assert_eq!(asked.len(), groups.len(), "one question per group");

    let mut none = d.clone();
    none.relations[asked[0]].question = None;
    assert_has(&problems(&none), "relation", "have no headline");

    // A second relation of the same group gets a question too.
    let r = &d.relations[asked[0]];
    let second = (0..d.relations.len()).find(|&i| {
        i != asked[0]
            && [&d.relations[i].from, &d.relations[i].to]
                .iter()
                .any(|e| **e == r.from || **e == r.to)
    });
    let i = second.expect("a group with two relations");
    let mut two = d.clone();
    two.relations[i].question = Some("Another?".into());
    assert_has(&problems(&two), "relation", "already have a question");

    let mut statement = d.clone();
    let between_statements = d
        .relations
        .iter()
        .position(|r| r.kind == RelationKind::Denies)
        .expect("a denial");
    statement.relations[between_statements].question = Some("Who denies?".into());
    assert_has(&problems(&statement), "relation", "drop `question`");

    let mut plain = d.clone();
    plain.relations[asked[0]].question = Some("A statement".into());
    assert_has(&problems(&plain), "relation", "end it with");
}

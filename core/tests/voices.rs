//! Who gets a voice (`explorer_core::read::voices`, counted at build time): every row type on a small
//! fixture (tests/fixtures/voices), and on both datasets the rule the
//! overview's links rest on: each row's number is what its filter finds.

use explorer_core::author::check::load;
use explorer_core::dataset::model::{Channel, Dataset, Mode};
use explorer_core::read::query::{Facet, Filters, Index};
use explorer_core::read::voices::{count_words, Support, Voice, Voices};
use proptest::prelude::*;

fn open(dir: &str) -> (String, Dataset) {
    let dir = format!("{}/../{dir}", env!("CARGO_MANIFEST_DIR"));
    let article = std::fs::read_to_string(format!("{dir}/article.txt")).expect("article");
    let json = std::fs::read_to_string(format!("{dir}/dataset.json")).expect("dataset");
    let d = load(article.as_bytes(), &json).expect("valid").1;
    (article, d)
}

fn voice<'a>(v: &'a Voices, id: &str) -> &'a Voice {
    let mut all = v.sides.iter().flat_map(|s| &s.voices).chain(&v.own);
    all.find(|x| x.id == id)
        .unwrap_or_else(|| panic!("no voice {id}"))
}

fn only(facet: Facet, key: &str) -> Filters {
    let mut f = Filters::default();
    f.toggle(facet, key);
    f
}

#[test]
fn the_fixture_has_every_row_type() {
    let (article, d) = open("tests/fixtures/voices");
    let index = Index::with_article(&d, &article);
    let v = Voices::new(&d, &article, &index);
    // Sides in the data's order, each with a party and its people.
    let sides: Vec<Option<usize>> = v.sides.iter().map(|s| s.side).collect();
    assert_eq!(
        sides,
        [Some(0), Some(1)],
        "the reporter's side holds only the article"
    );
    let ruritania = voice(&v, "ruritania");
    assert_eq!(
        (
            ruritania.statements,
            ruritania.direct,
            ruritania.partial,
            ruritania.paraphrase
        ),
        (2, 0, 1, 1)
    );
    assert_eq!(ruritania.words_quoted, count_words("“limited” “over”"));
    let vel = voice(&v, "ana-vel");
    assert_eq!((vel.statements, vel.direct), (1, 1));
    assert_eq!(vel.words_quoted, count_words("“We acted in self-defence,”"));
    assert_eq!(vel.channels, [(Channel::PostOnX, 1)]);
    assert_eq!(v.sides[1].statements, 2, "Borduria and its army");
    // The article's own voice is its own row.
    assert_eq!(v.own.len(), 1);
    assert_eq!(
        (v.own[0].id.as_str(), v.own[0].statements),
        ("the-article", 1)
    );
    // Named, never heard: a person and a party (through its alias and a
    // sentence's capital), but not Borduria, heard through its army.
    let unheard: Vec<(&str, usize)> = v
        .unheard
        .iter()
        .map(|u| (u.id.as_str(), u.passages))
        .collect();
    assert_eq!(unheard, [("otto-brun", 1), ("lund-council", 2), ("x", 1)]);
    assert!(v.unheard[0].is_person && !v.unheard[1].is_person);
    // Figures by support, each group in dataset order.
    let ids = |s: Support| -> Vec<&str> {
        let group = v.figures.iter().find(|(k, _)| *k == s).expect("group");
        group.1.iter().map(|&i| d.figures[i].id.as_str()).collect()
    };
    assert_eq!(
        ids(Support::Contested),
        ["f-ruritania-killed-12", "f-borduria-none-killed"]
    );
    assert_eq!(
        ids(Support::Differing),
        ["f-borduria-wounded-3", "f-lund-wounded-5"]
    );
    assert_eq!(ids(Support::SingleSource), ["f-article-displaced-40"]);
}

/// Each row's number is what its link's filter finds.
fn rows_filter_to_what_they_count(dir: &str) {
    let (article, d) = open(dir);
    let index = Index::with_article(&d, &article);
    let v = Voices::new(&d, &article, &index);
    for s in &v.sides {
        if let Some(side) = s.side {
            let o = index.run(&only(Facet::Side, &d.sides[side].id));
            assert_eq!(o.statements, s.statements, "side {}", d.sides[side].id);
        }
        for x in &s.voices {
            let o = index.run(&only(Facet::Person, &x.id));
            assert_eq!(o.statements, x.statements, "voice {}", x.id);
        }
    }
    for x in &v.own {
        assert_eq!(
            index.run(&only(Facet::Person, &x.id)).statements,
            x.statements
        );
    }
    for u in &v.unheard {
        let o = index.run(&only(Facet::Mention, &u.id));
        assert_eq!(o.passages.len(), u.passages, "never heard {}", u.id);
        assert!(!d.statements.iter().any(|s| s.speaker == u.id));
    }
    for (support, figures) in &v.figures {
        let o = index.run(&only(Facet::Support, support.key()));
        assert_eq!((o.figures, o.statements), (figures.len(), 0), "{support:?}");
    }
}

#[test]
fn every_row_filters_to_what_it_counts_on_every_dataset() {
    for dir in ["tests/fixtures/voices", "data", "data/fictional"] {
        rows_filter_to_what_they_count(dir);
    }
}

#[test]
fn the_shipped_article_names_four_people_who_never_speak() {
    let (article, d) = open("data");
    let index = Index::with_article(&d, &article);
    let v = Voices::new(&d, &article, &index);
    let people: Vec<&str> = v
        .unheard
        .iter()
        .filter(|u| u.is_person)
        .map(|u| u.id.as_str())
        .collect();
    let silent: Vec<&str> = d
        .people
        .iter()
        .filter(|p| !d.statements.iter().any(|s| s.speaker == p.id))
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(people, silent);
    assert!(!people.is_empty());
}

#[test]
fn a_name_inside_a_place_span_is_a_place_unless_the_data_records_it() {
    let (article, d) = open("data");
    let index = Index::with_article(&d, &article);
    let places: Vec<(usize, usize)> = d
        .places
        .iter()
        .flat_map(|p| &p.spans)
        .map(|s| (s.start, s.end))
        .collect();
    let recorded: Vec<(usize, usize)> = d
        .parties
        .iter()
        .flat_map(|p| &p.aliases)
        .chain(d.people.iter().map(|p| &p.span))
        .map(|s| (s.start, s.end))
        .collect();
    for &(s, e, _) in &index.mentions {
        let in_place = places.iter().any(|&(a, b)| a <= s && e <= b);
        assert!(
            !in_place || recorded.contains(&(s, e)),
            "{}",
            &article[s..e]
        );
    }
    // Every recorded alias and person span is found.
    for r in recorded {
        assert!(index.mentions.iter().any(|&(s, e, _)| (s, e) == r), "{r:?}");
    }
}

fn modes_and_channels_add_up(v: &Voices, statements: usize) -> Result<(), TestCaseError> {
    let all: Vec<&Voice> = v
        .sides
        .iter()
        .flat_map(|s| &s.voices)
        .chain(&v.own)
        .collect();
    for x in &all {
        prop_assert_eq!(x.direct + x.partial + x.paraphrase, x.statements);
        prop_assert_eq!(x.channels.iter().map(|c| c.1).sum::<usize>(), x.statements);
    }
    for s in &v.sides {
        prop_assert_eq!(
            s.voices.iter().map(|x| x.statements).sum::<usize>(),
            s.statements
        );
    }
    // Every statement counted once: each speaker in one row, the rows
    // together all of them.
    let mut ids: Vec<&str> = all.iter().map(|x| x.id.as_str()).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    prop_assert_eq!(ids.len(), n);
    prop_assert_eq!(all.iter().map(|x| x.statements).sum::<usize>(), statements);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn per_mode_counts_add_up_and_every_statement_counts_once(
        picks in prop::collection::vec((0usize..1000, 0usize..3, 0usize..9, any::<bool>()), 0..60),
    ) {
        let (article, base) = open("data");
        let index = Index::with_article(&base, &article);
        // Any statements (repeats too), any speaker, mode and channel.
        let mut d = base.clone();
        let speakers: Vec<String> = base.statements.iter().map(|s| s.speaker.clone()).collect();
        d.statements = picks
            .iter()
            .map(|&(i, mode, channel, keep)| {
                let mut s = base.statements[i % base.statements.len()].clone();
                s.mode = [Mode::FullQuote, Mode::PartialQuote, Mode::Paraphrase][mode];
                s.channel = Channel::ALL[channel];
                if !keep {
                    s.speaker = speakers[(i / 7) % speakers.len()].clone();
                }
                s
            })
            .collect();
        let v = Voices::new(&d, &article, &index);
        modes_and_channels_add_up(&v, d.statements.len())?;
    }
}

#[test]
fn a_rows_words_say_its_numbers() {
    let (article, d) = open("tests/fixtures/voices");
    let index = Index::with_article(&d, &article);
    let v = Voices::new(&d, &article, &index);
    assert_eq!(
        voice(&v, "ruritania").modes(),
        "1 partial quote, 1 paraphrase"
    );
    assert_eq!(voice(&v, "ana-vel").channel_list(), "Post on X (1)");
}

#[test]
fn the_markup_links_every_row_to_its_filter_and_escapes_the_data() {
    use explorer_core::publish::voices_html::{escape, overview, render, FOLD};
    use explorer_core::read::url_state::decode;
    let (article, d) = open("data");
    let index = Index::with_article(&d, &article);
    let v = Voices::new(&d, &article, &index);
    let html = render(&v, &d);
    let rows = v.sides.iter().map(|s| s.voices.len() + 1).sum::<usize>()
        + v.own.len()
        + v.unheard.len()
        + v.figures.len();
    assert_eq!(html.matches("<a href=\"?").count(), rows);
    for href in html.split("<a href=\"?").skip(1) {
        let query = href.split('"').next().unwrap().replace("&amp;", "&");
        let (state, notices) = decode(&query, &index);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        assert_eq!(
            state
                .filters
                .selected
                .values()
                .map(|s| s.len())
                .sum::<usize>(),
            1,
            "{query}"
        );
    }
    assert_eq!(
        html.matches(" open>").count(),
        html.matches("<details").count()
    );
    let folded = overview(&d, &article, &index).replace(FOLD.0, FOLD.1);
    assert!(!folded.contains(" open"), "an embed starts folded");
    assert_eq!(
        folded.matches("<details").count(),
        html.matches("<details").count()
    );
    assert_eq!(
        escape("<a href=\"x\">O'Neil & co</a>"),
        "&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;"
    );
}

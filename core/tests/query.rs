//! The filter and search engine and the URL codec, on the shipped dataset.

use std::collections::BTreeSet;

use explorer_core::dataset::model::Dataset;
use explorer_core::read::query::{Facet, Filters, Index, ItemRef};
use explorer_core::read::url_state::{
    decode, encode, FrameConfig, Theme, UrlState, View, FRAME_HEIGHTS,
};
use proptest::prelude::*;

const DATASET: &str = include_str!("../../data/dataset.json");
const ARTICLE: &str = include_str!("../../data/article.txt");

fn setup() -> (Dataset, Index) {
    let d: Dataset = explorer_core::author::check::load(ARTICLE.as_bytes(), DATASET)
        .expect("valid")
        .1;
    let index = Index::with_article(&d, ARTICLE);
    (d, index)
}

fn filters(pairs: &[(Facet, &str)]) -> Filters {
    let mut f = Filters::default();
    for (facet, key) in pairs {
        f.toggle(*facet, key);
    }
    f
}

fn search(q: &str) -> Filters {
    Filters {
        search: q.into(),
        ..Filters::default()
    }
}

fn speakers(d: &Dataset, index: &Index, f: &Filters) -> Vec<String> {
    index
        .run(f)
        .items
        .iter()
        .filter_map(|&i| match index.items[i].target {
            ItemRef::Statement(s) => Some(d.statements[s].speaker.clone()),
            ItemRef::Figure(_) => None,
        })
        .collect()
}

#[test]
fn no_filter_matches_everything() {
    let (d, index) = setup();
    let o = index.run(&Filters::default());
    assert_eq!(o.items.len(), d.statements.len() + d.figures.len());
    assert_eq!(
        (o.statements, o.figures),
        (d.statements.len(), d.figures.len())
    );
}

/// The ids of the items `f` finds, in index order.
fn result_ids<'a>(index: &'a Index, f: &Filters) -> Vec<&'a str> {
    let found = index.run(f).items;
    found.iter().map(|&i| index.items[i].id.as_str()).collect()
}

#[test]
fn a_place_or_a_time_narrows_to_the_claims_whose_text_holds_it() {
    let (d, index) = setup();
    let mut f = Filters::default();
    f.toggle(Facet::Place, "place-kandahar");
    let o = index.run(&f);
    assert!(o.items.len() >= 2 && o.items.len() < index.items.len());
    for &i in &o.items {
        let item = &index.items[i];
        let text = &ARTICLE[item.start..item.end];
        assert!(text.contains("Kandahar"), "{}", item.id);
    }
    let mut f = Filters::default();
    f.toggle(Facet::Time, "t-thursday-efforts-to-target");
    let ids = result_ids(&index, &f);
    assert_eq!(ids, ["s-article-afghan-efforts-to-target"]);
    assert!(d
        .times
        .iter()
        .any(|t| t.id == "t-thursday-efforts-to-target"));
}

#[test]
fn a_hedge_filter_keeps_hedged_statements_and_their_figures() {
    let (d, index) = setup();
    let mut f = Filters::default();
    f.toggle(Facet::Hedge, "estimated");
    let ids = result_ids(&index, &f);
    assert!(ids.contains(&"s-pakistan-strike-estimate"), "{ids:?}");
    assert!(ids.contains(&"f-pakistan-274-killed"), "{ids:?}");
    assert!(ids.iter().all(|id| d.statements.iter().any(|s| s.id == *id
        && s.hedges
            .contains(&explorer_core::dataset::model::Hedge::Estimated))
        || d.figures.iter().any(|f| f.id == *id)));
}

#[test]
fn de_escalation_with_an_ascii_hyphen_finds_the_cooper_quote() {
    let (d, index) = setup();
    assert_eq!(
        speakers(&d, &index, &search("de-escalation")),
        ["yvette-cooper"]
    );
    assert_eq!(
        speakers(&d, &index, &search("DE‑ESCALATION")),
        ["yvette-cooper"]
    );
}

#[test]
fn open_war_finds_the_defence_ministers_post() {
    let (d, index) = setup();
    let found = speakers(&d, &index, &search("open war"));
    assert!(found.contains(&"khawaja-asif".to_string()), "{found:?}");
    // Straight quotes match the curly ones of the text: the quoted phrase
    // is only in the opening line, not in Asif's post ("an open war").
    let straight = speakers(&d, &index, &search("\"open war\""));
    assert_eq!(straight, ["pakistan-government"]);
    assert_eq!(speakers(&d, &index, &search("“open war”")), straight);
    let found = index.run(&search("\"open war\""));
    let ids: Vec<&str> = found
        .items
        .iter()
        .map(|&i| index.items[i].id.as_str())
        .collect();
    assert_eq!(ids, ["s-pakistan-declares-open-war"]);
}

#[test]
fn search_also_matches_the_speaker_name() {
    let (d, index) = setup();
    let found = speakers(&d, &index, &search("mujahid"));
    assert!(found.iter().all(|s| s == "zabihullah-mujahid"));
    assert!(found.len() >= 4);
}

#[test]
fn or_within_a_facet_and_across_facets() {
    let (_, index) = setup();
    let iran = index.run(&filters(&[(Facet::Party, "iran")])).items;
    let russia = index.run(&filters(&[(Facet::Party, "russia")])).items;
    let either = index
        .run(&filters(&[
            (Facet::Party, "iran"),
            (Facet::Party, "russia"),
        ]))
        .items;
    let union: BTreeSet<_> = iran.iter().chain(&russia).copied().collect();
    assert_eq!(either.iter().copied().collect::<BTreeSet<_>>(), union);
    let offers = index.run(&filters(&[(Facet::Kind, "offer")])).items;
    let both = index
        .run(&filters(&[(Facet::Party, "iran"), (Facet::Kind, "offer")]))
        .items;
    let inter: BTreeSet<_> = iran
        .iter()
        .filter(|i| offers.contains(i))
        .copied()
        .collect();
    assert_eq!(both.iter().copied().collect::<BTreeSet<_>>(), inter);
    assert_eq!(both.len(), 1);
}

#[test]
fn a_state_finds_its_government_and_forces() {
    let (d, index) = setup();
    let found = speakers(&d, &index, &filters(&[(Facet::Party, "pakistan")]));
    assert!(found.contains(&"pakistan-government".to_string()));
    assert!(found.contains(&"khawaja-asif".to_string()));
}

#[test]
fn contested_only_keeps_disputed_figures_and_their_statements() {
    let (d, index) = setup();
    let f = Filters {
        contested: true,
        ..Filters::default()
    };
    let o = index.run(&f);
    let disputed = |id: &str| {
        d.relations
            .iter()
            .any(|r| r.kind.disputes() && (r.from == id || r.to == id))
    };
    assert_eq!(
        o.figures,
        d.figures.iter().filter(|f| disputed(&f.id)).count()
    );
    assert!(o.figures > 0, "the shipped data has disputed figures");
    assert_eq!(
        o.items.len(),
        index.run(&Filters::default()).contested_count
    );
}

/// The live counts against a brute-force recount with `Index::run`: an
/// option's count is the number of results with that option alone chosen in
/// its facet (OR within a facet, so the facet's own choice does not narrow
/// its options), under every other filter, search and "contested only"
/// included; the contested count is the number of results with "contested
/// only" on.
fn check_counts(index: &Index, base: &Filters) -> Result<(), TestCaseError> {
    let o = index.run(base);
    for facet in Facet::ALL {
        prop_assert_eq!(o.counts[facet.index()].len(), index.options(facet).len());
        for (n, option) in index.options(facet).iter().enumerate() {
            let mut f = base.clone();
            f.selected.remove(&facet);
            f.toggle(facet, &option.key);
            // The Mentions facet counts passages (`Facet::counts`).
            let found = index.run(&f);
            let found = match facet {
                Facet::Mention => found.passages.len(),
                _ => found.items.len(),
            };
            prop_assert_eq!(
                o.counts[facet.index()][n],
                found,
                "{:?} {} under {:?}",
                facet,
                &option.key,
                base
            );
        }
    }
    let contested = Filters {
        contested: true,
        ..base.clone()
    };
    prop_assert_eq!(o.contested_count, index.run(&contested).items.len());
    Ok(())
}

#[test]
fn counts_are_what_choosing_the_option_would_give() {
    let (_, index) = setup();
    let base = filters(&[(Facet::Kind, "claim"), (Facet::Party, "pakistan")]);
    check_counts(&index, &base).unwrap();
    // The check has teeth: these filters leave options with no results and
    // options whose count differs from the results now shown.
    let o = index.run(&base);
    assert!(o.counts.iter().flatten().any(|&c| c == 0));
    assert!(o
        .counts
        .iter()
        .flatten()
        .any(|&c| c != 0 && c != o.items.len()));
}

#[test]
fn url_round_trip_and_junk() {
    let (_, index) = setup();
    let state = UrlState {
        filters: filters(&[(Facet::Party, "iran"), (Facet::Unit, "killed")]),
        selected: Some("s-cooper-urge-de-escalation".into()),
        view: View::Figures,
        embed: true,
        ..UrlState::default()
    };
    let q = encode(&state);
    assert_eq!(
        q,
        "party=iran&unit=killed&sel=s-cooper-urge-de-escalation&view=figures&embed=1"
    );
    assert_eq!(decode(&format!("?{q}"), &index), (state, vec![]));
    let (s, notices) = decode(
        "?party=atlantis,iran&foo=1&view=%ZZ&contested=maybe",
        &index,
    );
    assert!(s.filters.is_selected(Facet::Party, "iran"));
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices[0].contains("atlantis"));
    let (s, notices) = decode(&format!("q={}", "a".repeat(100_000)), &index);
    assert_eq!(s.filters.search.len(), 200);
    assert_eq!(notices.len(), 1);
}

#[test]
fn a_search_that_is_not_valid_text_is_ignored_with_a_notice() {
    use explorer_core::read::url_state::INVALID_SEARCH_NOTICE;
    let (_, index) = setup();
    let (s, notices) = decode("?q=%E0%A4", &index);
    assert_eq!(s.filters.search, "");
    assert_eq!(notices, [INVALID_SEARCH_NOTICE]);
    assert_eq!(
        INVALID_SEARCH_NOTICE,
        "The search in the link was not valid text and was ignored."
    );
    // The other parameters still apply.
    let (s, notices) = decode("?party=iran&q=war%C3%28", &index);
    assert!(s.filters.is_selected(Facet::Party, "iran"));
    assert_eq!((s.filters.search.as_str(), notices.len()), ("", 1));
    // A replacement character spelt out in the link is a valid search.
    let (s, notices) = decode("?q=%EF%BF%BD", &index);
    assert_eq!((s.filters.search.as_str(), notices.len()), ("\u{FFFD}", 0));
    let (s, notices) = decode("?q=caf%C3%A9+noir", &index);
    assert_eq!((s.filters.search.as_str(), notices.len()), ("café noir", 0));
}

#[test]
fn a_junk_embed_value_is_ignored_with_a_notice() {
    let (_, index) = setup();
    let (s, notices) = decode("?embed=junk", &index);
    assert!(!s.embed);
    assert_eq!(notices, ["Ignored embed=“junk”."]);
    for (q, on) in [
        ("embed=1", true),
        ("embed=true", true),
        ("embed=0", false),
        ("embed=false", false),
    ] {
        assert_eq!(
            decode(q, &index),
            (
                UrlState {
                    embed: on,
                    ..UrlState::default()
                },
                vec![]
            ),
            "{q}"
        );
    }
}

fn arb_state(index: &Index) -> impl Strategy<Value = UrlState> {
    let pick = |facet: Facet| {
        let keys: Vec<String> = index.options(facet).iter().map(|o| o.key.clone()).collect();
        proptest::sample::subsequence(keys.clone(), 0..=keys.len().min(4))
    };
    let ids: Vec<String> = index.items.iter().map(|i| i.id.clone()).collect();
    (
        (pick(Facet::Party), pick(Facet::Person), pick(Facet::Kind)),
        (
            pick(Facet::Channel),
            pick(Facet::Unit),
            pick(Facet::Mention),
        ),
        any::<bool>(),
        "\\PC{0,40}",
        proptest::option::of(proptest::sample::select(ids)),
        0..3usize,
        any::<bool>(),
        arb_frame(),
    )
        .prop_map(
            |((p, pe, k), (c, u, m), contested, search, selected, view, embed, frame)| {
                let mut f = Filters {
                    contested,
                    search,
                    ..Filters::default()
                };
                for (facet, keys) in [
                    (Facet::Party, p),
                    (Facet::Person, pe),
                    (Facet::Kind, k),
                    (Facet::Channel, c),
                    (Facet::Unit, u),
                    (Facet::Mention, m),
                ] {
                    for key in keys {
                        f.toggle(facet, &key);
                    }
                }
                // A card shows the selected item, in place of a view.
                let card = frame.card && selected.is_some();
                UrlState {
                    filters: f,
                    view: match (view, card) {
                        (1, false) => View::Figures,
                        (2, false) => View::Voices,
                        _ => View::Explore,
                    },
                    selected,
                    embed,
                    frame: FrameConfig { card, ..frame },
                }
            },
        )
}

fn arb_frame() -> impl Strategy<Value = FrameConfig> {
    (
        any::<bool>(),
        proptest::sample::select(Theme::ALL.to_vec()),
        proptest::option::of(FRAME_HEIGHTS),
        proptest::option::of("[A-Za-z0-9_:.-]{1,30}"),
        any::<bool>(),
    )
        .prop_map(|(card, theme, height, child_id, headline)| FrameConfig {
            card,
            theme,
            height,
            child_id,
            headline,
        })
}

/// Filters that often leave results, for the counts: each facet is free
/// more often than not, or has one to three options; searches are mostly
/// words of the article.
fn arb_filters(index: &Index) -> impl Strategy<Value = Filters> {
    let pick = |facet: Facet| {
        let keys: Vec<String> = index.options(facet).iter().map(|o| o.key.clone()).collect();
        let n = keys.len().min(3);
        prop_oneof![
            3 => Just(Vec::new()),
            2 => proptest::sample::subsequence(keys, 1..=n),
        ]
        .prop_map(move |keys| (facet, keys))
    };
    let searches = vec![
        "", "", "", "pakistan", "said", "war", "killed", "the a", "zz",
    ];
    (
        Facet::ALL.map(pick),
        any::<bool>(),
        proptest::sample::select(searches),
    )
        .prop_map(|(facets, contested, search)| {
            let mut f = Filters {
                contested,
                search: search.to_string(),
                ..Filters::default()
            };
            for (facet, keys) in facets {
                for key in keys {
                    f.toggle(facet, &key);
                }
            }
            f
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn encode_then_decode_is_identity(state in arb_state(&setup().1)) {
        let index = setup().1;
        let (back, notices) = decode(&encode(&state), &index);
        prop_assert_eq!(notices, Vec::<String>::new());
        prop_assert_eq!(back, state);
    }

    #[test]
    fn arbitrary_query_strings_never_panic(q in "\\PC{0,200}", raw in proptest::collection::vec(any::<u8>(), 0..200)) {
        let index = setup().1;
        let (s, notices) = decode(&q, &index);
        prop_assert!(notices.len() <= 4);
        prop_assert!(s.filters.search.chars().count() <= 200);
        let lossy = String::from_utf8_lossy(&raw);
        let _ = decode(&lossy, &index);
    }

    #[test]
    fn results_are_a_subset_and_narrow_with_more_facets(
        state in arb_state(&setup().1),
    ) {
        let index = setup().1;
        let all = index.run(&Filters::default());
        let o = index.run(&state.filters);
        prop_assert!(o.items.iter().all(|i| all.items.contains(i)));
        prop_assert_eq!(o.items.len(), o.statements + o.figures);
        // Adding a contested constraint never adds results.
        let mut stricter = state.filters.clone();
        stricter.contested = true;
        let s = index.run(&stricter);
        prop_assert!(s.items.iter().all(|i| o.items.contains(i)));
    }

    #[test]
    fn counts_are_what_choosing_the_option_would_give_under_any_filters(
        base in arb_filters(&setup().1),
    ) {
        check_counts(&setup().1, &base)?;
    }
}

#[test]
fn short_terms_filter_but_are_not_highlighted() {
    use explorer_core::read::query::matches;
    let text = "an open war, and more";
    assert!(matches(text, "o").is_empty());
    assert!(matches(text, "op").is_empty());
    assert_eq!(matches(text, "ope"), [(3, 6)]);
    assert_eq!(matches(text, "op war"), [(8, 11)]);
    let (_, index) = setup();
    assert!(index.run(&search("x")).items.len() < index.items.len());
}

#[test]
fn a_side_finds_exactly_the_claims_of_its_speakers() {
    let (d, index) = setup();
    let lookup = explorer_core::dataset::lookup::Lookup::new(&d);
    assert!(!d.sides.is_empty(), "the shipped dataset has sides");
    let mut total = 0;
    for side in &d.sides {
        let out = index.run(&filters(&[(Facet::Side, &side.id)]));
        for &i in &out.items {
            let actor = match index.items[i].target {
                ItemRef::Statement(s) => Some(d.statements[s].speaker.as_str()),
                ItemRef::Figure(f) => d.figures[f].claimant.as_deref(),
            };
            assert_eq!(
                actor.and_then(|a| lookup.side_of(a)),
                Some(side.id.as_str())
            );
        }
        total += out.items.len();
    }
    // Every item with a speaker or claimant is on exactly one side.
    let with_actor = d.statements.len() + d.figures.iter().filter(|f| f.claimant.is_some()).count();
    assert_eq!(total, with_actor);
}

#[test]
fn searching_casualties_finds_every_killed_and_wounded_figure() {
    use explorer_core::dataset::model::Unit;
    let (d, index) = setup();
    for (word, units) in [
        (
            "casualties",
            &[Unit::Killed, Unit::Wounded, Unit::Casualties][..],
        ),
        ("dead", &[Unit::Killed, Unit::Deaths][..]),
        ("injured", &[Unit::Wounded][..]),
    ] {
        let found: BTreeSet<&str> = index
            .run(&search(word))
            .items
            .iter()
            .map(|&i| index.items[i].id.as_str())
            .collect();
        let wanted: Vec<&str> = d
            .figures
            .iter()
            .filter(|f| units.contains(&f.unit))
            .map(|f| f.id.as_str())
            .collect();
        assert!(!wanted.is_empty() || word != "casualties");
        for id in wanted {
            assert!(found.contains(id), "{word:?} misses {id}");
        }
    }
}

#[test]
fn mentions_find_the_passages_statements_and_figures_naming_someone() {
    let (d, index) = setup();
    // The people the text names who never speak: a passage each at least,
    // and no statement of theirs.
    let silent: Vec<&str> = d
        .people
        .iter()
        .filter(|p| !d.statements.iter().any(|s| s.speaker == p.id))
        .map(|p| p.id.as_str())
        .collect();
    assert!(!silent.is_empty());
    for id in &silent {
        let o = index.run(&filters(&[(Facet::Mention, id)]));
        let name = &d.people.iter().find(|p| p.id == *id).unwrap().name;
        assert!(!o.passages.is_empty(), "{id}");
        for &p in &o.passages {
            let (s, e) = index.passages[p];
            assert!(ARTICLE[s..e].contains(name.as_str()), "{id}");
        }
        for &i in &o.items {
            let item = &index.items[i];
            assert!(
                ARTICLE[item.start..item.end].contains(name.as_str()),
                "{id}"
            );
        }
    }
    // A party through every alias, not only the one place each records:
    // more passages than it has aliases.
    let party = d
        .parties
        .iter()
        .max_by_key(|p| {
            index
                .run(&filters(&[(Facet::Mention, &p.id)]))
                .passages
                .len()
        })
        .unwrap();
    let o = index.run(&filters(&[(Facet::Mention, &party.id)]));
    assert!(o.passages.len() > party.aliases.len(), "{}", party.id);
    assert!(o.statements > 0 && o.statements < d.statements.len());
    // Another filter narrows the passages to those holding its results.
    let narrowed = index.run(&filters(&[
        (Facet::Mention, &party.id),
        (Facet::Kind, "denial"),
    ]));
    assert!(narrowed.passages.len() < o.passages.len());
    let denials = index.run(&filters(&[(Facet::Kind, "denial")])).items;
    for &p in &narrowed.passages {
        let (s, e) = index.passages[p];
        assert!(denials
            .iter()
            .any(|&i| s <= index.items[i].start && index.items[i].start < e));
    }
    // Without a Mentions choice no passage is a result.
    assert!(index.run(&Filters::default()).passages.is_empty());
}

#[test]
fn the_mention_key_and_the_voices_view_round_trip_and_junk_is_noticed() {
    let (d, index) = setup();
    let person = &d.people[0].id;
    let q = format!("mention={person}&support=contested&view=voices&embed=1");
    let (state, notices) = decode(&q, &index);
    assert_eq!(notices, Vec::<String>::new());
    assert!(state.filters.is_selected(Facet::Mention, person));
    assert_eq!(state.view, View::Voices);
    assert_eq!(decode(&encode(&state), &index).0, state);
    let (state, notices) = decode("mention=nobody-at-all&view=voice", &index);
    assert_eq!(state, UrlState::default());
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].contains("mention"), "{notices:?}");
}

/// The items (positions in the index) that pass `base` without its Time
/// choice and whose words hold the span of one of `times` (time ids): what
/// choosing those times one by one, before they were grouped, found together.
fn holding_times(d: &Dataset, index: &Index, base: &Filters, times: &[&str]) -> Vec<usize> {
    let mut others = base.clone();
    others.selected.remove(&Facet::Time);
    let spans: Vec<(usize, usize)> = d
        .times
        .iter()
        .filter(|t| times.contains(&t.id.as_str()))
        .map(|t| (t.span.start, t.span.end))
        .collect();
    let mut found: Vec<usize> = index
        .run(&others)
        .items
        .into_iter()
        .filter(|&i| {
            let item = &index.items[i];
            spans.iter().any(|&(s, e)| s >= item.start && e <= item.end)
        })
        .collect();
    found.sort_unstable();
    found
}

/// Per Time option, the ids of its times (by short label).
fn time_members<'a>(d: &'a Dataset, index: &Index) -> Vec<Vec<&'a str>> {
    use explorer_core::read::times::short_label;
    index
        .options(Facet::Time)
        .iter()
        .map(|o| {
            d.times
                .iter()
                .filter(|t| short_label(&t.label) == o.label)
                .map(|t| t.id.as_str())
                .collect()
        })
        .collect()
}

#[test]
fn a_time_option_is_a_short_label_and_chooses_every_time_with_it() {
    use explorer_core::read::times::short_label;
    let (d, index) = setup();
    let options = index.options(Facet::Time);
    let mut shorts: Vec<&str> = d.times.iter().map(|t| short_label(&t.label)).collect();
    shorts.sort_unstable();
    shorts.dedup();
    assert_eq!(options.len(), shorts.len());
    // The shipped data has grouped times (many on one day), so this test
    // has teeth.
    assert!(options.len() < d.times.len());
    let members = time_members(&d, &index);
    // Every time is in exactly one option.
    let mut all: Vec<&str> = members.iter().flatten().copied().collect();
    all.sort_unstable();
    let mut ids: Vec<&str> = d.times.iter().map(|t| t.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(all, ids);
    for (option, members) in options.iter().zip(&members) {
        // The label is short: no clause after a comma or a colon.
        assert!(!option.label.contains(", ") && !option.label.contains(": "));
        let f = filters(&[(Facet::Time, &option.key)]);
        let mut found = index.run(&f).items;
        found.sort_unstable();
        assert_eq!(
            found,
            holding_times(&d, &index, &f, members),
            "{}",
            option.label
        );
        // A link naming any of its times (made before they were grouped)
        // chooses the option.
        for id in members {
            let (s, notices) = decode(&format!("time={id}"), &index);
            assert!(notices.is_empty(), "{notices:?}");
            assert_eq!(s.filters, f, "{id}");
        }
    }
    let (s, notices) = decode("time=t-no-such-time", &index);
    assert!(s.filters.is_empty());
    assert_eq!(notices, ["Ignored unknown time “t-no-such-time”."]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Under any other filters, a Time option finds (and counts) the union
    /// of what its times found one by one.
    #[test]
    fn a_time_option_finds_the_union_of_its_times(base in arb_filters(&setup().1)) {
        let (d, index) = setup();
        let members = time_members(&d, &index);
        let o = index.run(&base);
        for (n, (option, members)) in index.options(Facet::Time).iter().zip(&members).enumerate() {
            let mut f = base.clone();
            f.selected.remove(&Facet::Time);
            f.toggle(Facet::Time, &option.key);
            let union = holding_times(&d, &index, &f, members);
            let mut found = index.run(&f).items;
            found.sort_unstable();
            prop_assert_eq!(&found, &union, "{}", &option.label);
            prop_assert_eq!(o.counts[Facet::Time.index()][n], union.len());
        }
    }
}

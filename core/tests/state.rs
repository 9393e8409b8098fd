//! Invariants of the reducer over arbitrary sequences of actions.

use explorer_core::read::embed::HostLink;
use explorer_core::read::query::Facet;
use explorer_core::read::state::{Action, Focus, HistoryMode, State};
use explorer_core::read::url_state::{UrlState, View, MAX_SEARCH_CHARS};
use proptest::prelude::*;

fn action() -> impl Strategy<Value = Action> {
    let facet = prop::sample::select(Facet::ALL.to_vec());
    let key = prop::sample::select(vec!["iran", "russia", "killed", "x"]);
    prop_oneof![
        (facet, key).prop_map(|(f, k)| Action::Toggle(f, k.to_string())),
        any::<bool>().prop_map(Action::SetContested),
        ".{0,300}".prop_map(Action::Search),
        "[a-z]{1,4}".prop_map(Action::ShowInArticle),
        "[a-z]{1,4}".prop_map(Action::ShowResult),
        prop::sample::select(vec![View::Explore, View::Figures]).prop_map(Action::SetView),
        Just(Action::ClearAll),
        Just(Action::ShowMore),
        Just(Action::DismissNotices),
        ".{0,20}".prop_map(Action::Toast),
        Just(Action::ToggleArticle),
        "[a-z]{1,4}".prop_map(|q| Action::ConnectHost(
            HostLink::parse("https://host.example/", "k", "https://host.example").unwrap(),
            Some((
                UrlState {
                    filters: explorer_core::read::query::Filters {
                        search: q,
                        ..Default::default()
                    },
                    ..UrlState::default()
                },
                vec![]
            )),
        )),
    ]
}

proptest! {
    #[test]
    fn any_sequence_keeps_the_state_sound(embed: bool, actions in prop::collection::vec(action(), 0..40)) {
        let mut state = State::new(UrlState { embed, ..UrlState::default() }, vec![]);
        for action in actions {
            let is_select = matches!(action, Action::ShowInArticle(_) | Action::ShowResult(_));
            let before = state.selections;
            state = state.reduce(action);
            // Embed mode comes from the URL the page was opened with.
            prop_assert_eq!(state.url.embed, embed);
            prop_assert!(state.url.filters.search.chars().count() <= MAX_SEARCH_CHARS);
            prop_assert!(state.shown >= state.page() && state.shown.is_multiple_of(state.page()));
            // An embed writes no history entry: they would be the host's Back.
            if embed {
                prop_assert_eq!(state.history, HistoryMode::Replace);
            }
            // Focus moves only with a selection, and only once.
            prop_assert_eq!(state.focus != Focus::None, is_select);
            prop_assert_eq!(state.selections != before, is_select);
            // No facet is left with an empty set (the URL form stays canonical).
            prop_assert!(state.url.filters.selected.values().all(|s| !s.is_empty()));
        }
    }

    #[test]
    fn only_a_search_under_way_replaces_the_history_entry(a in ".{1,20}", b in ".{1,20}") {
        let first = State::new(UrlState::default(), vec![]).reduce(Action::Search(a));
        prop_assert_eq!(first.history, HistoryMode::Push);
        prop_assert_eq!(first.reduce(Action::Search(b)).history, HistoryMode::Replace);
    }
}

//! The app's one state and its reducer: one `Action` per thing the reader
//! (or the browser) does. Pure, so it is tested natively; the Yew app only
//! wraps `reduce` in `use_reducer`. The shareable part is `UrlState`; the rest
//! (notices, focus, how to write history) is local to the page.

use crate::read::embed::{with_reader, HostLink};
use crate::read::query::{Facet, Filters};
use crate::read::url_state::{UrlState, View, MAX_SEARCH_CHARS};

/// Rows rendered at first and added per "show more": long lists stay fast.
pub const PAGE: usize = 100;
/// The same in an embed: a few results at a time, so the frame fits a
/// reading column and grows in steps.
pub const EMBED_PAGE: usize = 3;

/// How a state change is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry, so Back undoes it.
    Push,
    /// Rewrite the current entry (typing, start-up clean-up).
    Replace,
}

/// Where focus goes after a selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    None,
    /// The selected item's span in the article.
    Article,
    /// The selected item's row in the results.
    Result,
    /// The claim opened in place, under the contested claims.
    InPlace,
}

/// A one-line status ("Link copied."). `serial` grows with every toast, so
/// the same text twice is a new message that screen readers announce again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    pub text: String,
    pub serial: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub url: UrlState,
    /// What the URL held that was ignored.
    pub notices: Vec<String>,
    pub history: HistoryMode,
    pub focus: Focus,
    /// Counts selections: choosing the same item again shows it again.
    pub selections: u32,
    /// Rows shown in the result list.
    pub shown: usize,
    pub toast: Option<Toast>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: bool,
    /// The filters' sheet is open (on a phone).
    pub filters_open: bool,
    /// The result a "Show in article" jumped from: "Back to results" returns
    /// to it.
    pub back_to: Option<String>,
    /// In an embed: the article is shown (it starts folded).
    pub article_open: bool,
    /// In an embed: the host page, once its host script has said so.
    pub host: Option<HostLink>,
    /// The reader asked for every card: where the result list folds (a
    /// narrow screen, `view_rules::FOLDED_CARDS`) it shows them all.
    pub show_all: bool,
    /// The claim chosen in the contested claims, opened there in place (the
    /// page stays where the reader is); it shows while it is the selection.
    pub in_place: Option<String>,
}

/// What the reader, or the browser, did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Pressed or released one option of a facet.
    Toggle(Facet, String),
    SetContested(bool),
    /// Typed in the search box.
    Search(String),
    /// "Show in article" on a result: select it and focus its passage.
    ShowInArticle(String),
    /// Chose a highlighted passage: select its item and show its result row
    /// (in the list view, which holds the rows).
    ShowResult(String),
    SetView(View),
    /// Chose a row of the voices overview: exactly its filter, in the list.
    ShowFiltered(Filters),
    ClearAll,
    /// The browser moved through history: take its URL as it is.
    Restore(UrlState, Vec<String>),
    DismissNotices,
    ShowMore,
    /// "Show all N" on a folded result list (a narrow screen).
    ShowAll,
    /// Chose a claim in the contested claims: select it and open it there,
    /// with its passage, instead of jumping to its card.
    OpenInPlace(String),
    /// Closed the claim opened in place.
    CloseInPlace,
    /// Show a status line. It stays until the next one: "Copy this link:
    /// …" must stay up for a reader to copy it by hand.
    Toast(String),
    UpdateReady,
    /// Opened or closed the filters' sheet (a phone).
    OpenFilters,
    CloseFilters,
    /// "Back to results" after a jump to the article.
    BackToResults,
    /// The toast of this serial has been read (or timed out).
    DismissToast(u32),
    /// In an embed: opened or folded the article.
    ToggleArticle,
    /// In an embed: the host script introduced its page, with the state it
    /// restores from its own URL (already validated like a URL, with its
    /// notices). Taken once: later host messages change nothing.
    ConnectHost(HostLink, Option<(UrlState, Vec<String>)>),
}

impl Action {
    /// Whether it changes which results show (filters, search, view, a
    /// history step, clearing them all): "Back to results" returns to a row only while the
    /// results it was in stand.
    fn changes_results(&self) -> bool {
        matches!(
            self,
            Action::Toggle(..)
                | Action::SetContested(_)
                | Action::Search(_)
                | Action::SetView(_)
                | Action::ShowFiltered(_)
                | Action::Restore(..)
                | Action::ClearAll
        )
    }
}

impl State {
    /// The state a page starts in, from its decoded URL.
    pub fn new(url: UrlState, notices: Vec<String>) -> State {
        let focus = if url.selected.is_some() {
            Focus::Article
        } else {
            Focus::None
        };
        State {
            notices,
            history: HistoryMode::Replace,
            focus,
            selections: 0,
            shown: page_size(&url),
            toast: None,
            update_ready: false,
            filters_open: false,
            back_to: None,
            article_open: false,
            host: None,
            // A selected card must show, folded list or not.
            show_all: url.selected.is_some(),
            in_place: None,
            url,
        }
    }

    /// Rows per page of results.
    pub fn page(&self) -> usize {
        page_size(&self.url)
    }

    /// The state after `action`. Every action but `Restore` and typing into a
    /// search already under way adds a history entry (when the URL changes).
    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        // An embed never adds entries: they would be the host page's Back.
        next.history = if self.url.embed {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        next.focus = Focus::None;
        if action.changes_results() {
            next.back_to = None;
            next.show_all = false;
        }
        match action {
            Action::Toggle(facet, key) => {
                next.url.filters.toggle(facet, &key);
                next.shown = self.page();
            }
            Action::SetContested(on) => {
                next.url.filters.contested = on;
                next.shown = self.page();
            }
            Action::Search(text) => next.search(&self.url.filters.search, text),
            Action::ShowInArticle(id) => {
                next.back_to = Some(id.clone());
                next.article_open = true;
                next.select(id, Focus::Article);
            }
            Action::ShowResult(id) => {
                next.url.view = View::Explore;
                next.back_to = None;
                next.show_all = true;
                next.select(id, Focus::Result);
            }
            Action::BackToResults => {
                if let Some(id) = next.back_to.take() {
                    next.show_all = true;
                    next.select(id, Focus::Result);
                }
            }
            Action::OpenInPlace(id) => {
                next.in_place = Some(id.clone());
                next.select(id, Focus::InPlace);
            }
            Action::CloseInPlace => next.close_in_place(),
            Action::SetView(view) => next.url.view = view,
            Action::ShowFiltered(filters) => {
                next.url.filters = filters;
                next.url.selected = None;
                next.url.view = View::Explore;
                next.shown = self.page();
            }
            Action::ClearAll => {
                next.url = if self.url.embed {
                    with_reader(&self.url, UrlState::default())
                } else {
                    UrlState::default()
                };
                next.shown = self.page();
            }
            Action::Restore(url, notices) => {
                next.url = url;
                next.notices = notices;
                next.history = HistoryMode::Replace;
            }
            Action::DismissNotices => next.notices.clear(),
            Action::ShowMore => next.shown += self.page(),
            Action::ShowAll => next.show_all = true,
            Action::Toast(text) => next.toast(Some(text), None),
            Action::DismissToast(serial) => next.toast(None, Some(serial)),
            Action::UpdateReady => next.update_ready = true,
            Action::OpenFilters => next.filters_open = true,
            Action::CloseFilters => next.filters_open = false,
            Action::ToggleArticle => next.article_open = !self.article_open,
            Action::ConnectHost(host, restored) => return self.connect_host(host, restored),
        }
        next
    }

    fn connect_host(&self, host: HostLink, restored: Option<(UrlState, Vec<String>)>) -> State {
        let mut next = self.clone();
        next.focus = Focus::None;
        if self.host.is_some() || !self.url.embed {
            return next;
        }
        next.host = Some(host);
        next.history = HistoryMode::Replace;
        if let Some((reader, notices)) = restored {
            next.url = with_reader(&self.url, reader);
            next.notices = notices;
            next.shown = self.page();
        }
        next
    }

    fn search(&mut self, before: &str, text: String) {
        // One history entry per search, not per keystroke.
        if !before.is_empty() && !text.is_empty() {
            self.history = HistoryMode::Replace;
        }
        // The same cap as a search from the URL.
        self.url.filters.search = text.chars().take(MAX_SEARCH_CHARS).collect();
        self.shown = self.page();
    }

    /// Shows `text` as a new toast, or dismisses the toast of `serial`.
    fn toast(&mut self, text: Option<String>, dismiss: Option<u32>) {
        let current = self.toast.as_ref().map(|t| t.serial);
        if let Some(text) = text {
            let serial = current.map_or(1, |s| s.wrapping_add(1));
            self.toast = Some(Toast { text, serial });
        } else if dismiss.is_some() && current == dismiss {
            self.toast = None;
        }
    }

    /// Folds the claim opened in place, and its selection while it is the
    /// one.
    fn close_in_place(&mut self) {
        if self.open_in_place().is_some() {
            self.url.selected = None;
        }
        self.in_place = None;
    }

    fn select(&mut self, id: String, focus: Focus) {
        self.url.selected = Some(id);
        self.focus = focus;
        self.selections = self.selections.wrapping_add(1);
    }

    /// The claim opened in place, while it is still the selection (Back
    /// closes it, Forward opens it again).
    pub fn open_in_place(&self) -> Option<&str> {
        self.in_place
            .as_deref()
            .filter(|&id| self.url.selected.as_deref() == Some(id))
    }

    /// Whether "Clear all" has anything to clear.
    pub fn can_clear(&self) -> bool {
        !self.url.filters.is_empty() || self.url.selected.is_some()
    }
}

/// Rows per page for a page in this state.
fn page_size(url: &UrlState) -> usize {
    if url.embed {
        EMBED_PAGE
    } else {
        PAGE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> State {
        State::new(UrlState::default(), vec!["ignored x".into()])
    }

    #[test]
    fn back_to_results_returns_once_to_the_row_the_jump_left() {
        let jumped = start().reduce(Action::ShowInArticle("s-1".into()));
        assert_eq!(jumped.focus, Focus::Article);
        let back = jumped.reduce(Action::BackToResults);
        assert_eq!(back.focus, Focus::Result);
        assert_eq!(back.url.selected.as_deref(), Some("s-1"));
        assert_eq!(back.back_to, None, "the control goes once used");
        assert_eq!(back.reduce(Action::BackToResults).focus, Focus::None);
        let filtered = jumped.reduce(Action::Toggle(Facet::Party, "iran".into()));
        assert_eq!(filtered.back_to, None, "a filter change drops the way back");
        let cleared = jumped.reduce(Action::ClearAll);
        assert_eq!(cleared.back_to, None, "so does clearing them all");
    }

    #[test]
    fn a_claim_chosen_in_the_panel_opens_in_place_and_back_closes_it() {
        let opened = start().reduce(Action::OpenInPlace("f-1".into()));
        assert_eq!(opened.focus, Focus::InPlace, "no jump to the card");
        assert_eq!(opened.history, HistoryMode::Push, "Back undoes it");
        assert_eq!(opened.open_in_place(), Some("f-1"));
        assert_eq!(opened.url.selected.as_deref(), Some("f-1"));
        let back = opened.reduce(Action::Restore(UrlState::default(), vec![]));
        assert_eq!(back.open_in_place(), None);
        let forward = back.reduce(Action::Restore(opened.url.clone(), vec![]));
        assert_eq!(
            forward.open_in_place(),
            Some("f-1"),
            "Forward opens it again"
        );
        let elsewhere = opened.reduce(Action::ShowResult("s-2".into()));
        assert_eq!(elsewhere.open_in_place(), None);
        let closed = opened.reduce(Action::CloseInPlace);
        assert_eq!(closed.open_in_place(), None);
        assert_eq!(closed.url.selected, None);
        assert_eq!(
            elsewhere
                .reduce(Action::CloseInPlace)
                .url
                .selected
                .as_deref(),
            Some("s-2"),
            "closing keeps a selection made elsewhere"
        );
    }

    #[test]
    fn show_all_unfolds_until_the_results_change() {
        assert!(!start().show_all);
        let all = start().reduce(Action::ShowAll);
        assert!(all.show_all);
        assert!(!all.reduce(Action::Search("x".into())).show_all);
        assert!(
            start().reduce(Action::ShowResult("s-1".into())).show_all,
            "a chosen card shows"
        );
        let url = UrlState {
            selected: Some("s-1".into()),
            ..UrlState::default()
        };
        assert!(State::new(url, vec![]).show_all);
    }

    #[test]
    fn toggling_an_option_twice_restores_the_filters_and_pushes_history() {
        let s = start().reduce(Action::ShowMore);
        let on = s.reduce(Action::Toggle(Facet::Party, "iran".into()));
        assert!(on.url.filters.is_selected(Facet::Party, "iran"));
        assert_eq!(on.history, HistoryMode::Push);
        assert_eq!(on.shown, PAGE, "a filter change starts a new first page");
        let off = on.reduce(Action::Toggle(Facet::Party, "iran".into()));
        assert_eq!(off.url.filters, start().url.filters);
    }

    #[test]
    fn typing_replaces_the_entry_the_first_keystroke_pushed() {
        let first = start().reduce(Action::Search("o".into()));
        assert_eq!(first.history, HistoryMode::Push);
        let second = first.reduce(Action::Search("op".into()));
        assert_eq!(second.history, HistoryMode::Replace);
        assert_eq!(second.url.filters.search, "op");
        let cleared = second.reduce(Action::Search(String::new()));
        assert_eq!(cleared.history, HistoryMode::Push);
    }

    #[test]
    fn a_search_is_capped_like_a_search_from_the_url() {
        let long = "x".repeat(MAX_SEARCH_CHARS + 50);
        let s = start().reduce(Action::Search(long));
        assert_eq!(s.url.filters.search.chars().count(), MAX_SEARCH_CHARS);
    }

    #[test]
    fn choosing_a_highlight_is_one_action_that_shows_the_list_and_its_row() {
        let figures = start().reduce(Action::SetView(View::Figures));
        let s = figures.reduce(Action::ShowResult("f1".into()));
        assert_eq!(s.url.view, View::Explore);
        assert_eq!(s.url.selected.as_deref(), Some("f1"));
        assert_eq!(s.focus, Focus::Result);
        let again = s.reduce(Action::ShowResult("f1".into()));
        assert_ne!(
            again.selections, s.selections,
            "the same item again shows it again"
        );
    }

    #[test]
    fn show_in_article_keeps_the_view_and_focuses_the_passage() {
        let figures = start().reduce(Action::SetView(View::Figures));
        let s = figures.reduce(Action::ShowInArticle("s1".into()));
        assert_eq!(s.url.view, View::Figures);
        assert_eq!(s.focus, Focus::Article);
        assert_eq!(
            s.reduce(Action::ShowMore).focus,
            Focus::None,
            "focus moves once"
        );
    }

    #[test]
    fn clear_all_keeps_embed_mode_only() {
        let mut url = UrlState {
            embed: true,
            ..UrlState::default()
        };
        url.selected = Some("s1".into());
        url.filters.contested = true;
        let s = State::new(url, vec![]);
        assert!(s.can_clear());
        let cleared = s.reduce(Action::ClearAll);
        assert!(cleared.url.embed);
        assert!(!cleared.can_clear());
    }

    #[test]
    fn restore_takes_the_url_and_its_notices_without_a_new_entry() {
        let mut url = UrlState::default();
        url.filters.search = "war".into();
        let s = start().reduce(Action::Restore(url.clone(), vec!["n".into()]));
        assert_eq!(s.url, url);
        assert_eq!(s.notices, vec!["n".to_string()]);
        assert_eq!(s.history, HistoryMode::Replace);
        assert!(s.reduce(Action::DismissNotices).notices.is_empty());
    }

    #[test]
    fn a_voices_row_shows_exactly_its_filter_in_the_list() {
        let mut s = start().reduce(Action::Toggle(Facet::Kind, "claim".into()));
        s = s.reduce(Action::ShowResult("s1".into()));
        s = s.reduce(Action::SetView(View::Voices));
        let mut filters = Filters::default();
        filters.toggle(Facet::Mention, "asim-munir");
        let shown = s.reduce(Action::ShowFiltered(filters.clone()));
        assert_eq!(shown.url.filters, filters);
        assert_eq!(
            (shown.url.view, shown.url.selected.as_deref()),
            (View::Explore, None)
        );
        assert_eq!(shown.history, HistoryMode::Push);
    }

    #[test]
    fn the_same_toast_twice_is_a_new_message() {
        let one = start().reduce(Action::Toast("Link copied.".into()));
        let two = one.reduce(Action::Toast("Link copied.".into()));
        let (a, b) = (one.toast.clone().unwrap(), two.toast.clone().unwrap());
        assert_eq!(a.text, b.text);
        assert_ne!(a.serial, b.serial);
    }

    #[test]
    fn update_and_show_more() {
        let s = start();
        assert!(s.reduce(Action::UpdateReady).update_ready);
        assert_eq!(s.reduce(Action::ShowMore).shown, 2 * PAGE);
    }

    #[test]
    fn a_selection_in_the_url_focuses_its_passage_at_start() {
        let url = UrlState {
            selected: Some("s1".into()),
            ..UrlState::default()
        };
        assert_eq!(State::new(url, vec![]).focus, Focus::Article);
        assert_eq!(start().focus, Focus::None);
    }

    fn embedded() -> State {
        let url = UrlState {
            embed: true,
            ..UrlState::default()
        };
        State::new(url, vec![])
    }

    #[test]
    fn an_embed_shows_a_few_results_at_a_time_and_writes_no_history_entry() {
        let s = embedded();
        assert_eq!(s.shown, EMBED_PAGE);
        let more = s.reduce(Action::ShowMore);
        assert_eq!(more.shown, 2 * EMBED_PAGE);
        let filtered = more.reduce(Action::Toggle(Facet::Party, "iran".into()));
        assert_eq!(filtered.shown, EMBED_PAGE);
        assert_eq!(filtered.history, HistoryMode::Replace);
        assert_eq!(start().reduce(Action::ShowMore).history, HistoryMode::Push);
    }

    #[test]
    fn show_in_article_opens_the_folded_article() {
        let s = embedded();
        assert!(!s.article_open);
        assert!(s.reduce(Action::ToggleArticle).article_open);
        let shown = s.reduce(Action::ShowInArticle("s1".into()));
        assert!(shown.article_open);
        assert!(!shown.reduce(Action::ToggleArticle).article_open);
    }

    #[test]
    fn the_host_connects_once_and_its_state_keeps_the_authors_settings() {
        let host = HostLink::parse(
            "https://news.example/a",
            "explorer-1",
            "https://news.example",
        )
        .unwrap();
        let mut reader = UrlState::default();
        reader.filters.toggle(Facet::Party, "iran");
        reader.view = View::Figures;
        let s = embedded().reduce(Action::ConnectHost(
            host.clone(),
            Some((reader.clone(), vec!["n".into()])),
        ));
        assert_eq!(s.host.as_ref(), Some(&host));
        assert_eq!(s.url.filters, reader.filters);
        assert_eq!(s.url.view, View::Explore, "the view is the author's");
        assert!(s.url.embed);
        assert_eq!(s.notices, vec!["n".to_string()]);
        // A second host message, or one outside an embed, changes nothing.
        let again = s.reduce(Action::ConnectHost(
            host.clone(),
            Some((UrlState::default(), vec![])),
        ));
        assert_eq!(again, s);
        let full = start();
        assert_eq!(full.reduce(Action::ConnectHost(host, None)), full);
    }

    #[test]
    fn clear_all_in_an_embed_keeps_its_settings() {
        let mut url = UrlState {
            embed: true,
            view: View::Figures,
            ..UrlState::default()
        };
        url.frame.theme = crate::read::url_state::Theme::Dark;
        url.filters.contested = true;
        let cleared = State::new(url.clone(), vec![]).reduce(Action::ClearAll);
        assert!(!cleared.url.filters.contested);
        assert_eq!(
            (cleared.url.view, &cleared.url.frame),
            (View::Figures, &url.frame)
        );
    }
}

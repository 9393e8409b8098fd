//! The app's one state, changed only through `Action`s. The shareable part is
//! `UrlState`; the rest (notices, focus, how to write history) is local.

use std::rc::Rc;

use explorer_core::query::Facet;
use explorer_core::url_state::{UrlState, View, MAX_SEARCH_CHARS};
use yew::Reducible;

/// Rows rendered at first and added per "show more": long lists stay fast.
pub const PAGE: usize = 100;

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
    /// A one-line status for actions such as "Link copied".
    pub toast: Option<String>,
    /// A new version of the app is installed and waits for a reload.
    pub update_ready: bool,
    pub embed_dialog_open: bool,
}

impl State {
    pub fn new(url: UrlState, notices: Vec<String>) -> State {
        let focus = if url.selected.is_some() {
            Focus::Article
        } else {
            Focus::None
        };
        State {
            url,
            notices,
            history: HistoryMode::Replace,
            focus,
            selections: 0,
            shown: PAGE,
            toast: None,
            update_ready: false,
            embed_dialog_open: false,
        }
    }
}

pub enum Action {
    Toggle(Facet, String),
    SetContested(bool),
    Search(String),
    Select(Option<String>, Focus),
    SetView(View),
    ClearAll,
    /// The browser moved through history: take its URL as it is.
    Restore(UrlState, Vec<String>),
    DismissNotices,
    ShowMore,
    Toast(Option<String>),
    UpdateReady,
    EmbedDialog(bool),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.history = HistoryMode::Push;
        next.focus = Focus::None;
        match action {
            Action::Toggle(facet, key) => {
                next.url.filters.toggle(facet, &key);
                next.shown = PAGE;
            }
            Action::SetContested(on) => {
                next.url.filters.contested = on;
                next.shown = PAGE;
            }
            Action::Search(text) => {
                // One history entry per search, not per keystroke.
                if !self.url.filters.search.is_empty() && !text.is_empty() {
                    next.history = HistoryMode::Replace;
                }
                // The same cap as a search from the URL.
                next.url.filters.search = text.chars().take(MAX_SEARCH_CHARS).collect();
                next.shown = PAGE;
            }
            Action::Select(id, focus) => {
                next.url.selected = id;
                next.focus = focus;
                next.selections = self.selections.wrapping_add(1);
            }
            Action::SetView(view) => next.url.view = view,
            Action::ClearAll => {
                let embed = next.url.embed;
                next.url = UrlState {
                    embed,
                    ..UrlState::default()
                };
                next.shown = PAGE;
            }
            Action::Restore(url, notices) => {
                next.url = url;
                next.notices = notices;
                next.history = HistoryMode::Replace;
            }
            Action::DismissNotices => next.notices.clear(),
            Action::ShowMore => next.shown += PAGE,
            Action::Toast(text) => next.toast = text,
            Action::UpdateReady => next.update_ready = true,
            Action::EmbedDialog(open) => next.embed_dialog_open = open,
        }
        Rc::new(next)
    }
}

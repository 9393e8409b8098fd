//! The core's reducer (`explorer_core::read::state`) as Yew's `use_reducer` wants
//! it: the logic and its tests live in the core.

use std::ops::Deref;
use std::rc::Rc;

pub use explorer_core::read::state::{Action, Focus, HistoryMode, State, Toast, PAGE};
use yew::prelude::{hook, use_callback, use_context, use_reducer, Callback, UseReducerHandle};
use yew::Reducible;

use crate::data::use_data;

/// `State` behind the trait Yew's reducer hook needs.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(self.0.reduce(action)))
    }
}

impl Deref for AppState {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}

/// The one way components change the state: `App` provides the reducer's
/// dispatcher through a context, so no component passes it on in props.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Callback<Action>>().expect("components are mounted inside an App")
}

/// The state, started from the page's query string `query` (what it held
/// that was not understood goes to the notices), and its dispatcher as a
/// callback for the context `use_dispatch` reads: the reader's `App` and the
/// studio's page start alike.
#[hook]
pub fn use_state_from_query(query: &str) -> (UseReducerHandle<AppState>, Callback<Action>) {
    let data = use_data();
    let state = use_reducer(|| {
        let (url, notices) = explorer_core::read::url_state::decode(query, &data.index);
        AppState(State::new(url, notices))
    });
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    (state, dispatch)
}

//! The core's reducer (`explorer_core::read::state`) as Yew's `use_reducer` wants
//! it: the logic and its tests live in the core.

use std::ops::Deref;
use std::rc::Rc;

pub use explorer_core::read::state::{Action, Focus, HistoryMode, State, Toast, PAGE};
use yew::prelude::{hook, use_context, Callback};
use yew::Reducible;

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

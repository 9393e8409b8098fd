//! The studio's side effects as hooks: the authoring session restored from
//! and written to the autosave, the warning before leaving, `check` run a
//! moment after the author stops typing, and the tool the address names.

use std::rc::Rc;

use article_explorer::browser::after_ms;
use explorer_core::author::session::{findings, Edit, Finding, Session, Texts};
use serde_json::{json, Value};
use yew::prelude::*;

use crate::browser;

/// The session as Yew's reducer state.
#[derive(Clone, PartialEq, Default)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        Rc::new(SessionState(self.0.apply(edit)))
    }
}

/// The authoring session and whether its autosave holds.
#[derive(Clone, PartialEq)]
pub struct SessionHandle {
    pub session: UseReducerHandle<SessionState>,
    /// False when the browser refused the last autosave.
    pub autosaved: bool,
}

/// The session, restored from the autosave, autosaved on every change, and
/// guarded by a warning before leaving while it has unsaved changes.
#[hook]
pub fn use_session() -> SessionHandle {
    let session = use_reducer(|| SessionState(restored().unwrap_or_default()));
    let autosaved = use_state_eq(|| true);
    let s = &session.0;
    use_effect_with((s.now.clone(), s.saved().clone()), {
        let autosaved = autosaved.clone();
        move |(now, saved)| autosaved.set(browser::autosave(&autosave_text(now, saved)))
    });
    let unsaved = use_mut_ref(|| false);
    *unsaved.borrow_mut() = s.unsaved();
    use_effect_with((), move |_| {
        let listener = browser::warn_before_leaving(move || *unsaved.borrow());
        move || drop(listener)
    });
    SessionHandle {
        session,
        autosaved: *autosaved,
    }
}

fn texts_json(t: &Texts) -> Value {
    json!({ "article": &*t.article, "dataset": &*t.dataset })
}

fn autosave_text(now: &Texts, saved: &Texts) -> String {
    json!({ "now": texts_json(now), "saved": texts_json(saved) }).to_string()
}

fn restored() -> Option<Session> {
    let value: Value = serde_json::from_str(&browser::autosaved()?).ok()?;
    let texts = |key: &str| Texts {
        article: value[key]["article"].as_str().unwrap_or_default().into(),
        dataset: value[key]["dataset"].as_str().unwrap_or_default().into(),
    };
    Some(Session::restore(texts("now"), texts("saved")))
}

/// How long typing must pause before `check` runs again.
const CHECK_AFTER_MS: i32 = 250;

/// `check`'s findings for `texts`, run once typing pauses (None: nothing to
/// check yet).
#[hook]
pub fn use_findings(texts: &Texts) -> Rc<Option<Vec<Finding>>> {
    let first = || Rc::new(findings(texts));
    use_settled(texts, CHECK_AFTER_MS, first, |texts| {
        Rc::new(findings(texts))
    })
}

/// `compute(texts)` once `texts` have not changed for `pause_ms` (until
/// then the last result, and `first()` before any).
#[hook]
pub fn use_settled<T, F>(texts: &Texts, pause_ms: i32, first: F, compute: fn(&Texts) -> T) -> T
where
    T: Clone + 'static,
    F: FnOnce() -> T,
{
    let result = use_state(first);
    let serial = use_mut_ref(|| 0u32);
    use_effect_with(texts.clone(), {
        let result = result.clone();
        move |texts| {
            *serial.borrow_mut() += 1;
            let (mine, texts) = (*serial.borrow(), texts.clone());
            after_ms(pause_ms, move || {
                if *serial.borrow() == mine {
                    result.set(compute(&texts));
                }
            });
        }
    });
    (*result).clone()
}

/// The studio's two tools, one shown at a time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Author,
    Embed,
}

/// The tool the address's fragment names (`#embed`: the reader's "Embed"
/// opens it), following the fragment as the tabs change it.
#[hook]
pub fn use_tab() -> Tab {
    let read = || match browser::fragment().as_str() {
        "#embed" => Tab::Embed,
        _ => Tab::Author,
    };
    let tab = use_state(read);
    {
        let tab = tab.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move || tab.set(read()));
            move || drop(listener)
        });
    }
    *tab
}

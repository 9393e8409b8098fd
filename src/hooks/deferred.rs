//! A value that follows another one frame later, so that secondary views
//! (facet counts, the article's highlights) stay out of the frame that
//! shows the reader the results of their click or keystroke.

use yew::prelude::*;

use crate::browser;

/// `value` as it was when the last frame was painted: the first render gets
/// `value` itself; after a change, the old value until the frame showing the
/// change has been painted, then the newest one (changes within one frame
/// are merged, so fast typing updates the deferred view once per frame).
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let latest = use_mut_ref(|| value.clone());
    {
        let (shown, latest) = (shown.clone(), latest.clone());
        use_effect_with(value, move |value| {
            *latest.borrow_mut() = value.clone();
            browser::after_next_paint(move || shown.set(latest.borrow().clone()));
        });
    }
    (*shown).clone()
}

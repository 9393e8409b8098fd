//! The first mount spread over tasks.

use crate::browser;
use explorer_core::read::mount::{self, Step};
use yew::prelude::*;

/// The first mount spread over tasks (`explorer_core::read::mount`): `Some(step)`
/// while parts still wait, one step per task, then `None` for good.
#[hook]
pub fn use_mount_step(steps: usize) -> Step {
    let step = use_state_eq(|| mount::first_step(steps));
    {
        let setter = step.setter();
        use_effect_with(*step, move |&current| {
            if current.is_some() {
                browser::after_ms(0, move || setter.set(mount::next_step(current, steps)));
            }
        });
    }
    *step
}

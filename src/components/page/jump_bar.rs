use yew::prelude::*;

use crate::browser;

/// The id of the article's pane, where "Article" goes.
pub const ARTICLE_PANE_ID: &str = "the-article";
/// The id of the results' pane, where "Claims" goes.
const RESULTS_PANE_ID: &str = "results-start";

/// "Claims | Article": where the article sits below the results (a screen
/// narrower than `view_rules::FOLD_BELOW_PX`; CSS hides it on wider ones),
/// a bar that stays at the top and goes to either. It moves the page and
/// focus only: the address and the state stay as they are, and Back returns
/// to the place it left. A plain function, not a component: it has no
/// state, and each component costs the reader's wasm its own machinery.
pub fn jump_bar() -> Html {
    let go = |id: &'static str| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::jump_to(id);
        })
    };
    html! {
        <nav class="jump-bar" aria-label="Go to">
            <a href={format!("#{RESULTS_PANE_ID}")} onclick={go(RESULTS_PANE_ID)}>{"Claims"}</a>
            <a href={format!("#{ARTICLE_PANE_ID}")} onclick={go(ARTICLE_PANE_ID)}>{"Article"}</a>
        </nav>
    }
}

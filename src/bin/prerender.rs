//! Prints the markup index.html shows before the wasm starts (see
//! `components::prerender`), rendered by Yew's server renderer from the same
//! components the app renders. Run by scripts/post-build.mjs:
//! `cargo run --features ssr --bin prerender`.

use article_explorer::components::prerender::{Prerender, PrerenderProps};
use article_explorer::data::embedded;

fn main() {
    let renderer =
        yew::LocalServerRenderer::<Prerender>::with_props(PrerenderProps { data: embedded() })
            .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    print!("{html}");
}

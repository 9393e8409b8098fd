//! Prints the markup index.html shows before the wasm starts (see
//! `components::prerender`), rendered by Yew's server renderer from the same
//! components the app renders. Run by scripts/post-build.mjs:
//! `cargo run --features ssr --bin prerender`. With `--meta` it prints the
//! page's title, description, manifest names and counts as JSON instead
//! (`explorer_core::meta`), from the same embedded dataset.

use article_explorer::components::prerender::{Prerender, PrerenderProps};
use article_explorer::data::embedded;

fn main() {
    if std::env::args().any(|a| a == "--meta") {
        let data = embedded();
        println!(
            "{}",
            explorer_core::meta::page_meta_json(data.article, data.dataset)
        );
        return;
    }
    let renderer =
        yew::LocalServerRenderer::<Prerender>::with_props(PrerenderProps { data: embedded() })
            .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    print!("{html}");
}

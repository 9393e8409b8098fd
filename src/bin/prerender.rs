//! Prints the markup index.html shows before the wasm starts (see
//! `components::prerender`), rendered by Yew's server renderer from the same
//! components the app renders. Run by scripts/post-build.mjs:
//! `cargo run --features ssr --bin prerender`. With `--meta` it prints the
//! page's title, description, manifest names and counts as JSON instead
//! (`explorer_core::meta`), from the same embedded dataset.
//!
//! With `--jsonld` it prints the page's schema.org metadata instead
//! (`explorer_core::jsonld`), for the `<head>`. Its `dateModified` falls
//! back to the build date (`SOURCE_DATE_EPOCH` when set, for reproducible
//! builds, else today).

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
    if std::env::args().any(|a| a == "--jsonld") {
        let data = embedded();
        let date = explorer_core::jsonld::iso_date(build_time());
        print!(
            "{}",
            explorer_core::jsonld::jsonld(data.dataset, data.content_hash, &date)
        );
        return;
    }
    let renderer =
        yew::LocalServerRenderer::<Prerender>::with_props(PrerenderProps { data: embedded() })
            .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    print!("{html}");
}

/// Seconds since the Unix epoch of this build.
fn build_time() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        })
}

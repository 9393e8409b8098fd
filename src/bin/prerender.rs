//! Writes what the build adds to index.html before the wasm starts, once per
//! build (`scripts/build.sh`, before `trunk build`), into the folder given:
//! - `prerender.html`: the markup shown before the wasm starts (see
//!   `components::page::prerender`), rendered by Yew's server renderer from the
//!   same components the app renders;
//! - `meta.json`: the page's title, description, manifest names and counts
//!   (`explorer_core::publish::meta`);
//! - `jsonld.json`: the page's schema.org metadata (`explorer_core::publish::jsonld`).
//!   Its `dateModified` falls back to the build date (`SOURCE_DATE_EPOCH`
//!   when set, for reproducible builds, else today);
//! - `exports.json` and `dataset.json`: what the reader's exports, "Get the
//!   data" and "Cite this" are made of (`explorer_core::publish::prepared`),
//!   prepared here once so the reader's wasm carries no serializer;
//! - `voices.html`: the voices overview's markup
//!   (`explorer_core::publish::voices_html`), which the post-build hook puts
//!   in `dist/` under a content-hashed name for the app to fetch when the
//!   Voices view opens.
//!
//! All of them come from the dataset embedded for `ARTICLE_DATA_DIR`, as in
//! the wasm build. Trunk's post-build hook only reads them.
//! `cargo run --features ssr --bin prerender -- OUT_DIR`

use std::path::PathBuf;

use article_explorer::components::page::prerender::{Prerender, PrerenderProps};
use article_explorer::data::embedded;

fn main() {
    let Some(out) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender OUT_DIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&out, e));
    let data = embedded();
    let meta = explorer_core::publish::meta::page_meta_json(data.article, data.dataset);
    let date = explorer_core::publish::jsonld::iso_date(build_time());
    let jsonld = explorer_core::publish::jsonld::jsonld(data.dataset, data.content_hash, &date);
    let (exports, dataset) = prepared(&data);
    let voices =
        explorer_core::publish::voices_html::overview(data.dataset, data.article, &data.index);
    let renderer = yew::LocalServerRenderer::<Prerender>::with_props(PrerenderProps { data })
        .hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    for (name, text) in [
        ("prerender.html", html),
        ("meta.json", meta),
        ("jsonld.json", jsonld),
        ("exports.json", exports),
        ("dataset.json", dataset),
        ("voices.html", voices),
    ] {
        let path = out.join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| fail(&path, e));
    }
}

/// The exports file and the dataset file.
fn prepared(data: &article_explorer::data::Data) -> (String, String) {
    use explorer_core::publish::{export::Provenance, prepared, selectors};
    let anchoring =
        selectors::Anchoring::new(data.article, selectors::article_source(data.content_hash));
    let provenance = Provenance::of(data.dataset, data.content_hash);
    let exports = prepared::prepare(&data.lookup, &data.index, &anchoring, provenance)
        .unwrap_or_else(|prepared::MarkInData(id)| {
            eprintln!(
                "error: {id}'s citation holds the mark {}",
                explorer_core::read::exports::LINK_MARK
            );
            std::process::exit(1)
        });
    let dataset = prepared::dataset_file(&data.lookup, provenance, &anchoring);
    (prepared::prepared_json(&exports), dataset)
}

fn fail(path: &std::path::Path, e: std::io::Error) -> ! {
    eprintln!("error: cannot write {}: {e}", path.display());
    std::process::exit(1)
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

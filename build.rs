//! Validates the article's dataset at build time, so a broken dataset fails
//! the build with the same report as `explorer check DIR` (where each problem
//! is, line:col, and the fix), and hands the app a postcard copy to embed.
//! Spans may be written as quotes; they are resolved to offsets here.
//! It also finds, once, where the text names each person and party
//! (`explorer_core::read::mentions`), so the reader's wasm only reads that
//! list (the Mentions facet) and carries none of the finding.
//!
//! Another article is a data change: set `ARTICLE_DATA_DIR` to a folder with
//! its own `article.txt` and `dataset.json`.

use std::path::PathBuf;
use std::{env, fs};

use sha2::{Digest, Sha256};

fn main() {
    let dir = env::var("ARTICLE_DATA_DIR").unwrap_or_else(|_| "data".into());
    println!("cargo:rerun-if-env-changed=ARTICLE_DATA_DIR");
    let dir = PathBuf::from(dir);
    let article_path = dir.join("article.txt");
    let dataset_path = dir.join("dataset.json");
    println!("cargo:rerun-if-changed={}", article_path.display());
    println!("cargo:rerun-if-changed={}", dataset_path.display());

    let article = fs::read(&article_path)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", article_path.display())));
    let json = fs::read_to_string(&dataset_path)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", dataset_path.display())));
    // The same check as `explorer check DIR` (explorer_core::author::check), printed
    // the same way, so the build and the command can never disagree.
    let (text, dataset) = match explorer_core::author::check::check(&article, &json) {
        Ok(ok) => ok,
        Err(diagnostics) => {
            let article_text = String::from_utf8_lossy(&article);
            let sources = explorer_core::author::diagnostics::Sources {
                dataset_name: &dataset_path.display().to_string(),
                dataset: &json,
                article_name: &article_path.display().to_string(),
                article: &article_text,
            };
            let printed = explorer_core::author::diagnostics::render_all(&diagnostics, &sources);
            eprint!("{printed}");
            fail(&format!(
                "{} is invalid (run `cargo run -q -p explorer-cli -- check {}` for just this report)",
                dataset_path.display(),
                dir.display()
            ))
        }
    };
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The data's content hash, shown in the app's footer and in every
    // export: a reader can tell two copies of the data apart.
    let mut hasher = Sha256::new();
    hasher.update(&article);
    hasher.update(json.as_bytes());
    let hash: String = hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    fs::write(out.join("content-hash.txt"), hash).expect("write hash");
    fs::write(out.join("article.txt"), &text).expect("write article");
    // postcard: compact, and its decoder costs the wasm far fewer bytes
    // than a JSON parser (measured in the README).
    let bytes = postcard::to_allocvec(&dataset).expect("dataset serializes");
    fs::write(out.join("dataset.postcard"), bytes).expect("write dataset");
    let mentions = explorer_core::read::mentions::find(&dataset, &text);
    let bytes = explorer_core::read::mentions::to_bytes(&mentions);
    fs::write(out.join("mentions.bin"), bytes).expect("write mentions");
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}

//! Validates the article's dataset at build time, so a broken dataset fails
//! the build with a message naming the item and the reason, and hands the app
//! a minified copy to embed.
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
    let (text, dataset) = match explorer_core::validate::load(&article, &json) {
        Ok(ok) => ok,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
            fail(&format!(
                "{} is invalid ({} problems):\n{}",
                dataset_path.display(),
                problems.len(),
                list.join("\n")
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
    fs::write(out.join("article.txt"), text).expect("write article");
    // postcard: compact, and its decoder costs the wasm far fewer bytes
    // than a JSON parser (measured in the README).
    let bytes = postcard::to_allocvec(&dataset).expect("dataset serializes");
    fs::write(out.join("dataset.postcard"), bytes).expect("write dataset");
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}

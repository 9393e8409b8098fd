//! Writes a synthetic article and dataset for the benchmark:
//! `cargo run -p explorer-core --features synthetic --example synthetic --release -- <out-dir> [statements] [people] [parties]`
//! (defaults 10000 1000 200). The result passes validation.

use std::{env, fs, path::PathBuf, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: synthetic <out-dir> [statements] [people] [parties]");
        process::exit(2);
    };
    let num = |i: usize, default: usize| {
        args.get(i)
            .map(|a| a.parse().expect("a whole number"))
            .unwrap_or(default)
    };
    let (statements, people, parties) = (num(1, 10_000), num(2, 1_000), num(3, 200));
    let (text, dataset) = explorer_core::synthetic::generate(statements, people, parties);
    if let Err(problems) = explorer_core::author::validate::validate(&text, &dataset) {
        for p in problems.iter().take(20) {
            eprintln!("  - {p}");
        }
        process::exit(1);
    }
    fs::create_dir_all(&dir).expect("create the output folder");
    fs::write(dir.join("article.txt"), &text).expect("write article.txt");
    let json = serde_json::to_string(&dataset).expect("dataset serializes");
    fs::write(dir.join("dataset.json"), json).expect("write dataset.json");
    println!(
        "wrote {} ({} bytes of article, {} statements, {} figures, {} people, {} parties)",
        dir.display(),
        text.len(),
        dataset.statements.len(),
        dataset.figures.len(),
        dataset.people.len(),
        dataset.parties.len()
    );
}

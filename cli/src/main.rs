//! `explorer`: the authoring commands, native and quick. All the logic is
//! in `explorer-core` (the same code `build.rs` runs); this file does I/O.
//!
//! ```text
//! explorer check DIR          validate DIR/article.txt + DIR/dataset.json
//! explorer draft ARTICLE      print a starting dataset for a new article
//! explorer migrate DIR        rewrite DIR/dataset.json's offset spans as quotes
//! explorer meta DIR           print the page's title, description and counts as JSON
//! explorer share DIR OUT [--site-url URL]
//!                             write OUT/share.png (and OUT/oembed.json), print the head tags
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod share;

use clap::{Parser, Subcommand};
use explorer_core::author::check::check;
use explorer_core::author::diagnostics::{render_all, Sources};

#[derive(Parser)]
#[command(
    name = "explorer",
    about = "Authoring commands for an article explorer"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate an article folder (article.txt and dataset.json).
    Check { dir: PathBuf },
    /// Write a starting dataset (spans as quotes, TODOs to resolve) for an article.
    Draft {
        article: PathBuf,
        /// Where to write it (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Rewrite a dataset's {start, end, text} spans as quotes, in place.
    Migrate { dir: PathBuf },
    /// Print the page's title, description, search placeholder and counts as JSON.
    Meta { dir: PathBuf },
    /// Write the share card (OUT_DIR/share.png, 1200×630) and, with a site
    /// address, the oEmbed answer (OUT_DIR/oembed.json); print the page's
    /// Open Graph, Twitter Card, canonical and oEmbed tags.
    Share {
        dir: PathBuf,
        out_dir: PathBuf,
        /// The site's public address (https://host/path/), as ARTICLE_SITE_URL
        /// gives it: without it, only the tags valid without it.
        #[arg(long)]
        site_url: Option<String>,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check { dir } => run_check(&dir),
        Command::Draft { article, output } => run_draft(&article, output.as_deref()),
        Command::Migrate { dir } => run_migrate(&dir),
        Command::Meta { dir } => run_meta(&dir),
        Command::Share {
            dir,
            out_dir,
            site_url,
        } => run_share(&dir, &out_dir, site_url.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprint!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("error: cannot read {}: {e}\n", path.display()))
}

/// The two files of an article folder.
fn folder(dir: &Path) -> Result<(PathBuf, Vec<u8>, PathBuf, String), String> {
    let article = dir.join("article.txt");
    let dataset = dir.join("dataset.json");
    let bytes = read(&article)?;
    let json = String::from_utf8(read(&dataset)?)
        .map_err(|_| format!("error: {} is not UTF-8\n", dataset.display()))?;
    Ok((article, bytes, dataset, json))
}

fn run_check(dir: &Path) -> Result<(), String> {
    let (article_path, bytes, dataset_path, json) = folder(dir)?;
    match check(&bytes, &json) {
        Ok((_, d)) => {
            println!(
                "ok: {} is valid ({} statements, {} figures, {} parties, {} people)",
                dataset_path.display(),
                d.statements.len(),
                d.figures.len(),
                d.parties.len(),
                d.people.len()
            );
            Ok(())
        }
        Err(diagnostics) => {
            let article = String::from_utf8_lossy(&bytes);
            let sources = Sources {
                dataset_name: &dataset_path.display().to_string(),
                dataset: &json,
                article_name: &article_path.display().to_string(),
                article: &article,
            };
            Err(render_all(&diagnostics, &sources))
        }
    }
}

fn run_draft(article: &Path, output: Option<&Path>) -> Result<(), String> {
    let bytes = read(article)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("error: {} is not UTF-8\n", article.display()))?;
    let draft = explorer_core::author::draft::draft_json(&text);
    match output {
        None => print!("{draft}"),
        Some(path) => {
            fs::write(path, draft)
                .map_err(|e| format!("error: cannot write {}: {e}\n", path.display()))?;
            eprintln!(
                "wrote {}; now resolve every TODO (explorer check shows them)",
                path.display()
            );
        }
    }
    Ok(())
}

fn run_migrate(dir: &Path) -> Result<(), String> {
    let (_, bytes, dataset_path, json) = folder(dir)?;
    let text =
        String::from_utf8(bytes).map_err(|_| "error: the article is not UTF-8\n".to_string())?;
    let mut value: serde_json::Value = serde_json::from_str(&json).map_err(|e| {
        format!(
            "error: {}: JSON syntax error: {e}\n",
            dataset_path.display()
        )
    })?;
    let (done, left) = explorer_core::author::quotes::migrate(&mut value, &text);
    fs::write(
        &dataset_path,
        explorer_core::author::quotes::to_pretty(&value),
    )
    .map_err(|e| format!("error: cannot write {}: {e}\n", dataset_path.display()))?;
    println!("{}: {done} spans written as quotes", dataset_path.display());
    for path in &left {
        println!("  left as offsets (its text differs from the article): {path}");
    }
    Ok(())
}

/// An article folder's text and dataset, checked (as build.rs checks them).
fn checked(dir: &Path) -> Result<(String, explorer_core::dataset::model::Dataset), String> {
    let (article_path, bytes, dataset_path, json) = folder(dir)?;
    check(&bytes, &json).map_err(|ds| {
        let article = String::from_utf8_lossy(&bytes);
        render_all(
            &ds,
            &Sources {
                dataset_name: &dataset_path.display().to_string(),
                dataset: &json,
                article_name: &article_path.display().to_string(),
                article: &article,
            },
        )
    })
}

fn run_meta(dir: &Path) -> Result<(), String> {
    let (text, dataset) = checked(dir)?;
    println!(
        "{}",
        explorer_core::publish::meta::page_meta_json(&text, &dataset)
    );
    Ok(())
}

fn run_share(dir: &Path, out_dir: &Path, site_url: Option<&str>) -> Result<(), String> {
    let (text, dataset) = checked(dir)?;
    let (tags, notices) = share::write_share(&share::ShareArgs {
        text: &text,
        dataset: &dataset,
        out_dir,
        site_url,
        font_dir: &share::font_dir(),
    })?;
    for notice in notices {
        eprintln!("{notice}");
    }
    print!("{tags}");
    Ok(())
}

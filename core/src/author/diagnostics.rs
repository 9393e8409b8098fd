//! A diagnostic (a problem, where it is, how to fix it), printed the way a
//! compiler does: `file:LINE:COL` for each
//! file involved, the article line (or the dataset line) with a caret under
//! the first character at fault, and the suggested fixes.

use crate::author::source::line_col;
use crate::author::validate::Problem;

/// A problem, where it is and how to fix it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostic {
    /// The item at fault, as `validate::Problem` names it.
    pub item: String,
    pub reason: String,
    /// Byte offset in dataset.json.
    pub dataset_at: Option<usize>,
    /// Byte offset in article.txt (the caret goes under it).
    pub article_at: Option<usize>,
    /// Suggested fixes, one a line.
    pub help: Vec<String>,
}

impl Diagnostic {
    pub fn problem(&self) -> Problem {
        Problem {
            item: self.item.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// The files a diagnostic points into, with the names to print.
pub struct Sources<'a> {
    pub dataset_name: &'a str,
    pub dataset: &'a str,
    pub article_name: &'a str,
    pub article: &'a str,
}

/// Characters shown either side of the caret on a long line.
const WINDOW: usize = 40;

/// One diagnostic, several lines, ending in a newline.
pub fn render(d: &Diagnostic, src: &Sources) -> String {
    // "article byte N" is what the position below says, in lines.
    let mut out = if d.item.starts_with("article byte ") {
        format!("error: {}\n", d.reason)
    } else {
        format!("error: {}: {}\n", d.item, d.reason)
    };
    let mut snippet = None;
    if let Some(b) = d.dataset_at {
        let (l, c) = line_col(src.dataset, b);
        out.push_str(&format!("  --> {}:{l}:{c}\n", src.dataset_name));
        snippet = Some((src.dataset, b));
    }
    if let Some(b) = d.article_at {
        let (l, c) = line_col(src.article, b);
        out.push_str(&format!("  --> {}:{l}:{c}\n", src.article_name));
        snippet = Some((src.article, b));
    }
    if d.dataset_at.is_none() && d.article_at.is_none() {
        out.push_str(&format!("  --> {}\n", src.dataset_name));
    }
    if let Some((text, b)) = snippet {
        out.push_str(&caret(text, b));
    }
    for h in &d.help {
        out.push_str(&format!("   = help: {h}\n"));
    }
    out
}

/// All diagnostics and a closing count.
pub fn render_all(ds: &[Diagnostic], src: &Sources) -> String {
    let mut out: String = ds.iter().map(|d| render(d, src) + "\n").collect();
    let n = ds.len();
    out.push_str(&format!(
        "{n} problem{} in {}\n",
        if n == 1 { "" } else { "s" },
        src.dataset_name
    ));
    out
}

/// The line holding `byte`, cut to a window around it on a long line, and a
/// caret under its character.
pub fn caret(text: &str, byte: usize) -> String {
    let (line, col) = line_col(text, byte);
    let start = crate::author::source::line_start(text, line);
    let rest = &text[start..];
    let chars: Vec<char> = rest[..rest.find('\n').unwrap_or(rest.len())]
        .chars()
        .collect();
    let from = (col - 1).saturating_sub(WINDOW);
    let to = (col - 1 + WINDOW).min(chars.len());
    let mut shown: String = chars[from..to].iter().collect();
    let mut caret_col = col - 1 - from;
    if from > 0 {
        shown.insert(0, '…');
        caret_col += 1;
    }
    if to < chars.len() {
        shown.push('…');
    }
    let gutter = line.to_string().len();
    format!(
        "{:gutter$} |\n{line} | {shown}\n{:gutter$} | {}^\n",
        "",
        "",
        " ".repeat(caret_col)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_sits_under_the_character() {
        let text = "first\nsecond “line” here";
        let at = text.find("line").unwrap();
        let out = caret(text, at);
        assert_eq!(out, "  |\n2 | second “line” here\n  |         ^\n");
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let text = format!("{}X{}", "a".repeat(100), "b".repeat(100));
        let out = caret(&text, 100);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[1].starts_with("1 | …a"));
        assert!(lines[1].ends_with("b…"));
        let caret_at = lines[2].find('^').unwrap();
        let x_at = lines[1].chars().position(|c| c == 'X').unwrap();
        assert_eq!(lines[2][..caret_at].chars().count(), x_at);
    }
}

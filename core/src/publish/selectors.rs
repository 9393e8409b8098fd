//! W3C Web Annotation selectors for the dataset's spans, so a standard tool
//! (Hypothesis, Apache Annotator) can anchor what the data points at.
//!
//! - `TextQuoteSelector`: the span's text (`exact`) with the shortest
//!   context (`prefix`, `suffix`, grown a word at a time) that makes it
//!   unique. The context stays inside the span's paragraph, so the selector
//!   matches both `article.txt` (paragraphs separated by a blank line) and
//!   the article as the page renders it (paragraphs with no text between
//!   them).
//! - `TextPositionSelector`: `start` and `end` counted in Unicode code
//!   points of `article.txt`, as the specification counts characters (the
//!   dataset's own spans count UTF-8 bytes).

use serde::Serialize;

use crate::dataset::article::{blocks, Block};
use crate::dataset::model::Span;

/// The identifier of the article a target points into: no canonical URL is
/// in the dataset, so it is named by the data's content hash.
pub fn article_source(content_hash: &str) -> String {
    format!("urn:article-explorer:{content_hash}")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename = "TextQuoteSelector")]
pub struct TextQuoteSelector {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename = "TextPositionSelector")]
pub struct TextPositionSelector {
    pub start: usize,
    pub end: usize,
}

/// A Web Annotation target: the article and two selectors for one span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Target {
    pub source: String,
    pub selector: (TextQuoteSelector, TextPositionSelector),
}

impl Target {
    pub fn quote(&self) -> &TextQuoteSelector {
        &self.selector.0
    }
    pub fn position(&self) -> TextPositionSelector {
        self.selector.1
    }
}

/// Makes the selectors of spans of one article.
pub struct Anchoring<'a> {
    article: &'a str,
    blocks: Vec<Block>,
    /// The paragraphs with nothing between them, as the page renders them.
    rendered: String,
    source: String,
}

impl<'a> Anchoring<'a> {
    pub fn new(article: &'a str, source: String) -> Anchoring<'a> {
        let blocks = blocks(article);
        let rendered = blocks.iter().map(|b| b.text(article)).collect();
        Anchoring {
            article,
            blocks,
            rendered,
            source,
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn target(&self, span: &Span) -> Target {
        Target {
            source: self.source.clone(),
            selector: (self.quote(span), self.position(span)),
        }
    }

    /// The span's position in code points of the article.
    pub fn position(&self, span: &Span) -> TextPositionSelector {
        let start = self.article[..span.start].chars().count();
        let end = start + self.article[span.start..span.end].chars().count();
        TextPositionSelector { start, end }
    }

    /// The span's text with the shortest unique context within its
    /// paragraph; when even the whole paragraph is not unique (a heading
    /// repeated word for word), that paragraph is the context. A span that
    /// crosses paragraphs gets no context: the page renders no break
    /// between paragraphs, so no context could make it match there, and
    /// searching the whole article for one would take quadratic time.
    pub fn quote(&self, span: &Span) -> TextQuoteSelector {
        let Some((lo, hi)) = self.paragraph(span) else {
            return TextQuoteSelector {
                exact: self.article[span.start..span.end].to_string(),
                prefix: String::new(),
                suffix: String::new(),
            };
        };
        let lefts = word_steps_left(self.article, lo, span.start);
        let rights = word_steps_right(self.article, span.end, hi);
        let make = |l: usize, r: usize| TextQuoteSelector {
            exact: self.article[span.start..span.end].to_string(),
            prefix: self.article[l..span.start].to_string(),
            suffix: self.article[span.end..r].to_string(),
        };
        let most = lefts.len() + rights.len() - 2;
        for n in 0..=most {
            for (i, j) in splits(n, lefts.len() - 1, rights.len() - 1) {
                let q = make(lefts[i], rights[j]);
                if self.is_unique(&q) {
                    return q;
                }
            }
        }
        make(lo, hi)
    }

    /// Whether the quote occurs once in the article and once in its
    /// rendered text.
    pub fn is_unique(&self, q: &TextQuoteSelector) -> bool {
        let pattern = format!("{}{}{}", q.prefix, q.exact, q.suffix);
        occurrences(self.article, &pattern) == 1 && occurrences(&self.rendered, &pattern) == 1
    }

    /// The byte range of the paragraph holding the span; none when the
    /// span crosses paragraphs.
    fn paragraph(&self, span: &Span) -> Option<(usize, usize)> {
        self.blocks
            .iter()
            .find(|b| b.start <= span.start && span.end <= b.end)
            .map(|b| (b.start, b.end))
    }
}

/// Where a prefix may start: `from`, then a word further back each step,
/// down to `lo`.
fn word_steps_left(text: &str, lo: usize, from: usize) -> Vec<usize> {
    let mut out = vec![from];
    let mut at = from;
    while at > lo {
        let before = &text[lo..at];
        let trimmed = before.trim_end_matches(char::is_whitespace);
        let word_start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
        at = lo + word_start;
        out.push(at);
    }
    out
}

/// Where a suffix may end: `from`, then a word further on each step, up
/// to `hi`.
fn word_steps_right(text: &str, from: usize, hi: usize) -> Vec<usize> {
    let mut out = vec![from];
    let mut at = from;
    while at < hi {
        let after = &text[at..hi];
        let skipped = after.len() - after.trim_start_matches(char::is_whitespace).len();
        let rest = &after[skipped..];
        let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
        at += skipped + word;
        out.push(at);
    }
    out
}

/// The (prefix words, suffix words) pairs of `n` words in all, balanced
/// ones first, the prefix first on a tie.
fn splits(n: usize, max_left: usize, max_right: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = (0..=n.min(max_left))
        .map(|i| (i, n - i))
        .filter(|&(_, j)| j <= max_right)
        .collect();
    // Each i once, so no two keys are equal: an unstable sort orders alike.
    out.sort_unstable_by_key(|&(i, j)| (i.abs_diff(j), std::cmp::Reverse(i)));
    out
}

/// How often `pattern` occurs in `text`, overlapping occurrences included.
pub fn occurrences(text: &str, pattern: &str) -> usize {
    if pattern.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut from = 0;
    while let Some(i) = text[from..].find(pattern) {
        count += 1;
        from += i + text[from + i..].chars().next().map_or(1, char::len_utf8);
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn span(article: &str, text: &str, nth: usize) -> Span {
        let start = article.match_indices(text).nth(nth).unwrap().0;
        Span {
            start,
            end: start + text.len(),
            text: text.into(),
        }
    }

    #[test]
    fn context_grows_by_words_until_unique_within_the_paragraph() {
        let article = "Café one said no. Café two said no.\n\nThe end said no.";
        let a = Anchoring::new(article, article_source("h"));
        let q = a.quote(&span(article, "said no", 1));
        assert_eq!((q.prefix.as_str(), q.suffix.as_str()), ("two ", ""));
        let q = a.quote(&span(article, "said no", 2));
        assert_eq!((q.prefix.as_str(), q.suffix.as_str()), ("end ", ""));
        let q = a.quote(&span(article, "Café one", 0));
        assert_eq!((q.prefix.as_str(), q.suffix.as_str()), ("", ""));
        let p = a.position(&span(article, "The end", 0));
        assert_eq!((p.start, p.end), (37, 44));
        let t = serde_json::to_value(a.target(&span(article, "two", 0))).unwrap();
        assert_eq!(t["source"], "urn:article-explorer:h");
        assert_eq!(t["selector"][0]["type"], "TextQuoteSelector");
        assert_eq!(t["selector"][1]["type"], "TextPositionSelector");
        assert_eq!(t["selector"][1]["start"], 23);
    }

    #[test]
    fn a_span_across_paragraphs_gets_no_context_and_no_search() {
        // Long enough that a search of every context pair would show.
        let words: String = (0..3000).map(|i| format!("w{} ", i % 7)).collect();
        let article = format!("{words}end.\n\nNext {words}");
        let a = Anchoring::new(&article, String::new());
        let q = a.quote(&span(&article, "end.\n\nNext", 0));
        assert_eq!((q.prefix.as_str(), q.suffix.as_str()), ("", ""));
        assert_eq!(q.exact, "end.\n\nNext");
    }

    #[test]
    fn a_paragraph_repeated_word_for_word_is_its_own_context() {
        let article = "Same\n\nSame";
        let a = Anchoring::new(article, String::new());
        let q = a.quote(&span(article, "Same", 1));
        assert!(!a.is_unique(&q));
        assert_eq!(occurrences("aaa", "aa"), 2);
    }

    /// An article of paragraphs of words drawn from a small vocabulary (so
    /// words repeat), with multi-byte characters.
    fn article_strategy() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "the",
            "war",
            "Kabul",
            "“open",
            "war”",
            "de‑escalation",
            "Şahin",
            "said",
            "12,000",
            "—",
        ]);
        let paragraph = prop::collection::vec(word, 1..40).prop_map(|w| w.join(" "));
        prop::collection::vec(paragraph, 1..8).prop_map(|p| p.join("\n\n"))
    }

    proptest! {
        #[test]
        fn positions_slice_the_exact_text_and_unique_quotes_point_at_the_span(
            article in article_strategy(),
            a in 0usize..10_000,
            b in 0usize..10_000,
        ) {
            let chars: Vec<(usize, char)> = article.char_indices().collect();
            let (a, b) = (a % chars.len(), b % chars.len());
            let (lo, hi) = (a.min(b), a.max(b) + 1);
            let start = chars[lo].0;
            let end = chars.get(hi).map_or(article.len(), |c| c.0);
            let s = Span { start, end, text: article[start..end].to_string() };
            let anchoring = Anchoring::new(&article, String::new());
            let t = anchoring.target(&s);
            let p = t.position();
            let sliced: String = article.chars().skip(p.start).take(p.end - p.start).collect();
            prop_assert_eq!(&sliced, &t.quote().exact);
            let q = t.quote();
            if anchoring.is_unique(q) {
                let pattern = format!("{}{}{}", q.prefix, q.exact, q.suffix);
                prop_assert_eq!(article.find(&pattern), Some(start - q.prefix.len()));
            } else {
                // Only when the span crosses paragraphs, or its whole
                // paragraph is not enough.
                let pattern = format!("{}{}{}", q.prefix, q.exact, q.suffix);
                let paragraph = blocks(&article).into_iter().find(|b| b.start <= start && end <= b.end);
                if let Some(p) = paragraph {
                    prop_assert_eq!(pattern.as_str(), p.text(&article));
                }
            }
        }
    }
}

//! The article's structure, derived from its text: blocks separated by a
//! blank line, of which the dataset's section heads are headings.

use crate::dataset::model::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
}

impl Block {
    pub fn text<'a>(&self, article: &'a str) -> &'a str {
        &article[self.start..self.end]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// None for the opening section, which has no head.
    pub heading: Option<Block>,
    pub paragraphs: Vec<Block>,
}

/// Byte ranges of the blank-line separated blocks, trimmed of line breaks.
pub fn blocks(article: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in article.split("\n\n") {
        let end = start + part.len();
        let lead = part.len() - part.trim_start_matches(['\n', '\r']).len();
        let trail = part.len() - part.trim_end_matches(['\n', '\r']).len();
        if lead + trail < part.len() {
            out.push(Block {
                start: start + lead,
                end: end - trail,
            });
        }
        start = end + 2;
    }
    out
}

/// A double quotation mark, curly or straight.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"')
}

/// Double-quoted passages, paired in order within each paragraph (the text
/// mixes curly and straight marks, so any mark opens or closes).
pub fn quoted_passages(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for block in blocks(text) {
        let mut open = None;
        for (i, c) in block.text(text).char_indices() {
            if is_quote_mark(c) {
                let at = block.start + i;
                match open.take() {
                    None => open = Some(at),
                    Some(s) => out.push((s, at + c.len_utf8())),
                }
            }
        }
    }
    out
}

/// Groups the blocks into sections: a block whose text equals a section head
/// at the same offsets starts a new section.
pub fn sections(article: &str, heads: &[Span]) -> Vec<Section> {
    let mut out = vec![Section {
        heading: None,
        paragraphs: Vec::new(),
    }];
    for block in blocks(article) {
        let is_head = heads
            .iter()
            .any(|h| h.start == block.start && h.end == block.end);
        if is_head {
            out.push(Section {
                heading: Some(block),
                paragraphs: Vec::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.paragraphs.push(block);
        }
    }
    if out[0].paragraphs.is_empty() && out.len() > 1 {
        out.remove(0);
    }
    out
}

/// A block in text order, with its section and whether it is the head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlatBlock {
    pub section: usize,
    pub block: Block,
    pub heading: bool,
}

/// The sections' blocks in text order.
pub fn flatten(sections: &[Section]) -> Vec<FlatBlock> {
    let mut out = Vec::new();
    for (n, section) in sections.iter().enumerate() {
        let heading = section.heading.iter().map(|h| (h, true));
        let paragraphs = section.paragraphs.iter().map(|p| (p, false));
        for (block, heading) in heading.chain(paragraphs) {
            out.push(FlatBlock {
                section: n,
                block: block.clone(),
                heading,
            });
        }
    }
    out
}

/// True when `inner` lies within `outer`.
pub fn contains(outer: (usize, usize), inner: (usize, usize)) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_on_blank_lines_and_keep_offsets() {
        let text = "One.\n\nHead\n\nTwo.";
        let b = blocks(text);
        let texts: Vec<_> = b.iter().map(|b| b.text(text)).collect();
        assert_eq!(texts, ["One.", "Head", "Two."]);
    }

    #[test]
    fn sections_start_at_heads() {
        let text = "One.\n\nHead\n\nTwo.\n\nThree.";
        let head = Span {
            start: 6,
            end: 10,
            text: "Head".into(),
        };
        let s = sections(text, &[head]);
        assert_eq!(s.len(), 2);
        assert!(s[0].heading.is_none());
        assert_eq!(s[1].heading.as_ref().unwrap().text(text), "Head");
        assert_eq!(s[1].paragraphs.len(), 2);
        let flat = flatten(&s);
        let kinds: Vec<_> = flat.iter().map(|b| (b.section, b.heading)).collect();
        assert_eq!(kinds, [(0, false), (1, true), (1, false), (1, false)]);
    }
}

//! Text folding for search: case, typography and diacritics are folded so a
//! reader typing plain ASCII finds the article's typeset text. Folding keeps a
//! map back to the original byte offsets, so matches can be highlighted.
//!
//! The diacritics table is hand-kept for Latin scripts: the Unicode
//! normalisation tables would cost the wasm far more bytes than they give.

/// One char folded into zero or more ASCII-ish chars.
fn fold_char(c: char, out: &mut String) {
    match c {
        // Hyphens and dashes, including the non-breaking hyphen U+2011.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => out.push('"'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\t' | '\n' | '\r' => {
            out.push(' ')
        }
        // Combining diacritical marks vanish, so decomposed input folds too.
        '\u{0300}'..='\u{036F}' => {}
        '\u{00DF}' => out.push_str("ss"),
        '\u{00C6}' | '\u{00E6}' => out.push_str("ae"),
        '\u{0152}' | '\u{0153}' => out.push_str("oe"),
        _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        _ => match base_letter(c) {
            Some(b) => out.push(b),
            // Its lower case folded in turn (capital ẞ becomes ß, then
            // "ss"), so folding twice changes nothing.
            None => {
                for l in c.to_lowercase() {
                    if l == c {
                        out.push(l);
                    } else {
                        fold_char(l, out);
                    }
                }
            }
        },
    }
}

/// The base letter of a Latin letter with a diacritic, lowercased.
fn base_letter(c: char) -> Option<char> {
    let lower = c.to_lowercase().next()?;
    let base = match lower {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    };
    Some(base)
}

/// Folds text for comparison.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folded text with, for each folded byte, the original byte offset of the
/// char it came from (plus a final entry for the end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(text: &str) -> Folded {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            let before = out.len();
            fold_char(c, &mut out);
            origin.extend(std::iter::repeat_n(i as u32, out.len() - before));
        }
        origin.push(text.len() as u32);
        Folded { text: out, origin }
    }

    /// Original byte ranges of every occurrence of each folded term,
    /// merged and sorted.
    pub fn find_all(&self, terms: &[String]) -> Vec<(usize, usize)> {
        let mut ranges = Vec::new();
        for term in terms.iter().filter(|t| !t.is_empty()) {
            let mut from = 0;
            while let Some(pos) = self.text[from..].find(term.as_str()) {
                let start = from + pos;
                let end = start + term.len();
                ranges.push((self.original(start), self.original_end(end)));
                from = start + term.len().max(1);
                while !self.text.is_char_boundary(from) {
                    from += 1;
                }
            }
        }
        merge(ranges)
    }

    fn original(&self, folded: usize) -> usize {
        self.origin[folded] as usize
    }

    /// The original end of a folded range: the start of the next original
    /// char, so a char folded into several bytes is highlighted whole.
    fn original_end(&self, folded_end: usize) -> usize {
        let last = self.origin[folded_end - 1];
        self.origin[folded_end..]
            .iter()
            .copied()
            .find(|&o| o != last)
            .unwrap_or(*self.origin.last().unwrap()) as usize
    }

    /// True when every term occurs.
    pub fn contains_all(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| self.text.contains(t.as_str()))
    }
}

/// Splits a search query into folded terms.
pub fn terms(query: &str) -> Vec<String> {
    fold(query)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Sorts and merges overlapping or touching ranges.
pub fn merge(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn folds_typography_case_and_diacritics() {
        assert_eq!(fold("De\u{2011}Escalation"), "de-escalation");
        assert_eq!(fold("“open war”"), "\"open war\"");
        assert_eq!(fold("it’s"), "it's");
        assert_eq!(fold("Çağrı Ünal"), "cagri unal");
        assert_eq!(fold("Ärger straße"), "arger strasse");
        assert_eq!(fold("e\u{0301}"), "e");
    }

    #[test]
    fn find_all_maps_back_to_original_offsets() {
        let text = "towards de\u{2011}escalation, and “war”";
        let f = Folded::new(text);
        let hits = f.find_all(&terms("De-escalation"));
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].0..hits[0].1], "de\u{2011}escalation");
        let hits = f.find_all(&terms("\"war\""));
        assert_eq!(&text[hits[0].0..hits[0].1], "“war”");
    }

    #[test]
    fn a_capital_folds_as_its_lower_case_does() {
        // Found by `folding_is_idempotent`: ẞ folded to ß, which folds on.
        assert_eq!(fold("ẞ"), "ss");
        assert_eq!(fold("STRAẞE"), fold("straße"));
        assert_eq!(fold("İ"), "i");
    }

    #[test]
    fn expanded_chars_highlight_whole() {
        let text = "Straße";
        let f = Folded::new(text);
        let hits = f.find_all(&terms("stras"));
        assert_eq!(&text[hits[0].0..hits[0].1], "Straß");
    }

    proptest! {
        #[test]
        fn find_all_ranges_are_char_boundaries(text in "\\PC{0,60}", q in "\\PC{0,6}") {
            let f = Folded::new(&text);
            for (s, e) in f.find_all(&terms(&q)) {
                prop_assert!(s < e && e <= text.len());
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }

        #[test]
        fn folding_is_idempotent(text in "\\PC{0,60}") {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once);
        }

        #[test]
        fn a_substring_is_always_found(text in "[a-zA-Zé\u{2011} ]{1,40}", a in 0usize..40, len in 1usize..8) {
            let chars: Vec<char> = text.chars().collect();
            let a = a % chars.len();
            let b = (a + len).min(chars.len());
            let needle: String = chars[a..b].iter().collect();
            let t = terms(&needle);
            prop_assume!(!t.is_empty());
            prop_assert!(Folded::new(&text).contains_all(&t));
        }
    }
}

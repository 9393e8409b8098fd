//! Where the text names a person or party: every occurrence of a person's
//! name or a party's alias, as whole words, not only the one place each
//! span records. The rules that keep it honest:
//! - the longest name wins ("Pakistan's military" is the military, not
//!   Pakistan);
//! - a name inside a place span is a place, not a party ("Kabul" the city);
//! - an occurrence the data records names only the parties that record it;
//!   elsewhere a name several parties share ("Pakistan": the state and its
//!   government) names each of them;
//! - a lower-case alias also matches at a sentence's capital ("the group",
//!   "The group").
//!
//! The finding runs at build time (`build.rs` writes its result beside the
//! embedded dataset, `to_bytes`); the reader's wasm only reads the list
//! (`from_bytes`), so none of this scanning is in its download.

use crate::dataset::model::Dataset;

/// Who an occurrence names, as one number: a person's position in `people`,
/// or the number of people plus a party's position in `parties` (a plain
/// number, so the list embeds as bytes and the wasm sorts plain tuples).
pub fn named_id(d: &Dataset, who: u32) -> &str {
    named(d, who).0
}

/// A person's or party's id by its `who` number (see `named_id`) and name.
pub fn named(d: &Dataset, who: u32) -> (&str, &str) {
    let i = who as usize;
    match d.people.get(i) {
        Some(p) => (&p.id, &p.name),
        None => {
            let p = &d.parties[i - d.people.len()];
            (&p.id, &p.name)
        }
    }
}

/// The found names (sorted by start) as bytes, what `build.rs` embeds: per
/// name its start after the previous one's, its length and `who`, each a
/// LEB128 number (mostly one byte: about 3 bytes a name).
pub fn to_bytes(found: &[(usize, usize, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last = 0;
    for &(s, e, who) in found {
        for mut n in [s - last, e - s, who as usize] {
            while n >= 0x80 {
                out.push(n as u8 | 0x80);
                n >>= 7;
            }
            out.push(n as u8);
        }
        last = s;
    }
    out
}

/// The names back from `to_bytes`.
pub fn from_bytes(bytes: &[u8]) -> Vec<(usize, usize, u32)> {
    let mut numbers = Vec::new();
    let (mut n, mut shift) = (0, 0);
    for &b in bytes {
        n |= ((b & 0x7f) as usize) << shift;
        shift += 7;
        if b < 0x80 {
            numbers.push(n);
            (n, shift) = (0, 0);
        }
    }
    let mut last = 0;
    numbers
        .chunks_exact(3)
        .map(|c| {
            last += c[0];
            (last, last + c[1], c[2] as u32)
        })
        .collect()
}

/// Every name in `article` as (start, end, who: see `named_id`), sorted.
pub fn find(d: &Dataset, article: &str) -> Vec<(usize, usize, u32)> {
    let people = d.people.iter().map(|p| &p.span);
    let parties = d.parties.iter().enumerate().flat_map(|(i, p)| {
        let who = (d.people.len() + i) as u32;
        p.aliases.iter().map(move |a| (a, who))
    });
    let names: Vec<(&str, usize, usize, u32)> = people
        .enumerate()
        .map(|(i, s)| (s, i as u32))
        .chain(parties)
        .map(|(s, who)| (s.text.as_str(), s.start, s.end, who))
        .collect();
    let mut recorded: Vec<(usize, usize, u32)> =
        names.iter().map(|&(_, s, e, w)| (s, e, w)).collect();
    recorded.sort_unstable();
    // The names by their first byte (and a lower-case one's capital too),
    // so each word of a long text is tried against a few names only.
    let mut by_initial: Vec<Vec<u32>> = vec![Vec::new(); 256];
    for (n, &(text, ..)) in names.iter().enumerate() {
        if let Some(&b) = text.as_bytes().first() {
            by_initial[b as usize].push(n as u32);
            if b.is_ascii_lowercase() {
                by_initial[b.to_ascii_uppercase() as usize].push(n as u32);
            }
        }
    }
    let mut places: Vec<(usize, usize, u32)> = d
        .places
        .iter()
        .flat_map(|p| p.spans.iter().map(|s| (s.start, s.end, 0)))
        .collect();
    places.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for start in word_starts(article) {
        if start < from {
            continue;
        }
        let candidates = &by_initial[article.as_bytes()[start] as usize];
        let longest = candidates
            .iter()
            .map(|&n| names[n as usize].0)
            .filter(|text| matches_at(article, start, text))
            .max_by_key(|text| text.len());
        let Some(text) = longest else {
            continue;
        };
        let end = start + text.len();
        from = end;
        let at = recorded.partition_point(|&(s, e, _)| (s, e) < (start, end));
        let here = recorded[at..]
            .iter()
            .take_while(|&&(s, e, _)| (s, e) == (start, end));
        let before = out.len();
        out.extend(here.copied());
        if out.len() > before {
            continue;
        }
        // Not a recorded span: every name of this text, unless it is a place.
        if !in_place(&places, start, end) {
            let same = names.iter().filter(|n| n.0 == text);
            out.extend(same.map(|&(_, _, _, w)| (start, end, w)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Where every word starts: a letter or digit after none.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut inside = false;
    text.char_indices().filter_map(move |(i, c)| {
        let word = is_word(c);
        let starts = word && !inside;
        inside = word;
        starts.then_some(i)
    })
}

fn is_word(c: char) -> bool {
    c.is_alphabetic() || c.is_ascii_digit()
}

/// `name` is at `at` as whole words; a lower-case first letter also matches
/// its capital (a sentence's start).
fn matches_at(article: &str, at: usize, name: &str) -> bool {
    let Some(rest) = article.get(at..at + name.len()) else {
        return false;
    };
    let same = rest == name
        || {
            let (mut a, mut b) = (rest.chars(), name.chars());
            matches!((a.next(), b.next()), (Some(x), Some(y)) if y.is_lowercase() && x == y.to_ascii_uppercase())
                && a.as_str() == b.as_str()
        };
    same && !article[at + name.len()..]
        .chars()
        .next()
        .is_some_and(is_word)
}

fn in_place(places: &[(usize, usize, u32)], start: usize, end: usize) -> bool {
    let upto = places.partition_point(|&(s, _, _)| s <= start);
    places[..upto].iter().any(|&(_, e, _)| end <= e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_round_trip() {
        let found = vec![(0, 4, 1), (3, 200, 300), (70_000, 70_009, 12)];
        assert_eq!(from_bytes(&to_bytes(&found)), found);
    }

    #[test]
    fn whole_words_and_a_sentences_capital() {
        assert!(matches_at("The group met", 0, "the group"));
        assert!(!matches_at("Pakistanis", 0, "Pakistan"));
        assert!(matches_at("Pakistan's", 0, "Pakistan"));
        assert!(!matches_at("the Group", 0, "The group"));
    }
}

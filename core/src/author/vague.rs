//! Quantities with no number, which the draft proposes as figures: "others
//! are missing", "some are still missing", "many others were wounded",
//! "several", "dozens", "no reported casualties". A vague word counts when
//! a word of what is counted (killed, wounded, missing, fighters…) follows
//! it closely in the same sentence, or a verb of loss comes just before it
//! ("clashes that killed dozens").

use crate::author::validate::words;

/// A byte range of the article.
pub type Range = (usize, usize);

/// Vague quantity words and the qualifier each is.
const VAGUE: [(&str, &str); 10] = [
    ("others", "others"),
    ("some", "some"),
    ("many", "many"),
    ("several", "several"),
    ("dozens", "dozens"),
    ("scores", "dozens"),
    ("hundreds", "hundreds"),
    ("thousands", "thousands"),
    ("no", "none_reported"),
    ("none", "none_reported"),
];
/// Words of what is counted, and the unit when the word says it.
const COUNTED: [(&str, Option<&str>); 24] = [
    ("killed", Some("killed")),
    ("dead", Some("killed")),
    ("died", Some("deaths")),
    ("deaths", Some("deaths")),
    ("wounded", Some("wounded")),
    ("injured", Some("wounded")),
    ("hurt", Some("wounded")),
    ("casualties", Some("casualties")),
    ("harmed", Some("casualties")),
    ("missing", Some("missing")),
    ("detained", Some("detained")),
    ("arrested", Some("detained")),
    ("displaced", Some("displaced")),
    ("fled", Some("displaced")),
    ("fighters", Some("fighters")),
    ("attacks", Some("attacks")),
    ("strikes", Some("attacks")),
    ("soldiers", None),
    ("troops", None),
    ("civilians", None),
    ("people", None),
    ("families", None),
    ("militants", None),
    ("victims", None),
];
/// How far (in words) what is counted may follow the vague word.
const WINDOW: usize = 5;

/// One proposed figure: its span, qualifier and, when a word says it, unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vague {
    pub span: Range,
    pub qualifier: &'static str,
    pub unit: Option<&'static str>,
}

fn counted(word: &str) -> Option<Option<&'static str>> {
    COUNTED.iter().find(|(w, _)| *w == word).map(|(_, u)| *u)
}

/// Every vague quantity of the text, in order, none overlapping.
pub fn vague_quantities(text: &str) -> Vec<Vague> {
    let ws = words(text);
    let low: Vec<String> = ws.iter().map(|&(s, e)| text[s..e].to_lowercase()).collect();
    // Same sentence and no number between: "some 300 troops" has a number.
    let joined = |a: usize, b: usize| {
        !text[ws[a].1..ws[b].0].contains(|c: char| {
            matches!(c, '.' | '!' | '?' | ';' | ':' | '“' | '”' | '"') || c.is_ascii_digit()
        })
    };
    let mut out: Vec<Vague> = Vec::new();
    for (i, w) in low.iter().enumerate() {
        let Some(&(_, qualifier)) = VAGUE.iter().find(|(v, _)| v == w) else {
            continue;
        };
        // "some 300 troops": a number follows, so no vague quantity.
        let next = ws.get(i + 1).map_or(text.len(), |n| n.0);
        if text[ws[i].1..next].contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let ahead = (i + 1..ws.len().min(i + 1 + WINDOW))
            .take_while(|&j| joined(j - 1, j))
            .find_map(|j| counted(&low[j]).map(|u| ((ws[i].0, ws[j].1), u)));
        let behind = (i > 0 && joined(i - 1, i) && qualifier != "none_reported")
            .then(|| counted(&low[i - 1]).flatten())
            .flatten()
            .map(|u| ((ws[i - 1].0, ws[i].1), Some(u)));
        let Some((span, unit)) = ahead.or(behind) else {
            continue;
        };
        if out.last().is_some_and(|v| v.span.1 > span.0) {
            continue;
        }
        out.push(Vague {
            span,
            qualifier,
            unit,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str, Option<&'static str>)> {
        vague_quantities(text)
            .into_iter()
            .map(|v| (text[v.span.0..v.span.1].to_string(), v.qualifier, v.unit))
            .collect()
    }

    #[test]
    fn quantities_with_no_number_are_found() {
        let text = "Three soldiers died; others are missing. Some are still missing, and many others were wounded. Several fighters fled. Clashes killed dozens. There were no reported casualties.";
        assert_eq!(
            found(text),
            vec![
                ("others are missing".into(), "others", Some("missing")),
                ("Some are still missing".into(), "some", Some("missing")),
                ("many others were wounded".into(), "many", Some("wounded")),
                ("Several fighters".into(), "several", Some("fighters")),
                ("killed dozens".into(), "dozens", Some("killed")),
                (
                    "no reported casualties".into(),
                    "none_reported",
                    Some("casualties")
                ),
            ]
        );
    }

    #[test]
    fn a_vague_word_with_nothing_counted_or_a_number_is_no_figure() {
        assert_eq!(found("Some analysts say many things. No, he said."), vec![]);
        assert_eq!(found("Some 300 troops crossed."), vec![]);
        assert_eq!(
            found("Hundreds of families were sheltering."),
            vec![("Hundreds of families".into(), "hundreds", None)]
        );
    }
}

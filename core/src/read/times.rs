//! The Time facet's options: one per short label. A time's label is a whole
//! phrase ("Friday, when … spoke with …"); its short label is the phrase up
//! to its first ", " or ": " ("Friday", "now", "2021"), and every time with
//! the same short label is one option. The card keeps the full label.

use crate::dataset::model::TimeRef;
use crate::read::query::{Facet, Filters};

/// The label up to its first ", " or ": " (the whole label when it has
/// neither), trimmed.
pub fn short_label(label: &str) -> &str {
    let cut = [", ", ": "]
        .iter()
        .filter_map(|sep| label.find(sep))
        .min()
        .unwrap_or(label.len());
    let short = label[..cut].trim();
    // A label that starts with its separator keeps its words.
    if short.is_empty() {
        label.trim()
    } else {
        short
    }
}

/// The times grouped by short label, in the order each short label first
/// appears.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeGroups {
    /// Per option: its key (the id of its first time) and its short label.
    pub options: Vec<(String, String)>,
    /// Per time (in dataset order), the position of its option.
    pub option_of: Vec<u32>,
}

impl TimeGroups {
    pub fn new(times: &[TimeRef]) -> TimeGroups {
        // (short label, option), sorted by label: an insertion into a sorted
        // vector, as `query::sorted_unique` does (a map or a sort of a new
        // element type costs the reader's wasm kilobytes).
        let mut seen: Vec<(&str, u32)> = Vec::new();
        let mut groups = TimeGroups::default();
        for t in times {
            let short = short_label(&t.label);
            let at = match seen.binary_search_by(|&(s, _)| s.cmp(short)) {
                Ok(k) => seen[k].1,
                Err(k) => {
                    let at = groups.options.len() as u32;
                    seen.insert(k, (short, at));
                    groups.options.push((t.id.clone(), short.to_string()));
                    at
                }
            };
            groups.option_of.push(at);
        }
        groups
    }
}

/// The times whose words lie inside `start..end`, in dataset order: what a
/// card says of when.
pub fn times_within(times: &[TimeRef], start: usize, end: usize) -> Vec<&TimeRef> {
    times
        .iter()
        .filter(|t| t.span.start >= start && t.span.end <= end)
        .collect()
}

/// Whether the cards say their times in full (`when_line`): while the
/// reader narrows by time, where a short option ("Friday") leaves open which
/// of its times a card holds. Otherwise the cards stay as short as before
/// (an embed's frame is as tall as its first cards).
pub fn cards_say_when(filters: &Filters) -> bool {
    filters.selected.contains_key(&Facet::Time)
}

/// A card's line on when, with each time's full label ("When: Friday,
/// when … spoke with …"), or none when its words name no time.
pub fn when_line(times: &[TimeRef], start: usize, end: usize) -> Option<String> {
    let labels: Vec<&str> = times_within(times, start, end)
        .into_iter()
        .map(|t| t.label.as_str())
        .collect();
    (!labels.is_empty()).then(|| format!("When: {}", labels.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::model::Span;
    use proptest::prelude::*;

    /// The option a time id belongs to.
    fn option_of_id(g: &TimeGroups, times: &[TimeRef], id: &str) -> Option<u32> {
        let i = times.iter().position(|t| t.id == id)?;
        g.option_of.get(i).copied()
    }

    fn time(id: &str, label: &str) -> TimeRef {
        TimeRef {
            id: id.into(),
            label: label.into(),
            span: Span {
                start: 0,
                end: 0,
                text: String::new(),
            },
        }
    }

    #[test]
    fn the_short_label_ends_at_the_first_comma_or_colon() {
        assert_eq!(short_label("Friday, when they spoke"), "Friday");
        assert_eq!(short_label("now: the moment of the post, later"), "now");
        assert_eq!(short_label("2021, when: it happened"), "2021");
        assert_eq!(short_label("earlier in the week"), "earlier in the week");
        // A comma inside a number or without a space does not cut.
        assert_eq!(short_label("3,967 deaths"), "3,967 deaths");
        assert_eq!(short_label(", odd"), ", odd");
    }

    #[test]
    fn times_with_one_short_label_are_one_option_keyed_by_the_first() {
        let times = [
            time("t-a", "Friday, when A"),
            time("t-b", "now: B"),
            time("t-c", "Friday, when C"),
        ];
        let g = TimeGroups::new(&times);
        assert_eq!(
            g.options,
            [
                ("t-a".to_string(), "Friday".to_string()),
                ("t-b".to_string(), "now".to_string())
            ]
        );
        assert_eq!(g.option_of, [0, 1, 0]);
        assert_eq!(option_of_id(&g, &times, "t-c"), Some(0));
        assert_eq!(option_of_id(&g, &times, "t-z"), None);
    }

    #[test]
    fn a_card_names_the_full_labels_of_the_times_in_its_words() {
        let mut a = time("t-a", "Friday, when A");
        a.span.start = 10;
        a.span.end = 16;
        let mut b = time("t-b", "now: B");
        b.span.start = 20;
        b.span.end = 23;
        let times = [a, b];
        assert_eq!(
            when_line(&times, 0, 30).as_deref(),
            Some("When: Friday, when A; now: B")
        );
        assert_eq!(
            when_line(&times, 5, 18).as_deref(),
            Some("When: Friday, when A")
        );
        assert_eq!(when_line(&times, 12, 30).as_deref(), Some("When: now: B"));
        assert_eq!(when_line(&times, 24, 30), None);
    }

    #[test]
    fn cards_say_when_only_while_a_time_is_chosen() {
        let mut f = Filters::default();
        assert!(!cards_say_when(&f));
        f.toggle(Facet::Place, "p");
        assert!(!cards_say_when(&f));
        f.toggle(Facet::Time, "t");
        assert!(cards_say_when(&f));
    }

    proptest! {
        /// Every time is in exactly one option, whose label is its short
        /// label; the options' labels are distinct, and each option's key
        /// is the id of a time in it.
        #[test]
        fn every_time_is_in_exactly_one_option(
            labels in proptest::collection::vec("(Friday|now|2021|earlier)([,:] [a-z ]{0,8})?", 0..20)
        ) {
            let times: Vec<TimeRef> = labels
                .iter()
                .enumerate()
                .map(|(i, l)| time(&format!("t-{i}"), l))
                .collect();
            let g = TimeGroups::new(&times);
            prop_assert_eq!(g.option_of.len(), times.len());
            for (t, &o) in times.iter().zip(&g.option_of) {
                prop_assert_eq!(&g.options[o as usize].1, short_label(&t.label));
            }
            let mut shorts: Vec<&str> = g.options.iter().map(|o| o.1.as_str()).collect();
            shorts.sort_unstable();
            shorts.dedup();
            prop_assert_eq!(shorts.len(), g.options.len());
            for (n, (key, _)) in g.options.iter().enumerate() {
                prop_assert_eq!(option_of_id(&g, &times, key), Some(n as u32));
            }
        }
    }
}

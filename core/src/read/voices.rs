//! Who gets a voice: per side, the parties and people the article quotes or
//! paraphrases, with how (direct, partial, paraphrase), how many of their
//! words it quotes and through which channels; the article's own voice; the
//! people and parties it names but never hears; and its figures by support.
//! Counts of the text, from the data alone: they describe the text, not its
//! fairness.
//!
//! The counting runs once, at build time: the native `prerender` binary
//! writes the overview's markup (`publish::voices_html`) into a file the
//! reader fetches when the view opens. Only `Support` and `figure_support`
//! (the "Figure support" facet) are in the reader's wasm.

use crate::dataset::article::quoted_passages;
use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Channel, Dataset, Mode, PartyKind, RelationKind, Statement};
use crate::read::query::{Facet, Filters, Index};
use crate::read::wording::plural;

/// How a claimed figure is supported by the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Support {
    /// In a relation that disputes it: contradicts, conflicts or denies.
    Contested,
    /// Related only by `differs` (another scope, the same claimant).
    Differing,
    /// One claimant and no related figure.
    SingleSource,
}

impl Support {
    pub const ALL: [Support; 3] = [
        Support::Contested,
        Support::Differing,
        Support::SingleSource,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Support::Contested => "contested",
            Support::Differing => "differing",
            Support::SingleSource => "single_source",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Support::Contested => "Contested",
            Support::Differing => "Differing only",
            Support::SingleSource => "Single source",
        }
    }
    /// One line on what the group holds.
    pub fn explain(self) -> &'static str {
        match self {
            Support::Contested => "another claim contradicts, conflicts with or denies it",
            Support::Differing => {
                "another figure differs (another scope or count), none disputes it"
            }
            Support::SingleSource => "one claimant, no related figure",
        }
    }
}

/// Per figure (in dataset order), how it is supported.
pub fn figure_support(d: &Dataset) -> Vec<Support> {
    d.figures
        .iter()
        .map(|f| {
            let related = d
                .relations
                .iter()
                .filter(|r| r.from == f.id || r.to == f.id);
            let mut support = Support::SingleSource;
            for r in related {
                if r.kind == RelationKind::Differs {
                    support = support.min(Support::Differing);
                } else {
                    return Support::Contested;
                }
            }
            support
        })
        .collect()
}

/// One speaker's statements: a person or a party speaking as itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Voice {
    /// The speaker's id (a person or a party).
    pub id: String,
    pub statements: usize,
    pub direct: usize,
    pub partial: usize,
    pub paraphrase: usize,
    /// Words inside quotation marks in its quoted statements (scare quotes,
    /// the article's own words, are not its).
    pub words_quoted: usize,
    /// The channels it spoke through, with how many statements each, in
    /// schema order.
    pub channels: Vec<(Channel, usize)>,
}

impl Voice {
    /// "2 direct quotes, 1 partial, 3 paraphrased": the kinds it has.
    pub fn modes(&self) -> String {
        let parts = [
            (self.direct, "direct quote", "direct quotes"),
            (self.partial, "partial quote", "partial quotes"),
            (self.paraphrase, "paraphrase", "paraphrases"),
        ];
        let said: Vec<String> = parts
            .iter()
            .filter(|p| p.0 > 0)
            .map(|&(n, one, many)| plural(n, one, many))
            .collect();
        said.join(", ")
    }

    /// "Post on X (2), not stated (1)".
    pub fn channel_list(&self) -> String {
        let said: Vec<String> = self
            .channels
            .iter()
            .map(|&(c, n)| format!("{} ({n})", c.label()))
            .collect();
        said.join(", ")
    }

    fn add(&mut self, s: &Statement, words: usize) {
        self.statements += 1;
        match s.mode {
            Mode::FullQuote => self.direct += 1,
            Mode::PartialQuote => self.partial += 1,
            Mode::Paraphrase => self.paraphrase += 1,
        }
        self.words_quoted += words;
        match self.channels.binary_search_by_key(&s.channel, |&(c, _)| c) {
            Ok(at) => self.channels[at].1 += 1,
            Err(at) => self.channels.insert(at, (s.channel, 1)),
        }
    }
}

/// A side's voices, the loudest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideVoices {
    /// Position in `Dataset::sides` (its colour); None: speakers the data
    /// puts on no side.
    pub side: Option<usize>,
    pub statements: usize,
    pub voices: Vec<Voice>,
}

/// Named in the text, never heard: no statement by them or for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unheard {
    pub id: String,
    pub is_person: bool,
    /// Passages (paragraphs and heads) that name them.
    pub passages: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voices {
    pub sides: Vec<SideVoices>,
    /// The article's own voice (narrator parties).
    pub own: Vec<Voice>,
    pub unheard: Vec<Unheard>,
    /// Per support, the figures (dataset positions) in dataset order.
    pub figures: Vec<(Support, Vec<usize>)>,
}

impl Voices {
    /// Counts `d`; `index` (built with the article) knows where names are.
    pub fn new(d: &Dataset, article: &str, index: &Index) -> Voices {
        let lookup = Lookup::new(d);
        let words = quoted_words(d, article);
        let mut voices: Vec<Voice> = Vec::new();
        for (s, &w) in d.statements.iter().zip(&words) {
            let at = match voices.iter().position(|v| v.id == s.speaker) {
                Some(at) => at,
                None => {
                    voices.push(Voice {
                        id: s.speaker.clone(),
                        ..Voice::default()
                    });
                    voices.len() - 1
                }
            };
            voices[at].add(s, w);
        }
        // The most heard first, ties in order of appearance (a stable sort).
        voices.sort_by_key(|v| std::cmp::Reverse(v.statements));
        let narrator = |id: &str| {
            lookup
                .party(id)
                .is_some_and(|p| p.kind == PartyKind::Narrator)
        };
        let (own, voices): (Vec<Voice>, Vec<Voice>) =
            voices.into_iter().partition(|v| narrator(&v.id));
        let mut sides: Vec<SideVoices> = Vec::new();
        let side_keys = (0..d.sides.len()).map(Some).chain([None]);
        for side in side_keys {
            let mine: Vec<Voice> = voices
                .iter()
                .filter(|v| lookup.side_of(&v.id).and_then(|s| lookup.side_index(s)) == side)
                .cloned()
                .collect();
            if !mine.is_empty() {
                let statements = mine.iter().map(|v| v.statements).sum();
                sides.push(SideVoices {
                    side,
                    statements,
                    voices: mine,
                });
            }
        }
        let support = figure_support(d);
        let figures = Support::ALL
            .into_iter()
            .map(|s| {
                (
                    s,
                    (0..d.figures.len()).filter(|&i| support[i] == s).collect(),
                )
            })
            .filter(|(_, list): &(Support, Vec<usize>)| !list.is_empty())
            .collect();
        Voices {
            sides,
            own,
            unheard: unheard(d, &lookup, index),
            figures,
        }
    }
}

/// Per statement, the words inside quotation marks in its span, if it is a
/// quote; a passage inside two statements counts for the narrower one.
fn quoted_words(d: &Dataset, article: &str) -> Vec<usize> {
    let mut words = vec![0; d.statements.len()];
    let scare: Vec<(usize, usize)> = d
        .scare_quotes
        .iter()
        .map(|q| (q.span.start, q.span.end))
        .collect();
    for (s, e) in quoted_passages(article) {
        if scare.contains(&(s, e)) {
            continue;
        }
        let owner = d
            .statements
            .iter()
            .enumerate()
            .filter(|(_, st)| st.mode != Mode::Paraphrase && st.span.start <= s && e <= st.span.end)
            .min_by_key(|(_, st)| st.span.end - st.span.start);
        if let Some((i, _)) = owner {
            words[i] += count_words(&article[s..e]);
        }
    }
    words
}

/// Words as a reader counts them: runs between spaces with a letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The people and parties named in the text who make no statement: a party
/// is heard when it, one of its people, or a party of its state speaks.
fn unheard(d: &Dataset, lookup: &Lookup, index: &Index) -> Vec<Unheard> {
    let mut heard: Vec<&str> = Vec::new();
    for s in &d.statements {
        heard.push(&s.speaker);
        let party = lookup.party_of(&s.speaker);
        heard.extend(party);
        heard.extend(party.and_then(|p| lookup.party(p)?.country.as_deref()));
    }
    heard.sort_unstable();
    let counts = index.run(&Filters::default()).counts;
    let options = index.options(Facet::Mention);
    options
        .iter()
        .zip(&counts[Facet::Mention.index()])
        .filter(|(o, &n)| n > 0 && heard.binary_search(&o.key.as_str()).is_err())
        .map(|(o, &passages)| Unheard {
            id: o.key.clone(),
            is_person: lookup.person(&o.key).is_some(),
            passages,
        })
        .collect()
}

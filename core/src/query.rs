//! The filter and search engine. Items are statements and claimed figures;
//! five facets filter them (OR within a facet, AND across facets), plus
//! "contested only" and a folded full-text search. Every facet option gets
//! its live count under the other active filters.

use std::collections::{BTreeMap, BTreeSet};

use crate::fold::{terms, Folded};
use crate::lookup::{IdIndex, Lookup};
use crate::model::Dataset;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Party,
    Person,
    Kind,
    Channel,
    Unit,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Party,
        Facet::Person,
        Facet::Kind,
        Facet::Channel,
        Facet::Unit,
    ];
    /// The URL parameter name.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Party => "party",
            Facet::Person => "person",
            Facet::Kind => "kind",
            Facet::Channel => "channel",
            Facet::Unit => "unit",
        }
    }
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            Facet::Party => "Party",
            Facet::Person => "Speaker",
            Facet::Kind => "Statement kind",
            Facet::Channel => "Channel",
            Facet::Unit => "Figure unit",
        }
    }
    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Statement(usize),
    Figure(usize),
}

/// One option of a facet: its URL key and the label a reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    pub key: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub target: ItemRef,
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub contested: bool,
    /// Per facet, the indices of the options this item has.
    values: [Vec<u32>; 5],
    haystack: Folded,
}

/// What the reader asks for. Sets are sorted so the URL form is canonical.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
    pub contested: bool,
    pub search: String,
}

impl Filters {
    pub fn is_selected(&self, facet: Facet, key: &str) -> bool {
        self.selected.get(&facet).is_some_and(|s| s.contains(key))
    }
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        let set = self.selected.entry(facet).or_default();
        if !set.remove(key) {
            set.insert(key.to_string());
        }
        if set.is_empty() {
            self.selected.remove(&facet);
        }
    }
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && !self.contested && self.search.trim().is_empty()
    }
}

/// The dataset indexed for querying; built once at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    pub options: [Vec<FacetOption>; 5],
    pub items: Vec<Item>,
    /// Positions in `items`, sorted by id: the article looks up the selected
    /// item on every render, which must not scan 10,000 items.
    by_id: Vec<u32>,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Indices into `Index::items` of the matching items, in index order.
    pub items: Vec<usize>,
    /// Per facet, per option, the count of items it would match.
    pub counts: [Vec<usize>; 5],
    /// Contested items under all the other filters.
    pub contested_count: usize,
    pub statements: usize,
    pub figures: usize,
}

impl Index {
    pub fn new(d: &Dataset) -> Index {
        let mut options: [Vec<FacetOption>; 5] = Default::default();
        options[Facet::Party.index()] = d
            .parties
            .iter()
            .map(|p| FacetOption {
                key: p.id.clone(),
                label: p.name.clone(),
            })
            .collect();
        options[Facet::Person.index()] = d
            .people
            .iter()
            .map(|p| FacetOption {
                key: p.id.clone(),
                label: p.name.clone(),
            })
            .collect();
        let enum_options = |pairs: Vec<(&str, &str)>| -> Vec<FacetOption> {
            let mut seen = BTreeSet::new();
            pairs
                .into_iter()
                .filter(|(k, _)| seen.insert(k.to_string()))
                .map(|(k, l)| FacetOption {
                    key: k.into(),
                    label: l.into(),
                })
                .collect()
        };
        // Only kinds, channels and units the data uses, in schema order.
        let mut kinds: Vec<_> = d.statements.iter().map(|s| s.kind).collect();
        kinds.sort();
        let mut channels: Vec<_> = d.statements.iter().map(|s| s.channel).collect();
        channels.sort();
        let mut units: Vec<_> = d.figures.iter().map(|f| f.unit).collect();
        units.sort();
        options[Facet::Kind.index()] =
            enum_options(kinds.iter().map(|k| (k.key(), k.label())).collect());
        options[Facet::Channel.index()] =
            enum_options(channels.iter().map(|c| (c.key(), c.label())).collect());
        options[Facet::Unit.index()] =
            enum_options(units.iter().map(|u| (u.key(), u.label())).collect());

        // Lookups by id through sorted ids, so indexing stays O(n log n) in
        // the data size (one small lookup type keeps the wasm small).
        let positions: [IdIndex; 5] =
            Facet::ALL.map(|f| IdIndex::new(options[f.index()].iter().map(|o| o.key.as_str())));
        let position = |facet: Facet, key: &str| -> Option<u32> {
            positions[facet.index()].get(key).map(|i| i as u32)
        };
        let lookup = Lookup::new(d);
        // (statement id, figure index), sorted: a statement's figures in order.
        let mut figures_of: Vec<(&str, u32)> = d
            .figures
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((f.statement.as_deref()?, i as u32)))
            .collect();
        figures_of.sort_unstable();
        // A party stands for itself and for the state it belongs to, so
        // choosing "Pakistan" also finds its government and its military.
        let party_and_country = |id: &str| -> Vec<u32> {
            let mut out: Vec<u32> = position(Facet::Party, id).into_iter().collect();
            if let Some(c) = lookup.party(id).and_then(|p| p.country.as_deref()) {
                out.extend(position(Facet::Party, c));
            }
            out
        };
        let actor_values = |actor: &str, values: &mut [Vec<u32>; 5]| {
            if let Some(party) = lookup.party_of(actor) {
                values[Facet::Party.index()].extend(party_and_country(party));
            }
            values[Facet::Person.index()].extend(position(Facet::Person, actor));
        };

        let mut items = Vec::with_capacity(d.statements.len() + d.figures.len());
        for (i, s) in d.statements.iter().enumerate() {
            let mut values: [Vec<u32>; 5] = Default::default();
            actor_values(&s.speaker, &mut values);
            for a in &s.about {
                values[Facet::Party.index()].extend(party_and_country(a));
            }
            values[Facet::Kind.index()].extend(position(Facet::Kind, s.kind.key()));
            values[Facet::Channel.index()].extend(position(Facet::Channel, s.channel.key()));
            let from = figures_of.partition_point(|&(k, _)| k < s.id.as_str());
            let to = figures_of.partition_point(|&(k, _)| k <= s.id.as_str());
            let mut contested = false;
            for f in figures_of[from..to]
                .iter()
                .map(|&(_, i)| &d.figures[i as usize])
            {
                values[Facet::Unit.index()].extend(position(Facet::Unit, f.unit.key()));
                contested |= !f.contradicts.is_empty();
            }
            let haystack = Folded::new(&format!("{} {}", s.span.text, lookup.name_of(&s.speaker)));
            items.push(Item {
                target: ItemRef::Statement(i),
                id: s.id.clone(),
                start: s.span.start,
                end: s.span.end,
                contested,
                values: dedup(values),
                haystack,
            });
        }
        for (i, f) in d.figures.iter().enumerate() {
            let mut values: [Vec<u32>; 5] = Default::default();
            if let Some(c) = &f.claimant {
                actor_values(c, &mut values);
            }
            if let Some(s) = &f.subject {
                values[Facet::Party.index()].extend(party_and_country(s));
            }
            if let Some(s) = f.statement.as_deref().and_then(|id| lookup.statement(id)) {
                values[Facet::Kind.index()].extend(position(Facet::Kind, s.kind.key()));
                values[Facet::Channel.index()].extend(position(Facet::Channel, s.channel.key()));
            }
            values[Facet::Unit.index()].extend(position(Facet::Unit, f.unit.key()));
            let claimant = f.claimant.as_deref().map_or("", |c| lookup.name_of(c));
            let haystack = Folded::new(&format!("{} {} {}", f.span.text, f.counts, claimant));
            items.push(Item {
                target: ItemRef::Figure(i),
                id: f.id.clone(),
                start: f.span.start,
                end: f.span.end,
                contested: !f.contradicts.is_empty(),
                values: dedup(values),
                haystack,
            });
        }
        let mut by_id: Vec<u32> = (0..items.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| items[a as usize].id.cmp(&items[b as usize].id));
        Index {
            options,
            items,
            by_id,
        }
    }

    pub fn option_index(&self, facet: Facet, key: &str) -> Option<usize> {
        self.options[facet.index()]
            .iter()
            .position(|o| o.key == key)
    }

    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        &self.options[facet.index()]
    }

    pub fn item_by_id(&self, id: &str) -> Option<usize> {
        self.by_id
            .binary_search_by(|&k| self.items[k as usize].id.as_str().cmp(id))
            .ok()
            .map(|k| self.by_id[k] as usize)
    }

    pub fn run(&self, filters: &Filters) -> Outcome {
        let wanted: [Option<Vec<bool>>; 5] = Facet::ALL.map(|facet| {
            let chosen = filters.selected.get(&facet).filter(|s| !s.is_empty())?;
            let opts = &self.options[facet.index()];
            Some(opts.iter().map(|o| chosen.contains(&o.key)).collect())
        });
        let terms = terms(&filters.search);
        let mut out = Outcome {
            counts: Facet::ALL.map(|f| vec![0; self.options[f.index()].len()]),
            ..Outcome::default()
        };
        for (n, item) in self.items.iter().enumerate() {
            if !terms.is_empty() && !item.haystack.contains_all(&terms) {
                continue;
            }
            // The facets this item fails; it counts towards a facet's
            // options only when it passes every other facet.
            let mut failed = None;
            let mut failures = 0;
            for (f, want) in wanted.iter().enumerate() {
                if let Some(want) = want {
                    if !item.values[f].iter().any(|&v| want[v as usize]) {
                        failures += 1;
                        failed = Some(f);
                    }
                }
            }
            let contested_ok = !filters.contested || item.contested;
            match (failures, contested_ok) {
                (0, _) => {
                    out.contested_count += item.contested as usize;
                    for (f, values) in item.values.iter().enumerate() {
                        for &v in values {
                            out.counts[f][v as usize] += contested_ok as usize;
                        }
                    }
                    if contested_ok {
                        out.items.push(n);
                        match item.target {
                            ItemRef::Statement(_) => out.statements += 1,
                            ItemRef::Figure(_) => out.figures += 1,
                        }
                    }
                }
                (1, true) => {
                    let f = failed.expect("one failure recorded");
                    for &v in &item.values[f] {
                        out.counts[f][v as usize] += 1;
                    }
                }
                _ => {}
            }
        }
        out
    }
}

fn dedup(mut values: [Vec<u32>; 5]) -> [Vec<u32>; 5] {
    for v in values.iter_mut() {
        v.sort_unstable();
        v.dedup();
    }
    values
}

/// Terms shorter than this filter but are not highlighted: marking every
/// "o" of the article while the reader types "open" is noise, and costly.
pub const MIN_HIGHLIGHT_CHARS: usize = 3;

/// Byte ranges in `text` matching the search, for highlighting.
pub fn matches(text: &str, search: &str) -> Vec<(usize, usize)> {
    let terms: Vec<String> = terms(search)
        .into_iter()
        .filter(|t| t.chars().count() >= MIN_HIGHLIGHT_CHARS)
        .collect();
    if terms.is_empty() {
        return Vec::new();
    }
    Folded::new(text).find_all(&terms)
}

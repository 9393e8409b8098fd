//! The filter and search engine. Items are statements and claimed figures;
//! the facets filter them (OR within a facet, AND across facets), plus
//! "contested only" and a folded full-text search. Every facet option gets
//! its live count under the other active filters.

use std::collections::{BTreeMap, BTreeSet};

use crate::dataset::article::blocks;
use crate::dataset::lookup::{IdIndex, Lookup};
use crate::dataset::model::{Dataset, Figure, Statement};
use crate::read::fold::{terms, Folded};
use crate::read::mentions::named;
use crate::read::times::TimeGroups;
use crate::read::voices::{figure_support, Support};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Side,
    Party,
    Person,
    /// The people and parties the text names (passages, statements, figures).
    Mention,
    Kind,
    Channel,
    Hedge,
    Unit,
    /// How a figure is supported: contested, differing, single source.
    Support,
    Place,
    Time,
}

/// How many facets there are: the length of every per-facet array.
pub const FACETS: usize = 11;

impl Facet {
    pub const ALL: [Facet; FACETS] = [
        Facet::Side,
        Facet::Party,
        Facet::Person,
        Facet::Mention,
        Facet::Kind,
        Facet::Channel,
        Facet::Hedge,
        Facet::Unit,
        Facet::Support,
        Facet::Place,
        Facet::Time,
    ];
    /// The URL parameter name.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Side => "side",
            Facet::Party => "party",
            Facet::Person => "person",
            Facet::Mention => "mention",
            Facet::Support => "support",
            Facet::Kind => "kind",
            Facet::Channel => "channel",
            Facet::Hedge => "hedge",
            Facet::Unit => "unit",
            Facet::Place => "place",
            Facet::Time => "time",
        }
    }
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
    pub fn label(self) -> &'static str {
        match self {
            Facet::Side => "Side",
            Facet::Party => "Party",
            Facet::Person => "Speaker",
            Facet::Mention => "Mentions",
            Facet::Support => "Figure support",
            Facet::Kind => "Statement kind",
            Facet::Channel => "Channel",
            Facet::Hedge => "Hedged",
            Facet::Unit => "Figure unit",
            Facet::Place => "Place",
            Facet::Time => "Time",
        }
    }
    /// The facet's position in `Facet::ALL` and in the per-facet arrays
    /// (`Index::options`, `Outcome::counts`), mapped explicitly so that
    /// reordering the enum's declaration cannot silently shift them.
    pub fn index(self) -> usize {
        match self {
            Facet::Side => 0,
            Facet::Party => 1,
            Facet::Person => 2,
            Facet::Mention => 3,
            Facet::Kind => 4,
            Facet::Channel => 5,
            Facet::Hedge => 6,
            Facet::Unit => 7,
            Facet::Support => 8,
            Facet::Place => 9,
            Facet::Time => 10,
        }
    }
    /// What an option's count counts: the Mentions facet counts passages
    /// (a person who never speaks may be in no statement), the others items;
    /// a side's count its own voices' results, a party's count the results
    /// by or about it (so the two differ for one country).
    pub fn counts(self) -> (&'static str, &'static str) {
        match self {
            Facet::Mention => ("passage", "passages"),
            Facet::Side => ("result from this side", "results from this side"),
            Facet::Party => (
                "result by or about this party",
                "results by or about this party",
            ),
            _ => ("result", "results"),
        }
    }

    /// A line under a facet's options that says what their counts count,
    /// where it is not plain results.
    pub fn count_note(self) -> Option<&'static str> {
        match self {
            Facet::Side => Some("Counts: results whose speaker or claimant is on the side."),
            Facet::Party => Some(
                "Counts: results by or about the party; a state's count includes its government and forces.",
            ),
            Facet::Mention => Some("Counts: passages that name them."),
            _ => None,
        }
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
    values: [Vec<u32>; FACETS],
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
    /// How many options are chosen, "contested only" counting as one: the
    /// number a folded filter control shows.
    pub fn chosen(&self) -> usize {
        self.selected.values().map(|s| s.len()).sum::<usize>() + usize::from(self.contested)
    }
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && !self.contested && self.search.trim().is_empty()
    }
}

/// The dataset indexed for querying; built once at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    pub options: [Vec<FacetOption>; FACETS],
    pub items: Vec<Item>,
    /// Positions in `items`, sorted by id: the article looks up the selected
    /// item on every render, which must not scan 10,000 items.
    by_id: Vec<u32>,
    /// The article's blocks (paragraphs and heads) as byte ranges.
    pub passages: Vec<(usize, usize)>,
    /// Per passage, the Mentions options it names, and the items it holds.
    passage_names: Vec<Vec<u32>>,
    passage_items: Vec<Vec<u32>>,
    /// Every name in the text: (start, end, Mentions option), by start.
    pub mentions: Vec<(usize, usize, u32)>,
    /// Per time (in dataset order), its id and Time option: a link naming
    /// one time of a short label's group chooses the group
    /// (`Index::option_key`). An article names few times: a scan.
    time_ids: Vec<(String, u32)>,
}

/// The answer to a query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Indices into `Index::items` of the matching items, in index order.
    pub items: Vec<usize>,
    /// Per facet, per option, the count of items it would match.
    pub counts: [Vec<usize>; FACETS],
    /// Contested items under all the other filters.
    pub contested_count: usize,
    pub statements: usize,
    pub figures: usize,
    /// With a Mentions option chosen: the passages (`Index::passages`) that
    /// name it and hold a result of the other filters (any, when none).
    pub passages: Vec<usize>,
}

impl Outcome {
    /// Statements, figures and passages found.
    pub fn total(&self) -> usize {
        self.items.len() + self.passages.len()
    }
}

impl Index {
    /// The index without the article's names (no Mentions options) and
    /// passages.
    pub fn new(d: &Dataset) -> Index {
        Index::with_mentions(d, "", &[])
    }

    /// The index with the names found in `article` now (natively: the
    /// tests and the build; the app reads what the build found).
    pub fn with_article(d: &Dataset, article: &str) -> Index {
        Index::with_mentions(d, article, &crate::read::mentions::find(d, article))
    }

    /// The index with the names the text holds (`read::mentions::find`, as
    /// (start, end, who)), found at build time.
    pub fn with_mentions(d: &Dataset, article: &str, found: &[(usize, usize, u32)]) -> Index {
        let times = TimeGroups::new(&d.times);
        let options = facet_options(d, found, &times);
        let mut resolver = Resolver::new(d, &options, &times);
        resolver.mentions = found
            .iter()
            .filter_map(|&(s, e, who)| {
                let at = resolver.position(Facet::Mention, named(d, who).0)?;
                Some((s, e, at))
            })
            .collect();
        let mut items = Vec::with_capacity(d.statements.len() + d.figures.len());
        items.extend(
            d.statements
                .iter()
                .enumerate()
                .map(|(i, s)| resolver.statement_item(i, s)),
        );
        items.extend(
            d.figures
                .iter()
                .enumerate()
                .map(|(i, f)| resolver.figure_item(i, f)),
        );
        let by_id = sorted_by_id(&items);
        let mentions = std::mem::take(&mut resolver.mentions);
        let passages: Vec<(usize, usize)> =
            blocks(article).iter().map(|b| (b.start, b.end)).collect();
        let within = |e: usize| passages.partition_point(|&(_, end)| end < e);
        let mut passage_names = vec![Vec::new(); passages.len()];
        for &(_, e, at) in &mentions {
            if let Some(names) = passage_names.get_mut(within(e)) {
                names.push(at);
            }
        }
        let mut passage_items = vec![Vec::new(); passages.len()];
        for (n, item) in items.iter().enumerate() {
            if let Some(held) = passage_items.get_mut(within(item.start + 1)) {
                held.push(n as u32);
            }
        }
        Index {
            options,
            items,
            by_id,
            passages,
            passage_names: passage_names.into_iter().map(sorted).collect(),
            passage_items,
            mentions,
            time_ids: time_ids(d, &times),
        }
    }

    /// The key of the option `key` names in `facet`: itself, or for a time
    /// id, its short label's option (links made before times were grouped).
    pub fn option_key(&self, facet: Facet, key: &str) -> Option<&str> {
        if let Some(at) = self.option_index(facet, key) {
            return Some(&self.options[facet.index()][at].key);
        }
        if facet != Facet::Time {
            return None;
        }
        let &(_, option) = self.time_ids.iter().find(|(id, _)| id == key)?;
        Some(&self.options[facet.index()][option as usize].key)
    }

    /// The Mentions options named in `start..end`.
    pub fn names_in(&self, start: usize, end: usize) -> impl Iterator<Item = &(usize, usize, u32)> {
        let from = self.mentions.partition_point(|&(s, _, _)| s < start);
        self.mentions[from..]
            .iter()
            .take_while(move |&&(s, _, _)| s < end)
            .filter(move |&&(_, e, _)| e <= end)
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
        let wanted: [Option<Vec<bool>>; FACETS] = Facet::ALL.map(|facet| {
            let chosen = filters.selected.get(&facet).filter(|s| !s.is_empty())?;
            let opts = &self.options[facet.index()];
            Some(opts.iter().map(|o| chosen.contains(&o.key)).collect())
        });
        let terms = terms(&filters.search);
        let mut out = Outcome {
            counts: Facet::ALL.map(|f| vec![0; self.options[f.index()].len()]),
            ..Outcome::default()
        };
        let mention = Facet::Mention.index();
        // Whether each item passes every filter but the Mentions facet: a
        // passage shows when it holds one.
        let mut others_pass = vec![false; self.items.len()];
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
            others_pass[n] =
                contested_ok && (failures == 0 || (failures, failed) == (1, Some(mention)));
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
        let others_active = !terms.is_empty()
            || filters.contested
            || wanted
                .iter()
                .enumerate()
                .any(|(f, w)| f != mention && w.is_some());
        self.find_passages(&wanted[mention], others_active, &others_pass, &mut out);
        out
    }

    /// The Mentions facet counts passages, not items: those that name each
    /// option and hold a result of the other filters (or any, when there
    /// are none: a name in a passage no item covers still counts).
    fn find_passages(
        &self,
        chosen: &Option<Vec<bool>>,
        others_active: bool,
        others_pass: &[bool],
        out: &mut Outcome,
    ) {
        let counts = &mut out.counts[Facet::Mention.index()];
        counts.iter_mut().for_each(|c| *c = 0);
        for (p, names) in self.passage_names.iter().enumerate() {
            let holds = || {
                self.passage_items[p]
                    .iter()
                    .any(|&i| others_pass[i as usize])
            };
            if names.is_empty() || (others_active && !holds()) {
                continue;
            }
            for &v in names {
                counts[v as usize] += 1;
            }
            if chosen
                .as_ref()
                .is_some_and(|want| names.iter().any(|&v| want[v as usize]))
            {
                out.passages.push(p);
            }
        }
    }
}

/// Each facet's options: every party and person, and only the kinds,
/// channels and units the data uses, in schema order.
fn facet_options(
    d: &Dataset,
    mentions: &[(usize, usize, u32)],
    times: &TimeGroups,
) -> [Vec<FacetOption>; FACETS] {
    let mut options: [Vec<FacetOption>; FACETS] = Default::default();
    options[Facet::Side.index()] = d.sides.iter().map(|s| option(&s.id, &s.name)).collect();
    options[Facet::Party.index()] = d.parties.iter().map(|p| option(&p.id, &p.name)).collect();
    // Every person, and the parties that speak or claim as themselves.
    let speakers = d.statements.iter().map(|s| s.speaker.as_str());
    let actors =
        IdIndex::new(speakers.chain(d.figures.iter().filter_map(|f| f.claimant.as_deref())));
    let speaks = |id: &str| actors.get(id).is_some();
    let parties = d.parties.iter().filter(|p| speaks(&p.id));
    options[Facet::Person.index()] = d
        .people
        .iter()
        .map(|p| option(&p.id, &p.name))
        .chain(parties.map(|p| option(&p.id, &p.name)))
        .collect();
    // The people and parties the text names, people first.
    let named_here = sorted_unique(mentions.iter().map(|m| m.2));
    options[Facet::Mention.index()] = named_here
        .iter()
        .map(|&w| {
            let (id, name) = named(d, w);
            option(id, name)
        })
        .collect();
    let support = sorted_unique(figure_support(d).into_iter());
    options[Facet::Support.index()] = enum_options(support.iter().map(|s| (s.key(), s.label())));
    let kinds = sorted_unique(d.statements.iter().map(|s| s.kind));
    let channels = sorted_unique(d.statements.iter().map(|s| s.channel));
    let units = sorted_unique(d.figures.iter().map(|f| f.unit));
    let hedges = sorted_unique(d.statements.iter().flat_map(|s| s.hedges.iter().copied()));
    options[Facet::Hedge.index()] = enum_options(hedges.iter().map(|h| (h.key(), h.label())));
    options[Facet::Place.index()] = d.places.iter().map(|p| option(&p.id, &p.name)).collect();
    // One option per short label ("Friday"): the card keeps the full label.
    options[Facet::Time.index()] = times.options.iter().map(|(k, l)| option(k, l)).collect();
    options[Facet::Kind.index()] = enum_options(kinds.iter().map(|k| (k.key(), k.label())));
    options[Facet::Channel.index()] = enum_options(channels.iter().map(|c| (c.key(), c.label())));
    options[Facet::Unit.index()] = enum_options(units.iter().map(|u| (u.key(), u.label())));
    options
}

/// The distinct values, in order. Few distinct values (a schema enum), so an
/// insertion into a sorted vector: a sort per enum type cost the wasm about
/// 3 KB each (a stable sort's code for every element type).
fn sorted_unique<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for v in values {
        if let Err(at) = out.binary_search(&v) {
            out.insert(at, v);
        }
    }
    out
}

fn option(key: &str, label: &str) -> FacetOption {
    FacetOption {
        key: key.into(),
        label: label.into(),
    }
}

/// Every time's id with its option.
fn time_ids(d: &Dataset, times: &TimeGroups) -> Vec<(String, u32)> {
    let ids = d.times.iter().map(|t| t.id.clone());
    ids.zip(times.option_of.iter().copied()).collect()
}

/// Options from (key, label) pairs of distinct values (`sorted_unique`), so
/// each key once.
fn enum_options<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<FacetOption> {
    pairs.map(|(k, l)| option(k, l)).collect()
}

/// Resolves a dataset's ids to option positions while the items are built.
/// Lookups go through sorted ids, so indexing stays O(n log n) in the data
/// size (one small lookup type keeps the wasm small).
struct Resolver<'a> {
    d: &'a Dataset,
    lookup: Lookup<'a>,
    positions: [IdIndex<'a>; FACETS],
    /// (statement id, figure index), sorted: a statement's figures in order.
    figures_of: Vec<(&'a str, u32)>,
    /// Ids of the claims another claim disputes (or that dispute one), sorted.
    disputed: IdIndex<'a>,
    /// (start, end, option position) of every place and time span, sorted
    /// (a time's option is its short label's).
    place_spans: Vec<(usize, usize, u32)>,
    time_spans: Vec<(usize, usize, u32)>,
    /// (start, end, Mentions option) of every name in the text, by start.
    mentions: Vec<(usize, usize, u32)>,
    /// Per figure, how it is supported.
    support: Vec<Support>,
}

impl<'a> Resolver<'a> {
    fn new(
        d: &'a Dataset,
        options: &'a [Vec<FacetOption>; FACETS],
        times: &TimeGroups,
    ) -> Resolver<'a> {
        let positions =
            Facet::ALL.map(|f| IdIndex::new(options[f.index()].iter().map(|o| o.key.as_str())));
        let mut figures_of: Vec<(&str, u32)> = d
            .figures
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some((f.statement.as_deref()?, i as u32)))
            .collect();
        figures_of.sort_unstable();
        let disputed = IdIndex::new(
            d.relations
                .iter()
                .filter(|r| r.kind.disputes())
                .flat_map(|r| [r.from.as_str(), r.to.as_str()]),
        );
        let mut place_spans: Vec<(usize, usize, u32)> = d
            .places
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.spans.iter().map(move |s| (s.start, s.end, i as u32)))
            .collect();
        place_spans.sort_unstable();
        let mut time_spans: Vec<(usize, usize, u32)> = d
            .times
            .iter()
            .zip(&times.option_of)
            .map(|(t, &o)| (t.span.start, t.span.end, o))
            .collect();
        time_spans.sort_unstable();
        Resolver {
            d,
            lookup: Lookup::new(d),
            positions,
            figures_of,
            disputed,
            place_spans,
            time_spans,
            mentions: Vec::new(),
            support: figure_support(d),
        }
    }

    fn is_disputed(&self, id: &str) -> bool {
        self.disputed.get(id).is_some()
    }

    /// The places, times and names whose spans lie inside `start..end`.
    fn span_values(&self, start: usize, end: usize, values: &mut [Vec<u32>; FACETS]) {
        for (facet, spans) in [
            (Facet::Place, &self.place_spans),
            (Facet::Time, &self.time_spans),
            (Facet::Mention, &self.mentions),
        ] {
            let from = spans.partition_point(|&(s, _, _)| s < start);
            let inside = spans[from..].iter().take_while(|&&(s, _, _)| s < end);
            values[facet.index()].extend(inside.filter(|&&(_, e, _)| e <= end).map(|&(_, _, i)| i));
        }
    }

    fn position(&self, facet: Facet, key: &str) -> Option<u32> {
        self.positions[facet.index()].get(key).map(|i| i as u32)
    }

    /// A party stands for itself and for the state it belongs to, so
    /// choosing "Pakistan" also finds its government and its military.
    fn party_and_country(&self, id: &str) -> Vec<u32> {
        let mut out: Vec<u32> = self.position(Facet::Party, id).into_iter().collect();
        if let Some(c) = self.lookup.party(id).and_then(|p| p.country.as_deref()) {
            out.extend(self.position(Facet::Party, c));
        }
        out
    }

    /// The side, party and person values of a speaker or claimant.
    fn actor_values(&self, actor: &str, values: &mut [Vec<u32>; FACETS]) {
        if let Some(side) = self.lookup.side_of(actor) {
            values[Facet::Side.index()].extend(self.position(Facet::Side, side));
        }
        if let Some(party) = self.lookup.party_of(actor) {
            values[Facet::Party.index()].extend(self.party_and_country(party));
        }
        values[Facet::Person.index()].extend(self.position(Facet::Person, actor));
    }

    /// The kind and channel values of a statement.
    fn statement_values(&self, s: &Statement, values: &mut [Vec<u32>; FACETS]) {
        values[Facet::Kind.index()].extend(self.position(Facet::Kind, s.kind.key()));
        values[Facet::Channel.index()].extend(self.position(Facet::Channel, s.channel.key()));
        for h in &s.hedges {
            values[Facet::Hedge.index()].extend(self.position(Facet::Hedge, h.key()));
        }
    }

    /// The figures a statement carries, in dataset order.
    fn figures_of(&self, statement: &str) -> impl Iterator<Item = &'a Figure> + '_ {
        let from = self.figures_of.partition_point(|&(k, _)| k < statement);
        let to = self.figures_of.partition_point(|&(k, _)| k <= statement);
        self.figures_of[from..to]
            .iter()
            .map(|&(_, i)| &self.d.figures[i as usize])
    }

    /// A statement: its speaker, the parties it is about, its kind and
    /// channel, and the units of its figures (contested if any figure is).
    fn statement_item(&self, i: usize, s: &Statement) -> Item {
        let mut values: [Vec<u32>; FACETS] = Default::default();
        self.actor_values(&s.speaker, &mut values);
        for a in &s.about {
            values[Facet::Party.index()].extend(self.party_and_country(a));
        }
        self.statement_values(s, &mut values);
        self.span_values(s.span.start, s.span.end, &mut values);
        let mut contested = self.is_disputed(&s.id);
        for f in self.figures_of(&s.id) {
            values[Facet::Unit.index()].extend(self.position(Facet::Unit, f.unit.key()));
            contested |= self.is_disputed(&f.id);
        }
        let speaker = self.lookup.name_of(&s.speaker);
        Item {
            target: ItemRef::Statement(i),
            id: s.id.clone(),
            start: s.span.start,
            end: s.span.end,
            contested,
            values: dedup(values),
            haystack: Folded::new(&format!("{} {}", s.span.text, speaker)),
        }
    }

    /// A figure: its claimant, its subject, its statement's kind and channel,
    /// and its unit.
    fn figure_item(&self, i: usize, f: &Figure) -> Item {
        let mut values: [Vec<u32>; FACETS] = Default::default();
        if let Some(c) = &f.claimant {
            self.actor_values(c, &mut values);
        }
        for s in &f.subjects {
            values[Facet::Party.index()].extend(self.party_and_country(s));
        }
        if let Some(s) = self.lookup.statement_of(f) {
            self.statement_values(s, &mut values);
        }
        values[Facet::Unit.index()].extend(self.position(Facet::Unit, f.unit.key()));
        let support = self.support[i].key();
        values[Facet::Support.index()].extend(self.position(Facet::Support, support));
        self.span_values(f.span.start, f.span.end, &mut values);
        let claimant = f.claimant.as_deref().map_or("", |c| self.lookup.name_of(c));
        Item {
            target: ItemRef::Figure(i),
            id: f.id.clone(),
            start: f.span.start,
            end: f.span.end,
            contested: self.is_disputed(&f.id),
            values: dedup(values),
            // The unit's words too: "casualties" finds the killed.
            haystack: Folded::new(&format!(
                "{} {} {} {}",
                f.span.text,
                f.counts,
                claimant,
                f.unit.search_words()
            )),
        }
    }
}

/// Positions in `items`, sorted by id, for `Index::item_by_id`.
fn sorted_by_id(items: &[Item]) -> Vec<u32> {
    // Sorted as (id, position) pairs, as `IdIndex` sorts: each sort of
    // another type or order is another copy of the sort in the wasm.
    let mut by_id: Vec<(&str, u32)> = (items.iter().enumerate())
        .map(|(i, item)| (item.id.as_str(), i as u32))
        .collect();
    by_id.sort_unstable();
    by_id.into_iter().map(|(_, i)| i).collect()
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

fn dedup(mut values: [Vec<u32>; FACETS]) -> [Vec<u32>; FACETS] {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_index_is_its_position_in_all() {
        for f in Facet::ALL {
            assert_eq!(Facet::ALL[f.index()], f, "{f:?}");
        }
        let mut seen: Vec<usize> = Facet::ALL.iter().map(|f| f.index()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..FACETS).collect::<Vec<_>>());
    }
}

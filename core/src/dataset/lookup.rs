//! Lookups by id into a dataset, through sorted ids: the validator, the query
//! index, the exports and the app's rows all resolve ids, and with thousands
//! of items a linear search per lookup would cost more than the work itself.

use crate::dataset::model::{Dataset, Figure, Party, Person, Statement};

/// Ids mapped to their positions, sorted for binary search; where an id
/// occurs twice the first position wins, as with a linear search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdIndex<'a>(Vec<(&'a str, u32)>);

impl<'a> IdIndex<'a> {
    pub fn new(ids: impl Iterator<Item = &'a str>) -> IdIndex<'a> {
        let mut v: Vec<(&'a str, u32)> = ids.enumerate().map(|(i, id)| (id, i as u32)).collect();
        v.sort_unstable();
        v.dedup_by(|later, first| later.0 == first.0);
        IdIndex(v)
    }

    /// The position of `id`, if it is there.
    pub fn get(&self, id: &str) -> Option<usize> {
        self.0
            .binary_search_by(|&(k, _)| k.cmp(id))
            .ok()
            .map(|i| self.0[i].1 as usize)
    }
}

/// A dataset with an index of each collection's ids.
#[derive(Clone, Debug)]
pub struct Lookup<'a> {
    d: &'a Dataset,
    parties: IdIndex<'a>,
    people: IdIndex<'a>,
    statements: IdIndex<'a>,
    figures: IdIndex<'a>,
}

impl<'a> Lookup<'a> {
    pub fn new(d: &'a Dataset) -> Lookup<'a> {
        Lookup {
            d,
            parties: IdIndex::new(d.parties.iter().map(|p| p.id.as_str())),
            people: IdIndex::new(d.people.iter().map(|p| p.id.as_str())),
            statements: IdIndex::new(d.statements.iter().map(|s| s.id.as_str())),
            figures: IdIndex::new(d.figures.iter().map(|f| f.id.as_str())),
        }
    }
    pub fn dataset(&self) -> &'a Dataset {
        self.d
    }
    pub fn party(&self, id: &str) -> Option<&'a Party> {
        self.parties.get(id).map(|i| &self.d.parties[i])
    }
    pub fn person(&self, id: &str) -> Option<&'a Person> {
        self.people.get(id).map(|i| &self.d.people[i])
    }
    pub fn statement(&self, id: &str) -> Option<&'a Statement> {
        self.statements.get(id).map(|i| &self.d.statements[i])
    }
    pub fn figure(&self, id: &str) -> Option<&'a Figure> {
        self.figure_index(id).map(|i| &self.d.figures[i])
    }
    /// The position of a figure in `figures`.
    pub fn figure_index(&self, id: &str) -> Option<usize> {
        self.figures.get(id)
    }
    /// The statement a figure lies in, if it names one that is there.
    pub fn statement_of(&self, f: &Figure) -> Option<&'a Statement> {
        f.statement.as_deref().and_then(|id| self.statement(id))
    }
    /// Display name of a person or party id (the id itself if neither).
    pub fn name_of<'s>(&'s self, id: &'s str) -> &'s str {
        if let Some(p) = self.person(id) {
            return &p.name;
        }
        self.party(id).map_or(id, |p| p.name.as_str())
    }
    /// The side a speaker or claimant is on: a person's own side, else
    /// their party's; a party's side.
    pub fn side_of(&self, id: &str) -> Option<&'a str> {
        if let Some(side) = self.person(id).and_then(|p| p.side.as_deref()) {
            return Some(side);
        }
        let party = self.party_of(id)?;
        self.party(party)?.side.as_deref()
    }
    /// The side a figure's claimant is on (none without a claimant).
    pub fn claimant_side(&self, f: &Figure) -> Option<&'a str> {
        f.claimant.as_deref().and_then(|c| self.side_of(c))
    }
    /// The position of a side in `sides`: its colour.
    pub fn side_index(&self, side: &str) -> Option<usize> {
        self.d.sides.iter().position(|s| s.id == side)
    }
    /// The party a speaker stands for: a person's party, or the party itself.
    pub fn party_of(&self, id: &str) -> Option<&'a str> {
        if let Some(p) = self.person(id) {
            return p.party.as_deref();
        }
        self.party(id).map(|p| p.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_duplicate_ids_wins_and_missing_ids_are_none() {
        let ids = IdIndex::new(["b", "a", "b", "c"].into_iter());
        assert_eq!(ids.get("b"), Some(0));
        assert_eq!(ids.get("c"), Some(3));
        assert_eq!(ids.get("zz"), None);
    }
}

//! The studio's forms over `dataset.json` (issue 28): which items there
//! are, which fields each has, what each field takes and what it means.
//!
//! Fields, their kinds, enum values and one-line meanings come from the
//! JSON Schema (`schema::dataset_schema`), itself generated from the
//! model's types, so a new field or value gets its form with no code here.
//! The one thing the schema does not say, which collections a field's ids
//! point into, is `targets`, beside the validator's reference rules.

use serde_json::{Map, Value};

/// The kinds of item an author makes, one per collection of the dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Statement,
    Figure,
    Person,
    Party,
    Place,
    Time,
    NonClaim,
    ScareQuote,
    Side,
    Relation,
    OrdinaryCapital,
    Correction,
}

impl Kind {
    /// In the order the studio lists them: those made from a selection first.
    pub const ALL: [Kind; 12] = [
        Kind::Statement,
        Kind::Figure,
        Kind::Person,
        Kind::Party,
        Kind::Place,
        Kind::Time,
        Kind::NonClaim,
        Kind::ScareQuote,
        Kind::Side,
        Kind::Relation,
        Kind::OrdinaryCapital,
        Kind::Correction,
    ];

    /// The dataset's key for the collection.
    pub fn collection(self) -> &'static str {
        match self {
            Kind::Statement => "statements",
            Kind::Figure => "figures",
            Kind::Person => "people",
            Kind::Party => "parties",
            Kind::Place => "places",
            Kind::Time => "times",
            Kind::NonClaim => "non_claims",
            Kind::ScareQuote => "scare_quotes",
            Kind::Side => "sides",
            Kind::Relation => "relations",
            Kind::OrdinaryCapital => "ordinary_capitals",
            Kind::Correction => "corrections",
        }
    }

    /// The schema's name for one item (`$defs`).
    pub fn def(self) -> &'static str {
        match self {
            Kind::Statement => "Statement",
            Kind::Figure => "Figure",
            Kind::Person => "Person",
            Kind::Party => "Party",
            Kind::Place => "Place",
            Kind::Time => "TimeRef",
            Kind::NonClaim => "NonClaim",
            Kind::ScareQuote => "ScareQuote",
            Kind::Side => "Side",
            Kind::Relation => "Relation",
            Kind::OrdinaryCapital => "OrdinaryCapital",
            Kind::Correction => "Correction",
        }
    }

    /// One item, in words.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Statement => "statement",
            Kind::Figure => "figure",
            Kind::Person => "person",
            Kind::Party => "party",
            Kind::Place => "place",
            Kind::Time => "time",
            Kind::NonClaim => "non-claim",
            Kind::ScareQuote => "scare quote",
            Kind::Side => "side",
            Kind::Relation => "relation",
            Kind::OrdinaryCapital => "ordinary capital",
            Kind::Correction => "correction",
        }
    }

    /// Made from a selection of the article's text (a party may be made
    /// with one, as its first alias, or without).
    pub fn from_selection(self) -> bool {
        !matches!(
            self,
            Kind::Party | Kind::Side | Kind::Relation | Kind::OrdinaryCapital | Kind::Correction
        )
    }

    /// Whether its items have an `id`.
    pub fn has_id(self) -> bool {
        matches!(
            self,
            Kind::Statement
                | Kind::Figure
                | Kind::Person
                | Kind::Party
                | Kind::Place
                | Kind::Time
                | Kind::Side
        )
    }

    pub fn from_collection(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.collection() == key)
    }
}

/// Which fields hold ids, and of which kinds: (definition, field, kinds).
/// The validator holds the same rules (`validate::references`).
pub const REFERENCES: [(&str, &str, &[Kind]); 12] = [
    ("Party", "side", &[Kind::Side]),
    ("Person", "side", &[Kind::Side]),
    ("Party", "country", &[Kind::Party]),
    ("Person", "party", &[Kind::Party]),
    ("Person", "affiliation", &[Kind::Party]),
    ("Statement", "speaker", &[Kind::Person, Kind::Party]),
    ("Statement", "about", &[Kind::Party]),
    ("Figure", "claimant", &[Kind::Person, Kind::Party]),
    ("Figure", "subjects", &[Kind::Party]),
    ("Figure", "statement", &[Kind::Statement]),
    ("Relation", "from", &[Kind::Figure, Kind::Statement]),
    ("Relation", "to", &[Kind::Figure, Kind::Statement]),
];

/// The collections a field's ids point into (empty: not a reference).
pub fn targets(def: &str, field: &str) -> &'static [Kind] {
    REFERENCES
        .iter()
        .find(|(d, f, _)| *d == def && *f == field)
        .map_or(&[], |(_, _, kinds)| kinds)
}

/// One value of an enum, with its meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub meaning: String,
}

/// What a field takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Text,
    Number,
    Flag,
    /// One of the enum's values.
    Choice(Vec<Choice>),
    /// Any of the enum's values.
    Choices(Vec<Choice>),
    /// The id of an item of these kinds.
    Ref(Vec<Kind>),
    /// Ids of items of these kinds.
    Refs(Vec<Kind>),
    /// A passage of the article.
    Span,
    /// Passages of the article.
    Spans,
    /// A list of words.
    Texts,
}

/// One field of an item's form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub input: Input,
    pub required: bool,
    /// The first line of its description.
    pub meaning: String,
}

/// The fields of the schema's definition `def` ("" for the top level), in
/// the schema's order; `$schema` left out.
pub fn fields(schema: &Value, def: &str) -> Vec<Field> {
    let Some(object) = definition(schema, def) else {
        return Vec::new();
    };
    let required: Vec<&str> = object["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = object["properties"].as_object() else {
        return Vec::new();
    };
    properties
        .iter()
        .filter(|(name, _)| name.as_str() != "$schema")
        .map(|(name, property)| Field {
            input: input(schema, def, name, property),
            required: required.contains(&name.as_str()),
            meaning: first_line(property["description"].as_str().unwrap_or_default()),
            name: name.clone(),
        })
        .collect()
}

/// The fields of a form for `def`: for the top level (""), only its own
/// values (`version`), not the article or the collections, which have
/// forms of their own.
pub fn form_fields(schema: &Value, def: &str) -> Vec<Field> {
    let mut all = fields(schema, def);
    if def.is_empty() {
        all.retain(|f| f.name != "article" && Kind::from_collection(&f.name).is_none());
    }
    all
}

/// The definition named `def`, or the top level for "".
pub fn definition<'a>(schema: &'a Value, def: &str) -> Option<&'a Map<String, Value>> {
    if def.is_empty() {
        schema.as_object()
    } else {
        schema["$defs"][def].as_object()
    }
}

fn input(schema: &Value, def: &str, name: &str, property: &Value) -> Input {
    let kinds = targets(def, name).to_vec();
    let shape = shape(property);
    match shape.as_str() {
        "array" => match property["items"].get("$ref").and_then(Value::as_str) {
            Some(r) if ref_name(r) == "Span" => Input::Spans,
            Some(r) => Input::Choices(choices(schema, ref_name(r))),
            None if kinds.is_empty() => Input::Texts,
            None => Input::Refs(kinds),
        },
        "integer" | "number" => Input::Number,
        "boolean" => Input::Flag,
        "string" if !kinds.is_empty() => Input::Ref(kinds),
        "string" => Input::Text,
        "Span" => Input::Span,
        other => {
            let found = choices(schema, other);
            if found.is_empty() {
                Input::Text
            } else {
                Input::Choice(found)
            }
        }
    }
}

/// A property's type with `null` dropped, or the name of the definition it
/// refers to (directly or as the one non-null branch of an `anyOf`).
fn shape(property: &Value) -> String {
    if let Some(r) = property["$ref"].as_str() {
        return ref_name(r).to_string();
    }
    if let Some(branches) = property["anyOf"].as_array() {
        let other = branches.iter().find(|b| b["type"] != "null");
        return other.map(shape).unwrap_or_default();
    }
    match &property["type"] {
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or_default()
            .to_string(),
        _ => String::new(),
    }
}

fn ref_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

/// The values of the enum `def` with their meanings (empty if not an enum).
pub fn choices(schema: &Value, def: &str) -> Vec<Choice> {
    let Some(branches) = schema["$defs"][def]["oneOf"].as_array() else {
        return Vec::new();
    };
    branches
        .iter()
        .filter_map(|b| {
            Some(Choice {
                value: b["const"].as_str()?.to_string(),
                meaning: first_line(b["description"].as_str().unwrap_or_default()),
            })
        })
        .collect()
}

/// A description's first sentence, on one line.
fn first_line(description: &str) -> String {
    let joined = description.split_whitespace().collect::<Vec<_>>().join(" ");
    match joined.find(". ") {
        Some(end) => joined[..=end].to_string(),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::schema::dataset_schema;

    #[test]
    fn every_kind_has_a_definition_and_a_collection_in_the_schema() {
        let schema = dataset_schema();
        for kind in Kind::ALL {
            assert!(!fields(&schema, kind.def()).is_empty(), "{kind:?}");
            let listed = &schema["properties"][kind.collection()];
            assert_eq!(listed["type"], "array", "{kind:?}");
            let has_id = fields(&schema, kind.def()).iter().any(|f| f.name == "id");
            assert_eq!(has_id, kind.has_id(), "{kind:?}");
        }
    }

    #[test]
    fn fields_take_their_inputs_and_meanings_from_the_schema() {
        let schema = dataset_schema();
        let statement = fields(&schema, "Statement");
        let find = |name: &str| statement.iter().find(|f| f.name == name).unwrap().clone();
        assert_eq!(
            find("speaker").input,
            Input::Ref(vec![Kind::Person, Kind::Party])
        );
        assert_eq!(find("about").input, Input::Refs(vec![Kind::Party]));
        assert_eq!(find("span").input, Input::Span);
        assert!(find("span").required && !find("note").required);
        let Input::Choice(channels) = find("channel").input else {
            panic!("channel is an enum")
        };
        assert!(channels.iter().all(|c| !c.meaning.is_empty()));
        assert!(matches!(find("hedges").input, Input::Choices(_)));
        let figure = fields(&schema, "Figure");
        let value = figure.iter().find(|f| f.name == "value").unwrap();
        assert_eq!(value.input, Input::Number);
        let meta = fields(&schema, "ArticleMeta");
        let caveat = meta.iter().find(|f| f.name == "caveat").unwrap();
        assert_eq!(caveat.input, Input::Span);
        let examples = meta.iter().find(|f| f.name == "search_examples").unwrap();
        assert_eq!(examples.input, Input::Texts);
        let top: Vec<String> = fields(&schema, "").into_iter().map(|f| f.name).collect();
        assert!(top.contains(&"version".to_string()) && !top.contains(&"$schema".to_string()));
    }

    #[test]
    fn every_reference_names_a_field_of_the_schema() {
        let schema = dataset_schema();
        for (def, field, _) in REFERENCES.iter() {
            let found = fields(&schema, def).into_iter().find(|f| f.name == *field);
            let input = found.map(|f| f.input);
            assert!(
                matches!(input, Some(Input::Ref(_) | Input::Refs(_))),
                "{def}.{field}: {input:?}"
            );
        }
    }
}

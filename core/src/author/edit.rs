//! The studio's edits of `dataset.json` through its forms (issue 28): a
//! new item from a selection of the text, a field set, an item removed, a
//! draft candidate accepted. Each works on the parsed file and writes it
//! back in the schema's key order with `quotes::to_pretty`'s layout, so
//! the file a person downloads changes only where they changed it.

use serde_json::{json, Map, Value};

use crate::author::form::{definition, Input, Kind, REFERENCES};
use crate::author::quotes::{quote_value, selector_for};
use crate::author::schema::cached_schema;

/// Which object of the dataset a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemAt {
    /// The top level (`version`).
    Top,
    /// `article`: the title, language and what the page says.
    Article,
    /// One item of a collection, by its index.
    Item(Kind, usize),
}

impl ItemAt {
    /// The schema's definition for it.
    pub fn def(self) -> &'static str {
        match self {
            ItemAt::Top => "",
            ItemAt::Article => "ArticleMeta",
            ItemAt::Item(kind, _) => kind.def(),
        }
    }
}

/// An edit made through the forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormEdit {
    /// A new item, from the selected bytes of the article when its kind is
    /// made from a selection.
    New {
        kind: Kind,
        selection: Option<(usize, usize)>,
    },
    /// A field set to a value (null, "" or an empty list removes a field
    /// that is not required). Renaming an `id` renames its references.
    Set {
        at: ItemAt,
        field: String,
        value: Value,
        required: bool,
    },
    Remove(ItemAt),
    /// "New…" in a reference's list: a new item of `kind`, whose id the
    /// field of `at` then holds (or adds, for a list of ids).
    NewFor {
        kind: Kind,
        selection: Option<(usize, usize)>,
        at: ItemAt,
        field: String,
    },
    /// A draft candidate taken as it is, to be edited.
    Accept {
        kind: Kind,
        item: Value,
    },
}

/// A dataset with nothing in it yet, to start from an article alone.
pub fn empty_dataset() -> Value {
    json!({
        "version": "1",
        "article": {"title": "", "title_editor_supplied": true, "language": "en", "section_heads": []},
        "parties": [], "people": [], "statements": [], "figures": [],
        "places": [], "times": [], "non_claims": []
    })
}

/// The dataset after `edit`, and the object to show in the form next; or
/// why the edit cannot be made (the dataset is left as it was).
pub fn apply(dataset: &mut Value, article: &str, edit: FormEdit) -> Result<ItemAt, String> {
    if !dataset.is_object() {
        return Err("dataset.json is not a JSON object: fix it in the file first".into());
    }
    match edit {
        FormEdit::New { kind, selection } => {
            let item = new_item(dataset, article, kind, selection)?;
            Ok(push(dataset, kind, item))
        }
        FormEdit::Accept { kind, item } => Ok(push(dataset, kind, item)),
        FormEdit::NewFor {
            kind,
            selection,
            at,
            field,
        } => {
            let item = new_item(dataset, article, kind, selection)?;
            let id = item["id"].clone();
            let object = object_at(dataset, at).ok_or("That item is no longer in the dataset.")?;
            match object.get_mut(&field) {
                Some(Value::Array(ids)) => ids.push(id),
                _ if is_list(at, &field) => drop(object.insert(field, json!([id]))),
                _ => drop(object.insert(field, id)),
            }
            Ok(push(dataset, kind, item))
        }
        FormEdit::Set {
            at,
            field,
            value,
            required,
        } => {
            set(dataset, at, &field, value, required)?;
            Ok(at)
        }
        FormEdit::Remove(at) => {
            if let ItemAt::Item(kind, index) = at {
                if let Some(items) = dataset[kind.collection()].as_array_mut() {
                    if index < items.len() {
                        items.remove(index);
                    }
                }
            }
            Ok(ItemAt::Article)
        }
    }
}

/// Whether the field holds a list of ids.
fn is_list(at: ItemAt, field: &str) -> bool {
    let fields = crate::author::form::fields(cached_schema(), at.def());
    fields
        .iter()
        .any(|f| f.name == field && matches!(f.input, Input::Refs(_)))
}

fn push(dataset: &mut Value, kind: Kind, item: Value) -> ItemAt {
    let map = dataset.as_object_mut().expect("checked to be an object");
    let items = map
        .entry(kind.collection())
        .or_insert_with(|| Value::Array(Vec::new()));
    if !items.is_array() {
        *items = Value::Array(Vec::new());
    }
    let items = items.as_array_mut().expect("made an array");
    items.push(item);
    ItemAt::Item(kind, items.len() - 1)
}

/// The byte offset of the `units`-th UTF-16 unit of `text` (a browser's
/// selection counts UTF-16 units), clamped to the text.
pub fn byte_at_utf16(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (i, c) in text.char_indices() {
        if counted >= units {
            return i;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// The object of the dataset's text at `byte` (for a finding's place).
pub fn item_at_byte(dataset: &str, byte: usize) -> Option<ItemAt> {
    let (collection, index) = crate::author::source::item_at_byte(dataset, byte)?;
    Kind::from_collection(&collection).map(|kind| ItemAt::Item(kind, index))
}

/// The next place of `words` in the article after byte `after`, from the
/// start again past the end (the studio's "find words to select").
pub fn next_occurrence(article: &str, words: &str, after: usize) -> Option<(usize, usize)> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let from = article
        .get(after..)
        .and_then(|rest| rest.find(words))
        .map(|i| after + i);
    let at = from.or_else(|| article.find(words))?;
    Some((at, at + words.len()))
}

/// The span of `start..end` (trimmed of spaces), with the least context
/// that names it: a prefix or suffix only when its words occur elsewhere.
pub fn span_of(article: &str, start: usize, end: usize) -> Option<(Value, String)> {
    let text = article.get(start..end)?;
    let start = start + (text.len() - text.trim_start().len());
    let end = end - (text.len() - text.trim_end().len());
    if start >= end {
        return None;
    }
    let (quote, prefix, suffix) = selector_for(article, start, end)?;
    Some((quote_value(&quote, &prefix, &suffix), quote))
}

fn new_item(
    dataset: &Value,
    article: &str,
    kind: Kind,
    selection: Option<(usize, usize)>,
) -> Result<Value, String> {
    let chosen = selection.and_then(|(s, e)| span_of(article, s, e));
    if kind.from_selection() && chosen.is_none() {
        return Err(format!(
            "Select the words of the {} in the text first.",
            kind.label()
        ));
    }
    let (span, words) = chosen.unwrap_or((Value::Null, String::new()));
    let id = fresh_id(dataset, kind, &words);
    Ok(match kind {
        Kind::Statement => json!({"id": id, "about": [], "span": span}),
        Kind::Figure => json!({"id": id, "value": first_number(&words), "span": span}),
        Kind::Person => json!({"id": id, "name": words, "span": span}),
        Kind::Party if span.is_null() => json!({"id": id, "name": "", "aliases": []}),
        Kind::Party => json!({"id": id, "name": words, "aliases": [span]}),
        Kind::Place => json!({"id": id, "name": words, "spans": [span]}),
        Kind::Time => json!({"id": id, "label": "", "span": span}),
        Kind::NonClaim => json!({"span": span, "reason": ""}),
        Kind::ScareQuote => json!({"span": span, "note": ""}),
        Kind::Side => json!({"id": id, "name": ""}),
        Kind::Relation => json!({"from": "", "to": "", "note": ""}),
        Kind::OrdinaryCapital => json!({"word": words, "reason": ""}),
        Kind::Correction => json!({"date": "", "change": "", "reason": ""}),
    })
}

/// The first whole number in `words` ("at least 1,200" is 1200).
fn first_number(words: &str) -> Value {
    let digits: String = words
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse::<u64>().map_or(Value::Null, Value::from)
}

/// An id no item has: the words' slug for named kinds, else a letter and
/// the next free number ("s-4").
fn fresh_id(dataset: &Value, kind: Kind, words: &str) -> Value {
    if !kind.has_id() {
        return Value::Null;
    }
    let taken = all_ids(dataset);
    let stem = match kind {
        Kind::Person | Kind::Party | Kind::Place if !slug(words).is_empty() => slug(words),
        _ => kind.label().chars().next().unwrap_or('x').to_string(),
    };
    let named = !matches!(
        kind,
        Kind::Statement | Kind::Figure | Kind::Time | Kind::Side
    );
    if named && !taken.contains(&stem) {
        return stem.into();
    }
    let id = (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(id));
    id.expect("some number is free").into()
}

fn all_ids(dataset: &Value) -> Vec<String> {
    Kind::ALL
        .iter()
        .filter_map(|k| dataset[k.collection()].as_array())
        .flatten()
        .filter_map(|item| item["id"].as_str().map(str::to_string))
        .collect()
}

/// Lower-case words joined by hyphens, letters and digits only.
pub fn slug(words: &str) -> String {
    let lower = words.to_lowercase();
    let parts: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect();
    parts.join("-")
}

fn object_at(dataset: &mut Value, at: ItemAt) -> Option<&mut Map<String, Value>> {
    match at {
        ItemAt::Top => dataset.as_object_mut(),
        ItemAt::Article => dataset.get_mut("article")?.as_object_mut(),
        ItemAt::Item(kind, index) => dataset
            .get_mut(kind.collection())?
            .get_mut(index)?
            .as_object_mut(),
    }
}

/// The object a form shows, if it is there.
pub fn object(dataset: &Value, at: ItemAt) -> Option<&Map<String, Value>> {
    match at {
        ItemAt::Top => dataset.as_object(),
        ItemAt::Article => dataset.get("article")?.as_object(),
        ItemAt::Item(kind, index) => dataset.get(kind.collection())?.get(index)?.as_object(),
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

fn set(
    dataset: &mut Value,
    at: ItemAt,
    field: &str,
    value: Value,
    required: bool,
) -> Result<(), String> {
    if at == ItemAt::Article && dataset.get("article").is_none_or(|a| !a.is_object()) {
        dataset["article"] = Value::Object(Map::new());
    }
    let object = object_at(dataset, at).ok_or("That item is no longer in the dataset.")?;
    let old = object.get(field).cloned();
    if is_empty(&value) && !required {
        object.shift_remove(field);
    } else {
        object.insert(field.to_string(), value.clone());
    }
    if field == "id" {
        let old = old.as_ref().and_then(Value::as_str).unwrap_or_default();
        if let (false, Some(new)) = (old.is_empty(), value.as_str()) {
            rename_references(dataset, old, new);
        }
    }
    Ok(())
}

/// Every reference to the id `old` made to `new`.
pub fn rename_references(dataset: &mut Value, old: &str, new: &str) {
    for kind in Kind::ALL {
        let Some(items) = dataset
            .get_mut(kind.collection())
            .and_then(Value::as_array_mut)
        else {
            continue;
        };
        for item in items {
            for (def, field, _) in REFERENCES.iter() {
                if *def != kind.def() {
                    continue;
                }
                match item.get_mut(*field) {
                    Some(Value::String(s)) if s == old => *s = new.to_string(),
                    Some(Value::Array(ids)) => ids
                        .iter_mut()
                        .filter(|id| id.as_str() == Some(old))
                        .for_each(|id| *id = new.into()),
                    _ => {}
                }
            }
        }
    }
}

/// The ids an author may pick for a reference of these kinds, each with
/// what the list shows (its name, or its words).
pub fn ref_options(dataset: &Value, kinds: &[Kind]) -> Vec<(String, String)> {
    let mut options = Vec::new();
    for kind in kinds {
        for item in dataset[kind.collection()].as_array().into_iter().flatten() {
            if let Some(id) = item["id"].as_str() {
                options.push((
                    id.to_string(),
                    format!("{} · {}", kind.label(), summary(item)),
                ));
            }
        }
    }
    options
}

/// An item in a few words: its name, label or quote.
pub fn summary(item: &Value) -> String {
    fn quote(span: &Value) -> Option<&str> {
        span["quote"].as_str().or(span["text"].as_str())
    }
    let words = ["name", "label", "word", "change", "note"]
        .iter()
        .find_map(|k| item[*k].as_str().filter(|s| !s.is_empty()))
        .or_else(|| quote(&item["span"]))
        .or_else(|| quote(&item["spans"][0]))
        .or_else(|| item["id"].as_str())
        .unwrap_or("(new)");
    let short: String = words.chars().take(60).collect();
    if short.len() < words.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// The dataset with every object's keys in the schema's order (keys the
/// schema does not know last, as they were), as `to_pretty` writes it.
pub fn in_schema_order(dataset: &Value, schema: &Value) -> Value {
    ordered(dataset, schema, "")
}

fn ordered(value: &Value, schema: &Value, def: &str) -> Value {
    let Value::Object(map) = value else {
        return value.clone();
    };
    let properties = definition(schema, def)
        .and_then(|d| d.get("properties"))
        .and_then(Value::as_object);
    let Some(properties) = properties else {
        return value.clone();
    };
    let mut out = Map::new();
    let known = properties.keys().filter(|k| map.contains_key(*k));
    for key in known.chain(map.keys().filter(|k| !properties.contains_key(*k))) {
        let child = &map[key];
        let inner = properties.get(key).map(child_def).unwrap_or_default();
        let child = match child {
            Value::Array(items) => items.iter().map(|i| ordered(i, schema, &inner)).collect(),
            _ => ordered(child, schema, &inner),
        };
        out.insert(key.clone(), child);
    }
    Value::Object(out)
}

/// The definition a property's value (or its items) follows, if any.
fn child_def(property: &Value) -> String {
    let reference = property["$ref"]
        .as_str()
        .or(property["items"]["$ref"].as_str());
    let name = reference.map(|r| r.rsplit('/').next().unwrap_or(r));
    name.filter(|n| *n != "Span")
        .unwrap_or_default()
        .to_string()
}

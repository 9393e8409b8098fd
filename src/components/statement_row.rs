use std::sync::OnceLock;

use explorer_core::model::{Figure, Mode, Person, Statement};
use explorer_core::query::IdIndex;
use yew::prelude::*;

use crate::data::data;
use crate::highlight::highlighted;

#[derive(Properties, PartialEq, Clone)]
pub struct StatementRowProps {
    /// Index into the dataset's statements.
    pub statement: usize,
    pub search: AttrValue,
    pub selected: bool,
    /// A deep link to this statement.
    pub href: AttrValue,
    pub onselect: Callback<AttrValue>,
}

/// Lookups by id, built once: with thousands of people and statements a
/// linear search per row would cost more than the rendering.
pub(crate) struct Lookup {
    people: IdIndex<'static>,
    parties: IdIndex<'static>,
    statements: IdIndex<'static>,
    figures: IdIndex<'static>,
}

impl Lookup {
    /// As `Dataset::person`.
    pub(crate) fn person(&self, id: &str) -> Option<&'static Person> {
        let d = &data().dataset;
        self.people.get(id).map(|i| &d.people[i])
    }
    /// As `Dataset::name_of`: a person's or a party's name, else the id.
    pub(crate) fn name_of<'a>(&self, id: &'a str) -> &'a str {
        let d = &data().dataset;
        if let Some(p) = self.person(id) {
            return &p.name;
        }
        match self.parties.get(id) {
            Some(i) => &d.parties[i].name,
            None => id,
        }
    }
    /// As `Dataset::statement`.
    pub(crate) fn statement(&self, id: &str) -> Option<&'static Statement> {
        let d = &data().dataset;
        self.statements.get(id).map(|i| &d.statements[i])
    }
    /// As `Dataset::figure`.
    pub(crate) fn figure(&self, id: &str) -> Option<&'static Figure> {
        let d = &data().dataset;
        self.figures.get(id).map(|i| &d.figures[i])
    }
}

pub(crate) fn lookup() -> &'static Lookup {
    static LOOKUP: OnceLock<Lookup> = OnceLock::new();
    LOOKUP.get_or_init(|| {
        let d = &data().dataset;
        Lookup {
            people: IdIndex::new(d.people.iter().map(|p| p.id.as_str())),
            parties: IdIndex::new(d.parties.iter().map(|p| p.id.as_str())),
            statements: IdIndex::new(d.statements.iter().map(|s| s.id.as_str())),
            figures: IdIndex::new(d.figures.iter().map(|f| f.id.as_str())),
        }
    })
}

/// One statement: who said it, how, about whom, and its verbatim source.
#[function_component(StatementRow)]
pub fn statement_row(props: &StatementRowProps) -> Html {
    let d = &data().dataset;
    let s = &d.statements[props.statement];
    let l = lookup();
    let speaker = l.name_of(&s.speaker);
    let role = l.person(&s.speaker).map(|p| p.role.clone());
    let about: Vec<&str> = s.about.iter().map(|a| l.name_of(a)).collect();
    let onclick = {
        let (id, onselect) = (AttrValue::from(s.id.clone()), props.onselect.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            onselect.emit(id.clone());
        })
    };
    let mode = match s.mode {
        Mode::Quote => "Direct quote",
        Mode::Paraphrase => "Paraphrase",
    };
    html! {
        <li id={format!("item-{}", s.id)} tabindex="-1"
            class={classes!("row", "statement", props.selected.then_some("selected"))}
            aria-current={props.selected.then_some("true")}>
            <p class="row-head">
                <span class="speaker">{speaker}</span>
                if let Some(role) = role { <span class="role">{role}</span> }
            </p>
            <p class="tags">
                <span class="tag kind">{s.kind.label()}</span>
                <span class="tag channel">{s.channel.label()}</span>
                <span class="tag mode">{mode}</span>
            </p>
            <blockquote class="source-text">{highlighted(&s.span.text, &props.search)}</blockquote>
            <p class="about">{"About: "}{about.join(", ")}</p>
            <a class="source-link" href={props.href.clone()} {onclick}>
                {"Show in article"}<span class="visually-hidden">{format!(": {speaker}, {}", s.kind.label())}</span>
            </a>
        </li>
    }
}

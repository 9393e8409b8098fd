//! The voices overview as markup, written once at build time: the native
//! `prerender` binary writes it to a file (`voices.html`) that the build
//! copies into `dist/` under a content-hashed name, and the reader's app
//! fetches it when the Voices view opens. The overview is static (the whole
//! text's counts), so neither the counting nor these elements are in the
//! reader's wasm (the feature's budget is 6 KB gzip of the first load).
//! Every link's `href` is the query of exactly what its row counts; the app
//! turns a click on one into that filter (`Action::ShowFiltered`), a new tab
//! follows the `href`.

use crate::dataset::lookup::Lookup;
use crate::dataset::model::Dataset;
use crate::read::figures::{claimant_name, short_label};
use crate::read::query::{Facet, Filters, Index};
use crate::read::url_state::{encode, UrlState};
use crate::read::voices::{SideVoices, Unheard, Voice, Voices};
use crate::read::wording::{plural, role_line};

/// How many side colours the styles define (`side-1` … `side-6`).
pub const SIDE_COLOURS: usize = 6;

/// Text escaped for markup, in an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link to exactly one option of one facet, with the number it counts and
/// what that number counts (for the tests and for nobody else).
fn link(facet: Facet, key: &str, count: usize, counts: &str, text: &str) -> String {
    let mut filters = Filters::default();
    filters.toggle(facet, key);
    let query = encode(&UrlState {
        filters,
        ..UrlState::default()
    });
    format!(
        "<a href=\"?{}\" data-filter data-count=\"{count}\" data-counts=\"{counts}\" data-id=\"{}\">{text}</a>",
        escape(&query),
        escape(key)
    )
}

/// The overview of `d` as the reader's app inserts it: a note on what the
/// counts are, then the groups, each open. An embed closes them by taking
/// out every ` open` before a tag's end (`FOLD`): no text holds a `>`, as
/// text and attributes are escaped.
pub fn overview(d: &Dataset, article: &str, index: &Index) -> String {
    let v = Voices::new(d, article, index);
    format!(
        "<p class=\"voices-note\">Counts of the text's {} and {}: they describe the text, \
         not its fairness. Each links to what it counts.</p>{}",
        plural(d.statements.len(), "statement", "statements"),
        plural(d.figures.len(), "figure", "figures"),
        render(&v, d)
    )
}

/// What an embed replaces in the overview's markup, and with what, to
/// start every group folded.
pub const FOLD: (&str, &str) = (" open>", ">");

/// The groups of the overview, open.
pub fn render(v: &Voices, d: &Dataset) -> String {
    let lookup = Lookup::new(d);
    let most = v
        .sides
        .iter()
        .flat_map(|s| &s.voices)
        .chain(&v.own)
        .map(|x| x.statements)
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for s in &v.sides {
        out += &side(&lookup, s, most);
    }
    if !v.own.is_empty() {
        out += "<section class=\"own-voice\"><h3>The article's own voice</h3><ul class=\"voices\" role=\"list\">";
        for x in &v.own {
            out += &voice(&lookup, x, most);
        }
        out += "</ul></section>";
    }
    out += &unheard(&lookup, &v.unheard);
    out += &figures(&lookup, v);
    out
}

fn side(lookup: &Lookup, s: &SideVoices, most: usize) -> String {
    let d = lookup.dataset();
    let name = escape(s.side.map_or("No side given", |i| &d.sides[i].name));
    let colour = s.side.map_or("side-none".to_string(), |i| {
        format!("side-{}", i % SIDE_COLOURS + 1)
    });
    let count = plural(s.statements, "statement", "statements");
    let all = s.side.map_or(String::new(), |i| {
        let text = format!("Show all {count} from {name}");
        link(
            Facet::Side,
            &d.sides[i].id,
            s.statements,
            "statements",
            &text,
        )
    });
    let rows: String = s.voices.iter().map(|x| voice(lookup, x, most)).collect();
    format!(
        "<details class=\"voices-side {colour}\" open><summary><span class=\"dot\" aria-hidden=\"true\"></span>\
         <h3 class=\"side-name\">{name}</h3><span class=\"voice-count\"> · {count}</span></summary>\
         <p class=\"side-link\">{all}</p><ul class=\"voices\" role=\"list\">{rows}</ul></details>"
    )
}

/// One speaker: a link to their statements, their role, a bar of how they
/// were quoted (hidden from screen readers, which read the words), how,
/// the words quoted and the channels.
fn voice(lookup: &Lookup, x: &Voice, most: usize) -> String {
    let count = plural(x.statements, "statement", "statements");
    let name = format!(
        "{}<span class=\"voice-count\"> · {count}</span>",
        escape(lookup.name_of(&x.id))
    );
    let role = lookup.person(&x.id).map_or(String::new(), |p| {
        format!(
            "<span class=\"voice-role\">{}</span>",
            escape(&role_line(lookup, p))
        )
    });
    let width = |n: usize| n * 100 / most.max(1);
    let words = match x.words_quoted {
        0 => String::new(),
        n => format!(" · {} quoted", plural(n, "word", "words")),
    };
    format!(
        "<li class=\"voice\">{}{role}<svg class=\"voice-bar\" viewBox=\"0 0 100 4\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">\
         <rect class=\"paraphrase\" width=\"{}\" height=\"4\"/><rect class=\"partial\" width=\"{}\" height=\"4\"/><rect class=\"direct\" width=\"{}\" height=\"4\"/></svg>\
         <span class=\"voice-detail\">{}{words} · {}</span></li>",
        link(Facet::Person, &x.id, x.statements, "statements", &name),
        width(x.statements),
        width(x.direct + x.partial),
        width(x.direct),
        escape(&x.modes()),
        escape(&x.channel_list())
    )
}

fn unheard(lookup: &Lookup, list: &[Unheard]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let people = list.iter().filter(|u| u.is_person).count();
    let rows: String = list
        .iter()
        .map(|u| {
            let text = format!(
                "{}<span class=\"voice-count\"> · named in {}</span>",
                escape(lookup.name_of(&u.id)),
                plural(u.passages, "passage", "passages")
            );
            let kind = if u.is_person { "person" } else { "party" };
            let a = link(Facet::Mention, &u.id, u.passages, "passages", &text);
            format!("<li class=\"unheard {kind}\">{a}</li>")
        })
        .collect();
    format!(
        "<details class=\"never-heard\" open><summary><h3>Mentioned, never heard</h3><span class=\"voice-count\"> · {}, {}</span></summary>\
         <p class=\"hint\">Named in the text, with no statement of their own or of anyone speaking for them.</p>\
         <ul class=\"unheard-list\" role=\"list\">{rows}</ul></details>",
        plural(people, "person", "people"),
        plural(list.len() - people, "party", "parties")
    )
}

fn figures(lookup: &Lookup, v: &Voices) -> String {
    if v.figures.is_empty() {
        return String::new();
    }
    let d = lookup.dataset();
    let groups: String = v
        .figures
        .iter()
        .map(|(support, list)| {
            let text = format!(
                "{}<span class=\"voice-count\"> · {}</span>",
                support.label(),
                plural(list.len(), "figure", "figures")
            );
            let items: String = list
                .iter()
                .map(|&i| {
                    let f = &d.figures[i];
                    format!(
                        "<li>{} {}<span class=\"voice-role\"> · {}</span></li>",
                        escape(&short_label(f)),
                        escape(&f.counts),
                        escape(&claimant_name(lookup, f))
                    )
                })
                .collect();
            format!(
                "<li class=\"support-group\">{}<span class=\"voice-detail\"> ({})</span><ul class=\"support-figures\" role=\"list\">{items}</ul></li>",
                link(Facet::Support, support.key(), list.len(), "figures", &text),
                support.explain()
            )
        })
        .collect();
    format!(
        "<details class=\"figure-support\" open><summary><h3>Figures by support</h3><span class=\"voice-count\"> · {}</span></summary>\
         <ul class=\"support-groups\" role=\"list\">{groups}</ul></details>",
        plural(d.figures.len(), "figure", "figures")
    )
}

//! The shareable state, as a URL query string: the single source of truth for
//! filters, search, selection, view and embed mode. Decoding never fails: what
//! it cannot use it ignores, with a short notice for the reader.

use crate::query::{Facet, Filters, Index};

/// Longest search kept from a URL; longer input is cut with a notice.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Notices shown at most; the rest are summarised.
const MAX_NOTICES: usize = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Results beside the article.
    #[default]
    Explore,
    /// Contested figures side by side.
    Figures,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub filters: Filters,
    /// The statement or figure the reader opened.
    pub selected: Option<String>,
    pub view: View,
    pub embed: bool,
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str, index: &Index) -> (UrlState, Vec<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    for (key, value) in pairs {
        if let Some(facet) = Facet::from_key(&key) {
            for v in value.split(',').filter(|v| !v.is_empty()) {
                if index.option_index(facet, v).is_some() {
                    state
                        .filters
                        .selected
                        .entry(facet)
                        .or_default()
                        .insert(v.to_string());
                } else {
                    notices.push(format!("Ignored unknown {} “{}”.", key, shorten(v)));
                }
            }
            continue;
        }
        match key.as_str() {
            "q" => {
                let mut chars = value.chars();
                state.filters.search = chars.by_ref().take(MAX_SEARCH_CHARS).collect();
                if chars.next().is_some() {
                    notices.push(format!(
                        "Search cut to its first {MAX_SEARCH_CHARS} characters."
                    ));
                }
            }
            "contested" => match value.as_str() {
                "1" | "true" => state.filters.contested = true,
                "0" | "false" => state.filters.contested = false,
                _ => notices.push(format!("Ignored contested=“{}”.", shorten(&value))),
            },
            "sel" => {
                if index.item_by_id(&value).is_some() {
                    state.selected = Some(value);
                } else {
                    notices.push(format!(
                        "Ignored unknown statement or figure “{}”.",
                        shorten(&value)
                    ));
                }
            }
            "view" => match value.as_str() {
                "figures" => state.view = View::Figures,
                "explore" => state.view = View::Explore,
                _ => notices.push(format!("Ignored unknown view “{}”.", shorten(&value))),
            },
            "embed" => state.embed = matches!(value.as_str(), "1" | "true"),
            _ => notices.push(format!("Ignored unknown parameter “{}”.", shorten(&key))),
        }
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!("…and {more} more ignored parameters."));
    }
    (state, notices)
}

/// The canonical query string (no leading `?`; empty for the default view).
pub fn encode(state: &UrlState) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    for facet in Facet::ALL {
        if let Some(set) = state.filters.selected.get(&facet).filter(|s| !s.is_empty()) {
            pairs.push((
                facet.key(),
                set.iter().cloned().collect::<Vec<_>>().join(","),
            ));
        }
    }
    if state.filters.contested {
        pairs.push(("contested", "1".into()));
    }
    if !state.filters.search.is_empty() {
        pairs.push(("q", state.filters.search.clone()));
    }
    if let Some(sel) = &state.selected {
        pairs.push(("sel", sel.clone()));
    }
    if state.view == View::Figures {
        pairs.push(("view", "figures".into()));
    }
    if state.embed {
        pairs.push(("embed", "1".into()));
    }
    serde_urlencoded::to_string(&pairs).unwrap_or_default()
}

/// Input echoed in a notice is cut short and shown as text only.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    let clean: String = s.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX {
        format!("{}…", clean.chars().take(MAX).collect::<String>())
    } else {
        clean
    }
}

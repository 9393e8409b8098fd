//! The shareable state, as a URL query string: the single source of truth for
//! filters, search, selection, view and embed mode. Decoding never fails: what
//! it cannot use it ignores, with a short notice for the reader.

use percent_encoding::percent_decode_str;

use crate::read::query::{Facet, Filters, Index};

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
    /// Who gets a voice: the overview of sources (`voices`).
    Voices,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub filters: Filters,
    /// The statement or figure the reader opened.
    pub selected: Option<String>,
    pub view: View,
    pub embed: bool,
    /// How an embed looks: chosen by its author, fixed for its reader.
    pub frame: FrameConfig,
}

/// The colours of the page: `auto` follows the reader's system (as the
/// host page does when it follows it too).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// An embed's own settings (the builder writes them into its URL).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrameConfig {
    /// `view=card`: the selected statement or figure alone, as a card.
    pub card: bool,
    /// `theme=light|dark|auto`.
    pub theme: Theme,
    /// `height=<px>`: the frame keeps this height (it scrolls inside) and
    /// posts no height messages.
    pub height: Option<u32>,
    /// pym.js's `childId`: the frame also posts pym's height message.
    pub child_id: Option<String>,
    /// `headline=1`: the embed shows the article's headline above the
    /// view. Off by default: the host page's story has its own.
    pub headline: bool,
}

/// The range of a fixed embed height, in CSS pixels.
pub const FRAME_HEIGHTS: std::ops::RangeInclusive<u32> = 200..=3000;
/// The longest pym.js `childId` kept (an element id of the host page).
const MAX_CHILD_ID: usize = 100;
/// What pym.js adds to the frame's URL besides `childId`: read by pym's own
/// child script, meaningless here, and accepted without a notice.
const PYM_PARAMETERS: [&str; 3] = ["initialWidth", "parentTitle", "parentUrl"];

/// The notice for a search whose percent-encoded bytes are not UTF-8 text.
pub const INVALID_SEARCH_NOTICE: &str =
    "The search in the link was not valid text and was ignored.";

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str, index: &Index) -> (UrlState, Vec<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    for (key, value) in pairs(query) {
        let value = match value {
            Ok(v) => v,
            // Searching for U+FFFD, which the reader never typed, would
            // find nothing and not say why.
            Err(_) if key == "q" => {
                state.filters.search.clear();
                notices.push(INVALID_SEARCH_NOTICE.to_string());
                continue;
            }
            // Elsewhere the lossy text is as unknown as any junk.
            Err(lossy) => lossy,
        };
        read_pair(&key, value, index, &mut state, &mut notices);
    }
    if state.frame.card && state.selected.is_none() {
        state.frame.card = false;
        notices.push("A card shows one statement or figure (sel); showing the list.".into());
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!("…and {more} more ignored parameters."));
    }
    (state, notices)
}

/// The `key=value` pairs of a query string, decoded as
/// `application/x-www-form-urlencoded` (as `form_urlencoded::parse` does:
/// `+` is a space, `%XX` a byte, empty pairs skipped), except that a value
/// whose bytes are not UTF-8 is an `Err` with its lossy text, so the caller
/// can tell it from a literal U+FFFD (`%EF%BF%BD`). Keys are read lossily.
fn pairs(query: &str) -> impl Iterator<Item = (String, Result<String, String>)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode_component(key).unwrap_or_else(|lossy| lossy);
        (key, decode_component(value))
    })
}

/// One form-encoded component: Ok if its bytes are UTF-8, else Err(lossy).
fn decode_component(s: &str) -> Result<String, String> {
    let spaced = s.replace('+', " ");
    let bytes: Vec<u8> = percent_decode_str(&spaced).collect();
    String::from_utf8(bytes).map_err(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Applies one parameter to `state`, or adds a notice saying why not.
fn read_pair(
    key: &str,
    value: String,
    index: &Index,
    state: &mut UrlState,
    notices: &mut Vec<String>,
) {
    if let Some(facet) = Facet::from_key(key) {
        for v in value.split(',').filter(|v| !v.is_empty()) {
            // A time's id chooses its short label's option (older links).
            if let Some(key) = index.option_key(facet, v) {
                state
                    .filters
                    .selected
                    .entry(facet)
                    .or_default()
                    .insert(key.to_string());
            } else {
                notices.push(format!("Ignored unknown {} “{}”.", key, shorten(v)));
            }
        }
        return;
    }
    match key {
        "q" => {
            let mut chars = value.chars();
            state.filters.search = chars.by_ref().take(MAX_SEARCH_CHARS).collect();
            if chars.next().is_some() {
                notices.push(format!(
                    "Search cut to its first {MAX_SEARCH_CHARS} characters."
                ));
            }
        }
        "contested" => match flag(&value) {
            Some(on) => state.filters.contested = on,
            None => notices.push(format!("Ignored contested=“{}”.", shorten(&value))),
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
            // The last view named wins, as with every other parameter.
            "figures" => (state.view, state.frame.card) = (View::Figures, false),
            "voices" => (state.view, state.frame.card) = (View::Voices, false),
            "explore" => (state.view, state.frame.card) = (View::Explore, false),
            "card" => (state.view, state.frame.card) = (View::Explore, true),
            _ => notices.push(format!("Ignored unknown view “{}”.", shorten(&value))),
        },
        "embed" => match flag(&value) {
            Some(on) => state.embed = on,
            None => notices.push(format!("Ignored embed=“{}”.", shorten(&value))),
        },
        "theme" | "height" | "childId" | "headline" => {
            read_frame_pair(key, value, &mut state.frame, notices)
        }
        _ if PYM_PARAMETERS.contains(&key) => {}
        _ => notices.push(format!("Ignored unknown parameter “{}”.", shorten(key))),
    }
}

/// The embed's frame parameters: theme, fixed height, headline, pym.js's
/// child id.
fn read_frame_pair(key: &str, value: String, frame: &mut FrameConfig, notices: &mut Vec<String>) {
    match key {
        "theme" => match Theme::from_key(&value) {
            Some(theme) => frame.theme = theme,
            None => notices.push(format!("Ignored unknown theme “{}”.", shorten(&value))),
        },
        "height" => match value
            .parse::<u32>()
            .ok()
            .filter(|h| FRAME_HEIGHTS.contains(h))
        {
            Some(h) => frame.height = Some(h),
            None => notices.push(format!(
                "Ignored height “{}” (a number of pixels from {} to {}).",
                shorten(&value),
                FRAME_HEIGHTS.start(),
                FRAME_HEIGHTS.end()
            )),
        },
        "headline" => match flag(&value) {
            Some(on) => frame.headline = on,
            None => notices.push(format!("Ignored headline=“{}”.", shorten(&value))),
        },
        "childId" => match valid_child_id(&value) {
            true => frame.child_id = Some(value),
            false => notices.push(format!("Ignored childId “{}”.", shorten(&value))),
        },
        _ => {}
    }
}

/// A pym.js child id: an element id of the host, which can be read back out
/// of pym's `pymxPYMx<id>xPYMx…` messages (no delimiter, no space).
fn valid_child_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_CHILD_ID
        && !id.contains("xPYMx")
        && id.chars().all(|c| !c.is_whitespace() && !c.is_control())
}

/// A boolean parameter's value: `1`/`true` or `0`/`false`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
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
    match state.view {
        View::Figures => pairs.push(("view", "figures".into())),
        View::Voices => pairs.push(("view", "voices".into())),
        View::Explore => {}
    }
    if state.frame.card {
        pairs.push(("view", "card".into()));
    }
    if state.embed {
        pairs.push(("embed", "1".into()));
    }
    if state.frame.theme != Theme::Auto {
        pairs.push(("theme", state.frame.theme.key().into()));
    }
    if let Some(h) = state.frame.height {
        pairs.push(("height", h.to_string()));
    }
    if state.frame.headline {
        pairs.push(("headline", "1".into()));
    }
    if let Some(id) = &state.frame.child_id {
        pairs.push(("childId", id.clone()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn invalid_utf8_is_an_error_and_a_literal_replacement_char_is_not() {
        let got: Vec<_> = pairs("q=%E0%A4&q=%EF%BF%BD&a+b=c+d%2B&&k&=v").collect();
        assert_eq!(
            got,
            [
                ("q".to_string(), Err("\u{FFFD}".to_string())),
                ("q".to_string(), Ok("\u{FFFD}".to_string())),
                ("a b".to_string(), Ok("c d+".to_string())),
                ("k".to_string(), Ok(String::new())),
                (String::new(), Ok("v".to_string())),
            ]
        );
    }

    proptest! {
        #[test]
        fn pairs_read_as_serde_urlencoded_does(
            q in "([a-z%+=&]|%[0-9A-Fa-f]{2}|\\PC){0,40}",
        ) {
            let ours: Vec<(String, String)> = pairs(&q)
                .map(|(k, v)| (k, v.unwrap_or_else(|lossy| lossy)))
                .collect();
            let theirs: Vec<(String, String)> = serde_urlencoded::from_str(&q).unwrap();
            prop_assert_eq!(ours, theirs);
        }
    }

    fn index() -> Index {
        Index::new(&crate::test_data::fixture())
    }

    #[test]
    fn pyms_parameters_are_accepted_silently_and_its_child_id_kept() {
        let q = "embed=1&initialWidth=680&childId=explorer&parentTitle=A%20story&parentUrl=https%3A%2F%2Fx.org%2F";
        let (state, notices) = decode(q, &index());
        assert_eq!(notices, Vec::<String>::new());
        assert_eq!(state.frame.child_id.as_deref(), Some("explorer"));
        assert_eq!(encode(&state), "embed=1&childId=explorer");
        let (bad, notices) = decode("childId=a%20b&childId=xxPYMxx", &index());
        assert_eq!(bad.frame.child_id, None);
        assert_eq!(notices.len(), 2);
    }

    #[test]
    fn theme_height_and_card_are_read_or_ignored_with_a_notice() {
        let (s, notices) = decode(
            "theme=dark&height=600&view=card&sel=f-ruritania-killed-12",
            &index(),
        );
        assert_eq!(notices, Vec::<String>::new());
        assert_eq!(
            (s.frame.theme, s.frame.height, s.frame.card),
            (Theme::Dark, Some(600), true)
        );
        for junk in [
            "theme=pink",
            "height=12",
            "height=99999",
            "height=6e2",
            "view=card",
        ] {
            let (s, notices) = decode(junk, &index());
            assert_eq!(s.frame, FrameConfig::default(), "{junk}");
            assert_eq!(notices.len(), 1, "{junk}: {notices:?}");
        }
    }
}

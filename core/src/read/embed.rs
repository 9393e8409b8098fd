//! Embedding the explorer in another page: the builder's choices, the
//! snippet a host page pastes, the part of the state a host page mirrors
//! into its own URL, and the messages that cross between frame and host.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::read::query::Filters;
use crate::read::url_state::{encode, FrameConfig, Theme, UrlState, View, FRAME_HEIGHTS};

/// A snippet frame's height before the host script sizes it, and its
/// height on a page without the script (it then scrolls inside).
pub const DEFAULT_FRAME_HEIGHT: u32 = 720;

/// What an embed shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// A compact filter bar and a few results at a time.
    #[default]
    List,
    /// The contested-figures comparison alone.
    Figures,
    /// One statement or figure (the selected one) as a card.
    Card,
    /// Who gets a voice: the overview of sources.
    Voices,
}

impl Layout {
    pub const ALL: [Layout; 4] = [Layout::List, Layout::Figures, Layout::Voices, Layout::Card];

    pub fn label(self) -> &'static str {
        match self {
            Layout::List => "Results with filters",
            Layout::Figures => "Compare figures",
            Layout::Card => "The selected item as a card",
            Layout::Voices => "Who gets a voice",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Layout::List => "list",
            Layout::Figures => "figures",
            Layout::Card => "card",
            Layout::Voices => "voices",
        }
    }

    /// The layout an embed's URL state shows.
    pub fn of(url: &UrlState) -> Layout {
        match (url.frame.card, url.view) {
            (true, _) => Layout::Card,
            (false, View::Figures) => Layout::Figures,
            (false, View::Voices) => Layout::Voices,
            (false, View::Explore) => Layout::List,
        }
    }
}

/// The embed builder's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoice {
    pub layout: Layout,
    /// Start from the current filters and search (else from none).
    pub keep_filters: bool,
    pub theme: Theme,
    /// A fixed frame height in pixels; `None`: the frame follows its content.
    pub height: Option<u32>,
    /// The article's headline inside the embed (off: the host's story has
    /// its own).
    pub headline: bool,
    /// The host script mirrors the reader's filters into the host page's
    /// address (opt-in: a news page's address is its own).
    pub mirror: bool,
}

impl EmbedChoice {
    /// The builder's first choices for what the reader is looking at,
    /// with a news page's defaults: the figures (the story) rather than the
    /// list, the light theme rather than following the reader's system (a
    /// dark block in a white article), no headline, no mirroring.
    pub fn for_state(url: &UrlState) -> EmbedChoice {
        EmbedChoice {
            layout: match Layout::of(url) {
                Layout::List => Layout::Figures,
                layout => layout,
            },
            keep_filters: true,
            theme: match url.frame.theme {
                Theme::Auto => Theme::Light,
                theme => theme,
            },
            height: url.frame.height,
            headline: url.frame.headline,
            mirror: false,
        }
    }

    /// Whether `layout` can be chosen: a card needs a selected item.
    pub fn allows(url: &UrlState, layout: Layout) -> bool {
        layout != Layout::Card || url.selected.is_some()
    }

    /// The state the embed opens in (its URL, with `embed=1`).
    pub fn embed_state(&self, current: &UrlState) -> UrlState {
        let layout = if Self::allows(current, self.layout) {
            self.layout
        } else {
            Layout::List
        };
        UrlState {
            filters: if self.keep_filters {
                current.filters.clone()
            } else {
                Filters::default()
            },
            selected: current.selected.clone().filter(|_| layout == Layout::Card),
            view: match layout {
                Layout::Figures => View::Figures,
                Layout::Voices => View::Voices,
                _ => View::Explore,
            },
            embed: true,
            frame: FrameConfig {
                card: layout == Layout::Card,
                theme: self.theme,
                height: self
                    .height
                    .map(|h| h.clamp(*FRAME_HEIGHTS.start(), *FRAME_HEIGHTS.end())),
                child_id: None,
                headline: self.headline,
            },
        }
    }

    /// The frame's height in the snippet.
    pub fn frame_height(&self) -> u32 {
        self.height.unwrap_or(DEFAULT_FRAME_HEIGHT)
    }
}

/// The same state in the full explorer ("Open full explorer", and "Copy
/// link" without a host script): no embed settings.
pub fn full_explorer(url: &UrlState) -> UrlState {
    UrlState {
        embed: false,
        frame: FrameConfig::default(),
        ..url.clone()
    }
}

/// The part of an embed's state its reader changes, as a query string: what
/// the host page mirrors into its own URL. (A card's item is the author's.)
pub fn reader_query(url: &UrlState) -> String {
    encode(&UrlState {
        filters: url.filters.clone(),
        selected: url.selected.clone().filter(|_| !url.frame.card),
        ..UrlState::default()
    })
}

/// `config` (the embed's own URL) with the reader's part taken from
/// `reader` (a state the host page restores): the author's settings stay.
pub fn with_reader(config: &UrlState, reader: UrlState) -> UrlState {
    UrlState {
        filters: reader.filters,
        selected: if config.frame.card {
            config.selected.clone()
        } else {
            reader.selected
        },
        ..config.clone()
    }
}

/// pym.js's child height message: `pymxPYMx<childId>xPYMxheightxPYMx<px>`
/// (pym.js 1.3.2, `_makeMessage`: `['pym', id, type, message].join('xPYMx')`).
pub fn pym_height_message(child_id: &str, px: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{px}")
}

/// The host page an embed sits in, as its host script describes it: the
/// page's address and this frame's key in the page's URL fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostLink {
    /// The host page's address, without a fragment.
    pub page: String,
    pub key: String,
}

/// What `encodeURIComponent` leaves alone; everything else is escaped.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// The longest host page address accepted.
const MAX_PAGE_URL: usize = 2048;

impl HostLink {
    /// Checks what a host message says, as untrusted input: an http(s)
    /// address of printable characters (its fragment dropped) on `origin`,
    /// the origin the message came from (a framing page names only its own
    /// pages, so "Copy link" cannot be pointed at another site), and a key
    /// of letters, digits, `-` and `_`.
    pub fn parse(page: &str, key: &str, origin: &str) -> Option<HostLink> {
        let page = page.split('#').next().unwrap_or_default();
        let on_origin = page
            .strip_prefix(origin)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']));
        let page_ok = (page.starts_with("https://") || page.starts_with("http://"))
            && on_origin
            && page.len() <= MAX_PAGE_URL
            && page
                .chars()
                .all(|c| c.is_ascii_graphic() && !"\"<>`\\".contains(c));
        let key_ok = (1..=64).contains(&key.len())
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (page_ok && key_ok).then(|| HostLink {
            page: page.to_string(),
            key: key.to_string(),
        })
    }

    /// The host page's link that reopens this embed in `reader_query`'s state.
    pub fn link(&self, reader_query: &str) -> String {
        let value = utf8_percent_encode(reader_query, URI_COMPONENT);
        format!("{}#{}={value}", self.page, self.key)
    }
}

/// An origin as the browser serializes it (`URL.origin`), checked as
/// untrusted input: `http(s)://host` with an optional port, nothing after.
/// Anything else (`"null"` of a sandboxed or opaque page, `file:`, a path)
/// is no origin to post to.
pub fn web_origin(origin: &str) -> Option<&str> {
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && origin.len() <= MAX_PAGE_URL
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    ok.then_some(origin)
}

/// The origin of the page that framed an embed, the one page its reader's
/// state may reach and the one whose host messages it takes. Known from
/// `document.referrer` when the frame loads, else from the first host
/// message its parent window sends (the host script's handshake).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParentOrigin(Option<String>);

impl ParentOrigin {
    /// From the origin of the frame's `document.referrer` (empty when the
    /// page sent none).
    pub fn from_referrer(referrer_origin: &str) -> ParentOrigin {
        ParentOrigin(web_origin(referrer_origin).map(str::to_string))
    }

    /// Whether a message from the parent window, sent from `origin`, is
    /// taken: from the known origin only; with none known, from any web
    /// origin, which is then the one known.
    pub fn accept(&mut self, origin: &str) -> bool {
        match (&self.0, web_origin(origin)) {
            (Some(known), Some(from)) => known == from,
            (None, Some(from)) => {
                self.0 = Some(from.to_string());
                true
            }
            (_, None) => false,
        }
    }

    /// Where the reader's state may be posted: nowhere while no origin is
    /// known (never to any origin, `"*"`).
    pub fn target(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

/// Escapes text for a double-quoted HTML attribute value. A URL can carry
/// `&` (between parameters) and, from a hostile link, `"` or `<`: unescaped,
/// those would end the attribute and inject markup into the host's page.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The iframe's title, which says what it shows, from the data: the
/// article's short name (else its title), then the view ("Tavel report:
/// contested figures").
pub fn frame_title(name: &str, layout: Layout) -> String {
    let what = match layout {
        Layout::List => "statements and figures",
        Layout::Figures => "contested figures",
        Layout::Card => "one statement or figure",
        Layout::Voices => "who gets a voice",
    };
    format!("{name}: {what}")
}

/// The embed code: an iframe of `explorer_url` (a state with `embed=1`)
/// titled `title`, `height` pixels tall until the host script sizes it (or
/// for good, on a page without the script, or with a fixed height), and
/// the host script, from `app_base_url` (the app's folder, ending in `/`).
/// Without `mirror`, the iframe opts out of the host script's mirroring of
/// the reader's state into the host page's address. Every value is
/// attribute-escaped, so the snippet is valid HTML whatever it holds.
pub fn embed_snippet(
    explorer_url: &str,
    app_base_url: &str,
    height: u32,
    title: &str,
    mirror: bool,
) -> String {
    let opt_out = if mirror {
        ""
    } else {
        " data-explorer-deep-link=\"off\""
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\"{opt_out} loading=\"lazy\" allow=\"clipboard-write\" height=\"{height}\" style=\"width:100%;border:0\"></iframe>\n<script src=\"{}embed-host.js\" async></script>",
        escape_attr(explorer_url),
        escape_attr(title),
        escape_attr(app_base_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_url_is_embedded_as_is() {
        assert_eq!(
            embed_snippet(
                "https://example.org/explorer/?embed=1",
                "https://example.org/explorer/",
                DEFAULT_FRAME_HEIGHT,
                "Report: contested figures",
                true
            ),
            "<iframe src=\"https://example.org/explorer/?embed=1\" title=\"Report: contested figures\" \
             loading=\"lazy\" allow=\"clipboard-write\" height=\"720\" style=\"width:100%;border:0\"></iframe>\n\
             <script src=\"https://example.org/explorer/embed-host.js\" async></script>"
        );
    }

    #[test]
    fn ampersands_quotes_and_angle_brackets_are_escaped_in_both_urls() {
        let s = embed_snippet(
            "https://x.org/e/?party=iran&q=\"x\"<b>&embed=1",
            "https://x.org/a&b\"/",
            400,
            "A \"b\" <c>",
            false,
        );
        assert!(
            s.starts_with(
                "<iframe src=\"https://x.org/e/?party=iran&amp;q=&quot;x&quot;&lt;b&gt;&amp;embed=1\" "
            ),
            "{s}"
        );
        assert!(
            s.ends_with(
                "<script src=\"https://x.org/a&amp;b&quot;/embed-host.js\" async></script>"
            ),
            "{s}"
        );
        // Nothing ends an attribute early: the only quotes are the snippet's.
        assert!(
            s.contains(" title=\"A &quot;b&quot; &lt;c&gt;\" data-explorer-deep-link=\"off\" "),
            "{s}"
        );
        assert_eq!(s.matches('"').count(), 16);
        assert_eq!(escape_attr("a&amp;b"), "a&amp;amp;b");
    }

    fn current() -> UrlState {
        let mut url = UrlState::default();
        url.filters.toggle(crate::read::query::Facet::Party, "iran");
        url.filters.search = "war".into();
        url.selected = Some("s1".into());
        url
    }

    #[test]
    fn the_builder_keeps_the_filters_by_default_and_writes_the_settings() {
        let url = current();
        // A news page's defaults: the figures, light, no headline, no mirroring.
        let choice = EmbedChoice::for_state(&url);
        assert_eq!(
            (choice.layout, choice.theme, choice.headline, choice.mirror),
            (Layout::Figures, Theme::Light, false, false)
        );
        assert_eq!(
            encode(&choice.embed_state(&url)),
            "party=iran&q=war&view=figures&embed=1&theme=light"
        );
        let list = EmbedChoice {
            layout: Layout::List,
            theme: Theme::Auto,
            ..choice.clone()
        };
        assert_eq!(encode(&list.embed_state(&url)), "party=iran&q=war&embed=1");
        let figures = EmbedChoice {
            layout: Layout::Figures,
            keep_filters: false,
            theme: Theme::Dark,
            height: Some(640),
            headline: true,
            mirror: true,
        };
        assert_eq!(
            encode(&figures.embed_state(&url)),
            "view=figures&embed=1&theme=dark&height=640&headline=1"
        );
        // A view the reader chose stays the builder's first choice.
        let mut voices = url.clone();
        voices.view = View::Voices;
        assert_eq!(EmbedChoice::for_state(&voices).layout, Layout::Voices);
        assert_eq!(figures.frame_height(), 640);
        assert_eq!(choice.frame_height(), DEFAULT_FRAME_HEIGHT);
        let card = EmbedChoice {
            layout: Layout::Card,
            ..choice.clone()
        };
        assert_eq!(
            encode(&card.embed_state(&url)),
            "party=iran&q=war&sel=s1&view=card&embed=1&theme=light"
        );
    }

    #[test]
    fn a_card_needs_a_selection_and_heights_are_kept_in_range() {
        let none = UrlState::default();
        assert!(!EmbedChoice::allows(&none, Layout::Card));
        assert!(EmbedChoice::allows(&current(), Layout::Card));
        let choice = EmbedChoice {
            layout: Layout::Card,
            keep_filters: true,
            theme: Theme::Auto,
            height: Some(5),
            headline: false,
            mirror: false,
        };
        let s = choice.embed_state(&none);
        assert_eq!(Layout::of(&s), Layout::List, "no item: the list");
        assert_eq!(s.frame.height, Some(*FRAME_HEIGHTS.start()));
    }

    #[test]
    fn the_reader_part_round_trips_and_the_authors_settings_stay() {
        let mut config = EmbedChoice {
            layout: Layout::Figures,
            keep_filters: false,
            theme: Theme::Light,
            height: None,
            headline: false,
            mirror: false,
        }
        .embed_state(&current());
        config.frame.child_id = Some("explorer".into());
        let reader = current();
        assert_eq!(reader_query(&reader), "party=iran&q=war&sel=s1");
        let restored = with_reader(&config, reader.clone());
        assert_eq!(restored.filters, reader.filters);
        assert_eq!(restored.selected, reader.selected);
        assert_eq!(
            (restored.view, &restored.frame),
            (View::Figures, &config.frame)
        );
        assert!(restored.embed);
        // A card's item is the author's: a restored selection does not move it.
        let card = EmbedChoice {
            layout: Layout::Card,
            ..EmbedChoice::for_state(&current())
        }
        .embed_state(&current());
        let other = UrlState {
            selected: Some("s2".into()),
            ..UrlState::default()
        };
        assert_eq!(with_reader(&card, other).selected.as_deref(), Some("s1"));
        assert_eq!(reader_query(&card), "party=iran&q=war");
        let full = full_explorer(&restored);
        assert!(!full.embed && full.frame == FrameConfig::default());
    }

    #[test]
    fn the_pym_message_is_pyms_own_format() {
        assert_eq!(
            pym_height_message("explorer", 812),
            "pymxPYMxexplorerxPYMxheightxPYMx812"
        );
    }

    #[test]
    fn a_host_link_is_checked_and_carries_the_state_in_its_fragment() {
        let host = HostLink::parse(
            "https://news.example/story?id=3#top",
            "explorer-1",
            "https://news.example",
        )
        .unwrap();
        assert_eq!(host.page, "https://news.example/story?id=3");
        assert_eq!(
            host.link("party=iran&q=open war"),
            "https://news.example/story?id=3#explorer-1=party%3Diran%26q%3Dopen%20war"
        );
        for (page, key) in [
            ("javascript:alert(1)", "k"),
            ("https://x.org/\"><script>", "k"),
            ("https://x.org/ a", "k"),
            ("data:text/html,x", "k"),
            ("https://x.org/", ""),
            ("https://x.org/", "a b"),
            ("https://x.org/", "k=v"),
        ] {
            assert_eq!(
                HostLink::parse(page, key, "https://x.org"),
                None,
                "{page} {key}"
            );
        }
        assert_eq!(
            HostLink::parse(
                &format!("https://x.org/{}", "a".repeat(3000)),
                "k",
                "https://x.org"
            ),
            None
        );
    }

    #[test]
    fn a_host_names_only_its_own_pages() {
        let origin = "https://news.example";
        for page in [
            "https://news.example",
            "https://news.example/a",
            "https://news.example?x=1",
        ] {
            assert!(HostLink::parse(page, "k", origin).is_some(), "{page}");
        }
        for page in [
            "https://evil.example/a",
            "https://news.example.evil.example/a",
            "https://news.example:8443/a",
            "http://news.example/a",
        ] {
            assert_eq!(HostLink::parse(page, "k", origin), None, "{page}");
        }
    }

    #[test]
    fn only_web_origins_are_origins() {
        for ok in [
            "https://news.example",
            "http://127.0.0.1:8080",
            "http://[::1]:3000",
        ] {
            assert_eq!(web_origin(ok), Some(ok));
        }
        for bad in [
            "",
            "null",
            "*",
            "https://",
            "file:///tmp/x",
            "https://x.org/",
            "https://x.org/page",
            "https://x.org?q=1",
            "javascript:alert(1)",
            "https://a b.org",
        ] {
            assert_eq!(web_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_referrers_origin_is_the_only_one_posted_to_and_heard() {
        let mut known = ParentOrigin::from_referrer("https://news.example");
        assert_eq!(known.target(), Some("https://news.example"));
        assert!(!known.accept("https://evil.example"));
        assert!(!known.accept("null"));
        assert!(known.accept("https://news.example"));
        assert_eq!(known.target(), Some("https://news.example"));
    }

    #[test]
    fn without_a_referrer_nothing_is_posted_until_the_parent_says_hello() {
        for none in ["", "null", "about:blank"] {
            let mut unknown = ParentOrigin::from_referrer(none);
            assert_eq!(unknown.target(), None, "{none}");
            assert!(!unknown.accept("null"));
            assert_eq!(unknown.target(), None);
            assert!(unknown.accept("https://news.example"));
            assert_eq!(unknown.target(), Some("https://news.example"));
            // The first origin heard is kept: another is not taken after it.
            assert!(!unknown.accept("https://evil.example"));
        }
    }

    proptest::proptest! {
        /// Whatever origins the parent's messages come from, the origin
        /// posted to is the referrer's, else the first web origin heard, and
        /// only messages from it are taken.
        #[test]
        fn one_origin_is_trusted_whatever_comes(
            referrer in proptest::sample::select(vec!["", "null", "https://a.example"]),
            heard in proptest::collection::vec(
                proptest::sample::select(vec!["https://a.example", "https://b.example", "null", "*", ""]),
                0..8,
            ),
        ) {
            let mut known = ParentOrigin::from_referrer(referrer);
            let first = web_origin(referrer)
                .or_else(|| heard.iter().copied().find(|o| web_origin(o).is_some()));
            for origin in &heard {
                proptest::prop_assert_eq!(known.accept(origin), Some(*origin) == first);
            }
            proptest::prop_assert_eq!(known.target(), first);
        }
    }
}

/// The reader's folder seen from the studio's (`…/studio/`, the reader's
/// subfolder): what the embed snippet embeds. Both end in `/`.
pub fn reader_base(studio_base: &str) -> &str {
    studio_base.strip_suffix("studio/").unwrap_or(studio_base)
}

#[cfg(test)]
mod reader_base_tests {
    use super::reader_base;

    #[test]
    fn the_reader_is_the_studios_parent_folder() {
        assert_eq!(
            reader_base("https://x.example/a/studio/"),
            "https://x.example/a/"
        );
        assert_eq!(
            reader_base("https://x.example/studio/"),
            "https://x.example/"
        );
        assert_eq!(reader_base("https://x.example/a/"), "https://x.example/a/");
    }
}

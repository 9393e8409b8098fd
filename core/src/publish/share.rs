//! What a shared link of the explorer unfolds to in a chat app, a social
//! network or a content system: the Open Graph and Twitter Card tags, the
//! oEmbed JSON, and the share image as SVG, all from the dataset. Pure: the
//! CLI (`explorer share`) rasterises the SVG and writes the files at build
//! time, so nothing here reaches the reader's wasm.

use serde_json::json;

use crate::dataset::lookup::Lookup;
use crate::dataset::model::{Dataset, RelationKind};
use crate::publish::meta::PageMeta;
use crate::read::embed::{
    embed_snippet, escape_attr, frame_title, EmbedChoice, DEFAULT_FRAME_HEIGHT,
};
use crate::read::figures::{claimant_name, clusters, group_relations, short_label};
use crate::read::url_state::{encode, UrlState};

/// The share image's size: the 1.91:1 card that Open Graph consumers crop least.
pub const CARD_W: u32 = 1200;
pub const CARD_H: u32 = 630;
/// The files `explorer share` writes next to index.html.
pub const IMAGE_FILE: &str = "share.png";
pub const OEMBED_FILE: &str = "oembed.json";
/// The environment variable the build reads the site's address from.
pub const SITE_URL_VAR: &str = "ARTICLE_SITE_URL";
/// The family the card's SVG names; the renderer loads exactly this font.
pub const CARD_FONT_FAMILY: &str = "DejaVu Sans";
/// The embed's width in the oEmbed answer (a rich type must give one): the
/// width the embed layouts are designed and screenshotted at
/// (docs/embed-*-680.png); the snippet's frame fills its column anyway.
pub const OEMBED_WIDTH: u32 = 680;

/// The site's public address: an absolute http(s) URL of the folder that
/// holds index.html, ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Checks a configured address, as untrusted input: http(s), a host, no
    /// query or fragment, printable characters that need no escaping in an
    /// attribute. A missing final `/` is added (the folder is meant).
    pub fn parse(text: &str) -> Result<SiteUrl, String> {
        let text = text.trim();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("{SITE_URL_VAR} must start with https:// or http:// (got {text:?})")
            })?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() {
            return Err(format!("{SITE_URL_VAR} has no host (got {text:?})"));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| !c.is_ascii_graphic() || "\"'<>`\\?#".contains(c))
        {
            return Err(format!(
                "{SITE_URL_VAR} must be a folder's address with no query or fragment; {c:?} is not allowed (got {text:?})"
            ));
        }
        let slash = if text.ends_with('/') { "" } else { "/" };
        Ok(SiteUrl(format!("{text}{slash}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A file of the site, absolute.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }
}

/// The one line the build prints when it has no site address.
pub fn missing_site_url_notice() -> String {
    format!(
        "share cards: set {SITE_URL_VAR} (the site's https://host/path/) for og:url, og:image, the canonical link and oEmbed; built without them"
    )
}

/// One side of the card's face-off: a claimed figure as the contested-claims
/// panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardClaim {
    /// Index into the dataset's figures.
    pub figure: usize,
    /// What is counted ("Killed").
    pub measure: String,
    /// The panel's short value ("133", "none reported").
    pub value: String,
    pub claimant: String,
    /// The claimant's side's name, if they are on one.
    pub side: Option<String>,
    /// The side's position in `sides` (its colour), as in the app.
    pub side_position: Option<usize>,
}

/// How strongly a relation sets two claims against each other; `None`: not
/// a contest (claims that differ in scope can both stand).
fn contest_rank(kind: RelationKind) -> Option<u8> {
    match kind {
        RelationKind::Contradicts => Some(0),
        RelationKind::Denies => Some(1),
        RelationKind::Conflicts => Some(2),
        RelationKind::Differs | RelationKind::Repeats => None,
    }
}

/// The two claims the card sets side by side: of the contested-claims
/// groups (the panel's, `figures::clusters`), the relation between two
/// figures that contests most (contradicts, then denies, then conflicts),
/// claimants on different sides first, then in the panel's order. `None`
/// when no two figures contest each other: the card shows the title alone.
pub fn headline_claims(d: &Dataset) -> Option<[CardClaim; 2]> {
    let lookup = Lookup::new(d);
    let position = |id: &str| lookup.figure_index(id);
    let mut best: Option<((u8, bool, usize), usize, usize)> = None;
    let mut order = 0;
    for group in clusters(&d.figures, &d.relations) {
        for r in group_relations(&d.figures, &d.relations, &group) {
            order += 1;
            let (Some(rank), Some(from), Some(to)) =
                (contest_rank(r.kind), position(&r.from), position(&r.to))
            else {
                continue;
            };
            let same_side =
                lookup.claimant_side(&d.figures[from]) == lookup.claimant_side(&d.figures[to]);
            let key = (rank, same_side, order);
            if best.as_ref().is_none_or(|(k, _, _)| key < *k) {
                best = Some((key, from, to));
            }
        }
    }
    let (_, from, to) = best?;
    Some([card_claim(&lookup, from), card_claim(&lookup, to)])
}

fn card_claim(lookup: &Lookup, figure: usize) -> CardClaim {
    let f = &lookup.dataset().figures[figure];
    let side_position = lookup.claimant_side(f).and_then(|s| lookup.side_index(s));
    CardClaim {
        figure,
        measure: f.unit.label().to_string(),
        value: short_label(f),
        claimant: claimant_name(lookup, f),
        side: side_position.map(|i| lookup.dataset().sides[i].name.clone()),
        side_position,
    }
}

/// The image's alt text: what it shows, in words.
pub fn image_alt(d: &Dataset) -> String {
    let title = &d.article.title;
    let Some(claims) = headline_claims(d) else {
        return title.clone();
    };
    let said: Vec<String> = claims
        .iter()
        .map(|c| {
            let who = match &c.side {
                Some(side) => format!("{}, {side}", c.claimant),
                None => c.claimant.clone(),
            };
            format!("{}: {} ({who})", c.measure, c.value)
        })
        .collect();
    format!("{title}. Contested claims: {}.", said.join(" against "))
}

/// The default view's embed snippet (the embed builder's, opened on the
/// unfiltered explorer) for the site at `site`, its frame titled from the
/// article's short `name`.
pub fn default_embed_snippet(site: &SiteUrl, name: &str) -> String {
    let start = UrlState::default();
    let choice = EmbedChoice::for_state(&start);
    let query = encode(&choice.embed_state(&start));
    let explorer = format!("{}?{query}", site.as_str());
    let title = frame_title(name, choice.layout);
    embed_snippet(
        &explorer,
        site.as_str(),
        DEFAULT_FRAME_HEIGHT,
        &title,
        choice.mirror,
    )
}

/// The static oEmbed answer (type `rich`), pretty JSON.
pub fn oembed_json(meta: &PageMeta, d: &Dataset, site: &SiteUrl) -> String {
    let doc = json!({
        "version": "1.0",
        "type": "rich",
        "title": d.article.title,
        "provider_name": meta.short_name,
        "provider_url": site.as_str(),
        "html": default_embed_snippet(site, &meta.short_name),
        "width": OEMBED_WIDTH,
        "height": DEFAULT_FRAME_HEIGHT,
        "thumbnail_url": site.file(IMAGE_FILE),
        "thumbnail_width": CARD_W,
        "thumbnail_height": CARD_H,
    });
    serde_json::to_string_pretty(&doc).expect("the oEmbed answer serializes") + "\n"
}

/// Open Graph wants a locale as `ll_TT`; a BCP 47 tag writes `ll-TT`.
fn og_locale(language: &str) -> String {
    language.replace('-', "_")
}

/// The tags for the page's `<head>`, one a line. Without a site address
/// only those valid without one: Open Graph's `og:url` and `og:image` must
/// be absolute, a canonical link only names a page when absolute, and the
/// oEmbed answer's frame and thumbnail must be absolute too, so all these
/// are left out (and the card is the plain `summary`, having no image).
pub fn head_tags(meta: &PageMeta, d: &Dataset, site: Option<&SiteUrl>) -> String {
    let a = &d.article;
    let property =
        |p: &str, v: &str| format!("<meta property=\"{p}\" content=\"{}\" />", escape_attr(v));
    let name = |n: &str, v: &str| format!("<meta name=\"{n}\" content=\"{}\" />", escape_attr(v));
    let mut tags = vec![
        property("og:type", "website"),
        property("og:title", &a.title),
        property("og:description", &meta.description),
        property("og:locale", &og_locale(&a.language)),
    ];
    if let Some(site_name) = &a.short_name {
        tags.push(property("og:site_name", site_name));
    }
    match site {
        None => tags.push(name("twitter:card", "summary")),
        Some(site) => {
            let image = site.file(IMAGE_FILE);
            tags.extend([
                property("og:url", site.as_str()),
                property("og:image", &image),
                property("og:image:type", "image/png"),
                property("og:image:width", &CARD_W.to_string()),
                property("og:image:height", &CARD_H.to_string()),
                property("og:image:alt", &image_alt(d)),
                // X reads the title, description and image from og:.
                name("twitter:card", "summary_large_image"),
                format!(
                    "<link rel=\"canonical\" href=\"{}\" />",
                    escape_attr(site.as_str())
                ),
                format!(
                    "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />",
                    escape_attr(&site.file(OEMBED_FILE)),
                    escape_attr(&a.title)
                ),
            ]);
        }
    }
    tags.iter().map(|t| format!("  {t}\n")).collect()
}

/// The card's colours: the style base's light theme (styles/tokens.css), so
/// a side has the colour the reader knows from the page. The dataset has no
/// colours (a side's colour is its position), so the style base stays the
/// one place they are defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    pub bg: String,
    pub fg: String,
    pub muted: String,
    pub accent: String,
    pub contested: String,
    /// `--side-1`, `--side-2`, …: by a side's position, reused in turn.
    pub sides: Vec<String>,
    pub side_none: String,
}

impl Palette {
    /// Reads the colours of the first `:root { … }` block of the style base
    /// (the light theme). Each must be a `#rgb` or `#rrggbb` literal.
    pub fn from_tokens(css: &str) -> Result<Palette, String> {
        let start = css
            .find(":root {")
            .ok_or("the style base has no `:root {` block")?;
        let block = &css[start..];
        let block = &block[..block.find('}').ok_or("the `:root` block is not closed")?];
        let colour = |name: &str| -> Result<String, String> {
            let key = format!("--{name}:");
            let at = block
                .find(&key)
                .ok_or_else(|| format!("the style base's :root has no --{name}"))?;
            let value = block[at + key.len()..]
                .split(';')
                .next()
                .unwrap_or_default()
                .trim();
            let hex = value.strip_prefix('#').unwrap_or_default();
            if (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                Ok(value.to_string())
            } else {
                Err(format!("--{name} is {value:?}, not a #rrggbb colour"))
            }
        };
        let mut sides = Vec::new();
        while block.contains(&format!("--side-{}:", sides.len() + 1)) {
            sides.push(colour(&format!("side-{}", sides.len() + 1))?);
        }
        if sides.is_empty() {
            return Err("the style base's :root has no --side-1".into());
        }
        Ok(Palette {
            bg: colour("bg")?,
            fg: colour("fg")?,
            muted: colour("muted")?,
            accent: colour("accent")?,
            contested: colour("contested")?,
            sides,
            side_none: colour("side-none")?,
        })
    }

    /// A claim's colour: its side's, or the no-side grey.
    pub fn side(&self, position: Option<usize>) -> &str {
        position.map_or(&self.side_none, |i| &self.sides[i % self.sides.len()])
    }
}

/// The width of `text` set at `size` px (`bold` or regular) in the card's
/// font: the renderer measures with the font itself, tests with an estimate.
pub type Measure<'a> = &'a dyn Fn(&str, f32, bool) -> f32;

const MARGIN: f32 = 64.0;
const CONTENT_W: f32 = CARD_W as f32 - 2.0 * MARGIN;
/// Where the face-off's two columns start, and their text's width.
const COLUMN_GAP: f32 = 64.0;
const COLUMN_W: f32 = (CONTENT_W - COLUMN_GAP) / 2.0;
const COLUMN_TEXT_INSET: f32 = 30.0;
const FOOTER_Y: f32 = 590.0;
/// The card's type sizes, in px at 1,200 px wide: halved in a 600 px
/// preview, the smallest (the footer) still reads at 12 px.
const KICKER_SIZE: f32 = 26.0;
const FOOTER_SIZE: f32 = 24.0;

/// The share image as SVG, 1,200 × 630: the title, and the two claims of
/// `headline_claims` in their sides' colours; the title alone (larger)
/// when the dataset has no contested claims.
pub fn card_svg(meta: &PageMeta, d: &Dataset, palette: &Palette, measure: Measure) -> String {
    let claims = headline_claims(d);
    let mut svg = Svg::default();
    svg.rect(0.0, 0.0, CARD_W as f32, CARD_H as f32, &palette.bg);
    match &claims {
        Some([a, b]) => {
            let half = CARD_W as f32 / 2.0;
            svg.rect(0.0, 0.0, half, 14.0, palette.side(a.side_position));
            svg.rect(half, 0.0, half, 14.0, palette.side(b.side_position));
            svg.text(
                MARGIN,
                86.0,
                KICKER_SIZE,
                true,
                &palette.contested,
                "Contested claims",
            );
            // Three lines at most between the kicker and the claims.
            let title = fit_lines(&d.article.title, &[52.0, 46.0, 40.0], 3, CONTENT_W, measure);
            title.draw(&mut svg, MARGIN, 156.0, &palette.fg);
            face_off(&mut svg, [a, b], palette, measure);
        }
        None => {
            svg.rect(0.0, 0.0, CARD_W as f32, 14.0, &palette.accent);
            let title = fit_lines(
                &d.article.title,
                &[76.0, 66.0, 58.0, 50.0],
                5,
                CONTENT_W,
                measure,
            );
            // Centred in the space above the footer.
            let height = title.lines.len() as f32 * title.line_height();
            let top = ((FOOTER_Y - 40.0 - height) / 2.0).max(40.0);
            title.draw(&mut svg, MARGIN, top + title.size, &palette.fg);
        }
    }
    let footer = ellipsize(&meta.short_name, FOOTER_SIZE, false, CONTENT_W, measure);
    svg.text(
        MARGIN,
        FOOTER_Y,
        FOOTER_SIZE,
        false,
        &palette.muted,
        &footer,
    );
    svg.finish()
}

/// The two claims in columns: a bar in the side's colour, what is counted,
/// the value in the side's colour (both at one size: neither claim is given
/// more weight), who claims it and their side.
fn face_off(svg: &mut Svg, claims: [&CardClaim; 2], palette: &Palette, measure: Measure) {
    let width = COLUMN_W - COLUMN_TEXT_INSET;
    let values: Vec<&str> = claims.iter().map(|c| c.value.as_str()).collect();
    let value_size = fit_size(
        &values,
        &[76.0, 68.0, 60.0, 52.0, 46.0, 40.0],
        true,
        width,
        measure,
    );
    let names: Vec<&str> = claims.iter().map(|c| c.claimant.as_str()).collect();
    let name_size = fit_size(&names, &[36.0, 32.0, 28.0], true, width, measure);
    for (i, c) in claims.iter().enumerate() {
        let x = MARGIN + i as f32 * (COLUMN_W + COLUMN_GAP);
        let colour = palette.side(c.side_position);
        let tx = x + COLUMN_TEXT_INSET;
        let fit = |t: &str, size: f32, bold: bool| ellipsize(t, size, bold, width, measure);
        // Baselines follow the value's size, so a smaller value leaves no gap.
        let value_y = 384.0 + value_size;
        let name_y = value_y + 20.0 + name_size;
        let side_y = name_y + 42.0;
        svg.rect(x, 332.0, 10.0, side_y + 10.0 - 332.0, colour);
        svg.text(
            tx,
            362.0,
            28.0,
            false,
            &palette.muted,
            &fit(&c.measure, 28.0, false),
        );
        svg.text(
            tx,
            value_y,
            value_size,
            true,
            colour,
            &fit(&c.value, value_size, true),
        );
        svg.text(
            tx,
            name_y,
            name_size,
            true,
            &palette.fg,
            &fit(&c.claimant, name_size, true),
        );
        if let Some(side) = &c.side {
            svg.text(
                tx,
                side_y,
                28.0,
                false,
                &palette.muted,
                &fit(side, 28.0, false),
            );
        }
    }
}

/// The largest of `sizes` at which every text fits `width`, else the smallest.
fn fit_size(texts: &[&str], sizes: &[f32], bold: bool, width: f32, measure: Measure) -> f32 {
    let fits = |s: f32| texts.iter().all(|t| measure(t, s, bold) <= width);
    sizes
        .iter()
        .copied()
        .find(|&s| fits(s))
        .unwrap_or(sizes[sizes.len() - 1])
}

/// `text` cut with "…" to fit `width`.
fn ellipsize(text: &str, size: f32, bold: bool, width: f32, measure: Measure) -> String {
    if measure(text, size, bold) <= width {
        return text.to_string();
    }
    let mut cut: Vec<char> = text.chars().collect();
    while !cut.is_empty() {
        cut.pop();
        let candidate = format!("{}…", cut.iter().collect::<String>().trim_end());
        if measure(&candidate, size, bold) <= width {
            return candidate;
        }
    }
    "…".into()
}

/// A bold block of text wrapped to lines.
struct Lines {
    size: f32,
    lines: Vec<String>,
}

impl Lines {
    fn line_height(&self) -> f32 {
        (self.size * 1.2).round()
    }

    fn draw(&self, svg: &mut Svg, x: f32, first_baseline: f32, fill: &str) {
        for (n, line) in self.lines.iter().enumerate() {
            let y = first_baseline + n as f32 * self.line_height();
            svg.text(x, y, self.size, true, fill, line);
        }
    }
}

/// `text` wrapped at spaces to `width`, at the largest of `sizes` that
/// needs no more than `max_lines`, its lines balanced (no lone last word);
/// at the smallest, the last line is cut with "…".
fn fit_lines(text: &str, sizes: &[f32], max_lines: usize, width: f32, measure: Measure) -> Lines {
    for &size in sizes {
        let lines = wrap(text, size, width, measure);
        if lines.len() <= max_lines {
            return Lines {
                size,
                lines: balanced(text, size, width, lines, measure),
            };
        }
    }
    let size = sizes[sizes.len() - 1];
    let mut lines = wrap(text, size, width, measure);
    let rest = lines.split_off(max_lines - 1).join(" ");
    lines.push(ellipsize(&rest, size, true, width, measure));
    Lines { size, lines }
}

/// The same number of lines at the narrowest width that still gives it,
/// so the lines are about as long as each other.
fn balanced(
    text: &str,
    size: f32,
    width: f32,
    lines: Vec<String>,
    measure: Measure,
) -> Vec<String> {
    let mut best = lines;
    let mut narrower = width - 8.0;
    while narrower > width / 3.0 {
        let tried = wrap(text, size, narrower, measure);
        if tried.len() != best.len() || tried.iter().any(|l| l.ends_with('…')) {
            break;
        }
        best = tried;
        narrower -= 8.0;
    }
    best
}

/// Greedy wrapping of bold text; a word wider than a line is cut with "…".
fn wrap(text: &str, size: f32, width: f32, measure: Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if measure(&candidate, size, true) <= width {
            line = candidate;
        } else {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = ellipsize(word, size, true, width, measure);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// SVG markup, built element by element; every text is escaped.
#[derive(Default)]
struct Svg {
    body: String,
}

impl Svg {
    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: &str) {
        self.body.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{}\"/>\n",
            escape_attr(fill)
        ));
    }

    fn text(&mut self, x: f32, y: f32, size: f32, bold: bool, fill: &str, text: &str) {
        let weight = if bold { " font-weight=\"bold\"" } else { "" };
        self.body.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{weight} fill=\"{}\">{}</text>\n",
            escape_attr(fill),
            escape_attr(text)
        ));
    }

    fn finish(self) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CARD_W}\" height=\"{CARD_H}\" viewBox=\"0 0 {CARD_W} {CARD_H}\" font-family=\"{CARD_FONT_FAMILY}\">\n{}</svg>\n",
            self.body
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::author::check::load;
    use crate::dataset::model::Relation;
    use crate::publish::meta::page_meta;
    use crate::read::figures::short_label;
    use proptest::prelude::*;

    const TOKENS: &str = include_str!("../../../styles/tokens.css");

    fn folder(article: &str, json: &str) -> (String, Dataset) {
        let (text, d) = load(article.as_bytes(), json).expect("a valid dataset");
        (text, d)
    }
    /// The shipped article: the card this build publishes.
    fn shipped_folder() -> (String, Dataset) {
        folder(
            include_str!("../../../data/article.txt"),
            include_str!("../../../data/dataset.json"),
        )
    }
    fn shipped() -> Dataset {
        shipped_folder().1
    }
    fn fictional() -> (String, Dataset) {
        folder(
            include_str!("../../../data/fictional/article.txt"),
            include_str!("../../../data/fictional/dataset.json"),
        )
    }
    /// The mini fixture with no relations: nothing is contested.
    fn uncontested() -> (String, Dataset) {
        folder(
            include_str!("../../../tests/fixtures/uncontested/article.txt"),
            include_str!("../../../tests/fixtures/uncontested/dataset.json"),
        )
    }
    fn mini() -> (String, Dataset) {
        folder(
            include_str!("../../../tests/fixtures/mini/article.txt"),
            include_str!("../../../tests/fixtures/mini/dataset.json"),
        )
    }
    fn all() -> Vec<(&'static str, String, Dataset)> {
        let (f_text, f) = fictional();
        let (u_text, u) = uncontested();
        let (m_text, m) = mini();
        let (s_text, s) = shipped_folder();
        vec![
            ("shipped", s_text, s),
            ("fictional", f_text, f),
            ("uncontested", u_text, u),
            ("mini", m_text, m),
        ]
    }
    /// A generous estimate of the card font's widths (DejaVu Sans is wide).
    fn estimate(text: &str, size: f32, bold: bool) -> f32 {
        text.chars().count() as f32 * size * if bold { 0.7 } else { 0.62 }
    }
    fn site() -> SiteUrl {
        SiteUrl::parse("https://news.example/sub/path/").unwrap()
    }
    fn palette() -> Palette {
        Palette::from_tokens(TOKENS).expect("the style base's colours")
    }
    /// The words of the shipped article that no fictional output may hold.
    fn shipped_words() -> Vec<String> {
        let d = shipped();
        let mut words: Vec<String> = d.sides.iter().map(|s| s.name.clone()).collect();
        words.extend(d.people.iter().map(|p| p.name.clone()));
        words.push(d.article.title.clone());
        words
    }

    #[test]
    fn a_site_url_is_an_absolute_folder_address() {
        assert_eq!(site().as_str(), "https://news.example/sub/path/");
        assert_eq!(
            SiteUrl::parse(" http://127.0.0.1:8080/x ")
                .unwrap()
                .file(IMAGE_FILE),
            "http://127.0.0.1:8080/x/share.png"
        );
        for bad in [
            "",
            "news.example/",
            "javascript:alert(1)",
            "https:///path/",
            "https://x.org/?a=1",
            "https://x.org/#top",
            "https://x.org/\"><script>",
            "https://x.org/a b/",
        ] {
            let error = SiteUrl::parse(bad).unwrap_err();
            assert!(error.contains(SITE_URL_VAR), "{bad}: {error}");
        }
        assert!(missing_site_url_notice().contains(SITE_URL_VAR));
        assert!(!missing_site_url_notice().contains('\n'), "one line");
    }

    #[test]
    fn the_fictional_card_has_its_own_claims_and_no_shipped_word() {
        let (text, d) = fictional();
        let [a, b] = headline_claims(&d).expect("the fictional article has contested claims");
        assert_eq!(a.value, short_label(&d.figures[a.figure]));
        assert_eq!(b.value, "none reported");
        assert_ne!(a.side_position, b.side_position);
        let meta = page_meta(&text, &d);
        let outputs = [
            card_svg(&meta, &d, &palette(), &estimate),
            head_tags(&meta, &d, Some(&site())),
            oembed_json(&meta, &d, &site()),
        ];
        for word in shipped_words() {
            for out in &outputs {
                assert!(!out.contains(&escape_attr(&word)), "{word} in {out}");
            }
        }
    }

    #[test]
    fn contradictions_come_first_then_opposing_sides_and_differences_are_no_contest() {
        let mut d = shipped();
        let figure_relations: Vec<Relation> = d
            .relations
            .iter()
            .filter(|r| {
                [&r.from, &r.to]
                    .iter()
                    .all(|id| d.figures.iter().any(|f| &f.id == *id))
            })
            .cloned()
            .collect();
        // Only claims that differ in scope: both can stand, nothing to set
        // against each other.
        d.relations = figure_relations
            .iter()
            .filter(|r| r.kind == RelationKind::Differs)
            .cloned()
            .collect();
        assert!(!d.relations.is_empty());
        assert_eq!(headline_claims(&d), None);
        // A conflict after a difference is chosen over it.
        let conflict = figure_relations
            .iter()
            .find(|r| r.kind == RelationKind::Conflicts)
            .unwrap()
            .clone();
        d.relations.push(conflict.clone());
        let [a, _] = headline_claims(&d).unwrap();
        assert_eq!(d.figures[a.figure].id, conflict.from);
        // A contradiction listed last still wins over the conflict.
        let contradiction = figure_relations
            .iter()
            .find(|r| r.kind == RelationKind::Contradicts)
            .unwrap()
            .clone();
        d.relations.push(contradiction.clone());
        let [a, _] = headline_claims(&d).unwrap();
        assert_eq!(d.figures[a.figure].id, contradiction.from);
        // Of two contradictions, the one across sides wins over a first one
        // between claimants of one side.
        let l = Lookup::new(&d);
        let side = |f: &crate::dataset::model::Figure| l.claimant_side(f);
        let same: Vec<_> = d
            .figures
            .iter()
            .filter(|f| side(f).is_some() && side(f) == side(&d.figures[a.figure]))
            .filter(|f| f.id != contradiction.from)
            .collect();
        let inside = Relation {
            kind: RelationKind::Contradicts,
            from: contradiction.from.clone(),
            to: same[0].id.clone(),
            note: String::new(),
            part: None,
            question: None,
        };
        d.relations.insert(0, inside);
        let [a, b] = headline_claims(&d).unwrap();
        assert_eq!(
            (
                d.figures[a.figure].id.as_str(),
                d.figures[b.figure].id.as_str()
            ),
            (contradiction.from.as_str(), contradiction.to.as_str())
        );
    }

    #[test]
    fn with_a_site_url_every_tag_is_there_and_absolute() {
        for (name, text, d) in all() {
            let meta = page_meta(&text, &d);
            let tags = head_tags(&meta, &d, Some(&site()));
            let has = |t: &str| tags.contains(t);
            let expect = [
                format!("property=\"og:title\" content=\"{}\"", escape_attr(&d.article.title)),
                format!("property=\"og:description\" content=\"{}\"", escape_attr(&meta.description)),
                format!("property=\"og:locale\" content=\"{}\"", d.article.language),
                "property=\"og:type\" content=\"website\"".into(),
                "property=\"og:url\" content=\"https://news.example/sub/path/\"".into(),
                "property=\"og:image\" content=\"https://news.example/sub/path/share.png\"".into(),
                format!("property=\"og:image:width\" content=\"{CARD_W}\""),
                format!("property=\"og:image:height\" content=\"{CARD_H}\""),
                format!("property=\"og:image:alt\" content=\"{}\"", escape_attr(&image_alt(&d))),
                "name=\"twitter:card\" content=\"summary_large_image\"".into(),
                "<link rel=\"canonical\" href=\"https://news.example/sub/path/\" />".into(),
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/sub/path/oembed.json\"".into(),
            ];
            for e in &expect {
                assert!(has(e), "{name}: {e} missing in\n{tags}");
            }
            assert_eq!(
                has("og:site_name"),
                d.article.short_name.is_some(),
                "{name}: the site name where given"
            );
            assert!(tags
                .lines()
                .all(|l| l.starts_with("  <") && l.ends_with(" />")));
        }
    }

    #[test]
    fn without_a_site_url_only_the_tags_valid_without_it() {
        for (name, text, d) in all() {
            let meta = page_meta(&text, &d);
            let tags = head_tags(&meta, &d, None);
            for gone in [
                "og:url",
                "og:image",
                "canonical",
                "oembed",
                "summary_large_image",
            ] {
                assert!(!tags.contains(gone), "{name}: {gone} in\n{tags}");
            }
            for kept in ["og:title", "og:description", "og:type", "og:locale"] {
                assert!(tags.contains(kept), "{name}: {kept} missing");
            }
            assert!(tags.contains("name=\"twitter:card\" content=\"summary\""));
        }
    }

    #[test]
    fn the_oembed_answer_is_a_rich_embed_of_the_default_view() {
        for (name, text, d) in all() {
            let meta = page_meta(&text, &d);
            let doc: serde_json::Value =
                serde_json::from_str(&oembed_json(&meta, &d, &site())).unwrap();
            assert_eq!(doc["version"], "1.0");
            assert_eq!(doc["type"], "rich", "{name}");
            assert_eq!(doc["title"], d.article.title.as_str());
            assert_eq!(doc["provider_name"], meta.short_name.as_str());
            assert_eq!(doc["provider_url"], site().as_str());
            assert_eq!(doc["thumbnail_url"], site().file(IMAGE_FILE).as_str());
            assert_eq!(doc["thumbnail_width"], CARD_W);
            assert_eq!(doc["thumbnail_height"], CARD_H);
            assert_eq!(doc["width"], OEMBED_WIDTH);
            assert_eq!(doc["height"], DEFAULT_FRAME_HEIGHT);
            let html = doc["html"].as_str().unwrap();
            assert_eq!(html, default_embed_snippet(&site(), &meta.short_name));
            let start = format!(
                "<iframe src=\"https://news.example/sub/path/?view=figures&amp;embed=1&amp;theme=light\" \
                 title=\"{}: contested figures\" data-explorer-deep-link=\"off\"",
                escape_attr(&meta.short_name)
            );
            assert!(html.starts_with(&start), "{html}");
            assert!(html.contains("<script src=\"https://news.example/sub/path/embed-host.js\""));
        }
    }

    #[test]
    fn the_card_shows_the_title_and_both_claims_in_their_sides_colours() {
        let p = palette();
        for (name, text, d) in all() {
            let meta = page_meta(&text, &d);
            let svg = card_svg(&meta, &d, &p, &estimate);
            let texts = texts_of(&svg);
            // Every word of the title is on the card, in order.
            let shown = texts.join(" ");
            assert!(
                shown.contains(&title_words(&d.article.title)),
                "{name}: {shown}"
            );
            assert!(
                texts.iter().any(|t| t == &meta.short_name),
                "{name}: the footer"
            );
            match headline_claims(&d) {
                Some(claims) => {
                    assert!(texts.iter().any(|t| t == "Contested claims"), "{name}");
                    for c in &claims {
                        let colour = p.side(c.side_position);
                        let value = format!("fill=\"{colour}\">{}</text>", escape_attr(&c.value));
                        assert!(svg.contains(&value), "{name}: {value} in\n{svg}");
                        assert!(texts.contains(&c.claimant), "{name}: {}", c.claimant);
                        assert!(texts.contains(&c.measure), "{name}: {}", c.measure);
                        if let Some(side) = &c.side {
                            assert!(texts.contains(side), "{name}: {side}");
                        }
                    }
                }
                None => {
                    assert!(!svg.contains("Contested claims"), "{name}: the title alone");
                    assert!(svg.contains(&format!("fill=\"{}\"", p.accent)));
                }
            }
        }
    }

    #[test]
    fn the_shipped_sides_take_the_style_bases_first_two_colours() {
        let p = palette();
        let (text, d) = shipped_folder();
        let svg = card_svg(&page_meta(&text, &d), &d, &p, &estimate);
        assert!(p.sides.len() >= 2 && p.sides[0] != p.sides[1]);
        for colour in &p.sides[..2] {
            assert!(
                svg.contains(&format!("fill=\"{colour}\">")),
                "{colour} text"
            );
        }
        assert!(TOKENS.contains(&format!("--side-1: {};", p.sides[0])));
    }

    #[test]
    fn no_contested_claims_leave_the_title_alone_and_text_is_escaped() {
        let (text, mut d) = uncontested();
        assert_eq!(headline_claims(&d), None);
        assert_eq!(image_alt(&d), d.article.title);
        d.article.title = "Fish & chips <b>\"now\"</b>".into();
        let meta = page_meta(&text, &d);
        let svg = card_svg(&meta, &d, &palette(), &estimate);
        assert!(svg.contains(">Fish &amp; chips"), "{svg}");
        assert!(
            svg.contains("&lt;b&gt;&quot;now&quot;&lt;/b&gt;</text>"),
            "{svg}"
        );
        assert!(!svg.contains("<b>"));
        let tags = head_tags(&meta, &d, Some(&site()));
        assert!(tags.contains("content=\"Fish &amp; chips &lt;b&gt;&quot;now&quot;&lt;/b&gt;\""));
        assert!(!tags.contains("<b>"));
    }

    #[test]
    fn a_long_title_is_cut_to_its_lines_and_stays_inside_the_card() {
        let (text, mut d) = mini();
        d.article.title = "word ".repeat(200);
        let meta = page_meta(&text, &d);
        let svg = card_svg(&meta, &d, &palette(), &estimate);
        let lines: Vec<String> = texts_of(&svg)
            .into_iter()
            .filter(|t| t.starts_with("word"))
            .collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[2].ends_with('…'));
        for (x, size, t) in placed(&svg) {
            assert!(
                x + estimate(&t, size, true) <= CARD_W as f32 - MARGIN + 0.5,
                "{t}"
            );
        }
    }

    #[test]
    fn the_style_base_must_give_hex_colours() {
        assert!(Palette::from_tokens("body {}").is_err());
        let broken = TOKENS.replacen("--side-1: #", "--side-1: rgb", 1);
        assert!(Palette::from_tokens(&broken)
            .unwrap_err()
            .contains("--side-1"));
        let p = palette();
        assert_eq!(p.side(None), p.side_none);
        assert_eq!(
            p.side(Some(p.sides.len())),
            p.sides[0],
            "colours are reused in turn"
        );
    }

    /// The texts of the SVG's <text> elements, unescaped.
    fn texts_of(svg: &str) -> Vec<String> {
        placed(svg).into_iter().map(|(_, _, t)| t).collect()
    }

    /// (x, font size, text) of each <text> element, its text unescaped.
    fn placed(svg: &str) -> Vec<(f32, f32, String)> {
        svg.lines()
            .filter(|l| l.starts_with("<text"))
            .map(|l| {
                let attr = |name: &str| -> f32 {
                    let at = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    l[at..].split('"').next().unwrap().parse().unwrap()
                };
                let start = l.find('>').unwrap() + 1;
                let end = l.rfind("</text>").unwrap();
                let t = l[start..end]
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
                (attr("x"), attr("font-size"), t)
            })
            .collect()
    }

    fn title_words(title: &str) -> String {
        title.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_and_keep_every_word(
            words in prop::collection::vec("[a-zA-Z“”–]{1,14}", 1..40),
            size in 30.0f32..80.0,
        ) {
            let text = words.join(" ");
            let lines = wrap(&text, size, CONTENT_W, &estimate);
            for line in &lines {
                prop_assert!(estimate(line, size, true) <= CONTENT_W);
            }
            if !lines.iter().any(|l| l.ends_with('…')) {
                prop_assert_eq!(lines.join(" "), text);
            }
        }
    }
}

//! `explorer share`: the share card rasterised, and the files a shared link
//! unfolds from. What the card says and where it goes is the core's
//! (`explorer_core::publish::share`); this module measures and draws it with one
//! font file, and writes the files.

use std::fs;
use std::path::{Path, PathBuf};

use explorer_core::dataset::model::Dataset;
use explorer_core::publish::meta::page_meta;
use explorer_core::publish::share::{
    card_svg, head_tags, headline_claims, missing_site_url_notice, oembed_json, Palette, SiteUrl,
    CARD_FONT_FAMILY, CARD_H, CARD_W, IMAGE_FILE, OEMBED_FILE,
};
use resvg::{tiny_skia, usvg};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The card's font: DejaVu Sans from Debian's `fonts-dejavu-core`
/// (scripts/setup-build.sh installs it), regular and bold. Exactly these
/// files are loaded: no system font scan, so every machine draws the same
/// card.
pub const FONT_DIR: &str = "/usr/share/fonts/truetype/dejavu";
const REGULAR: &str = "DejaVuSans.ttf";
const BOLD: &str = "DejaVuSans-Bold.ttf";

/// The style base the card takes its colours from (its light theme).
const TOKENS_CSS: &str = include_str!("../../styles/tokens.css");

/// The two font files, read.
pub struct CardFonts {
    regular: Vec<u8>,
    bold: Vec<u8>,
}

impl CardFonts {
    /// Reads the card's fonts from `dir`, failing with what to install.
    pub fn load(dir: &Path) -> Result<CardFonts, String> {
        let read = |name: &str| -> Result<Vec<u8>, String> {
            let path = dir.join(name);
            let data = fs::read(&path).map_err(|e| {
                format!(
                    "error: the share card's font {} cannot be read ({e}): install Debian's fonts-dejavu-core (scripts/setup-build.sh)\n",
                    path.display()
                )
            })?;
            FontRef::new(&data)
                .map_err(|e| format!("error: {} is not a font: {e}\n", path.display()))?;
            Ok(data)
        };
        Ok(CardFonts {
            regular: read(REGULAR)?,
            bold: read(BOLD)?,
        })
    }

    fn face(&self, bold: bool) -> FontRef<'_> {
        FontRef::new(if bold { &self.bold } else { &self.regular }).expect("checked when loaded")
    }

    /// The advance width of `text` at `size` px: the sum of its glyphs'
    /// advances (kerning only narrows it, so the text fits).
    pub fn measure(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = self.face(bold);
        let charmap = face.charmap();
        let metrics = face.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                let glyph = charmap.map(c).unwrap_or_default();
                metrics.advance_width(glyph).unwrap_or_default()
            })
            .sum()
    }

    /// The characters of `text` the font has no glyph for (drawn as boxes).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let charmap = self.face(true).charmap();
        let mut out: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_whitespace() && charmap.map(c).is_none())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The card's SVG as a PNG of `CARD_W` × `CARD_H`, its text drawn with
    /// these fonts alone.
    pub fn render_png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let mut options = usvg::Options {
            font_family: CARD_FONT_FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(self.regular.clone());
        fonts.load_font_data(self.bold.clone());
        let named = fonts
            .faces()
            .all(|f| f.families.iter().any(|(name, _)| name == CARD_FONT_FAMILY));
        if !named {
            return Err(format!(
                "error: the fonts in {FONT_DIR} are not {CARD_FONT_FAMILY}\n"
            ));
        }
        let tree = usvg::Tree::from_str(svg, &options)
            .map_err(|e| format!("error: the share card's SVG does not parse: {e}\n"))?;
        let mut pixmap = tiny_skia::Pixmap::new(CARD_W, CARD_H).expect("a non-empty size");
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| format!("error: cannot encode the share card: {e}\n"))
    }
}

/// What `explorer share` was asked for.
pub struct ShareArgs<'a> {
    pub text: &'a str,
    pub dataset: &'a Dataset,
    pub out_dir: &'a Path,
    pub site_url: Option<&'a str>,
    pub font_dir: &'a Path,
}

/// Writes OUT_DIR/share.png and, with a site address, OUT_DIR/oembed.json
/// (without one, a stale oembed.json is removed), and returns the head
/// tags and the notices to print (the missing site address, glyphs the
/// font lacks).
pub fn write_share(args: &ShareArgs) -> Result<(String, Vec<String>), String> {
    let d = args.dataset;
    let site = args
        .site_url
        .map(SiteUrl::parse)
        .transpose()
        .map_err(|e| format!("error: {e}\n"))?;
    let fonts = CardFonts::load(args.font_dir)?;
    let palette = Palette::from_tokens(TOKENS_CSS).map_err(|e| format!("error: {e}\n"))?;
    let meta = page_meta(args.text, d);
    let svg = card_svg(&meta, d, &palette, &|t, size, bold| {
        fonts.measure(t, size, bold)
    });
    let png = fonts.render_png(&svg)?;
    fs::create_dir_all(args.out_dir).map_err(|e| cannot_write(args.out_dir, e))?;
    let image = args.out_dir.join(IMAGE_FILE);
    fs::write(&image, png).map_err(|e| cannot_write(&image, e))?;
    let oembed = args.out_dir.join(OEMBED_FILE);
    let mut notices = Vec::new();
    match &site {
        Some(site) => {
            fs::write(&oembed, oembed_json(&meta, d, site)).map_err(|e| cannot_write(&oembed, e))?
        }
        None => {
            if oembed.exists() {
                fs::remove_file(&oembed).map_err(|e| cannot_write(&oembed, e))?;
            }
            notices.push(missing_site_url_notice());
        }
    }
    let mut shown = format!("{} {}", d.article.title, meta.short_name);
    for c in headline_claims(d).iter().flatten() {
        shown.push_str(&format!(" {} {} {}", c.measure, c.value, c.claimant));
        shown.extend(c.side.iter().map(|s| format!(" {s}")));
    }
    let missing = fonts.missing(&shown);
    if !missing.is_empty() {
        notices.push(format!(
            "share card: the font has no glyph for {missing:?}; they show as boxes"
        ));
    }
    Ok((head_tags(&meta, d, site.as_ref()), notices))
}

fn cannot_write(path: &Path, e: std::io::Error) -> String {
    format!("error: cannot write {}: {e}\n", path.display())
}

/// The default font folder.
pub fn font_dir() -> PathBuf {
    PathBuf::from(FONT_DIR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::author::check::load;

    fn dataset(dir: &str) -> (String, Dataset) {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let article = fs::read(format!("{root}/{dir}/article.txt")).unwrap();
        let json = fs::read_to_string(format!("{root}/{dir}/dataset.json")).unwrap();
        load(&article, &json).expect("a valid dataset")
    }

    fn out_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("explorer-share-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    /// Width and height from a PNG's IHDR chunk (bytes 16..24).
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
        assert_eq!(&png[12..16], b"IHDR");
        let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
        (be(&png[16..20]), be(&png[20..24]))
    }

    #[test]
    fn each_dataset_gets_a_1200_by_630_png_and_oembed_with_a_site_url() {
        for dir in ["data", "data/fictional", "tests/fixtures/uncontested"] {
            let (text, d) = dataset(dir);
            let out = out_dir(&dir.replace('/', "-"));
            let (tags, notices) = write_share(&ShareArgs {
                text: &text,
                dataset: &d,
                out_dir: &out,
                site_url: Some("http://127.0.0.1:8080/sub/"),
                font_dir: &font_dir(),
            })
            .unwrap();
            assert_eq!(notices, Vec::<String>::new(), "{dir}");
            let png = fs::read(out.join(IMAGE_FILE)).unwrap();
            assert_eq!(png_size(&png), (CARD_W, CARD_H), "{dir}");
            let decoded = tiny_skia::Pixmap::decode_png(&png).expect("the PNG decodes");
            assert_eq!((decoded.width(), decoded.height()), (CARD_W, CARD_H));
            // Drawn on: more than the background's one colour.
            let first = decoded.pixels()[0];
            assert!(decoded.pixels().iter().any(|p| *p != first), "{dir}");
            let oembed: serde_json::Value =
                serde_json::from_slice(&fs::read(out.join(OEMBED_FILE)).unwrap()).unwrap();
            assert_eq!(
                oembed["thumbnail_url"],
                "http://127.0.0.1:8080/sub/share.png"
            );
            assert!(tags.contains("content=\"http://127.0.0.1:8080/sub/share.png\""));
            fs::remove_dir_all(&out).unwrap();
        }
    }

    #[test]
    fn without_a_site_url_one_notice_and_no_oembed() {
        let (text, d) = dataset("data");
        let out = out_dir("no-site");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join(OEMBED_FILE), "{}").unwrap();
        let (tags, notices) = write_share(&ShareArgs {
            text: &text,
            dataset: &d,
            out_dir: &out,
            site_url: None,
            font_dir: &font_dir(),
        })
        .unwrap();
        assert_eq!(notices, vec![missing_site_url_notice()]);
        assert!(out.join(IMAGE_FILE).exists());
        assert!(
            !out.join(OEMBED_FILE).exists(),
            "a stale oembed.json is removed"
        );
        assert!(!tags.contains("og:image"));
        fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn a_missing_font_or_a_bad_site_url_fails_clearly() {
        let (text, d) = dataset("tests/fixtures/uncontested");
        let out = out_dir("bad");
        let args = |site_url, font_dir| ShareArgs {
            text: &text,
            dataset: &d,
            out_dir: &out,
            site_url,
            font_dir,
        };
        let error = write_share(&args(None, Path::new("/nonexistent/fonts"))).unwrap_err();
        assert!(
            error.contains("/nonexistent/fonts/DejaVuSans.ttf")
                && error.contains("fonts-dejavu-core"),
            "{error}"
        );
        let error = write_share(&args(Some("ftp://x.org/"), &font_dir())).unwrap_err();
        assert!(error.contains("ARTICLE_SITE_URL"), "{error}");
        assert!(!out.exists(), "nothing is written on an error");
    }

    #[test]
    fn the_font_measures_wider_for_longer_and_bolder_text() {
        let fonts = CardFonts::load(&font_dir()).unwrap();
        let one = fonts.measure("133", 76.0, true);
        assert!(one > 76.0 && one < 3.0 * 76.0, "{one}");
        assert!(
            fonts.measure("none reported", 76.0, true)
                > fonts.measure("none reported", 76.0, false)
        );
        assert_eq!(fonts.missing("“open war” – 133"), Vec::<char>::new());
        assert_eq!(fonts.missing("漢"), vec!['漢']);
    }
}

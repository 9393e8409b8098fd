//! The preview of the reader on the dataset being written (issue 28,
//! "Preview"): the views it shows the reader in, and the data it mounts.

use std::rc::Rc;

use crate::hooks::use_settled;
use yew::prelude::*;

use article_explorer::data::{Data, DataRef};
use explorer_core::author::check::check;
use explorer_core::author::session::Texts;
use explorer_core::read::embed::{EmbedChoice, Layout, DEFAULT_FRAME_HEIGHT};
use explorer_core::read::url_state::{encode, Theme, UrlState};

/// What the preview shows: the full reader (a phone's frame and a
/// desktop's side by side), or one embed view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewView {
    Reader,
    Embed(Layout),
}

impl PreviewView {
    pub const ALL: [PreviewView; 5] = [
        PreviewView::Reader,
        PreviewView::Embed(Layout::List),
        PreviewView::Embed(Layout::Figures),
        PreviewView::Embed(Layout::Voices),
        PreviewView::Embed(Layout::Card),
    ];

    pub fn label(self) -> String {
        match self {
            PreviewView::Reader => "The reader: phone and desktop".into(),
            PreviewView::Embed(layout) => format!("Embed: {}", layout.label()),
        }
    }

    /// Its frames, in order.
    pub fn frames(self) -> Vec<Frame> {
        match self {
            PreviewView::Reader => vec![Frame::Phone, Frame::Desktop],
            PreviewView::Embed(layout) => vec![Frame::Embed(layout)],
        }
    }
}

/// One frame of the preview: the full reader at a phone's or a desktop's
/// width, or an embed view at a reading column's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    Phone,
    Desktop,
    Embed(Layout),
}

/// An embed's width in the preview: a news page's reading column.
const EMBED_WIDTH: u32 = 680;

impl Frame {
    /// What the frame shows, for its title.
    pub fn label(self) -> String {
        match self {
            Frame::Phone => "the reader on a phone (390 px)".into(),
            Frame::Desktop => "the reader on a desktop (1440 px)".into(),
            Frame::Embed(layout) => format!("the embed: {}", layout.label()),
        }
    }

    /// A class name for the frame (`frame-phone`, `frame-embed-list`...).
    pub fn class(self) -> String {
        match self {
            Frame::Phone => "frame-phone".into(),
            Frame::Desktop => "frame-desktop".into(),
            Frame::Embed(layout) => format!("frame-embed-{}", layout.key()),
        }
    }

    /// The frame's width and height, in CSS pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Frame::Phone => (390, 780),
            Frame::Desktop => (1440, 900),
            Frame::Embed(_) => (EMBED_WIDTH, DEFAULT_FRAME_HEIGHT),
        }
    }

    /// A phone: the reader starts with its filters folded.
    pub fn narrow(self) -> bool {
        self == Frame::Phone
    }

    /// The reader's query for this frame: none for the full reader; an
    /// embed's own URL for an embed view (a card shows the first item).
    pub fn query(self, data: &Data) -> String {
        let Frame::Embed(layout) = self else {
            return String::new();
        };
        let current = UrlState {
            selected: data.index.items.first().map(|item| item.id.clone()),
            ..UrlState::default()
        };
        let choice = EmbedChoice {
            layout,
            keep_filters: false,
            theme: Theme::Auto,
            height: None,
            headline: false,
            mirror: false,
        };
        encode(&choice.embed_state(&current))
    }
}

/// What the preview can show of the texts.
#[derive(Clone)]
pub enum Prepared {
    /// Nothing written yet.
    Empty,
    /// `check` found this many problems.
    Problems(usize),
    /// The data, ready for the reader.
    Ready(DataRef),
}

/// The texts checked by the build's own `check` and, when every rule holds,
/// indexed for the reader as the build indexes them (with the mentions
/// `build.rs` finds). The reader keeps its data for the page's life
/// (`&'static`): each call that passes leaks its texts, so the preview
/// prepares only once the texts settle.
pub fn prepare(texts: &Texts) -> Prepared {
    if texts.article.trim().is_empty() && texts.dataset.trim().is_empty() {
        return Prepared::Empty;
    }
    match check(texts.article.as_bytes(), &texts.dataset) {
        Err(problems) => Prepared::Problems(problems.len()),
        Ok((article, dataset)) => {
            let article: &'static str = Box::leak(article.into_boxed_str());
            let dataset = Box::leak(Box::new(dataset));
            let mentions = explorer_core::read::mentions::find(dataset, article);
            let data = Data::new(article, dataset, "preview", &mentions);
            Prepared::Ready(DataRef(Rc::new(data)))
        }
    }
}

/// How long typing must pause before the preview follows: longer than
/// `check`'s own pause, as each preview keeps its texts.
const SETTLE_MS: i32 = 800;

/// The texts `prepare`d once they have not changed for a moment (None
/// until the first time).
#[hook]
pub fn use_prepared(texts: &Texts) -> Option<Prepared> {
    use_settled(texts, SETTLE_MS, || None, |texts| Some(prepare(texts)))
}

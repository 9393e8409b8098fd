//! The preview of the reader on the dataset being written (issue 28,
//! "Preview"): the views it shows the reader in, and the data it mounts.

use std::rc::Rc;

use article_explorer::browser::after_ms;
use yew::prelude::*;

use article_explorer::data::{Data, DataRef};
use explorer_core::author::check::check;
use explorer_core::author::session::Texts;
use explorer_core::read::embed::{EmbedChoice, Layout, DEFAULT_FRAME_HEIGHT};
use explorer_core::read::url_state::{encode, Theme, UrlState};

/// One way to see the reader: the full reader at a phone's or a desktop's
/// width, or one of the embed views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewView {
    Phone,
    Desktop,
    Embed(Layout),
}

/// An embed's width in the preview: a news page's reading column.
const EMBED_WIDTH: u32 = 680;

impl PreviewView {
    pub const ALL: [PreviewView; 6] = [
        PreviewView::Phone,
        PreviewView::Desktop,
        PreviewView::Embed(Layout::List),
        PreviewView::Embed(Layout::Figures),
        PreviewView::Embed(Layout::Voices),
        PreviewView::Embed(Layout::Card),
    ];

    pub fn label(self) -> String {
        match self {
            PreviewView::Phone => "Phone (390 px)".into(),
            PreviewView::Desktop => "Desktop (1440 px)".into(),
            PreviewView::Embed(layout) => format!("Embed: {}", layout.label()),
        }
    }

    /// The frame's width and height, in CSS pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            PreviewView::Phone => (390, 780),
            PreviewView::Desktop => (1440, 900),
            PreviewView::Embed(_) => (EMBED_WIDTH, DEFAULT_FRAME_HEIGHT),
        }
    }

    /// A phone: the reader starts with its filters folded.
    pub fn narrow(self) -> bool {
        self == PreviewView::Phone
    }

    /// The reader's query for this view: none for the full reader; an
    /// embed's own URL for an embed view (a card shows the first item).
    pub fn query(self, data: &Data) -> String {
        let PreviewView::Embed(layout) = self else {
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
    let prepared = use_state(|| None::<Prepared>);
    let serial = use_mut_ref(|| 0u32);
    use_effect_with(texts.clone(), {
        let prepared = prepared.clone();
        move |texts| {
            *serial.borrow_mut() += 1;
            let (mine, texts) = (*serial.borrow(), texts.clone());
            after_ms(SETTLE_MS, move || {
                if *serial.borrow() == mine {
                    prepared.set(Some(prepare(&texts)));
                }
            });
        }
    });
    (*prepared).clone()
}

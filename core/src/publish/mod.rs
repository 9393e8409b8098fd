//! What the build publishes beside the app: exports, citations, text-quote selectors, JSON-LD, the page's meta, the share card and oEmbed.

pub mod cite;
pub mod export;
pub mod jsonld;
pub mod meta;
pub mod prepared;
pub mod selectors;
pub mod share;
pub mod voices_html;

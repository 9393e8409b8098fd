//! What the reader's explorer does: query and search, the state and its URL, the view's rules and wording, the related figures, embeds.

pub mod embed;
pub mod exports;
pub mod figures;
pub mod fold;
pub mod mentions;
pub mod mount;
pub mod query;
pub mod scale;
pub mod segments;
pub mod state;
pub mod times;
pub mod url_state;
pub mod view_rules;
pub mod voices;
pub mod wording;

//! "Preview": the real reader on the dataset being written, at a phone's
//! and a desktop's width and as each embed view.

pub mod preview_choice;
pub mod preview_frame;
pub mod reader_preview;

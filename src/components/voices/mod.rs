//! Who gets a voice (docs/voices.md): the overview the build renders, and
//! the passages the Mentions filter finds.

pub mod passage_results;
pub mod voices_view;

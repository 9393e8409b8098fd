//! "Make an explorer": the article and its dataset written in the browser,
//! checked as the CLI and the build check them.

pub mod author_panel;
pub mod author_toolbar;
pub mod findings_list;
pub mod text_editor;

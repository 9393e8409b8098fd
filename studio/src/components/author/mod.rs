//! "Make an explorer": the article and its dataset written in the browser,
//! checked as the CLI and the build check them: annotated through forms
//! made from the schema, or edited as text.

pub mod annotate_panel;
pub mod annotate_text;
pub mod author_panel;
pub mod author_toolbar;
pub mod candidate_card;
pub mod field_input;
pub mod find_words;
pub mod findings_list;
pub mod item_form;
pub mod item_list;
pub mod new_items;
pub mod ref_input;
pub mod text_editor;
pub mod text_field;

//! The results: statement and figure cards, their passage in context, their relations, citing.

pub mod cite_buttons;
pub mod claim_in_place;
pub mod figure_row;
pub mod in_context;
pub mod passage;
pub mod relation_list;
pub mod result_list;
pub mod statement_row;

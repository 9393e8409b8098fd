//! The page: the explorer over any dataset, its state, masthead, notices, and the prerendered first screen.

pub mod app;
pub mod explorer;
pub mod jump_bar;
pub mod masthead;
pub mod notices;
pub mod prerender;
pub mod update_banner;

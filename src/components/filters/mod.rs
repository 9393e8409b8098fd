//! The filters: side chips, facet groups and options, the search box and the controls above the results.

pub mod controls;
pub mod facet;
pub mod facet_option;
pub mod facets;
pub mod search_box;
pub mod side_chip;
pub mod side_chips;
pub mod toolbar;

//! The contested claims and the Compare figures tab.

pub mod contested_group;
pub mod contested_panel;
pub mod figures_table;
pub mod figures_view;
pub mod measure_chart;
pub mod relation_notes;

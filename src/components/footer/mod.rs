//! The footer: the data, exports and the toast.

pub mod about_data;
pub mod data_footer;
pub mod toast;

//! The footer: the data, exports and the toast.

pub mod data_footer;
pub mod toast;

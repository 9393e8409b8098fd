//! The app's side effects as hooks, each over browser glue from `browser`,
//! by what they look after. The app imports them from here.

mod claims;
mod commands;
mod deferred;
mod embed;
mod focus;
mod mount;
mod overview;
mod service_worker;
mod url;

pub use claims::use_action;
pub use commands::{copy_then_tell, use_commands, Commands, ExportFormat};
pub use deferred::use_deferred;
pub use embed::{use_embed_copy_link, use_embed_host};
pub use focus::{use_selection_focus, use_sheet_focus, IN_PLACE_ID};
pub use mount::use_mount_step;
pub use overview::{use_overview, OVERVIEW_META};
pub use service_worker::use_service_worker;
pub use url::use_history_sync;

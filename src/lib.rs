//! The article explorer's web app: thin Yew components over the pure core
//! (`explorer-core`), with all browser glue in `browser`.

pub mod browser;
pub mod components;
pub mod data;
pub mod deferred;
pub mod highlight;
pub mod state;

/// Mounts the app on the page.
pub fn start() {
    browser::install_panic_panel();
    yew::Renderer::<components::app::App>::new().render();
    browser::remove_prerender();
    browser::report_height_to_parent();
}

//! The article explorer's web app: thin Yew components over the pure core
//! (`explorer-core`), with all browser glue in `browser`.

pub mod browser;
pub mod components;
pub mod data;
pub mod deferred;
pub mod highlight;
pub mod hooks;
pub mod state;

/// Mounts the app on the page.
pub fn start() {
    browser::install_panic_panel();
    let props = components::explorer::ExplorerProps {
        data: data::embedded(),
        query: browser::location_search().into(),
        narrow: browser::is_narrow(),
    };
    yew::Renderer::<components::explorer::Explorer>::with_props(props).render();
    browser::remove_prerender();
    browser::report_height_to_parent();
}

//! The article explorer's web app: thin Yew components over the pure core
//! (`explorer-core`), with all browser glue in `browser`.

pub mod browser;
pub mod components;
pub mod data;
pub mod highlight;
pub mod hooks;
pub mod state;

/// Mounts the app on the page.
pub fn start() {
    browser::install_panic_panel();
    let data = data::embedded();
    let query = browser::location_search();
    // An embed's own settings: its colours, and how it reports its height.
    let frame = explorer_core::read::url_state::decode(&query, &data.index)
        .0
        .frame;
    browser::set_theme(frame.theme);
    let props = components::page::explorer::ExplorerProps {
        data,
        query: query.into(),
        narrow: browser::is_narrow(),
        preview: false,
        folds: browser::folds_results(),
    };
    // Decoding the data and the first render are two tasks, not one long
    // one (issue 16: total blocking time); the prerender shows meanwhile.
    browser::after_ms(0, move || {
        yew::Renderer::<components::page::explorer::Explorer>::with_props(props).render();
        browser::remove_prerender();
        browser::report_height_to_parent(frame.height.is_some(), frame.child_id);
    });
}

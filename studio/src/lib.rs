//! The studio (`studio/index.html`, built into `dist/studio/`): the
//! newsroom's tools for this article, today the embed builder. A crate and a
//! wasm apart from the reader's, so that no reader downloads them
//! (docs/architecture.md).

pub mod browser;
pub mod components;
pub mod frame;
pub mod hooks;
pub mod preview;

use article_explorer::browser as reader_browser;
use article_explorer::data;

/// Mounts the studio on the page.
pub fn start() {
    reader_browser::install_panic_panel();
    let props = components::studio_root::StudioProps {
        data: data::embedded(),
        query: reader_browser::location_search().into(),
    };
    yew::Renderer::<components::studio_root::Studio>::with_props(props).render();
}

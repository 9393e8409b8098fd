//! The studio's wasm (`studio/index.html`): the publisher's tools, built
//! apart from the reader's (`src/main.rs`) so that no reader downloads them.

fn main() {
    article_explorer::start_studio();
}

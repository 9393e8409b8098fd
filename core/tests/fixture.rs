//! The fictional fixture the wasm-bindgen tests mount (tests/fixtures/mini)
//! passes every validation rule, so the components are tested on valid data.

use explorer_core::author::check::load;

#[test]
fn the_wasm_test_fixture_is_a_valid_dataset() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini");
    let article = std::fs::read(format!("{dir}/article.txt")).expect("fixture article");
    let json = std::fs::read_to_string(format!("{dir}/dataset.json")).expect("fixture dataset");
    if let Err(problems) = load(&article, &json) {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        panic!("the fixture is invalid:\n{}", list.join("\n"));
    }
}

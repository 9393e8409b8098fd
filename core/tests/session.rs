//! The studio's authoring session (`author::session`): undo and redo walk
//! any sequence of edits back and forth, and `check`'s findings are located
//! by line and column in the right file.

use explorer_core::author::session::{findings, Edit, Place, Session, Texts};
use proptest::prelude::*;

const ARTICLE: &str = include_str!("../../tests/fixtures/core/article.txt");
const DATASET: &str = include_str!("../../tests/fixtures/core/dataset.json");

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "[a-c]{0,3}".prop_map(Edit::Article),
        "[a-c]{0,3}".prop_map(Edit::Dataset),
        ("[a-c]{0,2}", any::<bool>()).prop_map(|(t, both)| Edit::Open {
            article: both.then(|| t.clone()),
            dataset: Some(t),
        }),
    ]
}

proptest! {
    #[test]
    fn undoing_every_edit_returns_to_the_start_and_redoing_returns_to_the_end(
        edits in proptest::collection::vec(edit(), 0..40),
    ) {
        let start = Session::default();
        let end = edits.iter().cloned().fold(start.clone(), |s, e| s.apply(e));
        let mut back = end.clone();
        while back.can_undo() {
            back = back.apply(Edit::Undo);
        }
        prop_assert_eq!(&back.now, &start.now);
        let mut forth = back;
        while forth.can_redo() {
            forth = forth.apply(Edit::Redo);
        }
        prop_assert_eq!(&forth.now, &end.now);
    }
}

#[test]
fn a_valid_folder_has_no_finding_and_an_empty_one_has_nothing_to_check() {
    let texts = Texts {
        article: ARTICLE.into(),
        dataset: DATASET.into(),
    };
    assert_eq!(findings(&texts), Some(vec![]));
    assert_eq!(findings(&Texts::default()), None);
}

#[test]
fn a_quote_not_in_the_article_is_found_at_its_line_and_column() {
    let first = DATASET
        .find("\"quote\": \"")
        .expect("the fixture writes spans as quotes");
    let at = first + "\"quote\": \"".len();
    let mut dataset = DATASET.to_owned();
    dataset.insert_str(at, "Zzz ");
    let texts = Texts {
        article: ARTICLE.into(),
        dataset: dataset.into(),
    };
    let found = findings(&texts).expect("something to check");
    assert!(!found.is_empty());
    let line = DATASET[..at].matches('\n').count() + 1;
    let located = found
        .iter()
        .flat_map(|f| &f.places)
        .any(|p| matches!(p, Place::Dataset { line: l, .. } if *l == line));
    assert!(located, "{found:?} at line {line}");
}

#[test]
fn draft_fills_the_dataset_and_undo_brings_back_what_was_there() {
    let s = Session::default()
        .apply(Edit::Article(ARTICLE.into()))
        .apply(Edit::Dataset("mine".into()));
    let drafted = s.apply(Edit::Draft);
    assert!(drafted.now.dataset.contains("\"statements\""));
    assert_eq!(&*drafted.apply(Edit::Undo).now.dataset, "mine");
}

//! An authoring session in the studio (issue 28): the article and the
//! dataset being written, with undo and redo, what is saved, and the same
//! `check` as the CLI and the build, located by line and column for the
//! page. Pure, so it is tested natively; the studio only shows it.

use std::rc::Rc;

use crate::author::check::check;
use crate::author::diagnostics::Diagnostic;
use crate::author::edit::{self, empty_dataset, FormEdit, ItemAt};
use crate::author::source::line_col;

/// The largest article the studio opens: a news article is a few dozen KB,
/// and 2 MB leaves room for a book-length text (and the benchmark's
/// 10,000-statement article); a bigger file is most likely the wrong one.
pub const MAX_ARTICLE_BYTES: usize = 2_000_000;
/// The largest dataset file the studio opens (10,000 statements fit).
pub const MAX_DATASET_BYTES: usize = 20_000_000;
/// Undo steps kept.
const HISTORY: usize = 200;

/// The two texts of an article folder, shared: a session keeps many
/// versions of them for undo, and a copy is a pointer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub article: Rc<str>,
    pub dataset: Rc<str>,
}

/// What the author did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Typed or pasted into the article.
    Article(String),
    /// Typed or pasted into the dataset.
    Dataset(String),
    /// Opened files: each text given replaces its own.
    Open {
        article: Option<String>,
        dataset: Option<String>,
    },
    /// Replaced the dataset with `draft`'s proposal for the article.
    Draft,
    Undo,
    Redo,
    /// Downloaded both files: what is now saved.
    Saved,
    /// An edit made through the forms (`author::edit`): one undo step.
    Form(FormEdit),
    /// Shows this object in the form (no change to the files).
    Show(ItemAt),
}

/// Which file a run of typing is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Typing {
    Article,
    Dataset,
}

/// The session: the texts now, the steps to undo and redo, and the texts
/// last saved. A run of typing in one file is one step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    pub now: Texts,
    past: Vec<Texts>,
    future: Vec<Texts>,
    saved: Texts,
    typing: Option<Typing>,
    /// The object the form shows.
    pub shown: Option<ItemAt>,
    /// Why the last form edit could not be made (the files are as they were).
    pub refused: Option<String>,
}

impl Session {
    /// A session restored from an autosave: `texts` as they were, with the
    /// texts last saved (nothing to undo).
    pub fn restore(texts: Texts, saved: Texts) -> Session {
        Session {
            now: texts,
            saved,
            ..Session::default()
        }
    }

    /// The session after `edit`.
    pub fn apply(&self, edit: Edit) -> Session {
        let mut next = self.clone();
        next.typing = None;
        next.refused = None;
        let (changed, typing) = match edit {
            Edit::Show(at) => {
                next.shown = Some(at);
                next.typing = self.typing;
                return next;
            }
            Edit::Form(edit) => match self.form(edit) {
                Ok((dataset, shown)) => {
                    next.shown = Some(shown);
                    (self.with(None, Some(dataset)), None)
                }
                Err(why) => {
                    next.refused = Some(why);
                    return next;
                }
            },
            Edit::Article(text) => (self.with(Some(text), None), Some(Typing::Article)),
            Edit::Dataset(text) => (self.with(None, Some(text)), Some(Typing::Dataset)),
            Edit::Open { article, dataset } => (self.with(article, dataset), None),
            Edit::Draft => {
                let draft = crate::author::draft::draft_json(&self.now.article);
                (self.with(None, Some(draft)), None)
            }
            Edit::Undo => {
                if let Some(previous) = next.past.pop() {
                    next.future.push(std::mem::replace(&mut next.now, previous));
                }
                return next;
            }
            Edit::Redo => {
                if let Some(later) = next.future.pop() {
                    next.past.push(std::mem::replace(&mut next.now, later));
                }
                return next;
            }
            Edit::Saved => {
                next.saved = self.now.clone();
                return next;
            }
        };
        if changed == self.now {
            next.typing = self.typing;
            return next;
        }
        // Typing on in the same file: the step it is in grows.
        let same_run = typing.is_some() && typing == self.typing && !next.past.is_empty();
        let previous = std::mem::replace(&mut next.now, changed);
        if !same_run {
            next.past.push(previous);
            if next.past.len() > HISTORY {
                next.past.remove(0);
            }
        }
        next.future.clear();
        next.typing = typing;
        next
    }

    /// The texts now, with each text given in place of its own.
    fn with(&self, article: Option<String>, dataset: Option<String>) -> Texts {
        Texts {
            article: article.map_or_else(|| self.now.article.clone(), Rc::from),
            dataset: dataset.map_or_else(|| self.now.dataset.clone(), Rc::from),
        }
    }

    /// The dataset's text after a form edit, and the object to show next.
    fn form(&self, edit: FormEdit) -> Result<(String, ItemAt), String> {
        let text = &*self.now.dataset;
        let mut value = if text.trim().is_empty() {
            empty_dataset()
        } else {
            serde_json::from_str(text).map_err(|e| {
                format!("dataset.json has a syntax error at line {}, column {} ({e}): fix it in the file, then try again.", e.line(), e.column())
            })?
        };
        let shown = edit::apply(&mut value, &self.now.article, edit)?;
        Ok((tidy_value(&value), shown))
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Changes made since the last save (a reload keeps them through the
    /// autosave; leaving the page asks first).
    pub fn unsaved(&self) -> bool {
        self.now != self.saved
    }

    /// The texts last saved.
    pub fn saved(&self) -> &Texts {
        &self.saved
    }
}

/// The dataset's text as the studio writes it: every object's keys in the
/// schema's order, two-space indents, a quote on one line; None when it is
/// not JSON (it is then downloaded as it is).
pub fn tidy(dataset: &str) -> Option<String> {
    serde_json::from_str(dataset).ok().map(|v| tidy_value(&v))
}

fn tidy_value(value: &serde_json::Value) -> String {
    let ordered = edit::in_schema_order(value, crate::author::schema::cached_schema());
    crate::author::quotes::to_pretty(&ordered)
}

/// Which file a finding points into, at which line and column (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Dataset {
        line: usize,
        col: usize,
        byte: usize,
    },
    Article {
        line: usize,
        col: usize,
        byte: usize,
    },
}

/// One of `check`'s diagnostics, located for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub item: String,
    pub reason: String,
    pub help: Vec<String>,
    /// Where it is, dataset first: every place the diagnostic names.
    pub places: Vec<Place>,
}

/// What `check` says of the texts: None when there is nothing to check
/// (both empty), else the findings (empty when every rule holds).
pub fn findings(texts: &Texts) -> Option<Vec<Finding>> {
    if texts.article.trim().is_empty() && texts.dataset.trim().is_empty() {
        return None;
    }
    Some(match check(texts.article.as_bytes(), &texts.dataset) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics.iter().map(|d| locate(d, texts)).collect(),
    })
}

fn locate(d: &Diagnostic, texts: &Texts) -> Finding {
    let mut places = Vec::new();
    if let Some(byte) = d.dataset_at.filter(|&b| b <= texts.dataset.len()) {
        let (line, col) = line_col(&texts.dataset, byte);
        places.push(Place::Dataset { line, col, byte });
    }
    if let Some(byte) = d.article_at.filter(|&b| b <= texts.article.len()) {
        let (line, col) = line_col(&texts.article, byte);
        places.push(Place::Article { line, col, byte });
    }
    Finding {
        item: d.item.clone(),
        reason: d.reason.clone(),
        help: d.help.clone(),
        places,
    }
}

/// Whether a file of `size` bytes can be opened, before reading it.
pub fn too_big(name: &str, size: usize, limit: usize) -> Option<String> {
    (size > limit).then(|| {
        format!(
            "{name} is {} KB, more than the studio opens ({} KB): is it the right file?",
            size / 1000,
            limit / 1000
        )
    })
}

/// An opened file's text, with Windows line ends (CRLF) made LF as a text
/// area makes them (so places and offsets agree with what is shown), or
/// why it cannot be opened (the session keeps what it had).
pub fn opened_text(name: &str, bytes: &[u8], limit: usize) -> Result<String, String> {
    if let Some(problem) = too_big(name, bytes.len(), limit) {
        return Err(problem);
    }
    let text = opened_utf8(name, bytes)?;
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

fn opened_utf8(name: &str, bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "{name} is not UTF-8 text (the first bad byte is at offset {}): save it as UTF-8 and open it again",
            e.utf8_error().valid_up_to()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &Session, text: &str) -> Session {
        s.apply(Edit::Dataset(text.into()))
    }

    #[test]
    fn undo_and_redo_walk_the_edits_and_a_new_edit_drops_the_redo() {
        let a = typed(&Session::default(), "a").apply(Edit::Article("x".into()));
        let s = typed(&a, "ab");
        assert_eq!(&*s.now.dataset, "ab");
        let u = s.apply(Edit::Undo);
        assert_eq!((&*u.now.dataset, &*u.now.article), ("a", "x"));
        assert!(u.can_redo());
        assert_eq!(&*u.apply(Edit::Redo).now.dataset, "ab");
        let branched = typed(&u, "ax");
        assert!(!branched.can_redo());
        assert_eq!(&*branched.apply(Edit::Undo).now.dataset, "a");
    }

    #[test]
    fn a_run_of_typing_in_one_file_is_one_step() {
        let s = typed(&typed(&typed(&Session::default(), "a"), "ab"), "abc");
        let u = s.apply(Edit::Undo);
        assert_eq!(&*u.now.dataset, "");
        assert!(!u.can_undo());
        // After an undo, typing starts a new step.
        let again = typed(&typed(&u.apply(Edit::Redo), "abcd"), "abcde");
        assert_eq!(&*again.apply(Edit::Undo).now.dataset, "abc");
    }

    #[test]
    fn saving_marks_the_texts_and_an_edit_unmarks_them() {
        let s = typed(&Session::default(), "x");
        assert!(s.unsaved());
        let saved = s.apply(Edit::Saved);
        assert!(!saved.unsaved());
        assert!(typed(&saved, "y").unsaved());
        assert!(!typed(&saved, "y").apply(Edit::Undo).unsaved());
    }

    #[test]
    fn opening_replaces_only_the_texts_given_and_can_be_undone() {
        let s = Session::default().apply(Edit::Article("old".into()));
        let o = s.apply(Edit::Open {
            article: None,
            dataset: Some("{}".into()),
        });
        assert_eq!((&*o.now.article, &*o.now.dataset), ("old", "{}"));
        assert_eq!(o.apply(Edit::Undo).now, s.now);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        assert!(opened_text("a.txt", &[0xff, 0xfe], 10)
            .unwrap_err()
            .contains("not UTF-8"));
        assert!(opened_text("a.txt", &[b'a'; 11], 10)
            .unwrap_err()
            .contains("more than"));
        assert_eq!(opened_text("a.txt", b"ok", 10).unwrap(), "ok");
        assert_eq!(opened_text("a.txt", b"a\r\nb\rc", 10).unwrap(), "a\nb\nc");
    }
}

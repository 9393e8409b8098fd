//! The DOM ids of a statement or figure, built in one place: the article's
//! highlight and the results' row are found by these ids ("Show in article",
//! focus after a selection), so the code that sets an id and the code that
//! looks it up must agree.

/// The id of the item's first highlight in the article (its anchor), the
/// target of "Show in article".
pub fn span_dom_id(id: &str) -> String {
    format!("span-{id}")
}

/// The id of the item's row in the results, where focus returns.
pub fn row_dom_id(id: &str) -> String {
    format!("item-{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_prefixed_and_distinct() {
        assert_eq!(span_dom_id("s-cooper-urge"), "span-s-cooper-urge");
        assert_eq!(row_dom_id("f-tarar-133-killed"), "item-f-tarar-133-killed");
        assert_ne!(span_dom_id("x"), row_dom_id("x"));
    }
}

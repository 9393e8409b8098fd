//! The DOM ids of an item's places in the page, made in one place: the
//! article's anchor, the result row, and the focus that moves between them.

/// The id of the first highlight of item `id` in the article.
pub fn span_dom_id(id: &str) -> String {
    format!("span-{id}")
}

/// The id of item `id`'s row in the results.
pub fn row_dom_id(id: &str) -> String {
    format!("item-{id}")
}

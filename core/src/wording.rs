//! The app's sentences about results, kept here so they are tested natively.

use crate::query::{Filters, Outcome};

/// "1 result" or "3 results".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The announced result count: "54 results: 43 statements, 11 claimed figures".
pub fn result_summary(o: &Outcome) -> String {
    format!(
        "{}: {}, {}",
        plural(o.items.len(), "result", "results"),
        plural(o.statements, "statement", "statements"),
        plural(o.figures, "claimed figure", "claimed figures")
    )
}

/// When nothing matches: says which active filters to loosen.
pub fn empty_advice(f: &Filters) -> String {
    let mut parts = Vec::new();
    if !f.search.trim().is_empty() {
        parts.push(format!(
            "shorten or change the search “{}”",
            f.search.trim()
        ));
    }
    if !f.selected.is_empty() {
        parts.push("choose fewer filter options".to_string());
    }
    if f.contested {
        parts.push("turn off “contested only”".to_string());
    }
    if parts.is_empty() {
        "Try another search.".to_string()
    } else {
        format!("Try to {}.", parts.join(", or "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Facet;

    #[test]
    fn counts_take_their_singular_at_one() {
        let o = Outcome {
            items: vec![0],
            statements: 1,
            figures: 0,
            ..Outcome::default()
        };
        assert_eq!(
            result_summary(&o),
            "1 result: 1 statement, 0 claimed figures"
        );
        let o = Outcome {
            items: vec![0, 1, 2],
            statements: 2,
            figures: 1,
            ..Outcome::default()
        };
        assert_eq!(
            result_summary(&o),
            "3 results: 2 statements, 1 claimed figure"
        );
    }

    #[test]
    fn advice_names_each_active_filter() {
        assert_eq!(empty_advice(&Filters::default()), "Try another search.");
        let mut f = Filters {
            search: "  war ".into(),
            contested: true,
            ..Filters::default()
        };
        f.toggle(Facet::Party, "iran");
        assert_eq!(
            empty_advice(&f),
            "Try to shorten or change the search “war”, or choose fewer filter options, or turn off “contested only”."
        );
    }
}

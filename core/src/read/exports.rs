//! Assembling the reader's exports from pieces the build prepared
//! (`crate::publish::prepared`): plain string joins, so the reader's wasm
//! needs no serializer, no selector code and no JSON library. Byte for byte
//! what `crate::publish::export` and `crate::publish::cite` write
//! (`core/tests/prepared.rs` proves it on every subset it tries).

/// What stands for the explorer's link in a prepared citation: the link is
/// the reader's page address, known only in the browser.
pub const LINK_MARK: &str = "{{explorer-link}}";

/// The JSON export's frame: the text before the first row, between two
/// rows, after the last, and the whole export when there is no row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonFrame<'a> {
    pub head: &'a str,
    pub separator: &'a str,
    pub tail: &'a str,
    pub empty: &'a str,
}

/// The CSV export: the header, then each row's prepared line (with its
/// line end).
pub fn csv<'a>(header: &str, lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from(header);
    lines.into_iter().for_each(|line| out.push_str(line));
    out
}

/// The JSON export: the frame around the rows' prepared objects.
pub fn json<'a>(frame: JsonFrame, rows: impl IntoIterator<Item = &'a str>) -> String {
    let mut rows = rows.into_iter().peekable();
    if rows.peek().is_none() {
        return frame.empty.to_owned();
    }
    let mut out = String::from(frame.head);
    for (i, row) in rows.enumerate() {
        if i > 0 {
            out.push_str(frame.separator);
        }
        out.push_str(row);
    }
    out.push_str(frame.tail);
    out
}

/// A prepared citation (`before`, `after` its link) with the reader's link
/// put in. In JSON (`in_json`) the link is escaped as a JSON string's
/// content, as the build's serializer would have written it.
pub fn with_link(before: &str, after: &str, link: &str, in_json: bool) -> String {
    let link = if in_json {
        json_string_content(link)
    } else {
        link.into()
    };
    [before, &link, after].concat()
}

/// `text` escaped as the inside of a JSON string (RFC 8259: quote,
/// backslash and control characters), as serde_json escapes it.
fn json_string_content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_with_no_row_is_the_empty_export_and_rows_are_separated() {
        let frame = JsonFrame {
            head: "[",
            separator: ",",
            tail: "]",
            empty: "[]!",
        };
        assert_eq!(json(frame, []), "[]!");
        assert_eq!(json(frame, ["a"]), "[a]");
        assert_eq!(json(frame, ["a", "b"]), "[a,b]");
        assert_eq!(csv("h\n", ["1\n", "2\n"]), "h\n1\n2\n");
    }

    #[test]
    fn a_link_in_json_is_escaped_as_serde_json_would() {
        let link = "https://x.example/a\"b\\c\u{1}?sel=s";
        let escaped = serde_json::to_string(link).unwrap();
        assert_eq!(
            with_link("<", ">", link, true),
            format!("<{}>", &escaped[1..escaped.len() - 1])
        );
        assert_eq!(with_link("<", ">", link, false), format!("<{link}>"));
    }
}

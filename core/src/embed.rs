//! The snippet a host page pastes to embed the explorer.

/// Escapes text for a double-quoted HTML attribute value. A URL can carry
/// `&` (between parameters) and, from a hostile link, `"` or `<`: unescaped,
/// those would end the attribute and inject markup into the host's page.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The embed code for the current view: an iframe of `explorer_url` (the
/// view with `embed=1`) and the host script that sizes the frame, from
/// `app_base_url` (the app's folder, ending in `/`). Both URLs are
/// attribute-escaped, so the snippet is valid HTML whatever the URL holds.
pub fn embed_snippet(explorer_url: &str, app_base_url: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"Article explorer\" loading=\"lazy\" style=\"width:100%;border:0;min-height:480px\"></iframe>\n<script src=\"{}embed-host.js\" async></script>",
        escape_attr(explorer_url),
        escape_attr(app_base_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_url_is_embedded_as_is() {
        assert_eq!(
            embed_snippet(
                "https://example.org/explorer/?embed=1",
                "https://example.org/explorer/"
            ),
            "<iframe src=\"https://example.org/explorer/?embed=1\" title=\"Article explorer\" \
             loading=\"lazy\" style=\"width:100%;border:0;min-height:480px\"></iframe>\n\
             <script src=\"https://example.org/explorer/embed-host.js\" async></script>"
        );
    }

    #[test]
    fn ampersands_quotes_and_angle_brackets_are_escaped_in_both_urls() {
        let s = embed_snippet(
            "https://x.org/e/?party=iran&q=\"x\"<b>&embed=1",
            "https://x.org/a&b\"/",
        );
        assert!(
            s.starts_with(
                "<iframe src=\"https://x.org/e/?party=iran&amp;q=&quot;x&quot;&lt;b&gt;&amp;embed=1\" "
            ),
            "{s}"
        );
        assert!(
            s.ends_with(
                "<script src=\"https://x.org/a&amp;b&quot;/embed-host.js\" async></script>"
            ),
            "{s}"
        );
        // Nothing ends an attribute early: the only quotes are the snippet's.
        assert_eq!(s.matches('"').count(), 10);
        assert_eq!(escape_attr("a&amp;b"), "a&amp;amp;b");
    }
}

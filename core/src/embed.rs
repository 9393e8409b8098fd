//! The embed snippet: the iframe and the host script a page pastes in.

/// The HTML an explainer pastes to embed `explorer_url`, with the host script
/// from `app_base_url` that sizes the frame. Both URLs are escaped for an
/// attribute: they come from the address bar.
pub fn snippet(explorer_url: &str, app_base_url: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"Article explorer\" loading=\"lazy\" style=\"width:100%;border:0;min-height:480px\"></iframe>\n<script src=\"{}embed-host.js\" async></script>",
        escape_attribute(explorer_url),
        escape_attribute(app_base_url)
    )
}

fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

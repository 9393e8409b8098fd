use explorer_core::dataset::model::{Correction, CorrectionKind};
use explorer_core::read::wording::plural;
use yew::prelude::*;

use crate::data::Data;

/// "About this data", a methods note folded in the footer: the data's
/// version and content hash, whose the headline is when the text has none,
/// corrections of the article (named apart), then the data's change log.
/// A plain function of the data (no state of its own).
pub fn about_data(data: &Data) -> Html {
    let d = data.dataset;
    let of_kind = |kind: CorrectionKind| -> Vec<&Correction> {
        d.corrections.iter().filter(|c| c.kind == kind).collect()
    };
    let (article, changes) = (
        of_kind(CorrectionKind::Article),
        of_kind(CorrectionKind::Data),
    );
    html! {
        <details class="about-data">
            <summary>{"About this data"}</summary>
            if d.article.title_editor_supplied {
                <p class="editor-note">{"The article has no headline: the title above is the editor's."}</p>
            }
            <p>
                {format!("Data version {}", d.version)}
                {" · content hash "}<code class="content-hash">{data.content_hash}</code>
            </p>
            if !article.is_empty() {
                <h3>{plural(article.len(), "correction of the article", "corrections of the article")}</h3>
                <ol class="article-corrections">{entries(&article)}</ol>
            }
            if !changes.is_empty() {
                <h3>{plural(changes.len(), "change to the data", "changes to the data")}</h3>
                <ol class="data-changes">{entries(&changes)}</ol>
            }
        </details>
    }
}

/// Dated entries of the log.
fn entries(list: &[&Correction]) -> Html {
    list.iter()
        .map(|c| {
            html! {
                <li><time datetime={c.date.clone()}>{c.date.clone()}</time>{": "}{c.change.clone()}
                    <span class="reason">{" Why: "}{c.reason.clone()}</span></li>
            }
        })
        .collect()
}

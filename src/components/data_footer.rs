use yew::prelude::*;

use crate::data::use_data;

/// The data's version, content hash and correction log: embedded with the
/// app, so they show offline too.
#[function_component(DataFooter)]
pub fn data_footer() -> Html {
    let data = use_data();
    let d = data.dataset;
    let corrections = d.corrections.len();
    html! {
        <footer class="data-footer">
            <p>
                {format!("Data version {}", d.version)}
                {" · content hash "}<code class="content-hash">{data.content_hash}</code>
            </p>
            if corrections > 0 {
                <details class="corrections">
                    <summary>{explorer_core::wording::plural(corrections, "correction", "corrections")}</summary>
                    <ol>
                        { for d.corrections.iter().map(|c| html! {
                            <li><time datetime={c.date.clone()}>{c.date.clone()}</time>{": "}{c.change.clone()}
                                <span class="reason">{" Why: "}{c.reason.clone()}</span></li>
                        }) }
                    </ol>
                </details>
            }
        </footer>
    }
}

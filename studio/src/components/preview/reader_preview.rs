use explorer_core::author::session::Texts;
use yew::prelude::*;

use super::preview_choice::PreviewChoice;
use super::preview_frame::PreviewFrame;
use crate::preview::{use_prepared, Prepared, PreviewView};

#[derive(Properties, PartialEq)]
pub struct ReaderPreviewProps {
    /// The article and dataset being written.
    pub texts: Texts,
}

/// The real reader mounted on the texts once they pass `check` (and have
/// settled), in frames of the chosen view's widths; until they pass, how
/// many problems stand in the way.
#[function_component(ReaderPreview)]
pub fn reader_preview(props: &ReaderPreviewProps) -> Html {
    let prepared = use_prepared(&props.texts);
    let view = use_state(|| PreviewView::Reader);
    let onchange = {
        let view = view.clone();
        Callback::from(move |v: PreviewView| view.set(v))
    };
    let shown = match prepared {
        None => html! { <p class="hint">{"Preparing the preview…"}</p> },
        Some(Prepared::Empty) => {
            html! { <p class="hint">{"The reader shows here once the article and its dataset pass the check."}</p> }
        }
        Some(Prepared::Problems(n)) => html! {
            <p class="preview-blocked" role="status">{blocked(n)}</p>
        },
        Some(Prepared::Ready(data)) => {
            let frames = view.frames();
            let class = classes!("preview-frames", (frames.len() > 1).then_some("pair"));
            let frames = frames.into_iter().map(|frame| {
                let key = format!("{frame:?}-{:p}", std::rc::Rc::as_ptr(&data.0));
                html! { <PreviewFrame {key} data={data.clone()} {frame} /> }
            });
            html! { <div {class}>{ for frames }</div> }
        }
    };
    html! {
        <section class="reader-preview" aria-labelledby="preview-title">
            <h3 id="preview-title">{"Preview"}</h3>
            <p class="hint">{"The real reader on these two files, as readers will see it; it follows your changes once you pause."}</p>
            <PreviewChoice view={*view} {onchange} />
            {shown}
        </section>
    }
}

/// Why there is no preview: `n` problems found by the check above.
fn blocked(n: usize) -> String {
    if n == 1 {
        "Fix the problem above to preview.".into()
    } else {
        format!("Fix the {n} problems above to preview.")
    }
}

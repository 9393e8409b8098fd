use std::rc::Rc;

use explorer_core::read::embed::{embed_snippet, frame_title, EmbedChoice, Layout};
use explorer_core::read::url_state::{encode, UrlState};
use yew::prelude::*;

use article_explorer::data::use_data;

use super::embed_options::EmbedOptions;
use crate::browser;

#[derive(Properties, PartialEq)]
pub struct EmbedBuilderProps {
    /// What the reader was looking at when they chose "Embed": the embed
    /// starts from it.
    pub url: Rc<UrlState>,
    /// Copies the snippet.
    pub oncopy: Callback<String>,
}

/// Where an author chooses the embed's view, filters, theme and height,
/// sees the real reader embedded in a preview frame, and copies the
/// snippet, whose iframe is the preview's (same address, same height).
#[function_component(EmbedBuilder)]
pub fn embed_builder(props: &EmbedBuilderProps) -> Html {
    let choice = use_state(|| EmbedChoice::for_state(&props.url));
    let data = use_data();
    let reader = browser::reader_base_url();
    let state = choice.embed_state(&props.url);
    let src = format!("{reader}?{}", encode(&state));
    // The frame's title says what it shows, from the data.
    let article = &data.dataset.article;
    let name = article.short_name.as_deref().unwrap_or(&article.title);
    let title = frame_title(name, Layout::of(&state));
    let snippet = embed_snippet(&src, &reader, choice.frame_height(), &title, choice.mirror);
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |c: EmbedChoice| choice.set(c))
    };
    let copy = {
        let (snippet, oncopy) = (snippet.clone(), props.oncopy.clone());
        Callback::from(move |_: MouseEvent| oncopy.emit(snippet.clone()))
    };
    let can_card = EmbedChoice::allows(&props.url, Layout::Card);
    html! {
        <section class="embed-builder" aria-labelledby="embed-title">
            <h2 id="embed-title">{"Embed this view"}</h2>
            <div class="builder-grid">
                <div class="builder-form">
                    <EmbedOptions choice={(*choice).clone()} {can_card} {onchange} />
                    <label for="embed-snippet">{"Embed code"}</label>
                    <textarea id="embed-snippet" readonly=true rows="5" value={snippet} />
                    <p class="hint">{"Paste it into your page. With the script, the frame follows its content (and, if you chose it, keeps the reader's filters in your page's address); without it, the frame keeps its height."}</p>
                    <div class="dialog-actions">
                        <button type="button" class="button" onclick={copy}>{"Copy code"}</button>
                    </div>
                </div>
                <div class="builder-preview">
                    <p class="preview-label" id="embed-preview-label">{"Preview"}</p>
                    <iframe class="embed-preview" {src} title={format!("Preview: {title}")}
                        height={choice.frame_height().to_string()} />
                </div>
            </div>
        </section>
    }
}

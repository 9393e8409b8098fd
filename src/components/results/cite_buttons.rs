use explorer_core::read::exports::with_link;
use yew::prelude::*;

use crate::browser;
use crate::data::use_data;
use crate::state::{use_dispatch, Action};

#[derive(Properties, PartialEq, Clone)]
pub struct CiteButtonsProps {
    /// The statement or figure to cite.
    pub id: AttrValue,
    /// Its name for screen readers ("Khawaja Asif, Threat").
    pub label: AttrValue,
}

/// What a button copies.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Citation,
    Annotation,
}

/// A "Cite" menu with "Cite this" and "Copy annotation JSON" for one
/// statement or figure. The
/// build prepared both texts (`explorer_core::publish::prepared`); this puts
/// the page's link in, copies them, says so in the toast, and when the
/// browser refuses the clipboard shows the text to copy by hand.
#[function_component(CiteButtons)]
pub fn cite_buttons(props: &CiteButtonsProps) -> Html {
    let dispatch = use_dispatch();
    let data = use_data();
    // The text the clipboard refused, shown to copy by hand.
    let by_hand = use_state_eq(|| None::<(Copied, String)>);
    let copy = |what: Copied| {
        let (data, props, by_hand) = (data.clone(), props.clone(), by_hand.clone());
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let link = browser::url_with_query(&format!("sel={}", props.id));
            let Some(at) = data.index.item_by_id(&props.id) else {
                return;
            };
            let (dispatch, by_hand, id) = (dispatch.clone(), by_hand.clone(), props.id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = match cited_text(what, at, &id, &link).await {
                    Ok(text) => text,
                    Err(problem) => {
                        by_hand.set(None);
                        return dispatch.emit(Action::Toast(problem));
                    }
                };
                let ok = browser::copy_text(text.clone()).await;
                let name = match what {
                    Copied::Citation => "Citation",
                    Copied::Annotation => "Annotation JSON",
                };
                let toast = if ok {
                    format!("{name} copied.")
                } else {
                    format!("{name} not copied: select it below the quote and copy it.")
                };
                dispatch.emit(Action::Toast(toast));
                by_hand.set((!ok).then_some((what, text)));
            });
        })
    };
    // Text the clipboard refused is focused and selected, ready to copy.
    let area = use_node_ref();
    use_effect_with((*by_hand).clone(), {
        let area = area.clone();
        move |shown| {
            if let (Some(_), Some(el)) = (shown, area.cast::<web_sys::HtmlTextAreaElement>()) {
                let _ = el.focus();
                el.select();
            }
        }
    });
    let hidden = format!(": {}", props.label);
    html! {
        // One menu per card, folded: a reader's card, a publisher's tools.
        // Pointing at or focusing it fetches the citations first: the copy
        // then follows the click at once, while the browser still counts it
        // as the reader's (the clipboard asks for that).
        <details class="cite card-menu" onpointerenter={Callback::from(|_| prefetch())} onfocusin={Callback::from(|_| prefetch())}>
            <summary>{"Cite"}<span class="visually-hidden">{hidden.clone()}</span></summary>
            <div class="card-menu-items" role="group" aria-label="Cite and annotate">
                <button type="button" class="link-button cite-this" onclick={copy(Copied::Citation)}>
                    {"Cite this"}<span class="visually-hidden">{hidden.clone()}</span>
                </button>
                <button type="button" class="link-button cite-annotation" onclick={copy(Copied::Annotation)}>
                    {"Copy annotation JSON"}<span class="visually-hidden">{hidden}</span>
                </button>
            </div>
            if let Some((what, text)) = (*by_hand).clone() {
                <label class="cite-by-hand">
                    {if what == Copied::Citation { "Citation to copy" } else { "Annotation JSON to copy" }}
                    <textarea ref={area} readonly=true rows="8" value={text} />
                </label>
            }
        </details>
    }
}

/// The citation or annotation JSON of item `at` (id `id`) with the link put
/// in, from the build's prepared pieces (fetched on the first use).
async fn cited_text(what: Copied, at: usize, id: &str, link: &str) -> Result<String, String> {
    let prepared = browser::prepared_exports().await?;
    let key = match what {
        Copied::Citation => "citation",
        Copied::Annotation => "annotation",
    };
    let (before, after) = prepared
        .item_pair(at, id, key)
        .ok_or("The export file does not match this page: reload the page.")?;
    Ok(with_link(&before, &after, link, what == Copied::Annotation))
}

/// Fetches the prepared citations in the background (once: then kept).
fn prefetch() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = browser::prepared_exports().await;
    });
}

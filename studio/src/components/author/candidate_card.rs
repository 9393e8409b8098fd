use explorer_core::author::candidates::Candidate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CandidateCardProps {
    pub candidate: Candidate,
    pub article: AttrValue,
    /// Add it to the dataset, as the draft proposes it, and edit it.
    pub onaccept: Callback<()>,
    /// Hide it.
    pub ondismiss: Callback<()>,
}

/// One of the draft's proposals, to accept (then edit) or dismiss.
#[function_component(CandidateCard)]
pub fn candidate_card(props: &CandidateCardProps) -> Html {
    let c = &props.candidate;
    let words = props
        .article
        .get(c.start..c.end)
        .unwrap_or_default()
        .to_string();
    let hint = c
        .item
        .get("speaker")
        .and_then(|s| s.as_str())
        .map(|s| format!("Speaker proposed: {s}"));
    html! {
        <section class="candidate-card" aria-label="Proposed by the draft">
            <h3>{format!("Proposed {}", c.kind.label())}</h3>
            <p><q>{words}</q></p>
            if let Some(hint) = hint { <p class="hint">{hint}</p> }
            <p class="hint">{"The draft finds these by rule: accept it to add it and fill in what it leaves to you, or dismiss it."}</p>
            <div class="item-actions">
                <button type="button" class="button primary" onclick={props.onaccept.reform(|_: MouseEvent| ())}>{"Accept and edit"}</button>
                <button type="button" class="button" onclick={props.ondismiss.reform(|_: MouseEvent| ())}>{"Dismiss"}</button>
            </div>
        </section>
    }
}

use explorer_core::read::embed::{EmbedChoice, Layout, DEFAULT_FRAME_HEIGHT};
use explorer_core::read::url_state::{Theme, FRAME_HEIGHTS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedOptionsProps {
    pub choice: EmbedChoice,
    /// A card can be chosen (an item is selected).
    pub can_card: bool,
    pub onchange: Callback<EmbedChoice>,
}

/// The builder's form: the view, the filters, the headline, mirroring into
/// the host's address, the theme and the height.
#[function_component(EmbedOptions)]
pub fn embed_options(props: &EmbedOptionsProps) -> Html {
    let c = &props.choice;
    // A change of one field: the choice with `f` applied.
    let set = |f: fn(&mut EmbedChoice, &HtmlInputElement)| {
        let (choice, onchange) = (c.clone(), props.onchange.clone());
        Callback::from(move |e: Event| {
            let mut next = choice.clone();
            f(&mut next, &e.target_unchecked_into::<HtmlInputElement>());
            onchange.emit(next);
        })
    };
    let layouts = Layout::ALL.iter().map(|&layout| {
        let disabled = layout == Layout::Card && !props.can_card;
        let onchange = set(|c, input| c.layout = Layout::ALL[input.value().parse::<usize>().unwrap_or(0)]);
        let value = Layout::ALL.iter().position(|&l| l == layout).unwrap_or(0).to_string();
        html! { <label class={classes!("choice", disabled.then_some("disabled"))}>
            <input type="radio" name="embed-layout" {value} checked={c.layout == layout} {disabled} {onchange} />
            {layout.label()}
            if disabled { <span class="hint">{" (select a statement or figure first)"}</span> }
        </label> }
    });
    let themes = Theme::ALL.iter().map(|&theme| {
        let onchange = set(|c, input| c.theme = Theme::from_key(&input.value()).unwrap_or_default());
        let label = match theme {
            Theme::Auto => "Auto (the reader's light or dark setting)",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        };
        html! { <label class="choice">
            <input type="radio" name="embed-theme" value={theme.key()} checked={c.theme == theme} {onchange} />
            {label}
        </label> }
    });
    let onfilters = set(|c, input| c.keep_filters = input.checked());
    let onheadline = set(|c, input| c.headline = input.checked());
    let onmirror = set(|c, input| c.mirror = input.checked());
    let onfixed = set(|c, input| c.height = input.checked().then_some(DEFAULT_FRAME_HEIGHT));
    let onheight = set(|c, input| c.height = input.value().parse().ok().or(c.height));
    html! {
        <div class="embed-options">
            <fieldset><legend>{"View"}</legend>{ for layouts }</fieldset>
            <label class="choice">
                <input type="checkbox" checked={c.keep_filters} onchange={onfilters} />
                {"Keep the current filters and search"}
            </label>
            <label class="choice">
                <input type="checkbox" checked={c.headline} onchange={onheadline} />
                {"Show the article's headline inside the embed"}
            </label>
            <label class="choice">
                <input type="checkbox" checked={c.mirror} onchange={onmirror} />
                {"Keep the reader's filters in your page's address (the host script writes them there)"}
            </label>
            <fieldset><legend>{"Theme"}</legend>{ for themes }</fieldset>
            <fieldset><legend>{"Height"}</legend>
                <label class="choice">
                    <input type="checkbox" checked={c.height.is_some()} onchange={onfixed} />
                    {"Fixed height (the frame scrolls inside)"}
                </label>
                <label class="choice">{"Pixels "}
                    <input type="number" id="embed-height" min={FRAME_HEIGHTS.start().to_string()}
                        max={FRAME_HEIGHTS.end().to_string()} step="10" disabled={c.height.is_none()}
                        value={c.frame_height().to_string()} onchange={onheight} />
                </label>
            </fieldset>
        </div>
    }
}

use std::rc::Rc;

use explorer_core::read::mount::{rows_at, Step};
use explorer_core::read::query::{ItemRef, Outcome};
use explorer_core::read::times::cards_say_when;
use explorer_core::read::url_state::UrlState;
use explorer_core::read::view_rules::{mounted_rows, reading_numbers, Row};
use explorer_core::read::wording::{empty_advice, result_summary};
use yew::prelude::*;

use crate::components::item_card;
use crate::components::voices::passage_results::passage_results;
use crate::data::{use_data, Data};
use crate::state::{use_dispatch, Action, PAGE};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub outcome: Rc<Outcome>,
    pub url: Rc<UrlState>,
    /// Rows to render; the rest wait behind "show more".
    pub shown: usize,
    /// A folded list's "Show all N" (`view_rules::show_all_label`), in
    /// place of "show more".
    #[prop_or_default]
    pub show_all: Option<AttrValue>,
    /// Whether any filter or search is set.
    pub can_clear: bool,
    /// The first mount's progress (everything when absent): rows beyond its
    /// limit wait a task.
    #[prop_or_default]
    pub mount: Step,
    pub onselect: Callback<AttrValue>,
}

/// The result count (announced), the statements and figures that match, or
/// an empty state that says what to change.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let dispatch = use_dispatch();
    let o = &props.outcome;
    let total = o.items.len();
    let summary = result_summary(o);
    let data = use_data();
    let visible = &o.items[..total.min(props.shown)];
    let (statements, figures) = rows(&data, props, visible);
    // A heading shows over cards that show (a folded list may show none of
    // the figures).
    let figures_shown = visible
        .iter()
        .filter(|&&i| matches!(data.index.items[i].target, ItemRef::Figure(_)))
        .count();
    let statements_shown = visible.len() - figures_shown;
    let onclear = dispatch.reform(|_| Action::ClearAll);
    let onshowmore = dispatch.reform(|_| Action::ShowMore);
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">{"Results"}</h2>
            <div class="count-line">
                <p class="result-count" role="status" aria-live="polite" aria-atomic="true">{summary}</p>
                <button type="button" class="link-button clear-all" hidden={!props.can_clear} onclick={dispatch.reform(|_| Action::ClearAll)}>{"Clear all"}</button>
            </div>
            {passage_results(&data, o, &props.url.filters)}
            if o.total() == 0 {
                <div class="empty-state">
                    <p><strong>{"Nothing matches."}</strong></p>
                    <p>{empty_advice(&props.url.filters)}</p>
                    <button type="button" class="button" onclick={onclear}>{"Clear all filters"}</button>
                </div>
            }
            <h3 hidden={statements_shown == 0}>{format!("Statements ({})", o.statements)}</h3>
            <ol class="rows">{statements}</ol>
            <h3 hidden={figures_shown == 0}>{format!("Claimed figures ({})", o.figures)}</h3>
            <ol class="rows">{figures}</ol>
            if let Some(label) = props.show_all.clone() {
                <button type="button" class="button show-more show-all" onclick={dispatch.reform(|_| Action::ShowAll)}>
                    {label}<span class="visually-hidden">{" results"}</span>
                </button>
            } else if total > props.shown {
                <button type="button" class="button show-more" onclick={onshowmore}>
                    {format!("Show more ({} of {total} shown)", props.shown)}
                </button>
            }
        </section>
    }
}

/// The statement rows and the figure rows, as `view_rules::mounted_rows`
/// decides them.
fn rows(data: &Data, props: &ResultsProps, visible: &[usize]) -> (Vec<Html>, Vec<Html>) {
    let index = &data.index;
    let selected = props
        .url
        .selected
        .as_deref()
        .and_then(|id| index.item_by_id(id));
    let search: AttrValue = props.url.filters.search.clone().into();
    let when = cards_say_when(&props.url.filters);
    // A card's number is its marker's in the article: in reading order.
    let mounted = mounted_rows(
        index.items.len(),
        PAGE,
        visible,
        &reading_numbers(index, &props.outcome.items),
        selected,
        rows_at(props.mount),
    );
    let mut statements = Vec::new();
    let mut figures = Vec::new();
    for Row { item: i, number } in mounted {
        let shown = number.is_some();
        let item = &index.items[i];
        let link = data.links[i].clone();
        // A hidden row ignores the search, so typing does not re-render it.
        let search = if shown {
            search.clone()
        } else {
            AttrValue::default()
        };
        let selected = shown && selected == Some(i);
        // The <li> is here, not in the row: showing, hiding or selecting a
        // row changes its attributes without re-rendering its content.
        let (kind, content) = item_card(
            item.target,
            search,
            link.href.clone(),
            &props.onselect,
            when,
        );
        let list = match item.target {
            ItemRef::Statement(_) => &mut statements,
            ItemRef::Figure(_) => &mut figures,
        };
        list.push(html! {
            <li key={i} hidden={!shown} id={link.row} tabindex="-1"
                class={classes!("row", kind, selected.then_some("selected"))}
                aria-current={selected.then_some("true")}>
                // The number of its marker in the article.
                <span class="num" aria-hidden="true">{number}</span>
                {content}
            </li>
        });
    }
    (statements, figures)
}

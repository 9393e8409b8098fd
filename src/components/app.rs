use std::rc::Rc;

use explorer_core::export::{rows, to_csv, to_json};
use explorer_core::query::Facet;
use explorer_core::url_state::{decode, encode, View};
use yew::prelude::*;

use super::article_view::ArticleView;
use super::embed_dialog::EmbedDialog;
use super::facet::{FacetGroup, OptionView};
use super::figures_view::FiguresView;
use super::notices::Notices;
use super::results::Results;
use super::search_box::SearchBox;
use super::toolbar::{ExportFormat, Toolbar};
use crate::browser;
use crate::data::data;
use crate::deferred::use_deferred;
use crate::state::{Action, Focus, State};

/// The explorer: state in one reducer, the URL as its shareable form.
#[function_component(App)]
pub fn app() -> Html {
    // A test-only fault: debug builds panic on `?fault=panic`, to prove the
    // panic panel; release builds do not contain this line.
    #[cfg(debug_assertions)]
    if browser::location_search().contains("fault=panic") {
        panic!("fault injected for a test (debug builds only)");
    }
    let state = use_reducer(|| {
        let (url, notices) = decode(&browser::location_search(), &data().index);
        State::new(url, notices)
    });
    let dispatcher = state.dispatcher();

    // The address bar follows the state; Back and Forward restore it. The
    // history entry is written after the frame that shows the change: in a
    // trace, `pushState` and what it sets off made that frame about 4 ms
    // longer, and no reader waits for the address bar.
    {
        let mode = state.history;
        use_effect_with(state.url.clone(), move |url| {
            let query = encode(url);
            browser::after_next_paint(move || browser::write_url(&query, mode));
        });
    }
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_popstate(move || {
                let (url, notices) = decode(&browser::location_search(), &data().index);
                dispatcher.dispatch(Action::Restore(url, notices));
            });
            move || drop(listener)
        });
    }
    // A selection moves focus to its span or its row.
    {
        let target = state.url.selected.clone().and_then(|id| match state.focus {
            Focus::Article => Some(format!("span-{id}")),
            Focus::Result => Some(format!("item-{id}")),
            Focus::None => None,
        });
        use_effect_with((target, state.selections), |(target, _)| {
            if let Some(id) = target {
                browser::scroll_and_focus(id);
            }
        });
    }

    // Offline support; a new version is announced, not forced.
    {
        let dispatcher = dispatcher.clone();
        use_effect_with((), move |_| {
            browser::register_service_worker(move || dispatcher.dispatch(Action::UpdateReady));
        });
    }

    let filters = state.url.filters.clone();
    let outcome = use_memo(filters, |f| data().index.run(f));
    // The results and the pressed options show a change in the frame of the
    // click or keystroke; the facet counts and the article's highlights (and
    // search marks) follow a frame later, so that frame stays short.
    let (settled, settled_search) =
        use_deferred((outcome.clone(), state.url.filters.search.clone()));
    let url = Rc::new(state.url.clone());

    let ontoggle = {
        let d = dispatcher.clone();
        use_callback((), move |(facet, key): (Facet, AttrValue), _| {
            d.dispatch(Action::Toggle(facet, key.to_string()))
        })
    };
    let onsearch = {
        let d = dispatcher.clone();
        use_callback((), move |text: String, _| d.dispatch(Action::Search(text)))
    };
    let onselect_result = {
        let d = dispatcher.clone();
        use_callback((), move |id: AttrValue, _| {
            d.dispatch(Action::Select(Some(id.to_string()), Focus::Article))
        })
    };
    let onselect_span = {
        let d = dispatcher.clone();
        use_callback((), move |id: AttrValue, _| {
            // Show the statement or figure: the list view holds its row.
            d.dispatch(Action::SetView(View::Explore));
            d.dispatch(Action::Select(Some(id.to_string()), Focus::Result))
        })
    };
    let onclear = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::ClearAll))
    };
    let onshowmore = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::ShowMore))
    };
    let ondismiss = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::DismissNotices))
    };
    let onview = {
        let d = dispatcher.clone();
        use_callback((), move |v: View, _| d.dispatch(Action::SetView(v)))
    };
    let oncopy = {
        let d = dispatcher.clone();
        use_callback(state.url.clone(), move |_: (), url| {
            let link = browser::url_with_query(&encode(url));
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(link.clone()).await;
                let message = if ok {
                    "Link copied.".to_string()
                } else {
                    format!("Copy this link: {link}")
                };
                d.dispatch(Action::Toast(Some(message)));
            });
        })
    };
    let onexport = use_callback(outcome.clone(), |format: ExportFormat, outcome| {
        let d = data();
        let rows = rows(&d.lookup, &d.index, &outcome.items);
        match format {
            ExportFormat::Csv => {
                browser::download("article-explorer-results.csv", "text/csv", &to_csv(&rows))
            }
            ExportFormat::Json => browser::download(
                "article-explorer-results.json",
                "application/json",
                &to_json(&rows),
            ),
        }
    });
    let onembed = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::EmbedDialog(true)))
    };
    let onembed_close = {
        let d = dispatcher.clone();
        use_callback((), move |_: (), _| d.dispatch(Action::EmbedDialog(false)))
    };
    let onembed_copy = {
        let d = dispatcher.clone();
        use_callback((), move |snippet: String, _| {
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(snippet).await;
                let message = if ok {
                    "Embed code copied."
                } else {
                    "Select the code and copy it."
                };
                d.dispatch(Action::Toast(Some(message.to_string())));
            });
        })
    };
    let embed = state.url.embed;
    // Built only while the dialog is open: not on every filter change.
    let snippet = if state.embed_dialog_open {
        let mut embedded = state.url.clone();
        embedded.embed = true;
        format!(
            "<iframe src=\"{}\" title=\"Article explorer\" loading=\"lazy\" style=\"width:100%;border:0;min-height:480px\"></iframe>\n<script src=\"{}embed-host.js\" async></script>",
            browser::url_with_query(&encode(&embedded)),
            browser::app_base_url()
        )
    } else {
        String::new()
    };
    let oncontested = {
        let d = dispatcher.clone();
        let on = state.url.filters.contested;
        Callback::from(move |_| d.dispatch(Action::SetContested(!on)))
    };

    let open = use_memo((), |_| !browser::is_narrow());
    // Option keys and labels as shared strings, made once: a filter change
    // then only copies pointers.
    let names = use_memo((), |_| {
        Facet::ALL.map(|facet| {
            let options = data().index.options(facet).iter();
            options
                .map(|o| {
                    (
                        AttrValue::from(o.key.clone()),
                        AttrValue::from(o.label.clone()),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let facets: Html = Facet::ALL
        .iter()
        .map(|&facet| {
            let options: Vec<OptionView> = names[facet as usize]
                .iter()
                .zip(&settled.counts[facet as usize])
                .map(|((key, label), &count)| OptionView {
                    selected: state.url.filters.is_selected(facet, key),
                    key: key.clone(),
                    label: label.clone(),
                    count,
                })
                .collect();
            html! { <FacetGroup key={facet.key()} {facet} {options} open={*open} ontoggle={ontoggle.clone()} /> }
        })
        .collect();

    let full_link = embed.then(|| {
        let mut full = state.url.clone();
        full.embed = false;
        browser::href_for(&encode(&full))
    });
    let d = data();
    html! {
        <div class={classes!("app", embed.then_some("embed"))}>
            <a class="skip-link" href="#results-start">{"Skip to results"}</a>
            <header class="masthead">
                <h1>{"Article explorer"}</h1>
                <p class="subtitle">{"Who said what, through which channel, about whom, and which claimed figures contradict each other, in: "}
                    <cite>{d.dataset.article.title.clone()}</cite></p>
                if let Some(full_link) = full_link {
                    <a class="open-full" href={full_link} target="_blank" rel="noopener">{"Open full explorer"}</a>
                }
            </header>
            if state.update_ready {
                <div class="notice update" role="status">
                    <p>{"A new version of the explorer is available."}</p>
                    <button type="button" class="button" onclick={Callback::from(|_| browser::apply_update())}>{"Reload to update"}</button>
                </div>
            }
            <Notices notices={state.notices.clone()} {ondismiss} />
            <EmbedDialog open={state.embed_dialog_open} snippet={snippet} oncopy={onembed_copy} onclose={onembed_close} />
            <main id="main">
                <div class="controls">
                    <SearchBox value={state.url.filters.search.clone()} {onsearch} />
                    <Toolbar view={state.url.view} can_clear={!state.url.filters.is_empty() || state.url.selected.is_some()}
                        toast={state.toast.clone().map(AttrValue::from)} {onview} {oncopy} {onexport} onclear={onclear.clone()} {onembed} />
                </div>
                <div class="layout">
                    <aside class="facets" aria-label="Filters">
                        <h2 class="visually-hidden">{"Filters"}</h2>
                        <button type="button" class="contested-toggle facet-option" aria-pressed={state.url.filters.contested.to_string()}
                            onclick={oncontested}>
                            <span class="option-label">{"Contested only"}</span>
                            <span class="count">{settled.contested_count}</span>
                        </button>
                        {facets}
                    </aside>
                    <div class="results-pane" id="results-start" tabindex="-1">
                        if state.url.view == View::Figures {
                            <FiguresView outcome={outcome.clone()} onselect={onselect_result.clone()} />
                        } else {
                            <Results outcome={outcome.clone()} url={url.clone()} shown={state.shown}
                                onselect={onselect_result.clone()} {onshowmore} {onclear} />
                        }
                    </div>
                    // Focusable: it scrolls on its own on wide screens.
                    <div class="article-pane" tabindex="0" role="region" aria-label="The article">
                        <ArticleView outcome={settled} search={settled_search}
                            selected={state.url.selected.clone()} onselect={onselect_span} />
                    </div>
                </div>
            </main>
        </div>
    }
}

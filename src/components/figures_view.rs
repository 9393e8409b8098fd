use std::rc::Rc;

use explorer_core::model::{Figure, Qualifier};
use explorer_core::query::{ItemRef, Outcome};
use yew::prelude::*;

use crate::data::use_data;

#[derive(Properties, PartialEq)]
pub struct FiguresViewProps {
    pub outcome: Rc<Outcome>,
    pub onselect: Callback<AttrValue>,
}

/// Groups of figures that contradict each other (connected through
/// `contradicts`), in dataset order.
fn clusters(figures: &[Figure]) -> Vec<Vec<usize>> {
    let mut group: Vec<Option<usize>> = vec![None; figures.len()];
    let mut out: Vec<Vec<usize>> = Vec::new();
    for start in 0..figures.len() {
        if group[start].is_some() || figures[start].contradicts.is_empty() {
            continue;
        }
        let g = out.len();
        let mut members = vec![start];
        group[start] = Some(g);
        let mut i = 0;
        while i < members.len() {
            for c in &figures[members[i]].contradicts {
                if let Some(j) = figures.iter().position(|f| &f.id == c) {
                    if group[j].is_none() {
                        group[j] = Some(g);
                        members.push(j);
                    }
                }
            }
            i += 1;
        }
        members.sort_unstable();
        out.push(members);
    }
    out
}

// Chart geometry in whole SVG units: integer maths keeps float formatting
// (about 10 KB of wasm) out of the binary.
const LABEL_W: u64 = 150;
const BAR_W: u64 = 200;
const ROW_H: u64 = 34;

/// Contested figures side by side: an SVG chart (hidden from screen readers)
/// and a table with the same content for everyone.
#[function_component(FiguresView)]
pub fn figures_view(props: &FiguresViewProps) -> Html {
    let data = use_data();
    let d = &data.dataset;
    let index = &data.index;
    let in_results: Vec<usize> = props
        .outcome
        .items
        .iter()
        .filter_map(|&i| match index.items[i].target {
            ItemRef::Figure(f) => Some(f),
            ItemRef::Statement(_) => None,
        })
        .collect();
    let groups: Vec<Vec<usize>> = clusters(&d.figures)
        .into_iter()
        .filter(|g| g.iter().any(|f| in_results.contains(f)))
        .collect();
    let claimant = |f: &Figure| -> String {
        f.claimant
            .as_deref()
            .map(|c| data.lookup.name_of(c).to_string())
            .unwrap_or_else(|| "No named claimant".into())
    };
    let channel = |f: &Figure| -> &str {
        f.statement
            .as_deref()
            .and_then(|s| data.lookup.statement(s))
            .map(|s| s.channel.label())
            .unwrap_or("Not stated")
    };
    let honest = |f: &Figure| -> String {
        match f.qualifier {
            Qualifier::NoneReported => {
                "no reported casualties (an absence of reports, not a count of zero)".into()
            }
            Qualifier::Dozens => "dozens (no number given)".into(),
            q => q.describe(f.value),
        }
    };
    let chart = |members: &[usize]| -> Html {
        let max = members
            .iter()
            .filter_map(|&m| d.figures[m].value)
            .max()
            .unwrap_or(1)
            .max(1);
        let height = ROW_H * members.len() as u64 + 8;
        let rows: Html = members
            .iter()
            .enumerate()
            .map(|(row, &m)| {
                let f = &d.figures[m];
                let y = 6 + row as u64 * ROW_H;
                let who = claimant(f);
                let bar = f.value.filter(|_| {
                    !matches!(f.qualifier, Qualifier::NoneReported | Qualifier::Dozens)
                });
                let body = match bar {
                    Some(v) => {
                        let w = (v.min(max) * BAR_W / max).max(2);
                        let open_ended = matches!(f.qualifier, Qualifier::AtLeast | Qualifier::MoreThan);
                        html! { <>
                            <rect class="bar" x={LABEL_W.to_string()} y={y.to_string()} width={w.to_string()} height="18" rx="2" />
                            if open_ended {
                                // A dashed tail: the claim sets a floor, not a value.
                                <line class="open-end" x1={(LABEL_W + w).to_string()} y1={(y + 9).to_string()}
                                    x2={(LABEL_W + w + 24).to_string()} y2={(y + 9).to_string()} />
                            }
                            <text class="value" x={(LABEL_W + w + if open_ended { 30 } else { 6 }).to_string()}
                                y={(y + 14).to_string()}>{f.qualifier.describe(f.value)}</text>
                        </> }
                    }
                    None => html! {
                        <text class="value no-bar" x={LABEL_W.to_string()} y={(y + 14).to_string()}>
                            { if f.qualifier == Qualifier::NoneReported { "no reported casualties (no bar: not a zero)" } else { "dozens (no number)" } }
                        </text>
                    },
                };
                html! { <g>
                    <text class="who" x="0" y={(y + 14).to_string()}>{who}</text>
                    {body}
                </g> }
            })
            .collect();
        html! {
            <svg class="chart" viewBox={format!("0 0 {} {height}", LABEL_W + BAR_W + 130)}
                aria-hidden="true" focusable="false" width="100%">
                {rows}
            </svg>
        }
    };
    let onselect = props.onselect.clone();
    let tables: Html = groups
        .iter()
        .enumerate()
        .map(|(n, members)| {
            let caption = format!("Contested claims, group {}: {}", n + 1, {
                let mut units: Vec<&str> = Vec::new();
                for &m in members {
                    let unit = d.figures[m].unit.label();
                    if !units.contains(&unit) {
                        units.push(unit);
                    }
                }
                units.join(" / ")
            });
            let rows: Html = members
                .iter()
                .map(|&m| {
                    let f = &d.figures[m];
                    let onclick = {
                        let (id, onselect) = (AttrValue::from(f.id.clone()), onselect.clone());
                        Callback::from(move |_| onselect.emit(id.clone()))
                    };
                    html! {
                        <tr key={f.id.clone()}>
                            <th scope="row">{claimant(f)}<span class="channel-note">{channel(f)}</span></th>
                            <td>{honest(f)}</td>
                            <td>{f.counts.clone()}</td>
                            <td><button type="button" class="link-button" {onclick}>{"Show source"}</button></td>
                        </tr>
                    }
                })
                .collect();
            html! {
                <figure class="comparison">
                    {chart(members)}
                    <table>
                        <caption>{caption}</caption>
                        <thead><tr><th scope="col">{"Claimed by, channel"}</th>
                            <th scope="col">{"Figure"}</th><th scope="col">{"What it counts"}</th><th scope="col">{"Source"}</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </figure>
            }
        })
        .collect();
    html! {
        <section class="figures-view" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{"Compare contested figures"}</h2>
            <p class="result-count" role="status" aria-live="polite">
                {format!("{} groups of contradicting claims", groups.len())}
            </p>
            if groups.is_empty() {
                <div class="empty-state"><p>{"No contested figures match the current filters. Clear a filter to compare the claims."}</p></div>
            } else {
                <p class="legend">{"Bars share one scale within a group. A dashed tail marks a floor (“at least”, “more than”); claims with no number get no bar."}</p>
                {tables}
            }
        </section>
    }
}

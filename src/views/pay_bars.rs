//! Every source's range as a horizontal bar on one shared scale, with a text table twin
//! for screen readers and copying. Open-ended figures are drawn open, floors as floors.
//!
//! Bars use percentage coordinates, so the chart fills any width and its text keeps its
//! size; no inline styles (a strict CSP forbids them), only SVG attributes and classes.

use crate::context::use_data;
use crate::erase::CollectAny;
use career_model::gather::Gather;
use career_model::pay::{bar_extent, format_amount, format_salary, top_figure};
use career_model::Salary;
use leptos::prelude::*;

const ROW: i32 = 30;
const AXIS: i32 = 22;

/// A share of the scale as a percentage with two decimals, in whole-number arithmetic.
fn pct(f: f64) -> String {
    let hundredths = (f.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// Bars for `records` on a scale whose top is `top`. `caption` names the chart and its table.
#[component]
pub fn PayBars(
    records: Vec<Salary>,
    top: u64,
    #[prop(into)] caption: String,
    /// Leave out the table twin (the caller shows one table for several charts).
    #[prop(optional)]
    no_table: bool,
) -> impl IntoView {
    let data = use_data();
    let title = |s: &Salary| data.0.with_untracked(|c| c.ds.source_title(&s.source).to_string());
    // Each bar carries its article's number in the source list, as every table does.
    let number = |s: &Salary| data.0.with_untracked(|c| c.ds.source_number(&s.source));
    let currency = records.first().map(|s| s.currency.clone()).unwrap_or_default();
    let height = ROW * records.len() as i32 + AXIS;
    let bars = records
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (a, b) = bar_extent(s, top);
            let y = ROW * i as i32 + 4;
            let floor_only = s.max.is_none();
            let open = s.open_ended || floor_only;
            let label = format!("{}: {}", number(s), format_salary(s));
            // Labels sit after the bar, or inside it from the left when the bar ends far right.
            let label_x = if b > 0.62 { pct(a) } else { pct(b) };
            let label_dx = if b > 0.62 {
                "6"
            } else if open {
                "30"
            } else {
                "6"
            };
            let right = b > 0.62;
            view! {
                <g class="ce-bar" class:ce-bar-floor=floor_only>
                    {if floor_only {
                        view! { <rect class="ce-floor-mark" x=pct(a) y=y width="5" height=ROW - 10></rect> }.into_any()
                    } else {
                        view! { <rect x=pct(a) y=y width=pct((b - a).max(0.006)) height=ROW - 10 rx="3"></rect> }
                            .into_any()
                    }}
                    {open
                        .then(|| {
                            view! {
                                <svg x=pct(b) y=y width="28" height=ROW - 10 overflow="visible">
                                    <line class="ce-open-end" x1="0" y1=(ROW - 10) / 2 x2="26" y2=(ROW - 10) / 2></line>
                                </svg>
                            }
                        })}
                    <text x=label_x dx=label_dx y=y + ROW - 15 class="ce-bar-label" class:ce-on-bar=right>
                        {label}
                    </text>
                </g>
            }
        })
        .collect_any();
    let ticks = [0.0, 0.5, 1.0]
        .into_iter()
        .map(|f| {
            let anchor = if f == 0.0 {
                "start"
            } else if f == 1.0 {
                "end"
            } else {
                "middle"
            };
            let value = format_amount((top as f64 * f) as u64, &currency);
            view! {
                <line class="ce-tick" x1=pct(f) x2=pct(f) y1="0" y2=height - AXIS + 4></line>
                <text class="ce-tick-label" x=pct(f) y=height - 4 text-anchor=anchor>
                    {value}
                </text>
            }
        })
        .collect_any();
    let max_shown = records.iter().map(top_figure).max().unwrap_or(0);
    let summary = records
        .iter()
        .map(|s| format!("{}: {} ({}, {})", number(s), format_salary(s), title(s), s.level_label))
        .join_with("; ");
    let aria = format!("{caption}. {summary}. Highest figure {}.", format_amount(max_shown, &currency));
    view! {
        <figure class="ce-paybars">
            <svg class="ce-paybars-svg" width="100%" height=height role="img" aria-label=aria>
                {ticks}
                {bars}
            </svg>
            <table class="ce-table ce-paybars-table" class:ce-hidden=no_table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"No."</th>
                        <th scope="col">"Source"</th>
                        <th scope="col">"Level"</th>
                        <th scope="col">"Range"</th>
                    </tr>
                </thead>
                <tbody>
                    {records
                        .iter()
                        .map(|s| {
                            let basis = s.basis.map(|b| format!(" ({})", b.label())).unwrap_or_default();
                            view! {
                                <tr>
                                    <td>{number(s)}</td>
                                    <th scope="row">{title(s)}</th>
                                    <td>{s.level_label.clone()}</td>
                                    <td>{format_salary(s)} {basis}</td>
                                </tr>
                            }
                        })
                        .collect_any()}
                </tbody>
            </table>
        </figure>
    }
}

/// A compact cell: each source's range as a line of text over its bar, all bars on the
/// scale `top` shared by the whole row. The bars are decoration; the text carries the figures.
#[component]
pub fn PayCell(records: Vec<Salary>, top: u64) -> impl IntoView {
    let data = use_data();
    if records.is_empty() {
        return view! { <span class="ce-muted">"No figure in the sources"</span> }.into_any();
    }
    records
        .into_iter()
        .map(|s| {
            let (a, b) = bar_extent(&s, top);
            let open = s.open_ended || s.max.is_none();
            let src = data.0.with_untracked(|c| c.ds.source_title(&s.source).to_string());
            view! {
                <div class="ce-paycell">
                    <span class="ce-pay-figure">{format_salary(&s)}</span>
                    " "
                    <span class="ce-cite">{s.level_label.clone()} ", “" {src} "”"</span>
                    <svg class="ce-paycell-svg" width="100%" height="10" aria-hidden="true" focusable="false">
                        <rect class="ce-track" x="0" y="3" width="100%" height="4"></rect>
                        {if s.max.is_none() {
                            view! { <rect class="ce-floor-mark" x=pct(a) y="0" width="4" height="10"></rect> }.into_any()
                        } else {
                            view! { <rect class="ce-fill" x=pct(a) y="0" width=pct((b - a).max(0.01)) height="10" rx="2"></rect> }
                                .into_any()
                        }}
                        {open.then(|| view! { <rect class="ce-open-fade" x=pct(b) y="3" width="8%" height="4"></rect> })}
                    </svg>
                </div>
            }
        })
        .collect_any()
        .into_any()
}

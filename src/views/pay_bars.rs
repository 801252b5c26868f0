//! Every source's range as a horizontal bar on one shared scale, with a text table twin
//! for screen readers and copying. Open-ended figures are drawn open, floors as floors.

use crate::app::use_data;
use career_model::pay::{bar_extent, format_salary};
use career_model::Salary;
use leptos::prelude::*;

const W: f64 = 600.0;
const ROW: f64 = 26.0;
const LABEL: f64 = 0.0;

/// Bars for `records` on a scale whose top is `top`. `caption` names the chart.
#[component]
pub fn PayBars(records: Vec<Salary>, top: u64, #[prop(into)] caption: String) -> impl IntoView {
    let data = use_data();
    let h = ROW * records.len() as f64 + 4.0;
    let title = |s: &Salary| data.0.with_untracked(|c| c.ds.source_title(&s.source).to_string());
    let summary: Vec<String> =
        records.iter().map(|s| format!("{}: {} ({})", title(s), format_salary(s), s.level_label)).collect();
    let aria = format!("{caption}. {}", summary.join("; "));
    let bars = records
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (a, b) = bar_extent(s, top);
            let y = 2.0 + ROW * i as f64;
            let x0 = LABEL + a * (W - LABEL);
            let x1 = LABEL + b * (W - LABEL);
            let open = s.open_ended || s.max.is_none();
            let floor_only = s.max.is_none();
            let width = (x1 - x0).max(3.0);
            view! {
                <g class="ce-bar" class:ce-bar-floor=floor_only>
                    {(!floor_only).then(|| view! { <rect x=x0 y=y width=width height=ROW - 8.0 rx="3"></rect> })}
                    {floor_only.then(|| view! { <rect class="ce-floor-mark" x=x0 y=y width="4" height=ROW - 8.0></rect> })}
                    {open
                        .then(|| {
                            view! {
                                <line
                                    class="ce-open-end"
                                    x1=x1
                                    y1=y + (ROW - 8.0) / 2.0
                                    x2=(x1 + 40.0).min(W)
                                    y2=y + (ROW - 8.0) / 2.0
                                ></line>
                            }
                        })}
                    <text x=(x0 + 6.0).min(W - 150.0) y=y + ROW - 12.0 class="ce-bar-label">
                        {format_salary(s)}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="ce-paybars">
            <svg viewBox=format!("0 0 {W} {h}") role="img" aria-label=aria preserveAspectRatio="none" class="ce-paybars-svg">
                {bars}
            </svg>
            <table class="ce-table ce-paybars-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
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
                                    <th scope="row">{title(s)}</th>
                                    <td>{s.level_label.clone()}</td>
                                    <td>{format_salary(s)} {basis}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

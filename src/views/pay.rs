//! Pay: every source's range by level for one country, on one scale, with the band where
//! the sources agree and a table of the same numbers.

use crate::context::{use_data, use_store};
use crate::controls::country_select;
use crate::erase::CollectAny;
use crate::views::pay_bars::PayBars;
use career_model::certs::{pay_by_level, pay_sources};
use career_model::codes::country_name;
use career_model::gather::Gather;
use career_model::pay::{consensus, consensus_label, format_salary, scale_top, undrawn_line, DRAWN_PER_LEVEL};
use career_model::Salary;
use leptos::prelude::*;

#[component]
pub fn Pay() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let country = Memo::new(move |_| store.0.with(|s| s.country.clone()));
    let body = move || {
        let ct = country.get();
        let catalog = data.0.get();
        let ds = &catalog.ds;
        let levels = pay_by_level(ds, &ct);
        let top = scale_top(levels.iter().flat_map(|(_, v)| v.iter().copied()));
        let currency = levels.first().and_then(|(_, v)| v.first()).map(|s| s.currency.clone()).unwrap_or_default();
        let name = country_name(&ct).to_string();
        let chart = levels
            .iter()
            .map(|(level, recs)| {
                // A reader's large dataset is summarised: only the first figures are drawn.
                let records: Vec<Salary> = recs.iter().take(DRAWN_PER_LEVEL).map(|s| (*s).clone()).gather();
                let band = consensus_label(&consensus(recs), &currency);
                let caption = format!("{} level in {name}", level.label());
                let undrawn = undrawn_line(recs.len()).map(|line| view! { <p class="ce-muted">{line}</p> });
                view! {
                    <section class="ce-pay-level">
                        <h3>{level.label()}</h3>
                        <PayBars records top caption no_table=true/>
                        {undrawn}
                        <p class="ce-consensus"><strong>"Consensus: "</strong> {band}</p>
                    </section>
                }
            })
            .collect_any();
        let sources = pay_sources(ds, &ct);
        let head = sources
            .iter()
            .map(|s| {
                let n = ds.source_number(s);
                view! { <th scope="col">{format!("{n}. {}", ds.source_title(s))}</th> }
            })
            .collect_any();
        let rows = levels
            .iter()
            .map(|(level, recs)| {
                let cells = sources
                    .iter()
                    .map(|src| {
                        let text = recs
                            .iter()
                            .take(DRAWN_PER_LEVEL)
                            .filter(|s| s.source == *src)
                            .map(|s| format!("{} ({})", format_salary(s), s.level_label))
                            .join_with("; ");
                        view! { <td>{if text.is_empty() { "—".to_string() } else { text }}</td> }
                    })
                    .collect_any();
                view! { <tr><th scope="row">{level.label()}</th>{cells}</tr> }
            })
            .collect_any();
        let remarks = ds
            .country_notes(&ct)
            .map(|n| (n.text.clone(), n.source.clone()))
            .chain(
                levels.iter().flat_map(|(_, recs)| {
                    recs.iter().take(DRAWN_PER_LEVEL).flat_map(|s| s.remarks.iter().map(move |r| (r.clone(), s.source.clone())))
                }),
            )
            .map(|(r, src)| view! { <li>{r} " " <span class="ce-cite">"(“" {ds.source_title(&src).to_string()} "”)"</span></li> })
            .collect_any();
        if levels.is_empty() {
            return view! { <p>"The sources give no pay figure for " {name} "."</p> }.into_any();
        }
        view! {
            <div class="ce-pay-grid">
                <div class="ce-pay-chart">{chart}</div>
                <div class="ce-pay-side">
                    <div class="ce-table-scroll" role="group" aria-label="Pay table, scrolls sideways" tabindex="0">
                        <table class="ce-table">
                            <caption>{format!("Pay in {name} by level and source ({currency})")}</caption>
                            <thead><tr><th scope="col">"Level"</th>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <h3>"What the articles add"</h3>
                    <ul class="ce-remarks">{remarks}</ul>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="ce-view ce-pay" role="group" aria-labelledby="ce-pay-h">
            <h2 id="ce-pay-h" tabindex="-1">"Pay"</h2>
            <div class="ce-toolbar">{country_select("ce-pay-country")}</div>
            <p class="ce-muted">
                "Figures are in the currency each article uses; nothing is converted, since the articles give no exchange rates. "
                "A “+” range is open at the top (drawn with a dashed end); a figure with only a floor is drawn as a mark."
            </p>
            {body}
        </section>
    }
}

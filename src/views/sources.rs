//! Sources: each article, what it contributed, and where the articles disagree.

use crate::context::{use_data, use_embed};
use crate::erase::CollectAny;
use crate::own_data::DataOrigin;
use crate::share::own_file;
use crate::views::pay_bars::PayBars;
use career_model::codes::country_name;
use career_model::gather::Gather;
use career_model::load::MAX_LISTED;
use career_model::pay::{consensus, consensus_label, scale_top};
use career_model::sources::{contributions, disagreements};
use career_model::text::plural;
use career_model::Salary;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let data = use_data();
    let catalog = data.0.get_untracked();
    let ds = &catalog.ds;
    let counts = contributions(ds);
    let articles = ds
        .sources
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(n, (s, c))| {
            let publisher = s.publisher.clone().map(|p| format!(" — {p}"));
            view! {
                <li class="ce-source">
                    <h3>{format!("{}. {}", n + 1, s.title)}</h3>
                    <p class="ce-muted">"File " <code>{s.file.clone()}</code> {publisher}</p>
                    <ul class="ce-inline-list">
                        <li>{plural(c.roles, "role", "roles")}</li>
                        <li>{plural(c.salaries, "pay figure", "pay figures")}</li>
                        <li>{plural(c.certifications, "certification", "certifications")}</li>
                        <li>{plural(c.career_steps, "career step", "career steps")}</li>
                        {(c.guides > 0).then(|| view! { <li>{plural(c.guides, "list of advice", "lists of advice")}</li> })}
                        {(c.faqs > 0).then(|| view! { <li>{plural(c.faqs, "question answered", "questions answered")}</li> })}
                        {(c.notes > 0).then(|| view! { <li>{plural(c.notes, "other fact", "other facts")}</li> })}
                    </ul>
                </li>
            }
        })
        .collect_any();
    let conflicts = disagreements(ds)
        .into_iter()
        .map(|d| {
            let records: Vec<Salary> = d.records.iter().map(|s| (*s).clone()).gather();
            let currency = records[0].currency.clone();
            let band = consensus_label(&consensus(&d.records), &currency);
            let top = scale_top(records.iter());
            let title = format!("{}, {}", country_name(&d.country), d.level.label());
            let caption = format!("{title}: every source's range");
            view! {
                <section class="ce-disagreement">
                    <h4>{title}</h4>
                    <PayBars records top caption/>
                    <p>{band}</p>
                </section>
            }
        })
        .collect_any();
    // The first notes, and how many more (a large dataset can have thousands).
    let all_warnings = catalog.warnings();
    let more_warnings = all_warnings.len().saturating_sub(MAX_LISTED);
    let warnings: Vec<String> = all_warnings.iter().take(MAX_LISTED).cloned().gather();
    let version = ds.version.clone();
    let embed = use_embed();
    let (json, schema) = (own_file(&embed, "data/careers.json"), own_file(&embed, "data/careers.schema.json"));
    // A host's dataset is shown: its own file is the one to download.
    let own = catalog.origin.as_ref().and_then(DataOrigin::download_url);

    view! {
        <section class="ce-view ce-sources" role="group" aria-labelledby="ce-sources-h">
            <h2 id="ce-sources-h" tabindex="-1">"Sources"</h2>
            <p>
                "Every role, pay figure, certification and career step comes from one of these articles. "
                "Where they disagree, each figure is kept."
            </p>
            <p>"Data version " <code>{version}</code></p>
            {if let Some(href) = own {
                view! {
                    <p>
                        <a href=href download="careers.json">"Download the data shown (careers.json)"</a>
                        " · "
                        <a href=schema>"The JSON Schema it follows"</a>
                    </p>
                }
                .into_any()
            } else if embed.base.is_empty() {
                view! { <p class="ce-muted">"The open data (careers.json and its JSON Schema) is published beside the hosted widget, in data/."</p> }.into_any()
            } else {
                view! {
                    <p>
                        <a href=json download="careers.json">"Download the data (careers.json)"</a>
                        " · "
                        <a href=schema>"Its JSON Schema"</a>
                    </p>
                }
                .into_any()
            }}
            <ul class="ce-sources-list" role="list">{articles}</ul>
            <h3>"Where the articles disagree"</h3>
            <p class="ce-muted">"Same country and level, different ranges, side by side on one scale."</p>
            {conflicts}
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <h3>"Notes on this dataset"</h3>
                        <ul class="ce-notes">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_any()}</ul>
                        {(more_warnings > 0).then(|| view! { <p class="ce-muted">{format!("…and {}", plural(more_warnings, "more note", "more notes"))}</p> })}
                    }
                })}
        </section>
    }
}

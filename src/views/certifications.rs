//! Certifications: which ones the articles name, what they validate, whom they help.

use crate::context::{use_data, use_store};
use crate::erase::{handler, CollectAny};
use career_model::certs::{filter_certs, helped_roles, providers, CertSort};
use career_model::explore::ExploreQuery;
use career_model::state::View;
use career_model::text::plural;
use leptos::ev::Event;
use leptos::prelude::*;

#[component]
pub fn Certifications() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let sort = RwSignal::new(CertSort::default());
    let provider = Memo::new(move |_| store.0.with(|s| s.cert_provider.clone()));
    let helps = Memo::new(move |_| store.0.with(|s| s.cert_role.clone()));
    let list = Memo::new(move |_| {
        data.0.with(|c| filter_certs(&c.ds, provider.get().as_deref(), helps.get().as_deref(), sort.get()))
    });
    let role_options = move || {
        data.0.with(|c| {
            helped_roles(&c.ds)
                .into_iter()
                .map(|i| (c.ds.roles[i].id.clone(), c.ds.roles[i].title.clone()))
                .map(|(id, t)| {
                    let id2 = id.clone();
                    view! { <option value=id selected=move || helps.with(|h| h.as_deref() == Some(id2.as_str()))>{t}</option> }
                })
                .collect_any()
        })
    };
    let provider_options = move || {
        data.0.with(|c| {
            providers(&c.ds)
                .into_iter()
                .map(|p| {
                    let (value, label) = (p.clone(), p.clone());
                    view! { <option value=value selected=move || provider.with(|x| x.as_deref() == Some(p.as_str()))>{label}</option> }
                })
                .collect_any()
        })
    };
    let count = move || plural(list.with(|l| l.len()), "certification", "certifications");

    view! {
        <section class="ce-view ce-certs" role="group" aria-labelledby="ce-certs-h">
            <h2 id="ce-certs-h" tabindex="-1">"Certifications"</h2>
            <p class="ce-muted">"What the articles say each certification validates and whom it helps. The articles give no prices."</p>
            <div class="ce-toolbar">
                <div class="ce-field">
                    <label for="ce-provider">"Provider"</label>
                    <select id="ce-provider" on:change=handler(move |ev: Event| {
                        let v = event_target_value(&ev);
                        store.0.update(|s| s.cert_provider = Some(v).filter(|v| !v.is_empty()));
                    })>
                        <option value="" selected=move || provider.with(|p| p.is_none())>"All providers"</option>
                        {provider_options}
                    </select>
                </div>
                <div class="ce-field">
                    <label for="ce-helps">"Helps with"</label>
                    <select id="ce-helps" on:change=handler(move |ev: Event| {
                        let v = event_target_value(&ev);
                        store.0.update(|s| s.cert_role = Some(v).filter(|v| !v.is_empty()));
                    })>
                        <option value="" selected=move || helps.with(|p| p.is_none())>"Any role"</option>
                        {role_options}
                    </select>
                </div>
                <div class="ce-field">
                    <label for="ce-cert-sort">"Sort by"</label>
                    <select id="ce-cert-sort" on:change=handler(move |ev: Event| {
                        if let Some(k) = CertSort::from_key(&event_target_value(&ev)) {
                            sort.set(k);
                        }
                    })>
                        {CertSort::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.key() selected=move || sort.get() == k>{k.label()}</option> })
                            .collect_any()}
                    </select>
                </div>
            </div>
            <p class="ce-count" role="status" aria-live="polite">{count}</p>
            <ul class="ce-cards" role="list">
                <For each=move || list.get() key=|i| *i children=move |i| view! { <CertCard index=i/> }/>
            </ul>
        </section>
    }
}

#[component]
fn CertCard(index: usize) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let catalog = data.0.get_untracked();
    let ds = &catalog.ds;
    let Some(c) = ds.certifications.get(index).cloned() else { return ().into_any() };
    let heading = format!("ce-cert-{}", c.id);
    let labelled = heading.clone();
    let n = c.sources.len();
    let named_by = c.sources.iter().map(|s| view! { <li>{ds.source_title(s).to_string()}</li> }).collect_any();
    let validates = c
        .validates
        .iter()
        .map(|v| view! { <li>{v.text.clone()} " " <span class="ce-cite">"(“" {ds.source_title(&v.source).to_string()} "”)"</span></li> })
        .collect_any();
    let roles = c
        .roles
        .iter()
        .filter_map(|id| ds.role(id))
        .map(|r| {
            let id = r.id.clone();
            view! {
                <li>
                    <button type="button" class="ce-link" on:click=handler(move |_| store.open(View::Role(id.clone())))>
                        {r.title.clone()}
                    </button>
                </li>
            }
        })
        .collect_any();
    let cert_id = c.id.clone();
    let show_roles = move |_| {
        let id = cert_id.clone();
        store.0.update(|s| {
            s.explore = ExploreQuery { certifications: vec![id], sort: s.explore.sort, ..Default::default() };
            s.view = View::Explore;
        });
    };
    view! {
        <li>
            <article class="ce-card" aria-labelledby=labelled>
                <h3 id=heading>{c.name.clone()}</h3>
                <dl class="ce-facts">
                    <div><dt>"Provider"</dt><dd>{c.provider.clone()}</dd></div>
                    <div><dt>"Kind"</dt><dd>{c.kind.label()} {c.note.clone().map(|n| view! { " — " {n} })}</dd></div>
                    {c.stage.clone().map(|s| view! { <div><dt>"Stage"</dt><dd>{s}</dd></div> })}
                </dl>
                <h4>"What it validates"</h4>
                <ul>{validates}</ul>
                <h4>"Helps"</h4>
                <ul>{roles}</ul>
                <h4>"Named by " {plural(n, "article", "articles")}</h4>
                <ul class="ce-cite">{named_by}</ul>
                <div class="ce-card-actions">
                    <button type="button" class="ce-btn ce-secondary" on:click=handler(show_roles)>
                        "Show the roles it helps"
                    </button>
                </div>
            </article>
        </li>
    }
    .into_any()
}

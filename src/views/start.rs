//! Get started: for people entering the field, what the articles advise — their routes
//! in, side by side, each step with its article; the certifications they recommend early;
//! their resume advice; the beginners' questions; and the roles a career starts in, with
//! a route from each.

use crate::context::{use_data, use_store};
use crate::erase::{handler, CollectAny};
use career_model::gather::Gather;
use career_model::start::start;
use career_model::state::View;
use career_model::Guide;
use leptos::prelude::*;

/// One article's list, numbered, with the article it comes from.
fn guide_list(g: &Guide, cite: String, numbered: bool) -> impl IntoView {
    let heading = format!("ce-guide-{}", g.id);
    let labelled = heading.clone();
    let items = g.items.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_any();
    view! {
        <section class="ce-guide" aria-labelledby=labelled>
            <h4 id=heading>{g.title.clone()}</h4>
            <p class="ce-cite">"From " {cite}</p>
            {if numbered {
                view! { <ol class="ce-steps">{items}</ol> }.into_any()
            } else {
                view! { <ul class="ce-checklist">{items}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn GetStarted() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let catalog = data.0.get_untracked();
    let ds = &catalog.ds;
    let s = start(ds);
    let cite =
        |source: &str| format!("“{}” ({})", ds.source_title(source), ds.source(source).map_or("", |x| x.file.as_str()));
    let empty = s.is_empty().then(|| {
        view! {
            <p class="ce-muted">
                "This dataset says nothing for people starting out: no routes into the field, resume advice, "
                "early certifications, beginners' questions or junior roles."
            </p>
        }
    });
    let routes = (!s.routes.is_empty()).then(|| {
        let lists = s.routes.iter().map(|g| guide_list(g, cite(&g.source), true)).collect_any();
        view! {
            <h3>"Routes into the field"</h3>
            <p class="ce-muted">"Each article's steps, in its own order and words."</p>
            <div class="ce-guides">{lists}</div>
        }
    });
    let first_roles = (!s.first_roles.is_empty()).then(|| {
        let items = s
            .first_roles
            .iter()
            .map(|&i| {
                let r = &ds.roles[i];
                let (open, plan) = (r.id.clone(), r.id.clone());
                let title = r.title.clone();
                let summary = r.summary.clone();
                let plan_label = format!("Plan a route from {title}");
                view! {
                    <li>
                        <button type="button" class="ce-link" on:click=handler(move |_| store.open(View::Role(open.clone())))>
                            {title.clone()}
                        </button>
                        " — " {summary}
                        " "
                        <button
                            type="button"
                            class="ce-btn"
                            on:click=handler(move |_| store.plan_route(plan.clone(), None))
                        >
                            {plan_label}
                        </button>
                    </li>
                }
            })
            .collect_any();
        view! {
            <h3>"Where careers start"</h3>
            <p class="ce-muted">"The junior roles in the articles. Open one, or plan a route from it in Career paths."</p>
            <ul class="ce-first-roles">{items}</ul>
        }
    });
    let certifications = (!s.certifications.is_empty()).then(|| {
        let items = s
            .certifications
            .iter()
            .map(|c| {
                let stage = c.stage.clone().unwrap_or_default();
                let named = c.sources.iter().map(|x| ds.source_title(x).to_string()).join_with("”, “");
                view! {
                    <li>
                        <strong>{c.name.clone()}</strong>
                        " (" {c.provider.clone()} ") — " {stage} " "
                        <span class="ce-cite">"(“" {named} "”)"</span>
                    </li>
                }
            })
            .collect_any();
        view! {
            <h3>"Certifications for people starting out"</h3>
            <ul>{items}</ul>
            <button type="button" class="ce-link" on:click=handler(move |_| store.open(View::Certifications))>
                "All certifications"
            </button>
        }
    });
    let resume = (!s.resume.is_empty()).then(|| {
        let lists = s.resume.iter().map(|g| guide_list(g, cite(&g.source), false)).collect_any();
        view! {
            <h3>"Your resume"</h3>
            <div class="ce-guides">{lists}</div>
        }
    });
    let faqs = (!s.faqs.is_empty()).then(|| {
        let items = s
            .faqs
            .iter()
            .map(|f| {
                view! {
                    <details class="ce-faq">
                        <summary>{f.question.clone()}</summary>
                        <p>{f.answer.clone()} " " <span class="ce-cite">"(“" {ds.source_title(&f.source).to_string()} "”)"</span></p>
                    </details>
                }
            })
            .collect_any();
        view! {
            <h3>"Questions beginners ask"</h3>
            {items}
        }
    });

    view! {
        <section class="ce-view ce-start" role="group" aria-labelledby="ce-start-h">
            <h2 id="ce-start-h" tabindex="-1">"Get started"</h2>
            <p>"For people entering the field: what the articles advise, each with its source."</p>
            {empty}
            {routes}
            {first_roles}
            {certifications}
            {resume}
            {faqs}
        </section>
    }
}

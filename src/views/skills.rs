//! Your skills: the reader ticks the skills and tools they have; the roles whose named
//! skills they cover most come first, each with what is still missing, the certifications
//! that help and a route from the reader's nearest role. The ranking lives in the model.

use crate::context::{use_data, use_store};
use crate::erase::{handler, CollectAny};
use crate::storage;
use career_model::gather::Gather;
use career_model::paths::best_route;
use career_model::skills::{checklist, known_skills, rank, ties};
use career_model::state::View;
use career_model::text::plural;
use leptos::ev::Event;
use leptos::prelude::*;

/// Roles listed at first; the rest a button away.
const PAGE: usize = 30;

#[component]
pub fn YourSkills() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    // Picks from an earlier visit, when the link or the attributes bring none.
    if store.0.with_untracked(|s| s.have.is_empty()) {
        let kept: Vec<String> =
            storage::get(storage::SKILL_PICKS).unwrap_or_default().split(',').map(str::to_string).gather();
        let kept = data.0.with_untracked(|c| known_skills(&c.ds, &kept));
        if !kept.is_empty() {
            store.0.update(|s| s.have = kept);
        }
    }
    let have = Memo::new(move |_| store.0.with(|s| s.have.clone()));
    let filter = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    // Only the reader's own ticks are kept: a link's picks are not written over them.
    let keep = move || storage::set(storage::SKILL_PICKS, &store.0.with_untracked(|s| s.have.join(",")));
    let toggle = move |id: String, on: bool| {
        store.0.update(|s| {
            s.have.retain(|x| *x != id);
            if on {
                s.have.push(id);
            }
        });
        keep();
    };
    let groups = move || {
        let words: String = filter.get().trim().to_ascii_lowercase();
        data.0.with(|c| {
            checklist(&c.ds)
                .into_iter()
                .map(|(category, skills)| {
                    let items = skills
                        .into_iter()
                        .map(|(id, name)| {
                            // A ticked skill stays in sight whatever the filter.
                            let hidden = !words.is_empty()
                                && !name.to_ascii_lowercase().contains(&words)
                                && !have.with_untracked(|h| h.contains(&id));
                            let input_id = format!("ce-skill-{id}");
                            let for_id = input_id.clone();
                            let (checked_id, toggled_id) = (id.clone(), id.clone());
                            let checked = move || have.with(|h| h.contains(&checked_id));
                            view! {
                                <li class="ce-skill-check" class:ce-hidden=hidden>
                                    <input
                                        type="checkbox"
                                        id=input_id
                                        prop:checked=checked
                                        on:change=handler(move |ev: Event| toggle(toggled_id.clone(), event_target_checked(&ev)))
                                    />
                                    <label for=for_id>{name}</label>
                                </li>
                            }
                        })
                        .collect_any();
                    view! {
                        <fieldset class="ce-skill-group">
                            <legend>{category.label()}</legend>
                            <ul role="list">{items}</ul>
                        </fieldset>
                    }
                })
                .collect_any()
        })
    };
    let results = move || {
        let have = have.get();
        let catalog = data.0.get();
        let ds = &catalog.ds;
        let ranking = rank(ds, &have);
        let nearest = (!have.is_empty()).then(|| ranking.fits.first()).flatten().filter(|f| !f.covered.is_empty());
        let nearest = nearest.map(|f| (ds.roles[f.role].id.clone(), ds.roles[f.role].title.clone()));
        let name = |id: &str| ds.skill_name(id).to_string();
        let total = ranking.fits.len();
        let items = ranking
            .fits
            .iter()
            .enumerate()
            .take(shown.get())
            .map(|(n, fit)| {
                let r = &ds.roles[fit.role];
                let (open, to) = (r.id.clone(), r.id.clone());
                let tied = n > 0 && ties(&ranking.fits[n - 1], fit);
                // A long list is cut: the profile has them all.
                const NAMED: usize = 8;
                let mut missing = fit.missing.iter().take(NAMED).map(|s| name(s)).join_with(", ");
                if fit.missing.len() > NAMED {
                    missing.push_str(&format!(" and {} more", fit.missing.len() - NAMED));
                }
                let certs = ds.certifications_for_role(&r.id).map(|c| c.name.clone()).join_with(", ");
                // A route from the reader's nearest role, where the articles' steps join them.
                let reachable = |from: &str| {
                    let (Some(a), Some(b)) = (ds.role_index(from), Some(fit.role)) else { return false };
                    best_route(catalog.graph(), a, b, &[]).is_some()
                };
                let route = nearest.clone().filter(|(id, _)| *id != r.id && reachable(id)).map(|(from, title)| {
                    let label = format!("Route from {title}");
                    view! {
                        <button
                            type="button"
                            class="ce-link"
                            on:click=handler(move |_| store.plan_route(from.clone(), Some(to.clone())))
                        >
                            {label}
                        </button>
                    }
                });
                view! {
                    <li class="ce-fit">
                        <button type="button" class="ce-link ce-fit-title" on:click=handler(move |_| store.open(View::Role(open.clone())))>
                            {r.title.clone()}
                        </button>
                        " — " <strong>{fit.label()}</strong>
                        {tied.then(|| view! { <span class="ce-muted">" (tied with the role above)"</span> })}
                        {(!missing.is_empty()).then(|| view! { <p>"Still to learn: " {missing}</p> })}
                        {(!certs.is_empty()).then(|| view! { <p>"Certifications that help: " {certs}</p> })}
                        {route}
                    </li>
                }
            })
            .collect_any();
        let more = total.saturating_sub(shown.get());
        let unranked = ranking.unranked.iter().map(|&i| ds.roles[i].title.clone()).join_with(", ");
        let picked = plural(have.len(), "skill ticked", "skills ticked");
        view! {
            <p class="ce-count" role="status" aria-live="polite">{picked}</p>
            <ol class="ce-fits" aria-labelledby="ce-fits-h">{items}</ol>
            {(more > 0)
                .then(|| {
                    let label = format!("Show {} more roles", more.min(PAGE));
                    view! { <button type="button" class="ce-btn" on:click=handler(move |_| shown.update(|n| *n += PAGE))>{label}</button> }
                })}
            {(!unranked.is_empty())
                .then(|| view! { <p class="ce-muted">"The articles name no skills or tools for " {unranked} ", so they can't be ranked."</p> })}
        }
    };

    view! {
        <section class="ce-view ce-skills" role="group" aria-labelledby="ce-skills-h">
            <h2 id="ce-skills-h" tabindex="-1">"Your skills"</h2>
            <p>
                "Tick the skills and tools you have. Roles come first by the share of their named skills you cover; "
                "roles covering the same share go by how many of your skills they name, then by title."
            </p>
            <div class="ce-skills-grid">
                <div class="ce-skill-picker">
                    <div class="ce-field">
                        <label for="ce-skill-filter">"Filter skills"</label>
                        <input
                            id="ce-skill-filter"
                            type="search"
                            autocomplete="off"
                            prop:value=move || filter.get()
                            on:input=handler(move |ev: Event| filter.set(event_target_value(&ev)))
                        />
                    </div>
                    {groups}
                    <button type="button" class="ce-btn ce-secondary" on:click=handler(move |_| {
                            store.0.update(|s| s.have.clear());
                            keep();
                        })>
                        "Clear my skills"
                    </button>
                </div>
                <div class="ce-skill-results">
                    <h3 id="ce-fits-h">"Roles that fit your skills"</h3>
                    {results}
                </div>
            </div>
        </section>
    }
}

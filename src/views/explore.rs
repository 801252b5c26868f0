//! Explore: search and filter the roles, and a card per role.

use crate::context::{use_data, use_notices, use_store, FirstRender};
use crate::controls::{add_to_compare, country_select, Highlighted};
use crate::erase::{dynamic, handler, CollectAny};
use career_model::codes::country_name;
use career_model::explore::{
    count_label, explore, marked_words, match_context, role_pay_span, ExploreQuery, Group, SortKey,
};
use career_model::gather::Gather;
use career_model::state::View;
use leptos::ev::Event;
use leptos::prelude::*;

/// How many cards Explore shows at a time.
const PAGE: usize = 30;
/// How many cards one task adds when the first view is built step by step.
const STEP: usize = 6;

#[component]
pub fn Explore() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    // The query before the last filter change, so an empty result can undo it. Keystrokes
    // in one field count as one change.
    let previous: RwSignal<Option<ExploreQuery>> = RwSignal::new(None);
    let last_field: StoredValue<&'static str> = StoredValue::new("");

    let query = Memo::new(move |_| store.0.with(|s| s.explore.clone()));
    let country = Memo::new(move |_| store.0.with(|s| s.country.clone()));
    // Cards and checkboxes read these narrow memos, so a keystroke re-runs only what it changes.
    let compared = Memo::new(move |_| store.0.with(|s| s.compare.clone()));
    // One pass finds the roles and the facet counts; each part notifies only its readers.
    let found = Memo::new(move |_| data.0.with(|c| query.with(|q| explore(&c.ds, &c.index, q, &country.get()))));
    let results = Memo::new(move |_| found.with(|f| f.roles.clone()));
    let counts = Memo::new(move |_| found.with(|f| f.counts.clone()));
    // The options of each group depend on the dataset only: they are drawn once, and a
    // keystroke updates just their counts.
    let groups = Memo::new(move |_| data.0.with(|c| c.index.options().to_vec()));
    // The words cards mark and explain matches for: a single letter matches nearly
    // everything, so it filters but marks nothing.
    let words = Memo::new(move |_| query.with(|q| marked_words(&q.text)));
    // A large dataset shows its first cards and offers the rest, so typing stays instant.
    // Built step by step, the cards come a few per task and each filter group in a task of
    // its own.
    let first = use_context::<FirstRender>().unwrap_or_else(FirstRender::at_once);
    let building = first.building();
    let limit = RwSignal::new(if building { 0 } else { PAGE });
    if building {
        for n in (STEP..PAGE).step_by(STEP).chain([PAGE]) {
            first.then(move || limit.update(|l| *l = (*l).max(n)));
        }
    }
    Effect::new(move |before: Option<()>| {
        query.track();
        if before.is_some() {
            limit.set(PAGE);
        }
    });
    let shown = move || results.with(|r| r.iter().take(limit.get()).copied().gather());
    let hidden = move || results.with(|r| r.len()).saturating_sub(limit.get());

    let change = move |field: &'static str, f: &dyn Fn(&mut ExploreQuery)| {
        if last_field.get_value() != field || field.is_empty() {
            previous.set(Some(store.0.with_untracked(|s| s.explore.clone())));
            last_field.set_value(field);
        }
        store.0.update(|s| f(&mut s.explore));
    };
    let set_query = move |f: &dyn Fn(&mut ExploreQuery)| change("", f);
    let filters_open = RwSignal::new(false);
    let currency = move || data.0.with(|c| c.ds.currency_of(&country.get()).unwrap_or_default().to_string());

    view! {
        <section class="ce-view ce-explore" role="group" aria-labelledby="ce-explore-h">
            <h2 id="ce-explore-h" class="ce-visually-hidden">"Explore roles"</h2>
            {first.later(move || {
                view! {
                    <div class="ce-search">
                        <label for="ce-q">"Search roles"</label>
                        <input
                            id="ce-q"
                            type="search"
                            autocomplete="off"
                            placeholder="Title, skill, tool…"
                            prop:value=move || query.with(|q| q.text.clone())
                            on:input=handler(move |ev: Event| {
                                let v = event_target_value(&ev);
                                change("q", &|q| q.text = v.clone());
                            })
                        />
                    </div>
                }
                    .into_any()
            })}
            <div class="ce-explore-body">
                // Shown only when the widget is phone-narrow (explore.css); closing it keeps the choices.
                <button
                    type="button"
                    class="ce-btn ce-secondary ce-filters-toggle"
                    aria-controls="ce-filters"
                    aria-expanded=move || if filters_open.get() { "true" } else { "false" }
                    on:click=handler(move |_| filters_open.update(|o| *o = !*o))
                >
                    {dynamic(move || match query.with(|q| q.active_filters()) {
                        0 => "Filters".to_string(),
                        n => format!("Filters ({n} active)"),
                    })}
                </button>
                <div class="ce-filters" id="ce-filters" class:ce-open=move || filters_open.get() role="group" aria-label="Filters">
                    {first.later(move || {
                        view! {
                            {country_select("ce-country")}
                            <div class="ce-field">
                                <label for="ce-min">"Minimum salary (" {currency} ")"</label>
                                <input
                                    id="ce-min"
                                    type="number"
                                    inputmode="numeric"
                                    min="0"
                                    step="1000"
                                    prop:value=move || query.with(|q| q.min_salary.map(|m| m.to_string()).unwrap_or_default())
                                    on:input=handler(move |ev: Event| {
                                        let parsed = event_target_value(&ev).trim().parse::<u64>().ok();
                                        change("min", &|q| q.min_salary = parsed);
                                    })
                                />
                            </div>
                            <div class="ce-field">
                                <label for="ce-sort">"Sort by"</label>
                                <select
                                    id="ce-sort"
                                    on:change=handler(move |ev: Event| {
                                        if let Some(k) = SortKey::from_key(&event_target_value(&ev)) {
                                            store.0.update(|s| s.explore.sort = k);
                                        }
                                    })
                                >
                                    {SortKey::ALL
                                        .into_iter()
                                        .map(|k| {
                                            view! {
                                                <option value=k.key() selected=move || query.with(|q| q.sort == k)>
                                                    {k.label()}
                                                </option>
                                            }
                                        })
                                        .collect_any()}
                                </select>
                            </div>
                        }
                            .into_any()
                    })}
                    {dynamic(move || {
                        groups
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(n, (group, options))| {
                                first.later(move || {
                                    view! { <FacetGroup group n options=options.clone() counts query set_query/> }.into_any()
                                })
                            })
                            .collect_any()
                    })}
                </div>
                <div class="ce-results">
                    {first.later(move || {
                        view! {
                            <div class="ce-results-bar">
                                <p class="ce-count" aria-live="polite" role="status">
                                    {dynamic(move || count_label(results.with(|r| r.len())))}
                                </p>
                                <button
                                    type="button"
                                    class="ce-btn ce-secondary"
                                    disabled=move || !query.with(|q| q.is_filtered())
                                    on:click=handler(move |_| set_query(&|q| *q = q.cleared()))
                                >
                                    "Clear filters"
                                </button>
                            </div>
                        }
                            .into_any()
                    })}
                    <Show when=move || results.with(|r| r.is_empty())>
                        <div class="ce-empty">
                            <p>"No roles match these filters."</p>
                            <button
                                type="button"
                                class="ce-btn"
                                on:click=handler(move |_| {
                                    match previous.get_untracked() {
                                        Some(prev) => {
                                            previous.set(None);
                                            last_field.set_value("");
                                            store.0.update(|s| s.explore = prev);
                                        }
                                        _ => store.0.update(|s| s.explore = s.explore.cleared()),
                                    }
                                })
                            >
                                "Undo the last filter"
                            </button>
                        </div>
                    </Show>
                    // A role's profile comes in a file of its own: it starts coming as the
                    // pointer or the focus reaches the cards.
                    <ul
                        class="ce-cards"
                        role="list"
                        on:pointerover=handler(move |_| crate::split::warm(&View::Role(String::new())))
                        on:focusin=handler(move |_| crate::split::warm(&View::Role(String::new())))
                    >
                        <For each=shown key=|i| *i children={move |i| view! { <RoleCard index=i words=words country compared/> }}/>
                    </ul>
                    <Show when=move || { hidden() > 0 }>
                        <button type="button" class="ce-btn ce-secondary ce-more" on:click=handler(move |_| limit.update(|l| *l += PAGE))>
                            {dynamic(move || format!("Show {} more roles", hidden().min(PAGE)))}
                        </button>
                    </Show>
                </div>
            </div>
        </section>
    }
}

#[component]
fn FacetGroup(
    group: Group,
    /// The group's place in `counts`.
    n: usize,
    options: Vec<(String, String)>,
    counts: Memo<Vec<Vec<usize>>>,
    query: Memo<ExploreQuery>,
    set_query: impl Fn(&dyn Fn(&mut ExploreQuery)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let searchable = group == Group::Skills;
    let id = format!("ce-f-{}", group.label().to_ascii_lowercase().replace(' ', "-"));
    let find_id = format!("{id}-find");
    view! {
        <fieldset class="ce-facet">
            <legend>{group.label()}</legend>
            {searchable
                .then(|| {
                    view! {
                        <label class="ce-visually-hidden" for=find_id.clone()>"Find a skill"</label>
                        <input
                            id=find_id.clone()
                            class="ce-facet-find"
                            type="search"
                            placeholder="Find a skill"
                            on:input=handler(move |ev: Event| filter.set(event_target_value(&ev).to_ascii_lowercase()))
                        />
                    }
                })}
            <ul class="ce-facet-list" class:ce-scroll=searchable role="list">
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(k, (value, label))| {
                        let input_id = format!("{id}-{k}");
                        let value2 = value.clone();
                        let count = move || counts.with(|c| c.get(n).and_then(|g| g.get(k)).copied().unwrap_or(0));
                        let lower = label.to_ascii_lowercase();
                        let checked = move || query.with(|q| q.has(group, &value));
                        view! {
                            <li class:ce-hidden=move || filter.with(|f| !f.is_empty() && !lower.contains(f.as_str()))>
                                <input
                                    type="checkbox"
                                    id=input_id.clone()
                                    prop:checked=checked
                                    on:change=handler(move |_| set_query(&|q| q.toggle(group, &value2)))
                                />
                                <label for=input_id>
                                    {label}
                                    <span class="ce-facet-count">" (" {count} ")"</span>
                                </label>
                            </li>
                        }
                    })
                    .collect_any()}
            </ul>
        </fieldset>
    }
}

#[component]
fn RoleCard(
    index: usize,
    words: Memo<Vec<String>>,
    country: Memo<String>,
    compared: Memo<Vec<String>>,
) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let notices = use_notices();
    let role = data.0.with_untracked(|c| c.ds.roles.get(index).cloned());
    let Some(role) = role else { return ().into_any() };
    let heading_id = format!("ce-card-{}", role.id);
    let labelled_by = heading_id.clone();
    let id = role.id.clone();
    let id_cmp = role.id.clone();
    let id_pressed = role.id.clone();
    let title = role.title.clone();
    let level = role.level.map(|l| l.label()).unwrap_or("Not stated");
    let focus = role.focus.clone();
    let skills: Vec<String> = data.0.with_untracked(|c| {
        role.skills.iter().chain(&role.tools).take(5).map(|s| c.ds.skill_name(s).to_string()).gather()
    });
    let role_for_pay = role.clone();
    let role_for_match = role.clone();
    let pay = move || {
        let country = country.get();
        data.0.with(|c| match role_pay_span(&c.ds, &role_for_pay, &country) {
            Some(span) => {
                let from = if span.sources == 1 {
                    let src = c.ds.salaries_for_role(&role_for_pay).find(|s| s.country == country).map(|s| s.source.clone()).unwrap_or_default();
                    format!("from “{}”", c.ds.source_title(&src))
                } else {
                    format!("{} sources", span.sources)
                };
                view! {
                    <span class="ce-pay-figure">{span.label()}</span>
                    " "
                    <span class="ce-pay-src">"(" {from} ")"</span>
                }
                .into_any()
            }
            None => view! { <span class="ce-muted">"No figure for " {country_name(&country).to_string()} " in the sources"</span> }.into_any(),
        })
    };
    // Where the words matched, beyond what the card shows: redrawn only when it changes.
    let matches = Memo::new(move |_| words.with(|w| data.0.with(|c| match_context(&c.ds, &role_for_match, w, 3))));
    view! {
        <li>
            <article class="ce-card" aria-labelledby=labelled_by>
                <h3 id=heading_id>
                    <Highlighted text=title words=words/>
                </h3>
                <dl class="ce-facts">
                    <div>
                        <dt>"Level"</dt>
                        <dd>{level}</dd>
                    </div>
                    {focus
                        .map(|f| {
                            view! {
                                <div>
                                    <dt>"Focus"</dt>
                                    <dd>
                                        <Highlighted text=f words=words/>
                                    </dd>
                                </div>
                            }
                        })}
                    <div>
                        <dt>"Pay"</dt>
                        <dd>{pay}</dd>
                    </div>
                    {dynamic(move || {
                        let ctx = matches.get();
                        (!ctx.is_empty())
                            .then(|| {
                                view! {
                                    <div>
                                        <dt>"Matches"</dt>
                                        <dd>
                                            {ctx
                                                .into_iter()
                                                .enumerate()
                                                .map(|(n, (what, text))| {
                                                    view! {
                                                        {(n > 0).then_some("; ")}
                                                        {what}
                                                        ": "
                                                        <Highlighted text=text words=words/>
                                                    }
                                                })
                                                .collect_any()}
                                        </dd>
                                    </div>
                                }
                            })
                    })}
                    {(!skills.is_empty())
                        .then(|| {
                            view! {
                                <div>
                                    <dt>"Top skills"</dt>
                                    <dd>
                                        {skills
                                            .into_iter()
                                            .enumerate()
                                            .map(|(n, s)| {
                                                view! {
                                                    {(n > 0).then_some(", ")}
                                                    <Highlighted text=s words=words/>
                                                }
                                            })
                                            .collect_any()}
                                    </dd>
                                </div>
                            }
                        })}
                </dl>
                <div class="ce-card-actions">
                    <button type="button" class="ce-btn" on:click=handler(move |_| store.open(View::Role(id.clone())))>
                        "View profile"
                    </button>
                    <button
                        type="button"
                        class="ce-btn ce-secondary"
                        aria-pressed=move || compared.with(|c| c.contains(&id_pressed).to_string())
                        on:click=handler(move |_| add_to_compare(store, notices, &id_cmp, true))
                    >
                        "Add to comparison"
                    </button>
                </div>
            </article>
        </li>
    }
    .into_any()
}

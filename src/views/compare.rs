//! Compare: two to four roles side by side, in a real table.

use crate::context::{use_data, use_embed, use_notices, use_store, Store};
use crate::controls::{add_to_compare, TitleSuggestions};
use crate::erase::{dynamic, handler, CollectAny};
use crate::share::{copy_text, download_text, share_link};
use crate::storage;
use crate::views::pay_bars::PayCell;
use career_model::compare::{compare_rows, lacking, lacking_line, role_by_title, to_csv, Cell, Mark};
use career_model::gather::Gather;
use career_model::pay::scale_top;
use career_model::recent::{parse_recent, print_recent, remember};
use career_model::state::{AppState, View, MAX_COMPARE};
use leptos::ev::{Event, KeyboardEvent};
use leptos::prelude::*;

#[component]
pub fn Compare() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let notices = use_notices();
    let only_diff = RwSignal::new(false);
    let copied: RwSignal<Option<String>> = RwSignal::new(None);
    let picker = RwSignal::new(String::new());

    let chosen = Memo::new(move |_| store.0.with(|s| s.compare.clone()));
    let recent = RwSignal::new(
        data.0.with_untracked(|c| parse_recent(&storage::get(storage::RECENT_COMPARISONS).unwrap_or_default(), &c.ds)),
    );
    // Remember each comparison of two or more roles.
    Effect::new(move |_| {
        let ids = chosen.get();
        if ids.len() >= 2 {
            recent.update(|r| remember(r, &ids));
            storage::set(storage::RECENT_COMPARISONS, &recent.with_untracked(|r| print_recent(r)));
        }
    });

    let indices = move || data.0.with(|c| chosen.get().iter().filter_map(|id| c.ds.role_index(id)).gather());
    let rows = Memo::new(move |_| {
        let idx = indices();
        data.0.with(|c| compare_rows(&c.ds, c.graph(), &idx, &c.countries))
    });
    let titles = move || {
        data.0.with(|c| {
            chosen.get().iter().filter_map(|id| c.ds.role(id).map(|r| (id.clone(), r.title.clone()))).gather()
        })
    };

    let try_add = move |text: &str| {
        let found = data.0.with_untracked(|c| role_by_title(&c.ds, text).map(|r| r.id.clone()));
        if let Some(id) = found {
            add_to_compare(store, notices, &id, false);
            picker.set(String::new());
            true
        } else {
            false
        }
    };

    let export = move |_| {
        let idx = indices();
        let csv = data.0.with_untracked(|c| rows.with_untracked(|r| to_csv(&c.ds, &idx, r)));
        download_text("career-comparison.csv", "text/csv;charset=utf-8", &csv);
    };
    let embed = use_embed();
    let copy_link = move |_| {
        let link = share_link(&store.0.get_untracked(), &embed);
        copied.set(Some(link.clone()));
        copy_text(link, notices, "Link copied.");
    };

    view! {
        <section class="ce-view ce-compare" role="group" aria-labelledby="ce-compare-h">
            <h2 id="ce-compare-h" tabindex="-1">"Compare roles"</h2>
            <div class="ce-compare-tools ce-no-print">
                <div class="ce-field">
                    <label for="ce-add-role">"Add role"</label>
                    <input
                        id="ce-add-role"
                        type="text"
                        list="ce-role-options"
                        autocomplete="off"
                        placeholder="Type a role title"
                        prop:value=move || picker.get()
                        on:input=handler(move |ev: Event| {
                            let v = event_target_value(&ev);
                            if !try_add(&v) {
                                picker.set(v);
                            }
                        })
                        on:keydown=handler(move |ev: KeyboardEvent| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                let v = picker.get_untracked();
                                if !v.trim().is_empty() && !try_add(&v) {
                                    notices.push(format!("No role called \"{}\".", v.trim()));
                                }
                            }
                        })
                    />
                    <TitleSuggestions id="ce-role-options" typed=picker/>
                    <p class="ce-muted ce-hint">{format!("Up to {MAX_COMPARE} roles.")}</p>
                </div>
                <div class="ce-compare-actions">
                    <label class="ce-check">
                        <input type="checkbox" prop:checked=move || only_diff.get() on:change=handler(move |ev: Event| only_diff.set(event_target_checked(&ev)))/>
                        "Only differences"
                    </label>
                    <button type="button" class="ce-btn ce-secondary" disabled=move || chosen.with(|c| c.is_empty()) on:click=handler(export)>
                        "Export CSV"
                    </button>
                    <button type="button" class="ce-btn ce-secondary" disabled=move || chosen.with(|c| c.is_empty()) on:click=handler(copy_link)>
                        "Copy link"
                    </button>
                    <button type="button" class="ce-btn ce-secondary" disabled=move || chosen.with(|c| c.is_empty()) on:click=handler(move |_| print_page())>
                        "Print"
                    </button>
                </div>
            </div>
            {dynamic(move || {
                copied
                    .get()
                    .map(|link| {
                        view! {
                            <div class="ce-field ce-no-print">
                                <label for="ce-share-link">"Link to this comparison"</label>
                                <input id="ce-share-link" type="text" readonly prop:value=link/>
                            </div>
                        }
                    })
            })}
            <Show when=move || chosen.with(|c| c.len() < 2)>
                <p class="ce-empty">
                    {dynamic(move || if chosen.with(|c| c.is_empty()) {
                        "Choose two to four roles: use “Add to comparison” on a role, or type a title above."
                    } else {
                        "Add one more role to compare."
                    })}
                </p>
            </Show>
            <Show when=move || chosen.with(|c| !c.is_empty())>
                // What the articles give nothing for, once per role, instead of rows of blanks.
                {dynamic(move || {
                    data.0.with(|c| {
                        chosen
                            .get()
                            .iter()
                            .filter_map(|id| c.ds.role(id))
                            .filter_map(|r| lacking_line(&r.title, &lacking(&c.ds, r)))
                            .map(|line| view! { <p class="ce-muted ce-lacking">{line}</p> })
                            .collect_any()
                    })
                })}
                <div class="ce-table-scroll" role="group" aria-label="Comparison table, scrolls sideways" tabindex="0">
                    <table class="ce-table ce-compare-table">
                        <caption>{dynamic(move || format!("Comparing {}", titles().into_iter().map(|(_, t)| t).join_with(", ")))}</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="ce-aspect">"Aspect"</th>
                                {dynamic(move || titles().into_iter().map(|(_, t)| view! { <th scope="col">{t}</th> }).collect_any())}
                            </tr>
                            <tr class="ce-no-print ce-column-tools">
                                <td></td>
                                {dynamic(move || {
                                    let list = titles();
                                    let n = list.len();
                                    list.into_iter().enumerate().map(|(i, (id, t))| view! { <ColumnTools store id title=t index=i count=n/> }).collect_any()
                                })}
                            </tr>
                        </thead>
                        <tbody>
                            {dynamic(move || {
                                let diff_only = only_diff.get();
                                let n = chosen.with(|c| c.len());
                                data.0.with(|c| {
                                    rows.get()
                                        .into_iter()
                                        .filter(|r| !(diff_only && n >= 2 && r.equal(&c.ds)))
                                        .map(|row| {
                                            let top = scale_top(row.cells.iter().flat_map(|cell| match cell {
                                                Cell::Pay(list) => list.iter().gather(),
                                                _ => Vec::new(),
                                            }));
                                            // Nothing for any role: one cell says so, not a blank per role.
                                            let cells = if row.is_blank() {
                                                let span = row.cells.len().to_string();
                                                let none = if row.aspect.starts_with("Pay") {
                                                    "No figure in the sources for these roles"
                                                } else {
                                                    "None named for these roles"
                                                };
                                                view! { <td colspan=span class="ce-muted">{none}</td> }.into_any()
                                            } else {
                                                row.cells
                                                    .into_iter()
                                                    .map(|cell| view! { <td>{render_cell(cell, top)}</td> })
                                                    .collect_any()
                                                    .into_any()
                                            };
                                            view! {
                                                <tr>
                                                    <th scope="row">{row.aspect.clone()}</th>
                                                    {cells}
                                                </tr>
                                            }
                                        })
                                        .collect_any()
                                })
                            })}
                        </tbody>
                    </table>
                </div>
            </Show>
            <RecentComparisons recent/>
        </section>
    }
}

fn render_cell(cell: Cell, top: u64) -> AnyView {
    match cell {
        Cell::Text(t) => t.into_any(),
        Cell::Pay(records) => view! { <PayCell records top/> }.into_any(),
        Cell::Items(items) if items.is_empty() => view! { <span class="ce-muted">"None named"</span> }.into_any(),
        Cell::Items(items) => view! {
            <ul class="ce-items">
                {items
                    .into_iter()
                    .map(|(text, mark)| {
                        let label = mark.label();
                        view! {
                            <li class:ce-shared=mark == Mark::Shared class:ce-unique=mark == Mark::Unique>
                                {text}
                                {(!label.is_empty()).then(|| view! { " " <span class="ce-mark">"(" {label} ")"</span> })}
                            </li>
                        }
                    })
                    .collect_any()}
            </ul>
        }
        .into_any(),
    }
}

#[component]
fn ColumnTools(store: Store, id: String, title: String, index: usize, count: usize) -> impl IntoView {
    let (a, b, c) = (id.clone(), id.clone(), id);
    let shift = move |id: &str, by: isize| {
        store.0.update(|s: &mut AppState| {
            if let Some(i) = s.compare.iter().position(|x| x == id) {
                let j = i as isize + by;
                if j >= 0 && (j as usize) < s.compare.len() {
                    s.compare.swap(i, j as usize);
                }
            }
        })
    };
    view! {
        <td>
            <div class="ce-column-buttons">
                <button type="button" class="ce-btn ce-secondary ce-small" aria-label=format!("Move {title} left") disabled={index == 0} on:click=handler(move |_| shift(&a, -1))>
                    "←"
                </button>
                <button type="button" class="ce-btn ce-secondary ce-small" aria-label=format!("Move {title} right") disabled={index + 1 >= count} on:click=handler(move |_| shift(&b, 1))>
                    "→"
                </button>
                <button type="button" class="ce-btn ce-secondary ce-small" aria-label=format!("Remove {title}") on:click=handler(move |_| store.0.update(|s| s.compare.retain(|x| *x != c)))>
                    "Remove"
                </button>
            </div>
        </td>
    }
}

#[component]
fn RecentComparisons(recent: RwSignal<Vec<Vec<String>>>) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let current = Memo::new(move |_| store.0.with(|s| s.compare.clone()));
    let items = move || {
        let cur = current.get();
        recent.get().into_iter().filter(|ids| *ids != cur).gather()
    };
    view! {
        <Show when=move || !items().is_empty()>
            <section class="ce-recent ce-no-print" role="group" aria-labelledby="ce-recent-h">
                <h3 id="ce-recent-h">"Recent comparisons"</h3>
                <ul>
                    {dynamic(move || {
                        items()
                            .into_iter()
                            .map(|ids| {
                                let label = data.0.with(|c| ids.iter().filter_map(|id| c.ds.role(id).map(|r| r.title.clone())).join_with(", "));
                                view! {
                                    <li>
                                        <button type="button" class="ce-link" on:click=handler(move |_| store.0.update(|s| {
                                            s.compare = ids.clone();
                                            s.view = View::Compare;
                                        }))>
                                            {label}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_any()
                    })}
                </ul>
            </section>
        </Show>
    }
}

fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

//! Controls several views share: text with the search words marked, adding a role to the
//! comparison, the country box, and the titles a role box suggests.

use crate::context::{use_data, use_store, Notices, Store};
use crate::erase::{dynamic, handler, CollectAny};
use career_model::codes::country_name;
use career_model::compare::picker_matches;
use career_model::explore::highlight;
use career_model::state::MAX_COMPARE;
use leptos::ev::Event;
use leptos::prelude::*;

/// Text with the search words marked. Dataset text is always rendered as text.
#[component]
pub fn Highlighted(#[prop(into)] text: String, words: Memo<Vec<String>>) -> impl IntoView {
    // Most keystrokes leave most texts marked as they were: those redraw nothing.
    let runs = Memo::new(move |_| words.with(|w| highlight(&text, w)));
    move || {
        runs.get()
            .into_iter()
            .map(|(run, marked)| if marked { view! { <mark>{run}</mark> }.into_any() } else { run.into_any() })
            .collect_any()
    }
}

/// Adds a role to the comparison (or, with `toggle`, takes it out when it is there).
/// A fifth role is refused with a message.
pub fn add_to_compare(store: Store, notices: Notices, id: &str, toggle: bool) {
    let (present, full) =
        store.0.with_untracked(|s| (s.compare.iter().any(|x| x == id), s.compare.len() >= MAX_COMPARE));
    if present {
        if toggle {
            store.0.update(|s| s.compare.retain(|x| x != id));
        }
    } else if full {
        notices.push(format!("A comparison holds at most {MAX_COMPARE} roles. Remove one before adding another."));
    } else {
        store.0.update(|s| s.compare.push(id.to_string()));
    }
}

/// The "Country" picker: which country's pay figures to show.
pub fn country_select(id: &'static str) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let countries = move || data.0.with(|c| c.countries.clone());
    view! {
        <div class="ce-field">
            <label for=id>"Country"</label>
            <select id=id on:change=handler(move |ev: Event| {
                let v = event_target_value(&ev);
                store.0.update(|s| s.country = v);
            })>
                {dynamic(move || {
                    countries()
                        .into_iter()
                        .map(|code| {
                            let c2 = code.clone();
                            view! {
                                <option value=code.clone() selected=move || store.0.with(|s| s.country == c2)>
                                    {country_name(&code).to_string()}
                                </option>
                            }
                        })
                        .collect_any()
                })}
            </select>
        </div>
    }
}

/// The titles a role box suggests for what is typed in it: a few that match, never one
/// option per role of a large dataset.
#[component]
pub fn TitleSuggestions(#[prop(into)] id: String, typed: RwSignal<String>) -> impl IntoView {
    let data = use_data();
    let options = move || {
        let t = typed.get();
        data.0.with(|c| {
            picker_matches(&c.ds, &t)
                .into_iter()
                .map(|r| view! { <option value=r.title.clone()></option> })
                .collect_any()
        })
    };
    view! { <datalist id=id>{options}</datalist> }
}

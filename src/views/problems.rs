//! "This dataset has problems": what is wrong with a host's dataset, where, and a way back
//! to the built-in data. Never a blank box.

use crate::context::{use_data, Status};
use crate::erase::{handler, CollectAny};
use career_model::text::plural;
use leptos::html::H2;
use leptos::prelude::*;

#[component]
pub fn ProblemsPanel(origin: String, items: Vec<(String, String)>, more: usize) -> impl IntoView {
    let data = use_data();
    let status = expect_context::<Status>();
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let builtin = move |_| data.back_to_builtin(status);
    let n = items.len() + more;
    view! {
        <section class="ce-view ce-problems" role="group" aria-labelledby="ce-problems-h">
            <h2 id="ce-problems-h" tabindex="-1" node_ref=heading>"This dataset has problems"</h2>
            <p>
                {plural(n, "problem", "problems")}
                " in the dataset from "
                <code>{origin}</code>
                ":"
            </p>
            <ul class="ce-problem-list">
                {items
                    .into_iter()
                    .map(|(at, reason)| view! { <li><code>{at}</code> ": " {reason}</li> })
                    .collect_any()}
            </ul>
            {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
            <button type="button" class="ce-btn" on:click=handler(builtin)>"Show built-in data"</button>
        </section>
    }
}

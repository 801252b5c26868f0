//! The widget's frame: one state for the whole view, the navigation between views, and
//! (in the standalone page, or when the embedder opts in) the URL hash kept in step.

use crate::context::*;
use crate::erase::{dynamic, handler, CollectAny};
use crate::hash_sync::sync_with_hash;
use crate::views::explore::Explore;
use career_model::gather::Gather;
use career_model::state::View;
use leptos::prelude::*;

const NAV: [(&str, View); 8] = [
    ("Explore", View::Explore),
    ("Get started", View::Start),
    ("Compare", View::Compare),
    ("Career paths", View::Paths),
    ("Certifications", View::Certifications),
    ("Pay", View::Pay),
    ("Your skills", View::Skills),
    ("Sources", View::Sources),
];

#[component]
pub fn App(
    store: Store,
    data: Data,
    status: Status,
    embed: Embed,
    #[prop(optional)] first: Option<FirstRender>,
) -> impl IntoView {
    let notices = Notices(RwSignal::new(Vec::new()));
    let sync_url = embed.sync_url;
    let read_hash_now = !embed.custom_data;
    provide_context(store);
    provide_context(data);
    provide_context(notices);
    provide_context(embed);
    provide_context(status);
    let first = first.unwrap_or_else(FirstRender::at_once);
    provide_context(first);
    if sync_url {
        sync_with_hash(store, data, status, notices, read_hash_now);
    }

    let view_key = Memo::new(move |_| store.0.with(|s| s.view.clone()));
    // Once a role is in the comparison, Compare is likely next: its file starts coming.
    let comparing = Memo::new(move |_| store.0.with(|s| !s.compare.is_empty()));
    Effect::new(move |_| {
        if comparing.get() {
            crate::split::warm(&View::Compare);
        }
    });
    // The views that list roles open their profiles: the profile's file starts coming with them.
    Effect::new(move |_| {
        if view_key.with(|v| matches!(v, View::Paths | View::Certifications | View::Start | View::Skills)) {
            crate::split::warm(&View::Role(String::new()));
        }
    });
    // How often "Embed" was pressed: the dialog is built the first time, and opens each time.
    let opens = RwSignal::new(0u32);
    let asked = Memo::new(move |_| opens.get() > 0);
    let ready = Memo::new(move |_| status.0.with(|s| *s == DataStatus::Ready));
    // A view is built again when the view changes or another dataset is shown.
    let generation = Memo::new(move |_| data.0.with(|c| c.generation));
    // Every view but Explore comes in a file of its own (`split`).
    let view_body = move || {
        crate::split::body(&(view_key.get(), generation.get()).0).unwrap_or_else(|| view! { <Explore/> }.into_any())
    };
    // Setting the same status again redraws nothing: another dataset is told by its generation.
    let shown = Memo::new(move |_| status.0.get());
    let body = move || match shown.get() {
        DataStatus::Ready => view_body().into_any(),
        DataStatus::Loading(origin) => view! {
            <p class="ce-loading" role="status">
                "Loading the dataset from " <code>{origin}</code> "…"
            </p>
        }
        .into_any(),
        DataStatus::Problems { origin, items, more } => {
            view! { <crate::views::problems::ProblemsPanel origin items more/> }.into_any()
        }
    };

    view! {
        <section class="ce-app" role="group" aria-label="Career explorer">
            <header class="ce-header">
                <p class="ce-brand">"Career explorer: machine learning engineer"</p>
                <div role="group" aria-label="Views" class="ce-nav" class:ce-hidden=move || !ready.get()>
                    // Built step by step, the buttons come in a task of their own.
                    {first.later(move || {
                        NAV
                            .iter()
                            .map(|(label, target)| {
                                let key = target.key();
                                let current = move || {
                                    let k = view_key.with(|v| v.key());
                                    k == key || (key == "explore" && k == "role")
                                };
                                view! {
                                    <button
                                        type="button"
                                        class="ce-nav-btn"
                                        aria-current=move || current().then_some("page")
                                        // A view in a file of its own starts coming as the reader nears its button.
                                        on:pointerenter=handler(move |_| crate::split::warm(target))
                                        on:focus=handler(move |_| crate::split::warm(target))
                                        on:click=handler(move |_| store.open(target.clone()))
                                    >
                                        {*label}
                                        {(key == "compare")
                                            .then(|| {
                                                view! {
                                                    <span class="ce-badge" aria-hidden="true">
                                                        {dynamic(move || {
                                                            let n = store.0.with(|s| s.compare.len());
                                                            if n > 0 { format!(" {n}") } else { String::new() }
                                                        })}
                                                    </span>
                                                }
                                            })}
                                    </button>
                                }
                            })
                            .collect_any()
                            .into_any()
                    })}
                    {first.later(move || {
                        view! {
                            <button
                                type="button"
                                class="ce-nav-btn ce-embed-btn"
                                // The dialog comes in a file of its own: it starts coming as the reader nears the button.
                                on:pointerenter=handler(|_| crate::split::warm_embed())
                                on:focus=handler(|_| crate::split::warm_embed())
                                on:click=handler(move |_| opens.update(|n| *n += 1))
                            >
                                "Embed"
                            </button>
                            {move || asked.get().then(|| crate::split::embed_dialog(opens))}
                        }
                        .into_any()
                    })}
                </div>
            </header>
            <NoticeList/>
            <div class="ce-main">{body}</div>
            <OfflineFooter/>
        </section>
    }
}

#[component]
fn NoticeList() -> impl IntoView {
    let notices = use_notices();
    let each = move || notices.0.get().into_iter().enumerate().gather();
    view! {
        <div class="ce-notices" role="status">
            <For
                each=each
                key=|(i, m)| (*i, m.clone())
                children={move |(_, msg)| {
                    let m2 = msg.clone();
                    view! {
                        <p class="ce-notice">
                            <span>{msg}</span>
                            <button
                                type="button"
                                class="ce-link"
                                aria-label="Dismiss notice"
                                on:click=handler(move |_| notices.0.update(|v| v.retain(|x| *x != m2)))
                            >
                                "Dismiss"
                            </button>
                        </p>
                    }
                }}
            />
        </div>
    }
}

/// The way to keep the widget: the single-file edition beside `embed.js`. The single-file
/// edition itself has no files beside it, and says it works offline already.
#[component]
fn OfflineFooter() -> impl IntoView {
    let embed = use_embed();
    view! {
        <div class="ce-footer">
            {if embed.base.is_empty() {
                view! { <p class="ce-muted">"This copy works offline: everything is in this one file."</p> }.into_any()
            } else {
                let href = format!("{}career-explorer.html", embed.base);
                view! {
                    <p>
                        <a href=href download="career-explorer.html">"Download for offline use"</a>
                        <span class="ce-muted">" — one file that opens without a network."</span>
                    </p>
                }
                .into_any()
            }}
        </div>
    }
}

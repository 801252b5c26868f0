//! The widget's frame: one state for the whole view, the navigation between views, and
//! (in the standalone page, or when the embedder opts in) the URL hash kept in step.

use crate::catalog::Catalog;
use crate::views::{
    certifications::Certifications, compare::Compare, explore::Explore, paths::CareerPaths, pay::Pay,
    role::RoleProfile, sources::Sources,
};
use career_model::state::{from_hash, to_hash, AppState, View};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use std::sync::Arc;

/// The view state of one widget.
#[derive(Clone, Copy)]
pub struct Store(pub RwSignal<AppState>);

/// The dataset of one widget.
#[derive(Clone, Copy)]
pub struct Data(pub RwSignal<Arc<Catalog>>);

/// Where the widget's own files are, and whether it may use the page's URL.
#[derive(Clone, Debug, Default)]
pub struct Embed {
    /// The folder of `embed.js`, ending in `/` (empty: no files beside the widget).
    pub base: String,
    pub sync_url: bool,
    /// A dataset of the host's is on its way: the address is read once it has arrived.
    pub custom_data: bool,
}

/// Whether the dataset is ready to show.
#[derive(Clone, Debug, PartialEq)]
pub enum DataStatus {
    Ready,
    Loading(String),
    /// The host's dataset can't be used: where it came from, `(location, reason)` for each
    /// problem listed, and how many more there are.
    Problems {
        origin: String,
        items: Vec<(String, String)>,
        more: usize,
    },
}

#[derive(Clone, Copy)]
pub struct Status(pub RwSignal<DataStatus>);

/// How the first view reaches the screen: built at once, or (taking over a view `embed.js`
/// painted from HTML) built off screen a few cards per task, so no task blocks the host
/// page for long, and shown in one step when complete.
#[derive(Clone, Copy)]
pub struct FirstRender {
    pub stepwise: bool,
    /// Set once the first view is complete.
    pub done: RwSignal<bool>,
}

impl FirstRender {
    pub fn at_once() -> FirstRender {
        FirstRender { stepwise: false, done: RwSignal::new(true) }
    }
}

pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_default()
}

/// Short messages for the reader (a link that could not be read, a refused action).
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<String>>);

impl Notices {
    pub fn push(&self, msg: impl Into<String>) {
        let msg = msg.into();
        self.0.update(|v| {
            if !v.contains(&msg) {
                v.push(msg);
            }
        });
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

pub fn use_data() -> Data {
    expect_context::<Data>()
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

impl Store {
    /// Opens a view, keeping everything else.
    pub fn open(&self, view: View) {
        self.0.update(|s| s.view = view);
    }
}

/// Writes the address: a new history entry, or in place of the current one.
fn write_hash(hash: &str, replace: bool) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        };
    }
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Keeps the state and the URL hash in step: discrete changes add a history entry (so
/// back and forward walk them); typing in the search box replaces the current one.
fn sync_with_hash(store: Store, data: Data, status: Status, notices: Notices, read_now: bool) {
    // A hash in the address wins over the element's attributes.
    if read_now && current_hash().len() > 1 {
        let (initial, msgs) = data.0.with_untracked(|c| from_hash(&current_hash(), &c.ds));
        store.0.set(initial);
        for m in msgs {
            notices.push(m);
        }
    }
    let last: StoredValue<AppState> = StoredValue::new(store.0.get_untracked());
    // Typing writes the address once the reader pauses: a same-document navigation per
    // keystroke would cost the browser more than the search itself.
    let pending: StoredValue<Option<(String, Timeout)>, LocalStorage> = StoredValue::new_local(None);
    // Dropping the timer cancels it.
    let flush = move || {
        if let Some((hash, _timer)) = pending.try_update_value(|p| p.take()).flatten() {
            write_hash(&hash, true);
        }
    };
    Effect::new(move |_| {
        let s = store.0.get();
        // Until a host's dataset has arrived, the address still holds the reader's link.
        if status.0.with(|st| *st != DataStatus::Ready) {
            return;
        }
        let hash = to_hash(&s);
        let only_text = last.with_value(|prev| {
            let mut p = prev.clone();
            p.explore.text = s.explore.text.clone();
            p == s
        });
        last.set_value(s);
        if only_text {
            pending.set_value(None);
            if hash != current_hash() {
                let timer = Timeout::new(400, flush);
                pending.set_value(Some((hash, timer)));
            }
            return;
        }
        // A discrete change: the entry it leaves keeps the text typed so far.
        flush();
        if hash != current_hash() {
            write_hash(&hash, false);
        }
    });
    let on_nav = move || {
        pending.set_value(None);
        let (next, msgs) = data.0.with_untracked(|c| from_hash(&current_hash(), &c.ds));
        for m in msgs {
            notices.push(m);
        }
        if store.0.with_untracked(|s| *s != next) {
            last.set_value(next.clone());
            store.0.set(next);
        }
    };
    let a = window_event_listener(leptos::ev::popstate, move |_| on_nav());
    let b = window_event_listener(leptos::ev::hashchange, move |_| on_nav());
    on_cleanup(move || {
        a.remove();
        b.remove();
    });
}

const NAV: [(&str, View); 6] = [
    ("Explore", View::Explore),
    ("Compare", View::Compare),
    ("Career paths", View::Paths),
    ("Certifications", View::Certifications),
    ("Pay", View::Pay),
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
    provide_context(first.unwrap_or_else(FirstRender::at_once));
    if sync_url {
        sync_with_hash(store, data, status, notices, read_hash_now);
    }

    let view_key = Memo::new(move |_| store.0.with(|s| s.view.clone()));
    let ready = Memo::new(move |_| status.0.with(|s| *s == DataStatus::Ready));
    let view_body = move || match view_key.get() {
        View::Role(id) => view! { <RoleProfile id=id/> }.into_any(),
        View::Explore => view! { <Explore/> }.into_any(),
        View::Sources => view! { <Sources/> }.into_any(),
        View::Compare => view! { <Compare/> }.into_any(),
        View::Paths => view! { <CareerPaths/> }.into_any(),
        View::Certifications => view! { <Certifications/> }.into_any(),
        View::Pay => view! { <Pay/> }.into_any(),
    };
    let body = move || match status.0.get() {
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
                    {NAV
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
                                    on:click=move |_| store.open(target.clone())
                                >
                                    {*label}
                                    {(key == "compare")
                                        .then(|| {
                                            view! {
                                                <span class="ce-badge" aria-hidden="true">
                                                    {move || {
                                                        let n = store.0.with(|s| s.compare.len());
                                                        if n > 0 { format!(" {n}") } else { String::new() }
                                                    }}
                                                </span>
                                            }
                                        })}
                                </button>
                            }
                        })
                        .collect_view()}
                    <crate::views::embed_dialog::EmbedButton/>
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
    let each = move || notices.0.get().into_iter().enumerate().collect::<Vec<_>>();
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
                                on:click=move |_| notices.0.update(|v| v.retain(|x| *x != m2))
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

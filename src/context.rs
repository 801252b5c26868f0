//! What every view of one widget shares, provided as contexts by the app: its view state,
//! its dataset and the dataset's status, where its files are, its notices, and how its
//! first view is drawn. Views read them through the `use_*` functions.

use crate::catalog::Catalog;
use career_model::state::{AppState, View};
use leptos::prelude::*;
use std::collections::VecDeque;
use std::sync::Arc;

/// The view state of one widget.
#[derive(Clone, Copy)]
pub struct Store(pub RwSignal<AppState>);

/// The dataset of one widget.
#[derive(Clone, Copy)]
pub struct Data(pub RwSignal<Arc<Catalog>>);

impl Data {
    /// Back to the built-in dataset (a reader's failed or was dropped).
    pub fn back_to_builtin(&self, status: Status) {
        if let Ok(c) = Catalog::builtin() {
            self.0.set(c);
            status.0.set(DataStatus::Ready);
        }
    }
}

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
/// painted from HTML) built off screen one part per task, so no task blocks the host page
/// for long, and shown in one step when complete.
#[derive(Clone, Copy)]
pub struct FirstRender {
    pub stepwise: bool,
    /// Set once the first view is complete.
    pub done: RwSignal<bool>,
    /// The parts still to build, in order: one per task.
    steps: StoredValue<VecDeque<Box<dyn FnOnce()>>, LocalStorage>,
}

impl FirstRender {
    pub fn new(stepwise: bool) -> FirstRender {
        FirstRender { stepwise, done: RwSignal::new(!stepwise), steps: StoredValue::new_local(VecDeque::new()) }
    }

    pub fn at_once() -> FirstRender {
        FirstRender::new(false)
    }

    /// Whether the first view is still being built a part at a time.
    pub fn building(&self) -> bool {
        self.stepwise && !self.done.get_untracked()
    }

    /// Runs `step` in a task of its own, after the steps queued before it; at once when the
    /// view is not built step by step.
    pub fn then(&self, step: impl FnOnce() + 'static) {
        if self.building() {
            self.steps.update_value(|s| s.push_back(Box::new(step)));
        } else {
            step();
        }
    }

    /// A part of the view that is built now or, while the first view is built step by step,
    /// in a task of its own.
    pub fn later(&self, part: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
        self.later_boxed(Box::new(part))
    }

    // One closure type for every part: the wasm has one copy of the code that renders it.
    fn later_boxed(&self, part: Box<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
        let shown = RwSignal::new(!self.building());
        if !shown.get_untracked() {
            self.then(move || shown.set(true));
        }
        move || shown.get().then(&part)
    }

    /// Builds the queued parts one per task; the view is complete after the last.
    pub fn run(self) {
        gloo::timers::callback::Timeout::new(0, move || {
            match self.steps.try_update_value(|s| s.pop_front()).flatten() {
                Some(step) => {
                    step();
                    self.run();
                }
                None => {
                    self.done.try_set(true);
                }
            }
        })
        .forget();
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

    /// Opens Career paths planning a route from `from` (to `to`, when given; otherwise the
    /// destination already chosen stays).
    pub fn plan_route(&self, from: String, to: Option<String>) {
        self.0.update(|s| {
            s.from = Some(from);
            if to.is_some() {
                s.to = to;
            }
            s.view = View::Paths;
        });
    }
}

//! Mounting a widget: an open shadow root, so host CSS can't reach in and the widget's
//! CSS (which `embed.js` adopts into that root) can't leak out; and a panic hook that
//! leaves a readable message in every widget's box instead of a blank one.

use crate::app::App;
use crate::catalog::Catalog;
use crate::context::{Data, DataStatus, Embed, FirstRender, Status, Store};
use crate::own_data::{requested, DataOrigin};
use career_model::gather::Gather;
use career_model::state::from_hash;
use career_model::state::{
    apply_attribute, attribute_opens, from_attributes, is_state_attribute, state_attributes, View,
};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

thread_local! {
    static BOXES: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// How a widget starts.
#[derive(Clone, Debug, Default)]
pub struct MountOptions {
    /// Mirror the view state into the page's URL hash (the standalone page does).
    pub sync_url: bool,
    /// The URL of the folder holding `embed.js` and `data/`, ending in `/`.
    pub base: String,
    /// Puts the live view in place of what the shadow root shows (`embed.js` hands over
    /// what the reader did to its prerendered view). Without it the widget does so itself.
    pub swap: Option<js_sys::Function>,
    /// Hands over the fetch of the element's dataset `embed.js` started while the
    /// WebAssembly loaded (see `fetch_text`).
    pub prefetch: Option<js_sys::Function>,
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&JsValue::from_str(&format!("career-explorer: {info}")));
            BOXES.with(|b| {
                for el in b.borrow().iter() {
                    show_error(el, "Something went wrong in the career explorer. Reload the page to try again.");
                }
            });
        }));
    });
}

/// Replaces a widget's content with a short message (the details go to the console).
pub fn show_error(el: &HtmlElement, message: &str) {
    el.set_text_content(None);
    if let Some(doc) = el.owner_document() {
        if let Ok(p) = doc.create_element("p") {
            p.set_class_name("ce-error");
            p.set_attribute("role", "alert").ok();
            p.set_text_content(Some(message));
            el.append_child(&p).ok();
        }
    }
}

fn warn(msg: &str) {
    web_sys::console::warn_1(&JsValue::from_str(msg));
}

/// The widget's loads of a host's dataset: only the latest may land, and starting one
/// cancels the one before.
#[derive(Clone, Default)]
struct Loads(std::rc::Rc<RefCell<(u64, Option<web_sys::AbortController>)>>);

impl Loads {
    /// Cancels the load under way, if any; returns the new load's number and its abort.
    fn next(&self) -> (u64, Option<web_sys::AbortController>) {
        let mut l = self.0.borrow_mut();
        if let Some(previous) = l.1.take() {
            previous.abort();
        }
        l.0 += 1;
        l.1 = web_sys::AbortController::new().ok();
        (l.0, l.1.clone())
    }

    fn is_latest(&self, n: u64) -> bool {
        self.0.borrow().0 == n
    }
}

/// A mounted widget, as `embed.js` holds it: attribute changes go through it, and
/// `unmount` releases it when the element leaves the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    store: Store,
    data: Data,
    status: Status,
    host: Element,
    sync_url: bool,
    loads: Loads,
    container: HtmlElement,
    /// Dropping it disposes the view's reactive owner: its effects, timers and window
    /// listeners, and its DOM.
    mounted: Option<Box<dyn std::any::Any>>,
    /// Owns the widget's state, data and status signals (and the view's owner): cleaning
    /// it up frees the dataset the widget held.
    owner: Option<Owner>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies a changed attribute of the element (`None` when it was removed).
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        match name {
            "theme" => check_theme(value.as_deref()),
            "height" => apply_height(&self.host, value.as_deref()),
            "data-version" => self.data.0.with_untracked(|c| check_version(&c.ds.version, value.as_deref())),
            "data-src" => match requested(&self.host, false) {
                Some(origin) => start_loading(
                    origin,
                    self.host.clone(),
                    self.store,
                    self.data,
                    self.status,
                    self.sync_url,
                    self.loads.clone(),
                    None,
                ),
                None => {
                    self.loads.next();
                    self.data.back_to_builtin(self.status);
                }
            },
            n if is_state_attribute(n) => {
                let result = self.data.0.with_untracked(|c| {
                    let mut s = self.store.0.get_untracked();
                    let r = apply_attribute(&mut s, n, value.as_deref(), &c.ds);
                    // Setting `role` opens it; setting an attribute of another view opens
                    // that view.
                    if value.is_some() && self.host.get_attribute("view").is_none() {
                        if let Some(v) = attribute_opens(n) {
                            s.view = v;
                        }
                    }
                    self.store.0.set(s);
                    r
                });
                if let Err(w) = result {
                    warn(&w);
                }
            }
            _ => {}
        }
    }

    /// Releases the widget (the element left the page): cancels its loads, disposes its
    /// reactive owner and empties its box. Mounting again starts afresh.
    pub fn unmount(&mut self) {
        if let Some(controller) = self.loads.next().1 {
            controller.abort();
        }
        drop(self.mounted.take());
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
        BOXES.with(|b| b.borrow_mut().retain(|el| el != &self.container));
    }
}

/// A handle let go of without `unmount` leaves its widget running: the element may still
/// be on the page.
impl Drop for WidgetHandle {
    fn drop(&mut self) {
        if let Some(mounted) = self.mounted.take() {
            std::mem::forget(mounted);
        }
        if let Some(owner) = self.owner.take() {
            std::mem::forget(owner);
        }
    }
}

fn check_theme(v: Option<&str>) {
    if let Some(v) = v.filter(|v| !matches!(*v, "light" | "dark" | "auto" | "")) {
        warn(&format!("career-explorer: unknown theme \"{v}\"; using the default (auto)."));
    }
}

fn check_version(actual: &str, wanted: Option<&str>) {
    if let Some(w) = wanted.filter(|w| !w.is_empty() && *w != actual) {
        warn(&format!(
            "career-explorer: this page was written against data version {w}; the data served is version {actual}. Figures may have changed."
        ));
    }
}

/// A fixed height with inner scroll: a number (pixels) or a CSS length. Set through a
/// custom property, since a strict CSP forbids style attributes.
fn apply_height(host: &Element, v: Option<&str>) {
    let Some(el) = host.dyn_ref::<HtmlElement>() else { return };
    let style = el.style();
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => {
            let _ = style.remove_property("--ce-height");
        }
        Some(v) => match career_model::state::css_length(v) {
            Some(len) => {
                let _ = style.set_property("--ce-height", &len);
            }
            None => {
                let _ = style.remove_property("--ce-height");
                warn(&format!("career-explorer: unknown height \"{v}\"; the widget grows with its content."));
            }
        },
    }
}

fn attributes(host: &Element) -> Vec<(&'static str, Option<String>)> {
    state_attributes().map(|n| (n, host.get_attribute(n))).gather()
}

/// Mounts one widget on `host`: attaches (or reuses) an open shadow root, keeps the style
/// sheets adopted there, and renders the app inside, in place of what it held. Errors are shown in the box.
pub fn mount_widget(host: &Element, opts: MountOptions) -> Option<WidgetHandle> {
    // Everything the widget creates belongs to one owner, released by `unmount`; signals
    // made with no owner would live as long as the page.
    let owner = Owner::new();
    let mut handle = owner.with(|| mount_owned(host, opts))?;
    handle.owner = Some(owner);
    Some(handle)
}

fn mount_owned(host: &Element, opts: MountOptions) -> Option<WidgetHandle> {
    install_panic_hook();
    let root = match host.shadow_root() {
        Some(r) => r,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(r) => r,
            Err(e) => {
                web_sys::console::error_2(&JsValue::from_str("career-explorer: no shadow root"), &e);
                return None;
            }
        },
    };
    // The live view is built off screen and put in place of what the box shows in one
    // step, so the reader never sees it empty or half built.
    let doc = web_sys::window().and_then(|w| w.document())?;
    let container: HtmlElement = doc.create_element("div").ok()?.unchecked_into();
    container.set_class_name("ce-root");
    BOXES.with(|b| b.borrow_mut().push(container.clone()));
    let prerendered = root.query_selector(".ce-prerender").ok().flatten().is_some();
    let swapped = std::rc::Rc::new(std::cell::Cell::new(false));
    let show = {
        let (root, container, swapped) = (root.clone(), container.clone(), swapped.clone());
        let swap = opts.swap.clone();
        move || {
            if swapped.replace(true) {
                return;
            }
            let done = swap.as_ref().is_some_and(|f| f.call1(&JsValue::NULL, &container).is_ok());
            if !done {
                root.set_inner_html("");
                root.append_child(&container).ok();
            }
        }
    };

    let catalog = match Catalog::builtin() {
        Ok(c) => c,
        Err(e) => {
            web_sys::console::error_1(&JsValue::from_str(&format!("career-explorer: {e}")));
            show();
            show_error(&container, "The career data could not be loaded.");
            return None;
        }
    };
    let (initial, warnings) = from_attributes(&attributes(host), &catalog.ds);
    for w in warnings {
        warn(&w);
    }
    check_theme(host.get_attribute("theme").as_deref());
    check_version(&catalog.ds.version, host.get_attribute("data-version").as_deref());
    apply_height(host, host.get_attribute("height").as_deref());
    let store = Store(RwSignal::new(initial));
    let data = Data(RwSignal::new(catalog));
    let status = Status(RwSignal::new(DataStatus::Ready));
    let origin = requested(host, opts.sync_url);
    let embed = Embed { base: opts.base, sync_url: opts.sync_url, custom_data: origin.is_some() };
    // Taking over Explore painted from HTML: its cards are built a few per task.
    let hash_view =
        opts.sync_url && web_sys::window().and_then(|w| w.location().hash().ok()).is_some_and(|h| h.len() > 1);
    let stepwise = opts.swap.is_some()
        && prerendered
        && origin.is_none()
        && !hash_view
        && store.0.with_untracked(|s| s.view == View::Explore);
    let first = FirstRender::new(stepwise);
    // Whether the first view's own wasm file is here (see below).
    let file_here = RwSignal::new(true);
    let show_when_done = show.clone();
    let mounted = leptos::mount::mount_to(container.clone(), move || {
        Effect::new(move |_| {
            if first.done.get() && file_here.get() {
                show_when_done();
            }
        });
        view! { <App store data status embed=embed.clone() first/> }
    });
    // A first view in a file of its own (one the attributes or the address open) is shown
    // once its file has come, complete: never an empty box in place of the one painted.
    if let Some(view) = store.0.with_untracked(|s| crate::split::is_split(&s.view).then(|| s.view.clone())) {
        file_here.set(false);
        leptos::task::spawn_local(async move {
            crate::split::ready(&view).await;
            // The view takes its file in a task of its own.
            gloo::timers::callback::Timeout::new(0, move || {
                file_here.try_set(true);
            })
            .forget();
        });
        // Should the file not come, the widget is shown all the same, and says so.
        gloo::timers::callback::Timeout::new(5_000, move || {
            file_here.try_set(true);
        })
        .forget();
    }
    if stepwise {
        first.run();
        // Should the view change before it is all built, it is shown all the same.
        gloo::timers::callback::Timeout::new(2_000, move || {
            first.done.try_set(true);
        })
        .forget();
    } else if file_here.get_untracked() {
        show();
    }
    let loads = Loads::default();
    if let Some(origin) = origin {
        start_loading(origin, host.clone(), store, data, status, opts.sync_url, loads.clone(), opts.prefetch);
    }
    Some(WidgetHandle {
        store,
        data,
        status,
        host: host.clone(),
        sync_url: opts.sync_url,
        loads,
        container,
        mounted: Some(Box::new(mounted)),
        owner: None,
    })
}

/// Loads a host's dataset in the background. It replaces the built-in one when it is
/// sound; otherwise the widget lists its problems. A newer load cancels it. `prefetch` is
/// the fetch of `origin`'s address started before the widget, if it was.
#[allow(clippy::too_many_arguments)]
fn start_loading(
    origin: DataOrigin,
    host: Element,
    store: Store,
    data: Data,
    status: Status,
    sync_url: bool,
    loads: Loads,
    prefetch: Option<js_sys::Function>,
) {
    let (n, abort) = loads.next();
    status.0.set(DataStatus::Loading(origin.describe()));
    leptos::task::spawn_local(async move {
        let read = crate::split::read_own_data(origin.clone(), abort, prefetch).await;
        if !loads.is_latest(n) {
            return;
        }
        match read {
            Ok((ds, warnings)) => {
                let catalog = Arc::new(Catalog::loaded(ds, origin.clone(), warnings));
                let (mut state, warnings) = from_attributes(&attributes(&host), &catalog.ds);
                for w in warnings {
                    warn(&w);
                }
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                if sync_url && hash.len() > 1 {
                    state = from_hash(&hash, &catalog.ds).0;
                }
                data.0.set(catalog);
                store.0.set(state);
                status.0.set(DataStatus::Ready);
            }
            Err((items, more)) => {
                web_sys::console::error_1(&JsValue::from_str(&format!(
                    "career-explorer: the dataset from {} has {} problem(s); showing them in the widget",
                    origin.describe(),
                    items.len() + more
                )));
                status.0.set(DataStatus::Problems { origin: origin.describe(), items, more });
            }
        }
    });
}

/// Reads the built-in dataset ahead of the first mount, so that work is a task of its own.
#[wasm_bindgen]
pub fn prepare() {
    if let Err(e) = Catalog::builtin() {
        web_sys::console::error_1(&JsValue::from_str(&format!("career-explorer: {e}")));
    }
}

/// Called by `embed.js` for each `<career-explorer>` element. `base` is the folder of
/// `embed.js`, ending in `/`. `data` hands over the fetch of the dataset the element asks
/// for, if `embed.js` started it while the WebAssembly loaded.
#[wasm_bindgen]
pub fn mount_element(
    host: Element,
    base: String,
    swap: Option<js_sys::Function>,
    data: Option<js_sys::Function>,
) -> Option<WidgetHandle> {
    let sync_url = host.has_attribute("sync-url");
    mount_widget(&host, MountOptions { sync_url, base, swap, prefetch: data })
}

/// The size of the widget's WebAssembly memory, in bytes (for `make bench`).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64)
        .unwrap_or(0.0)
}

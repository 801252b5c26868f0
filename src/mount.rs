//! Mounting a widget: an open shadow root holding the widget's own style sheet, so host
//! CSS can't reach in and the widget's CSS can't leak out; and a panic hook that leaves
//! a readable message in every widget's box instead of a blank one.

use crate::app::App;
use crate::catalog::Catalog;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

/// The widget's style sheet: the frame, then each view's CSS, which lives beside the view.
const STYLES: &str = concat!(
    include_str!("styles/base.css"),
    include_str!("views/explore.css"),
    include_str!("views/role.css"),
    include_str!("views/sources.css"),
    include_str!("views/compare.css"),
    include_str!("views/paths.css"),
    include_str!("views/certifications.css"),
);

thread_local! {
    static BOXES: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// How a widget starts.
#[derive(Clone, Debug, Default)]
pub struct MountOptions {
    /// Mirror the view state into the page's URL hash (the standalone page does).
    pub sync_url: bool,
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

fn shared_sheet() -> Option<CssStyleSheet> {
    SHEET.with(|s| {
        if s.borrow().is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLES).ok()?;
            *s.borrow_mut() = Some(sheet);
        }
        s.borrow().clone()
    })
}

/// Mounts one widget on `host`: attaches (or reuses) an open shadow root, adopts the
/// shared style sheet, and renders the app inside. Errors are shown in the box.
pub fn mount_widget(host: &Element, opts: MountOptions) {
    install_panic_hook();
    let root = match host.shadow_root() {
        Some(r) => r,
        None => {
            let init = ShadowRootInit::new(ShadowRootMode::Open);
            match host.attach_shadow(&init) {
                Ok(r) => r,
                Err(e) => {
                    web_sys::console::error_2(&JsValue::from_str("career-explorer: no shadow root"), &e);
                    return;
                }
            }
        }
    };
    root.set_inner_html("");
    if let Some(sheet) = shared_sheet() {
        let sheets = js_sys::Array::of1(&sheet);
        js_sys::Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets).ok();
    }
    let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
    let container: HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    container.set_class_name("ce-root");
    root.append_child(&container).ok();
    BOXES.with(|b| b.borrow_mut().push(container.clone()));

    match Catalog::builtin() {
        Ok(catalog) => {
            let catalog = Arc::new(catalog);
            leptos::mount::mount_to(container, move || view! { <App catalog=catalog.clone() sync_url=opts.sync_url/> })
                .forget();
        }
        Err(e) => {
            web_sys::console::error_1(&JsValue::from_str(&format!("career-explorer: {e}")));
            show_error(&container, "The career data could not be loaded.");
        }
    }
}

/// The standalone page: mounts on `<career-explorer>` elements, or on `#app`.
pub fn start_standalone() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(host) = doc.get_element_by_id("app") {
        mount_widget(&host, MountOptions { sync_url: true });
    }
}

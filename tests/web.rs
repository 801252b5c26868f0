//! The widget mounted in a real browser (headless Chromium): what it renders, and that it
//! reacts to a reader's input.

use career_explorer::{mount_widget, MountOptions};
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> (Element, ShadowRoot) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    // As embed.js does: a shadow root with the widget's style sheet and a first view painted.
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet.replace_sync(".ce-root { color: rgb(1, 2, 3); }").unwrap();
    js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &js_sys::Array::of1(&sheet)).unwrap();
    root.set_inner_html("<div class=\"ce-root ce-prerender\"><p>painted first</p></div>");
    mount_widget(&host, MountOptions::default());
    let root = host.shadow_root().expect("the widget lives in a shadow root");
    (host, root)
}

fn text_of(root: &ShadowRoot, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_every_role_as_a_card_in_an_open_shadow_root() {
    let (_host, root) = mount();
    tick().await;
    assert_eq!(text_of(&root, ".ce-count"), "24 roles");
    assert_eq!(root.query_selector_all("article.ce-card").unwrap().length(), 24);
    // The painted first view is replaced, and the style sheet the loader adopted is kept.
    assert!(root.query_selector(".ce-prerender").unwrap().is_none());
    let adopted = js_sys::Reflect::get(&root, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(js_sys::Array::from(&adopted).length(), 1);
}

#[wasm_bindgen_test]
async fn typing_in_search_filters_and_highlights() {
    let (_host, root) = mount();
    tick().await;
    let input: HtmlInputElement = root.query_selector("#ce-q").unwrap().unwrap().unchecked_into();
    input.set_value("vision");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    let count = text_of(&root, ".ce-count");
    let titles: Vec<String> = (0..root.query_selector_all("article.ce-card h3").unwrap().length())
        .map(|i| root.query_selector_all("article.ce-card h3").unwrap().get(i).unwrap().text_content().unwrap())
        .collect();
    assert!(titles.contains(&"Computer Vision Engineer".to_string()), "{titles:?}");
    assert_eq!(count, format!("{} role{}", titles.len(), if titles.len() == 1 { "" } else { "s" }));
    assert_eq!(text_of(&root, "article.ce-card mark").to_ascii_lowercase(), "vision");
}

#[wasm_bindgen_test]
async fn two_widgets_are_independent() {
    let (_a, root_a) = mount();
    let (_b, root_b) = mount();
    tick().await;
    let input: HtmlInputElement = root_a.query_selector("#ce-q").unwrap().unwrap().unchecked_into();
    input.set_value("nlp");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_ne!(text_of(&root_a, ".ce-count"), "24 roles");
    assert_eq!(text_of(&root_b, ".ce-count"), "24 roles");
}

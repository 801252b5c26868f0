//! The widget mounted in a real browser (headless Chromium): what it renders, and that it
//! reacts to a reader's input.

use career_explorer::{mount_widget, MountOptions, WidgetHandle};
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

/// Mounts a widget as `embed.js` does when it takes over a first view painted from HTML: the
/// widget builds its view off screen, a part per task, and hands it to `swap` once. Returns
/// the shadow root and the number of hand-overs so far, with the view each was given.
fn mount_in_parts() -> (ShadowRoot, std::rc::Rc<std::cell::RefCell<Vec<Element>>>) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    root.set_inner_html("<div class=\"ce-root ce-prerender\"><p>painted first</p></div>");
    let given = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let swap = {
        let (root, given) = (root.clone(), given.clone());
        wasm_bindgen::closure::Closure::<dyn FnMut(Element)>::new(move |live: Element| {
            root.replace_children_with_node_1(&live);
            given.borrow_mut().push(live);
        })
    };
    let options = MountOptions {
        swap: Some(swap.as_ref().unchecked_ref::<js_sys::Function>().clone()),
        ..MountOptions::default()
    };
    swap.forget();
    mount_widget(&host, options).unwrap();
    (root, given)
}

#[wasm_bindgen_test]
async fn a_first_view_built_in_parts_is_shown_once_complete() {
    let (root, given) = mount_in_parts();
    // Nothing is handed over while parts of the view are still to be built.
    assert!(given.borrow().is_empty(), "shown before it was built");
    assert_eq!(text_of(&root, ".ce-prerender p"), "painted first");
    for _ in 0..500 {
        if !given.borrow().is_empty() {
            break;
        }
        pause().await;
    }
    // Once, and complete: the same view as one built in a single step.
    let (_host, at_once) = mount();
    tick().await;
    let count = |root: &ShadowRoot, selector: &str| root.query_selector_all(selector).unwrap().length();
    for selector in [
        "article.ce-card",
        ".ce-nav-btn",
        "fieldset.ce-facet",
        "input[type=checkbox]",
        "option",
        ".ce-embed-btn",
        "#ce-q",
        "#ce-min",
        "select",
        ".ce-results-bar button",
    ] {
        assert_eq!(count(&root, selector), count(&at_once, selector), "{selector}");
    }
    assert_eq!(count(&root, "article.ce-card"), 24);
    assert_eq!(text_of(&root, ".ce-root"), text_of(&at_once, ".ce-root"));
    pause().await;
    assert_eq!(given.borrow().len(), 1, "handed over more than once");
}

/// Lets the browser run its timers and paint once.
async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts a widget whose host carries `json` as its own dataset, and returns what the
/// problems panel lists once the dataset has been read.
async fn problems_of(json: &str) -> Vec<String> {
    let (_, _, _, root) = with_dataset(json, None);
    for _ in 0..100 {
        pause().await;
        let items = root.query_selector_all(".ce-problem-list li").unwrap();
        if items.length() > 0 {
            return (0..items.length()).map(|i| items.get(i).unwrap().text_content().unwrap_or_default()).collect();
        }
    }
    panic!("no problems listed for {}", &json[..json.len().min(200)]);
}

/// Mounts a widget whose host carries `json` as its own dataset (opened on `view`, if given):
/// the host, the dataset's script element, the widget's handle and its shadow root.
fn with_dataset(json: &str, view: Option<&str>) -> (Element, Element, WidgetHandle, ShadowRoot) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    if let Some(view) = view {
        host.set_attribute("view", view).unwrap();
    }
    let script = doc.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_text_content(Some(json));
    host.append_child(&script).unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = mount_widget(&host, MountOptions::default()).unwrap();
    let root = host.shadow_root().unwrap();
    (host, script, handle, root)
}

/// Waits until `ready` holds (a few seconds at most).
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..100 {
        if ready() {
            return;
        }
        pause().await;
    }
}

const SOURCES: &str = r#""sources":[{"id":"s","title":"S","file":"s"}]"#;
const SALARY: &str = r#"{"id":"p","source":"s","country":"US","currency":"USD","level":"mid","level_label":"Mid","min":90000,"max":120000}"#;

#[wasm_bindgen_test]
async fn malformed_datasets_in_the_browser_read_plainly() {
    // A number given as text: serde's wording, said plainly, without the JavaScript "Error:".
    let salary = r#"{"id":"p","source":"s","country":"US","currency":"USD","level":"mid","level_label":"Mid","min":"90000","max":120000}"#;
    let json = format!(r#"{{{SOURCES},"roles":[{{"id":"a","title":"A","sources":["s"]}}],"salaries":[{salary}]}}"#);
    assert_eq!(
        problems_of(&json).await,
        [r#"/salaries/0/min: expected a whole number (0 or more), found the text "90000""#]
    );
    // The same, after a version that is fine: the problem is where the reading stopped.
    let json = format!(
        r#"{{"version":"2026-01-01",{SOURCES},"roles":[{{"id":"a","title":"A","sources":["s"]}}],"salaries":[{salary}]}}"#
    );
    assert_eq!(
        problems_of(&json).await,
        [r#"/salaries/0/min: expected a whole number (0 or more), found the text "90000""#]
    );
    // A list 10,000 deep where text belongs: named at its start, never walked.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let json = format!(r#"{{{SOURCES},"roles":[{{"id":"a","title":{deep},"sources":["s"]}}]}}"#);
    assert_eq!(problems_of(&json).await, ["/roles/0/title: expected text, found a list ([…])"]);
    // The same in a field nothing reads: skipped until it nests too deep.
    let json = format!(r#"{{{SOURCES},"roles":[{{"id":"a","title":"A","extra":{deep},"sources":["s"]}}]}}"#);
    let listed = problems_of(&json).await;
    assert_eq!(listed.len(), 1);
    assert!(listed[0].contains("nested more than 32 levels deep"), "{listed:?}");
    // A list of 300,000 numbers where text belongs: named, not quoted.
    let wide = format!("[{}1]", "1,".repeat(300_000));
    let json = format!(r#"{{{SOURCES},"roles":[{{"id":"a","title":{wide},"sources":["s"]}}]}}"#);
    assert_eq!(problems_of(&json).await, ["/roles/0/title: expected text, found a list ([…])"]);
    // Not JSON at all.
    let listed = problems_of("{\"roles\": [").await;
    assert!(listed[0].starts_with("(whole file): the file is not valid JSON"), "{listed:?}");
    assert!(listed[0].chars().count() < 160, "{listed:?}");
}

#[wasm_bindgen_test]
async fn another_dataset_rebuilds_the_view_shown() {
    // A reader's dataset of one article, opened on Sources.
    let json = format!(
        r#"{{{SOURCES},"roles":[{{"id":"a","title":"A","level":"mid","sources":["s"]}}],"salaries":[{SALARY}]}}"#
    );
    let (host, script, handle, root) = with_dataset(&json, Some("sources"));
    let articles = || root.query_selector_all("li.ce-source").unwrap().length();
    until(|| articles() == 1).await;
    assert_eq!(articles(), 1);
    // Back to the built-in data: the status stays "ready", the dataset is another one.
    host.remove_child(&script).unwrap();
    handle.set_attribute("data-src", None);
    tick().await;
    assert_eq!(articles(), 5, "Sources lists the built-in data's articles");
}

#[wasm_bindgen_test]
async fn unknown_fields_load_and_are_noted_in_sources() {
    // A role with a misspelt field, a file with a field of its own.
    let json = format!(
        r#"{{{SOURCES},"roles":[{{"id":"a","title":"A","tittle":"B","level":"mid","sources":["s"]}}],"salaries":[{SALARY}],"owner":"me"}}"#
    );
    let (_, _, _, root) = with_dataset(&json, Some("sources"));
    let articles = || root.query_selector_all("li.ce-source").unwrap().length();
    until(|| articles() == 1).await;
    assert_eq!(articles(), 1, "the dataset loaded");
    let items = root.query_selector_all(".ce-notes li").unwrap();
    let mut notes: Vec<String> =
        (0..items.length()).map(|i| items.get(i).unwrap().text_content().unwrap_or_default()).collect();
    career_model::order::sort(&mut notes);
    assert_eq!(
        notes,
        [
            r#"/owner: "owner" is not a field of the dataset's schema, so it was left out"#,
            r#"/roles/0/tittle: "tittle" is not a field of the dataset's schema, so it was left out"#,
        ]
    );
    // Sixty more unknown names: the first 50 notes are listed, the rest counted.
    let names = (0..60).map(|i| format!(r#""x{i}":1"#)).collect::<Vec<_>>().join(",");
    let many = json.replacen(r#""id":"a","#, &format!(r#""id":"a",{names},"#), 1);
    let (_, _, _, root) = with_dataset(&many, Some("sources"));
    let more = || root.query_selector(".ce-notes + p").unwrap().and_then(|p| p.text_content());
    until(|| more().is_some()).await;
    assert_eq!(root.query_selector_all(".ce-notes li").unwrap().length(), 50);
    assert_eq!(more().as_deref(), Some("…and 12 more notes"));
}

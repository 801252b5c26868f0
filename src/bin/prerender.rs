//! Writes the widget's first views and style sheet into a built `embed.js`, in place of
//! its `__CE_STYLES__` and `__CE_FIRST_VIEWS__` placeholders.
//! Usage: prerender BUILD_DIR/embed.js

use career_explorer::prerender::{first_views, js_string, STYLES};
use career_model::state::DEFAULT_COUNTRY;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        fail("usage: prerender BUILD_DIR/embed.js".to_string());
    };
    let script = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    let views = first_views().unwrap_or_else(|e| fail(format!("cannot render the first views: {e}")));
    let object = views.iter().map(|(key, html)| format!("{}:{}", js_string(key), js_string(html))).collect::<Vec<_>>();
    let first_views = format!("{{country:{},views:{{{}}}}}", js_string(DEFAULT_COUNTRY), object.join(","));
    let mut out = script;
    for (placeholder, value) in [("\"__CE_STYLES__\"", js_string(STYLES)), ("\"__CE_FIRST_VIEWS__\"", first_views)] {
        if !out.contains(placeholder) {
            fail(format!("{path}: no {placeholder} to replace"));
        }
        out = out.replace(placeholder, &value);
    }
    std::fs::write(&path, out).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    for (key, html) in &views {
        println!("prerender: {key}: {} bytes of HTML", html.len());
    }
}

fn fail(msg: String) -> ! {
    eprintln!("prerender: {msg}");
    std::process::exit(1);
}

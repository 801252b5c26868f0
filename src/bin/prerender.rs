//! Writes into built files what only the widget's own code knows: into `embed.js` its
//! first views and style sheet (`__CE_STYLES__`, `__CE_FIRST_VIEWS__`), its attribute
//! lists (`__CE_ATTRIBUTES__`, `__CE_UNRENDERED__`), the views' names
//! (`__CE_VIEW_NAMES__`) and where the views that keep a reader's choices keep them
//! (`__CE_KEPT__`); into `embed-frame.js` the attributes the iframe passes on
//! (`__CE_FRAME_ATTRIBUTES__`); into the standalone page its first view, in a declarative
//! shadow root that links the style sheet, written beside it as `widget.css`
//! (`<!-- ce:first-view -->`), so the page paints the widget with its HTML.
//! Usage: prerender BUILD_DIR/embed.js BUILD_DIR/embed-frame.js BUILD_DIR/index.html

use career_explorer::prerender::{first_views, js_string, kept_by_view, BASE_PLACEHOLDER, STYLES};
use career_model::state::{ElementAttribute, View, DEFAULT_COUNTRY, ELEMENT_ATTRIBUTES};

/// The widget's style sheet as a file, for the standalone page's declarative shadow root.
const STYLE_SHEET: &str = "widget.css";

/// A JS object from each name a view goes by to the view's key (`paths` → `path`).
fn view_names() -> String {
    let pairs: Vec<String> =
        View::NAMED.iter().map(|(name, view)| format!("{}:{}", js_string(name), js_string(view.key()))).collect();
    format!("{{{}}}", pairs.join(","))
}

/// A JS object from each view that opens with what a reader kept to its `localStorage` key.
fn kept() -> String {
    let pairs: Vec<String> =
        kept_by_view().iter().map(|(view, key)| format!("{}:{}", js_string(view), js_string(key))).collect();
    format!("{{{}}}", pairs.join(","))
}

/// A JS array of the names of the attributes that pass `keep`.
fn names(keep: fn(&ElementAttribute) -> bool) -> String {
    let list: Vec<String> = ELEMENT_ATTRIBUTES.iter().filter(|a| keep(a)).map(|a| js_string(a.name)).collect();
    format!("[{}]", list.join(","))
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.len() != 3 {
        fail("usage: prerender BUILD_DIR/embed.js BUILD_DIR/embed-frame.js BUILD_DIR/index.html".to_string());
    }
    // The style sheet as pages load it: the rules without the notes beside them.
    let styles = career_model::text::css_without_comments(STYLES);
    let views = first_views().unwrap_or_else(|e| fail(format!("cannot render the first views: {e}")));
    let object = views.iter().map(|(key, html)| format!("{}:{}", js_string(key), js_string(html))).collect::<Vec<_>>();
    let first_views = format!("{{country:{},views:{{{}}}}}", js_string(DEFAULT_COUNTRY), object.join(","));
    let embed = [
        ("\"__CE_STYLES__\"", js_string(&styles)),
        ("\"__CE_FIRST_VIEWS__\"", first_views),
        ("\"__CE_ATTRIBUTES__\"", names(|_| true)),
        ("\"__CE_UNRENDERED__\"", names(|a| !a.prerendered)),
        ("\"__CE_VIEW_NAMES__\"", view_names()),
        ("\"__CE_KEPT__\"", kept()),
    ];
    let frame = [("\"__CE_FRAME_ATTRIBUTES__\"", names(|a| a.frame))];
    fill(&files[0], &embed);
    fill(&files[1], &frame);
    let explore_key = View::Explore.key();
    let (key, explore) =
        views.iter().find(|(k, _)| k == explore_key).unwrap_or_else(|| fail("no first view of Explore".to_string()));
    // The page and embed.js share a folder: the view's links are relative to the page.
    let shadow = format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{STYLE_SHEET}\"><div class=\"ce-root ce-prerender\" data-ce-view=\"{key}\">{}</div></template>",
        explore.replace(BASE_PLACEHOLDER, "")
    );
    fill(&files[2], &[("<!-- ce:first-view -->", shadow)]);
    let folder = std::path::Path::new(&files[2]).with_file_name(STYLE_SHEET);
    std::fs::write(&folder, &styles).unwrap_or_else(|e| fail(format!("{}: {e}", folder.display())));
    for (key, html) in &views {
        println!("prerender: {key}: {} bytes of HTML", html.len());
    }
}

/// Replaces every placeholder in the file; each must be there.
fn fill(path: &str, values: &[(&str, String)]) {
    let mut out = std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    for (placeholder, value) in values {
        if !out.contains(placeholder) {
            fail(format!("{path}: no {placeholder} to replace"));
        }
        out = out.replace(placeholder, value);
    }
    std::fs::write(path, out).unwrap_or_else(|e| fail(format!("{path}: {e}")));
}

fn fail(msg: String) -> ! {
    eprintln!("prerender: {msg}");
    std::process::exit(1);
}

//! A dataset a host page supplies: inline JSON, a `data-src` URL, or `?data=` on the
//! standalone page. Parsed by the browser's own JSON parser, checked like the built-in
//! data, and every problem reported with its JSON location.

use career_model::load::{check_size, load, problem_at, without_bom, MAX_LISTED};
use career_model::validate::Problem;
use career_model::Dataset;
use wasm_bindgen::JsCast;

/// How long a `data-src` may take to answer.
pub const FETCH_TIMEOUT_MS: u32 = 10_000;

/// Where a custom dataset comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum DataOrigin {
    Inline(String),
    Url(String),
}

impl DataOrigin {
    pub fn describe(&self) -> String {
        match self {
            DataOrigin::Inline(_) => "the JSON inside the <career-explorer> element".into(),
            DataOrigin::Url(u) => u.clone(),
        }
    }
}

/// The dataset the element asks for, if any: an inline `<script type="application/json">`
/// child first, then `data-src`, then (standalone page only) `?data=` in the address.
pub fn requested(host: &web_sys::Element, standalone: bool) -> Option<DataOrigin> {
    if let Ok(Some(script)) = host.query_selector(":scope > script[type='application/json']") {
        return Some(DataOrigin::Inline(script.text_content().unwrap_or_default()));
    }
    if let Some(src) = host.get_attribute("data-src").filter(|s| !s.trim().is_empty()) {
        return Some(DataOrigin::Url(src.trim().to_string()));
    }
    if standalone {
        let search = web_sys::window()?.location().search().ok()?;
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
        return params.get("data").filter(|s| !s.is_empty()).map(DataOrigin::Url);
    }
    None
}

fn js_message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| "unreadable".into())
}

/// Parses and checks a dataset's text.
pub fn from_text(text: &str) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
    let text = without_bom(text);
    check_size(text.len()).map_err(|p| vec![p])?;
    let value = js_sys::JSON::parse(text)
        .map_err(|e| vec![problem_at("", format!("the file is not valid JSON ({})", js_message(&e)))])?;
    load(serde_wasm_bindgen::Deserializer::from(value))
}

/// Fetches a dataset's text, with a time limit; errors say what went wrong in plain words.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let controller = web_sys::AbortController::new().map_err(|e| js_message(&e))?;
    let signal = controller.signal();
    let timer = gloo::timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || controller.abort());
    let response = gloo_net::http::Request::get(url).abort_signal(Some(&signal)).send().await;
    drop(timer);
    match response {
        Err(_) if signal.aborted() => Err(format!("the server did not answer within {} seconds", FETCH_TIMEOUT_MS / 1000)),
        Err(_) => Err("the file could not be fetched: the server did not answer, or it does not let this page read the file (CORS)".into()),
        Ok(r) if !r.ok() => Err(format!("the server answered HTTP {} {}", r.status(), r.status_text()).trim_end().to_string()),
        Ok(r) => {
            if let Some(len) = r.headers().get("content-length").and_then(|l| l.parse::<usize>().ok()) {
                check_size(len).map_err(|p| p.message)?;
            }
            r.text().await.map_err(|_| "the file could not be read".to_string())
        }
    }
}

/// The problems as the panel lists them: `(location, reason)`, at most `MAX_LISTED`,
/// and how many more there are.
pub fn listed(problems: &[Problem]) -> (Vec<(String, String)>, usize) {
    let items = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| {
            let at = p.pointer();
            (if at.is_empty() { "(whole file)".to_string() } else { at }, p.message.clone())
        })
        .collect();
    (items, problems.len().saturating_sub(MAX_LISTED))
}

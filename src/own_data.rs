//! A dataset a host page supplies: inline JSON, a `data-src` URL, or `?data=` on the
//! standalone page. Read and checked by the model (`load`), every problem reported with
//! its JSON location.

use career_model::gather::Gather;
use career_model::load::{check_size, load, problem_at, without_bom, MAX_BYTES, MAX_LISTED};
use career_model::validate::Problem;
use career_model::Dataset;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a `data-src` may take to answer.
pub const FETCH_TIMEOUT_MS: u32 = 10_000;

/// Where a custom dataset comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum DataOrigin {
    Inline(String),
    Url(String),
}

impl DataOrigin {
    /// Where a reader can download this dataset: its address, resolved against the page,
    /// or, for JSON inside the element, the text itself as a file.
    pub fn download_url(&self) -> Option<String> {
        match self {
            DataOrigin::Url(u) => Some(absolute(u)),
            DataOrigin::Inline(text) => {
                let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(without_bom(text)));
                let options = web_sys::BlobPropertyBag::new();
                options.set_type("application/json");
                let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
                web_sys::Url::create_object_url_with_blob(&blob).ok()
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            DataOrigin::Inline(_) => "the JSON inside the <career-explorer> element".into(),
            DataOrigin::Url(u) => u.clone(),
        }
    }
}

/// An address as the page resolves it (`/data.json` → `https://host/data.json`).
pub fn absolute(url: &str) -> String {
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(url, &page).map(|u| u.href()).unwrap_or_else(|_| url.to_string())
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

/// Fetches a dataset's text within a time limit that covers the whole body, reading no
/// more than the size limit; `abort` cancels it (a newer load does). `started`, given
/// `abort`'s signal, returns the answer of a fetch of `url` already under way, which the
/// signal then cancels. Errors say what went wrong in plain words.
pub async fn fetch_text(
    url: &str,
    abort: &web_sys::AbortController,
    started: Option<js_sys::Function>,
) -> Result<String, String> {
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let _timer = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        // Dropped (and so cancelled) when this function returns.
        gloo::timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || {
            timed_out.set(true);
            abort.abort();
        })
    };
    let seconds = FETCH_TIMEOUT_MS / 1000;
    let request = match started.and_then(|take| take.call1(&wasm_bindgen::JsValue::NULL, &abort.signal()).ok()) {
        Some(answer) => answer.unchecked_into(),
        None => {
            let window = web_sys::window().ok_or("no window")?;
            let init = web_sys::RequestInit::new();
            init.set_signal(Some(&abort.signal()));
            window.fetch_with_str_and_init(url, &init)
        }
    };
    let response = JsFuture::from(request).await;
    let response: web_sys::Response = match response {
        Err(_) if timed_out.get() => return Err(format!("the server did not answer within {seconds} seconds")),
        Err(_) => return Err("the file could not be fetched: the server did not answer, or it does not let this page read the file (CORS)".into()),
        Ok(r) => r.unchecked_into(),
    };
    if !response.ok() {
        return Err(format!("the server answered HTTP {} {}", response.status(), response.status_text())
            .trim_end()
            .to_string());
    }
    if let Some(len) = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<usize>().ok()) {
        check_size(len).map_err(|p| p.message)?;
    }
    let Some(body) = response.body() else { return Err("the file is empty".into()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = match JsFuture::from(reader.read()).await {
            Ok(c) => c,
            Err(_) if timed_out.get() => {
                return Err(format!("the server did not send the whole file within {seconds} seconds"))
            }
            Err(_) => return Err("the file could not be read to its end".into()),
        };
        if js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let part = js_sys::Uint8Array::new(&value);
        if bytes.len() + part.length() as usize > MAX_BYTES {
            // Stop reading: the rest of a file over the limit is never downloaded.
            let _ = reader.cancel();
            return Err(format!("the file is larger than the limit of {} KB", MAX_BYTES / 1024));
        }
        let start = bytes.len();
        bytes.resize(start + part.length() as usize, 0);
        part.copy_to(&mut bytes[start..]);
    }
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The problems of a dataset as the panel lists them: `(location, reason)`, at most
/// `MAX_LISTED`, and how many more there are.
pub type Listed = (Vec<(String, String)>, usize);

/// A host's dataset, fetched (`fetch_text`) or inline, read and checked: the dataset and
/// its warnings, or its problems. Its code comes in a file of its own (`split.rs`), fetched
/// only by a widget given a dataset.
pub async fn read(
    origin: DataOrigin,
    abort: Option<web_sys::AbortController>,
    started: Option<js_sys::Function>,
) -> Result<(Dataset, Vec<String>), Listed> {
    let text = match (&origin, abort) {
        (DataOrigin::Inline(t), _) => Ok(t.clone()),
        (DataOrigin::Url(u), Some(abort)) => fetch_text(u, &abort, started).await,
        (DataOrigin::Url(_), None) => Err("this browser cannot fetch the file".to_string()),
    };
    match text.map_err(|m| vec![problem_at("", m)]).and_then(|t| load(&t)) {
        Ok((ds, warnings)) => Ok((ds, warnings.into_iter().map(|p| p.to_string()).gather())),
        Err(problems) => Err(listed(&problems)),
    }
}

fn listed(problems: &[Problem]) -> Listed {
    let items = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| {
            let at = p.pointer();
            (if at.is_empty() { "(whole file)".to_string() } else { at }, p.message.clone())
        })
        .gather();
    (items, problems.len().saturating_sub(MAX_LISTED))
}

//! Sharing what the reader sees: a link, a copy to the clipboard, a downloaded file.

use crate::context::{Embed, Notices};
use career_model::state::{to_hash, AppState};
use wasm_bindgen::JsCast;

/// A link that reopens `state`: the page's own address when the widget keeps its state in
/// the URL (the standalone page), otherwise the standalone page beside `embed.js`.
pub fn share_link(state: &AppState, embed: &Embed) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    let page = if embed.sync_url || embed.base.is_empty() { here } else { format!("{}index.html", embed.base) };
    format!("{page}{}", to_hash(state))
}

/// A file of the widget's own (`data/careers.json`), as an absolute URL when known.
pub fn own_file(embed: &Embed, path: &str) -> String {
    format!("{}{path}", embed.base)
}

/// Copies `text`; says so when it worked, and where to find the text when it did not.
pub fn copy_text(text: String, notices: Notices, done: &'static str) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return };
    let promise = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => notices.push(done),
            Err(_) => notices.push("This browser did not allow copying: select the link below and copy it."),
        }
    });
}

/// Offers `text` as a file download.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has started from the URL; release it on the next turn.
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

//! What the widget keeps in `localStorage`, under keys of its own. Storage that is missing
//! (a sandboxed frame, some private modes) or full is not an error: nothing is remembered.

use gloo::storage::{LocalStorage, Storage};

const PREFIX: &str = "career-explorer:v1:";

/// gloo's handle, once it is known not to throw: reading `window.localStorage` itself
/// raises an exception where storage is forbidden. The first views rendered at build time
/// have no reader, so nothing remembered.
fn storage() -> Option<web_sys::Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    web_sys::window()?.local_storage().ok()??;
    Some(LocalStorage::raw())
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(&format!("{PREFIX}{key}"), value);
    }
}

//! What the widget keeps in `localStorage`, under keys of its own. Storage that is missing
//! (a sandboxed frame, some private modes) or full is not an error: nothing is remembered.

use gloo::storage::{LocalStorage, Storage};

const PREFIX: &str = "career-explorer:v1:";

/// The skills ticked in Your skills, which it opens with when a link or the attributes
/// bring none.
pub const SKILL_PICKS: &str = "skills";
/// The comparisons made, which Compare offers again.
pub const RECENT_COMPARISONS: &str = "recent-comparisons";

/// The views that open with what a reader kept, by their keys, and where it is kept (the
/// whole `localStorage` key): `embed.js` paints no first view from HTML for a view whose
/// reader has kept something, as the live view would differ from it.
#[cfg(feature = "ssr")]
pub fn kept_by_view() -> [(&'static str, String); 2] {
    [
        (career_model::state::View::Skills.key(), format!("{PREFIX}{SKILL_PICKS}")),
        (career_model::state::View::Compare.key(), format!("{PREFIX}{RECENT_COMPARISONS}")),
    ]
}

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

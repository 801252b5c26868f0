//! The URL hash and the view state kept in step (the standalone page, or a widget with
//! `sync-url`): discrete changes add a history entry, typing replaces the current one, and
//! Back and Forward restore the state.

use crate::context::{Data, DataStatus, Notices, Status, Store};
use career_model::state::{from_hash, to_hash, AppState};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// Writes the address: a new history entry, or in place of the current one.
fn write_hash(hash: &str, replace: bool) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        };
    }
}

pub fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Keeps the state and the URL hash in step: discrete changes add a history entry (so
/// back and forward walk them); typing in the search box replaces the current one.
pub fn sync_with_hash(store: Store, data: Data, status: Status, notices: Notices, read_now: bool) {
    // A hash in the address wins over the element's attributes.
    if read_now && current_hash().len() > 1 {
        let (initial, msgs) = data.0.with_untracked(|c| from_hash(&current_hash(), &c.ds));
        store.0.set(initial);
        for m in msgs {
            notices.push(m);
        }
    }
    let last: StoredValue<AppState> = StoredValue::new(store.0.get_untracked());
    // Typing writes the address once the reader pauses: a same-document navigation per
    // keystroke would cost the browser more than the search itself.
    let pending: StoredValue<Option<(String, Timeout)>, LocalStorage> = StoredValue::new_local(None);
    // Dropping the timer cancels it.
    let flush = move || {
        if let Some((hash, _timer)) = pending.try_update_value(|p| p.take()).flatten() {
            write_hash(&hash, true);
        }
    };
    Effect::new(move |_| {
        let s = store.0.get();
        // Until a host's dataset has arrived, the address still holds the reader's link.
        if status.0.with(|st| *st != DataStatus::Ready) {
            return;
        }
        let hash = to_hash(&s);
        let only_text = last.with_value(|prev| {
            let mut p = prev.clone();
            p.explore.text = s.explore.text.clone();
            p == s
        });
        last.set_value(s);
        if only_text {
            pending.set_value(None);
            if hash != current_hash() {
                let timer = Timeout::new(400, flush);
                pending.set_value(Some((hash, timer)));
            }
            return;
        }
        // A discrete change: the entry it leaves keeps the text typed so far.
        flush();
        if hash != current_hash() {
            write_hash(&hash, false);
        }
    });
    let on_nav = move || {
        pending.set_value(None);
        let (next, msgs) = data.0.with_untracked(|c| from_hash(&current_hash(), &c.ds));
        for m in msgs {
            notices.push(m);
        }
        if store.0.with_untracked(|s| *s != next) {
            last.set_value(next.clone());
            store.0.set(next);
        }
    };
    let a = window_event_listener(leptos::ev::popstate, move |_| on_nav());
    let b = window_event_listener(leptos::ev::hashchange, move |_| on_nav());
    on_cleanup(move || {
        a.remove();
        b.remove();
    });
}

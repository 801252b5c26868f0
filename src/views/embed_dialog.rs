//! "Embed": the snippet that puts exactly this view on another page, as a script tag or,
//! for hosts that forbid scripts, an iframe.

use crate::context::{use_data, use_embed, use_notices, use_store};
use crate::erase::handler;
use crate::own_data::{absolute, DataOrigin};
use crate::share::copy_text;
use career_model::gather::Gather;
use career_model::state::{encode, to_attributes};
use leptos::html::Dialog;
use leptos::prelude::*;

fn escape_attr(v: &str) -> String {
    v.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[component]
pub fn EmbedButton() -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let notices = use_notices();
    let embed = use_embed();
    let dialog = NodeRef::<Dialog>::new();
    let iframe = RwSignal::new(false);
    let base = if embed.base.is_empty() {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| {
                h.split(['#', '?'])
                    .next()
                    .unwrap_or_default()
                    .rsplit_once('/')
                    .map_or(String::new(), |(d, _)| format!("{d}/"))
            })
            .unwrap_or_default()
    } else {
        embed.base.clone()
    };
    let snippet = Memo::new(move |_| {
        let mut attrs = store.0.with(to_attributes);
        // A dataset the host fetched goes with the snippet (JSON inside the element can't).
        if let Some(DataOrigin::Url(u)) = data.0.with(|c| c.origin.clone()) {
            attrs.push(("data-src", absolute(&u)));
        }
        if iframe.get() {
            let query = attrs.iter().map(|(k, v)| format!("{k}={}", encode(v))).join_with("&");
            let src = if query.is_empty() { format!("{base}embed.html") } else { format!("{base}embed.html?{query}") };
            format!(
                "<iframe src=\"{}\" title=\"Career explorer\" width=\"100%\" height=\"700\" loading=\"lazy\" data-career-explorer></iframe>\n\
                 <script>addEventListener(\"message\",function(e){{var d=e.data;if(d&&d.type===\"career-explorer:height\")\
                 document.querySelectorAll(\"iframe[data-career-explorer]\").forEach(function(f){{if(f.contentWindow===e.source)f.height=d.height;}});}});</script>",
                escape_attr(&src)
            )
        } else {
            let attrs = attrs.iter().map(|(k, v)| format!(" {k}=\"{}\"", escape_attr(v))).collect::<String>();
            format!(
                "<script type=\"module\" src=\"{base}embed.js\"></script>\n<career-explorer{attrs}></career-explorer>"
            )
        }
    });
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="ce-nav-btn ce-embed-btn" on:click=handler(open)>
            "Embed"
        </button>
        <dialog node_ref=dialog class="ce-dialog" aria-labelledby="ce-embed-h">
            <h2 id="ce-embed-h">"Embed this view"</h2>
            <p>"Paste this into a post to show exactly what you see now."</p>
            <fieldset class="ce-facet">
                <legend>"Form"</legend>
                <label class="ce-check">
                    <input type="radio" name="ce-embed-form" prop:checked=move || !iframe.get() on:change=handler(move |_| iframe.set(false))/>
                    "Script tag"
                </label>
                " "
                <label class="ce-check">
                    <input type="radio" name="ce-embed-form" prop:checked=move || iframe.get() on:change=handler(move |_| iframe.set(true))/>
                    "iframe (for sites that forbid scripts)"
                </label>
            </fieldset>
            <label for="ce-snippet" class="ce-field-label">"Snippet"</label>
            <textarea id="ce-snippet" class="ce-snippet" readonly rows="6" prop:value=move || snippet.get()></textarea>
            <div class="ce-card-actions">
                <button type="button" class="ce-btn" on:click=handler(move |_| copy_text(snippet.get_untracked(), notices, "Snippet copied."))>
                    "Copy"
                </button>
                <button type="button" class="ce-btn ce-secondary" on:click=handler(close)>
                    "Close"
                </button>
            </div>
        </dialog>
    }
}

//! "Embed": the snippet that puts exactly this view on another page, as a script tag or,
//! for hosts that forbid scripts, an iframe; the script tag may hold a plain copy of the
//! view for readers without JavaScript.

use crate::context::{use_data, use_embed, use_notices, use_store};
use crate::erase::handler;
use crate::own_data::{absolute, DataOrigin};
use crate::share::{copy_text, share_link};
use career_model::gather::Gather;
use career_model::plain::{
    attribute, ends_line, escape_html, keeps_empty, kept_attributes, noscript, plain, Plain, Seen,
};
use career_model::state::{encode, to_attributes};
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the view on screen shows, as plain HTML (`career_model::plain` decides what
/// stays). Returns whether any text was copied.
fn plain_copy(node: &web_sys::Node, out: &mut String) -> bool {
    let mut any = false;
    let mut next = node.first_child();
    while let Some(kid) = next {
        if kid.node_type() == web_sys::Node::TEXT_NODE {
            let text = kid.text_content().unwrap_or_default();
            any |= !text.trim().is_empty();
            out.push_str(&escape_html(&text));
        } else if kid.node_type() == web_sys::Node::ELEMENT_NODE {
            let el: &web_sys::Element = kid.unchecked_ref();
            let (tag, class, aria_hidden) =
                (el.local_name(), el.get_attribute("class"), el.get_attribute("aria-hidden"));
            let seen = Seen {
                tag: &tag,
                class: class.as_deref(),
                hidden: el.has_attribute("hidden"),
                aria_hidden: aria_hidden.as_deref(),
            };
            match plain(seen) {
                Plain::Skip => {}
                Plain::Unwrap => any |= plain_copy(&kid, out),
                Plain::Keep(tag) => {
                    let start = out.len();
                    out.push('<');
                    out.push_str(tag);
                    for name in kept_attributes(tag) {
                        if let Some(a) = el.get_attribute(name).and_then(|v| attribute(name, &v)) {
                            out.push_str(&a);
                        }
                    }
                    out.push('>');
                    let text = plain_copy(&kid, out);
                    if text || keeps_empty(tag) {
                        for part in ["</", tag, ">"] {
                            out.push_str(part);
                        }
                        if ends_line(tag) {
                            out.push('\n');
                        }
                        any |= text;
                    } else {
                        out.truncate(start);
                    }
                }
            }
        }
        next = kid.next_sibling();
    }
    any
}

/// The dialog, built the first time the reader presses "Embed" (its file comes then, see
/// `split.rs`): it opens at once, and again each time `opens` changes.
#[component]
pub fn EmbedDialog(opens: RwSignal<u32>) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let notices = use_notices();
    let embed = use_embed();
    let dialog = NodeRef::<Dialog>::new();
    let iframe = RwSignal::new(false);
    // A plain copy of the view inside the tag, for readers without JavaScript: taken from
    // the view on screen when the dialog opens or the box is ticked.
    let with_copy = RwSignal::new(false);
    let copy = RwSignal::new(String::new());
    let take_copy = move || {
        let view = dialog
            .get_untracked()
            .and_then(|d| d.closest(".ce-app").ok().flatten())
            .and_then(|app| app.query_selector(".ce-view").ok().flatten());
        let mut out = String::new();
        if let Some(view) = view {
            plain_copy(&view, &mut out);
        }
        copy.set(out);
    };
    let shared = embed.clone();
    let link = move || store.0.with(|s| share_link(s, &shared));
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
    // Written only while the dialog is open: a closed one is not redrawn on every keystroke.
    let shown = RwSignal::new(false);
    let snippet = Memo::new(move |_| {
        if !shown.get() {
            return String::new();
        }
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
                escape_html(&src)
            )
        } else {
            let attrs = attrs.iter().map(|(k, v)| format!(" {k}=\"{}\"", escape_html(v))).collect::<String>();
            let inside = if with_copy.get() { copy.with(|c| noscript(c, &link())) } else { String::new() };
            format!(
                "<script type=\"module\" src=\"{base}embed.js\"></script>\n<career-explorer{attrs}>{inside}</career-explorer>"
            )
        }
    });
    // In the next frame: the dialog must be in the page to open (its file may have just come).
    Effect::new(move |_| {
        opens.track();
        if let Some(d) = dialog.get() {
            request_animation_frame(move || {
                if with_copy.get_untracked() {
                    take_copy();
                }
                shown.set(true);
                if !d.open() {
                    let _ = d.show_modal();
                }
            });
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <dialog node_ref=dialog class="ce-dialog" aria-labelledby="ce-embed-h" on:close=handler(move |_| shown.set(false))>
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
            <label class="ce-check">
                <input
                    type="checkbox"
                    prop:checked=move || with_copy.get()
                    disabled=move || iframe.get()
                    on:change=handler(move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        if on {
                            take_copy();
                        }
                        with_copy.set(on);
                    })
                />
                "Include a plain copy for readers without JavaScript"
            </label>
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

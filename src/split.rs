//! What a reader may never use comes in WebAssembly files of its own, fetched the first time
//! it is needed: every view but Explore (the role profile included), the Embed dialog, and
//! the reading of a host's own dataset. A post loads only the frame, Explore and the model.
//!
//! With the `split` feature (the built widget, `index.html`) each function below marked
//! `wasm_split` is a split point that the build cuts into its own file
//! (`scripts/split-wasm.sh`); without it (the wasm tests, the native prerender) everything
//! is built in place, as any other code.

use crate::own_data::{DataOrigin, Listed};
use crate::views::embed_dialog::EmbedDialog;
use crate::views::{
    certifications::Certifications, compare::Compare, paths::CareerPaths, pay::Pay, role::RoleProfile,
    skills::YourSkills, sources::Sources, start::GetStarted,
};
use career_model::state::View;
use career_model::Dataset;
use leptos::prelude::*;

/// A view's file could not be fetched (the network went away before it was first opened).
#[derive(Debug)]
pub struct LoadFailed;

#[cfg(all(feature = "split", target_family = "wasm"))]
impl From<leptos::wasm_split::SplitLoaderError> for LoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadFailed
    }
}

// One split point per view: `$build` builds it, `$preload` fetches its file without building it.
macro_rules! split_views {
    ($($build:ident, $preload:ident => $component:ident;)*) => {
        $(
            #[cfg_attr(
                all(feature = "split", target_family = "wasm"),
                leptos::wasm_split::wasm_split($build, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))
            )]
            fn $build() -> Result<AnyView, LoadFailed> {
                Ok(view! { <$component/> }.into_any())
            }
        )*

        /// The view's body: built in place, or (split) shown once its file has arrived.
        pub fn body(view: &View) -> Option<AnyView> {
            Some(match view {
                $(View::$component => body_of!($build()),)*
                View::Role(id) => body_of!(build_role(id.clone())),
                View::Explore => return None,
            })
        }

        /// Whether the view comes in a file of its own.
        pub fn is_split(view: &View) -> bool {
            cfg!(all(feature = "split", target_family = "wasm")) && matches!(view, $(View::$component)|* | View::Role(_))
        }

        /// Fetches the file of a split view, so that it is shown complete from its first
        /// frame; nothing for the other views, or without the `split` feature.
        pub async fn ready(view: &View) {
            match view {
                $(View::$component => preload!($preload),)*
                View::Role(_) => preload!(preload_role),
                View::Explore => {}
            }
        }
    };
}

#[cfg(all(feature = "split", target_family = "wasm"))]
macro_rules! body_of {
    ($build:expr) => {
        show(Box::pin($build))
    };
}
#[cfg(not(all(feature = "split", target_family = "wasm")))]
macro_rules! body_of {
    ($build:expr) => {
        $build.unwrap_or_else(|_| failed())
    };
}

#[cfg(all(feature = "split", target_family = "wasm"))]
macro_rules! preload {
    ($preload:ident) => {{
        // A failure shows in the view itself, which tries again when opened again.
        let _ = $preload().await;
    }};
}
#[cfg(not(all(feature = "split", target_family = "wasm")))]
macro_rules! preload {
    ($preload:ident) => {{}};
}

// The names of views as `View` spells them: each arm matches `View::$component`.
use CareerPaths as Paths;
use GetStarted as Start;
use YourSkills as Skills;

// A role's profile: the one split point that takes an argument, the role's id.
#[cfg_attr(
    all(feature = "split", target_family = "wasm"),
    leptos::wasm_split::wasm_split(build_role, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_role))
)]
fn build_role(id: String) -> Result<AnyView, LoadFailed> {
    Ok(view! { <RoleProfile id/> }.into_any())
}

// The Embed dialog, with the plain copy of a view it can take.
#[cfg_attr(
    all(feature = "split", target_family = "wasm"),
    leptos::wasm_split::wasm_split(build_embed, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_embed))
)]
fn build_embed(opens: RwSignal<u32>) -> Result<AnyView, LoadFailed> {
    Ok(view! { <EmbedDialog opens/> }.into_any())
}

/// The Embed dialog, opened as soon as its file has come. If it can't be had, a notice says
/// so, and the next press of "Embed" tries again.
pub fn embed_dialog(opens: RwSignal<u32>) -> AnyView {
    #[cfg(all(feature = "split", target_family = "wasm"))]
    {
        let notices = crate::context::use_notices();
        let load = send_wrapper::SendWrapper::new(Box::pin(build_embed(opens)));
        view! {
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    load.await.unwrap_or_else(|_| {
                        notices.push("The Embed dialog could not be loaded. Check the connection, then press Embed again.");
                        opens.set(0);
                        ().into_any()
                    })
                })}
            </Suspense>
        }
        .into_any()
    }
    #[cfg(not(all(feature = "split", target_family = "wasm")))]
    build_embed(opens).unwrap_or_else(|_| failed())
}

/// How a host's dataset is read: the future `own_data::read` gives.
type OwnRead = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(Dataset, Vec<String>), Listed>>>>;

// Reading a host's dataset (the fetch within its limits, the checks, their messages): only
// a widget given a dataset needs it.
#[cfg_attr(
    all(feature = "split", target_family = "wasm"),
    leptos::wasm_split::wasm_split(build_own_data, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn own_data_reader(
    origin: DataOrigin,
    abort: Option<web_sys::AbortController>,
    started: Option<js_sys::Function>,
) -> Result<OwnRead, LoadFailed> {
    Ok(Box::pin(crate::own_data::read(origin, abort, started)))
}

/// A host's dataset, read and checked (`own_data::read`), once the file that reads it has
/// come; if it can't be had, that is the one problem listed.
pub async fn read_own_data(
    origin: DataOrigin,
    abort: Option<web_sys::AbortController>,
    started: Option<js_sys::Function>,
) -> Result<(Dataset, Vec<String>), Listed> {
    #[cfg(all(feature = "split", target_family = "wasm"))]
    let reader = own_data_reader(origin, abort, started).await;
    #[cfg(not(all(feature = "split", target_family = "wasm")))]
    let reader = own_data_reader(origin, abort, started);
    match reader {
        Ok(read) => read.await,
        Err(LoadFailed) => Err((
            vec![(
                "(not read)".to_string(),
                "the part of the widget that reads datasets could not be fetched: check the connection, then reload the page".to_string(),
            )],
            0,
        )),
    }
}

/// Starts fetching the Embed dialog's file (once).
pub fn warm_embed() {
    if cfg!(all(feature = "split", target_family = "wasm")) && first_time("embed") {
        leptos::task::spawn_local(async move {
            #[cfg(all(feature = "split", target_family = "wasm"))]
            let _ = preload_embed().await;
        });
    }
}

split_views! {
    build_start, preload_start => Start;
    build_compare, preload_compare => Compare;
    build_paths, preload_paths => Paths;
    build_certifications, preload_certifications => Certifications;
    build_pay, preload_pay => Pay;
    build_skills, preload_skills => Skills;
    build_sources, preload_sources => Sources;
}

/// Starts fetching a view's file, if it has one, so that opening it is quick.
pub fn warm(view: &View) {
    if is_split(view) && first_time(view.key()) {
        let view = view.clone();
        leptos::task::spawn_local(async move { ready(&view).await });
    }
}

/// Whether a file is asked for the first time (a pointer moving over the cards asks again
/// and again).
fn first_time(key: &'static str) -> bool {
    WARMED.with(|w| {
        let mut w = w.borrow_mut();
        let new = !w.contains(&key);
        new.then(|| w.push(key)).is_some()
    })
}

thread_local! {
    static WARMED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Shows the view once its file has arrived (at once from the cache), a line saying it is
/// on its way until then, or a message when it can't be had.
#[cfg(all(feature = "split", target_family = "wasm"))]
fn show(load: std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, LoadFailed>>>>) -> AnyView {
    let load = send_wrapper::SendWrapper::new(load);
    view! {
        <Suspense fallback=|| view! { <p class="ce-loading" role="status">"Loading this view…"</p> }>
            {Suspend::new(async move { load.await.unwrap_or_else(|_| failed()) })}
        </Suspense>
    }
    .into_any()
}

fn failed() -> AnyView {
    view! {
        <p class="ce-error" role="alert">
            "This view could not be loaded. Check the connection, then open it again."
        </p>
    }
    .into_any()
}

//! The views a reader opens after Explore come in WebAssembly files of their own, fetched the
//! first time one is opened: a post loads only the frame, Explore and the role profile.
//!
//! With the `split` feature (the built widget, `index.html`) each view below is a split
//! point that the build cuts into its own file (`scripts/split-wasm.sh`); without it (the
//! wasm tests, the native prerender) the views are built in place, as any other.

use crate::views::{
    certifications::Certifications, compare::Compare, paths::CareerPaths, pay::Pay, skills::YourSkills,
    sources::Sources, start::GetStarted,
};
use career_model::state::View;
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
                $(View::$component => body_of!($build),)*
                _ => return None,
            })
        }

        /// Whether the view comes in a file of its own.
        pub fn is_split(view: &View) -> bool {
            cfg!(all(feature = "split", target_family = "wasm")) && matches!(view, $(View::$component)|*)
        }

        /// Fetches the file of a split view, so that it is shown complete from its first
        /// frame; nothing for the other views, or without the `split` feature.
        pub async fn ready(view: &View) {
            match view {
                $(View::$component => preload!($preload),)*
                _ => {}
            }
        }
    };
}

#[cfg(all(feature = "split", target_family = "wasm"))]
macro_rules! body_of {
    ($build:ident) => {
        show(Box::pin($build()))
    };
}
#[cfg(not(all(feature = "split", target_family = "wasm")))]
macro_rules! body_of {
    ($build:ident) => {
        $build().unwrap_or_else(|_| failed())
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
    if is_split(view) {
        let view = view.clone();
        leptos::task::spawn_local(async move { ready(&view).await });
    }
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

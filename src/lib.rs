//! career-explorer: explore machine-learning-engineer roles, pay, certifications and
//! career paths. The model and every query live in `career-model`; this crate holds the
//! views and mounts them into a shadow root, so a host page's CSS can't reach them.

mod app;
mod catalog;
mod context;
mod controls;
mod erase;
mod hash_sync;
mod mount;
mod own_data;
#[cfg(feature = "ssr")]
pub mod prerender;
mod share;
mod split;
mod storage;
mod views;

pub use mount::{mount_element, mount_widget, MountOptions, WidgetHandle};

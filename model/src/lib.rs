//! The career dataset and every question the widget asks of it, as plain Rust: no web
//! APIs and no UI framework, so all of it is tested natively.

pub mod codes;
#[cfg(feature = "data-file")]
pub mod data_file;
pub mod dataset;
pub mod pay;
pub mod validate;

pub use dataset::*;
pub mod certs;
pub mod compare;
pub mod explore;
pub mod gather;
pub mod json;
pub mod load;
pub mod order;
pub mod pack;
pub mod paths;
pub mod plain;
pub mod profile;
pub mod recent;
pub mod skills;
pub mod sources;
pub mod start;
pub mod state;
pub mod text;

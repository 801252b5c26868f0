//! One file per view; `pay_bars` is the chart several views share.

pub mod certifications;
pub mod compare;
pub mod embed_dialog;
pub mod explore;
pub mod paths;
pub mod pay;
pub mod pay_bars;
pub mod problems;
pub mod role;
pub mod skills;
pub mod sources;
pub mod start;

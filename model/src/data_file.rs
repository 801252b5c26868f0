//! Reading the maintainers' TOML file and writing the open-data JSON (build time only).

use crate::dataset::Dataset;
use crate::validate::{errors, validate, Problem};

/// Parses and validates the TOML text. The error names the file, the entry and the field.
pub fn load_toml(file: &str, text: &str) -> Result<(Dataset, Vec<Problem>), String> {
    let mut ds: Dataset = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let problems = validate(&ds);
    let errs: Vec<String> = errors(&problems).map(|p| p.describe(file)).collect();
    if !errs.is_empty() {
        return Err(errs.join("\n"));
    }
    ds.version = version_of(&ds.version, text);
    Ok((ds, problems))
}

/// The data version: the date the maintainers give, and a hash of the file's content.
pub fn version_of(date: &str, text: &str) -> String {
    // FNV-1a, 64 bits: stable across builds and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let hash = format!("{h:016x}");
    if date.is_empty() {
        hash[..8].to_string()
    } else {
        format!("{date}.{}", &hash[..8])
    }
}

pub fn to_json(ds: &Dataset) -> String {
    serde_json::to_string_pretty(ds).expect("a dataset always serialises")
}

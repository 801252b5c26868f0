//! Reading the maintainers' TOML file and writing the open-data JSON (build time only).

use crate::dataset::Dataset;
use crate::json::escaped;
use crate::load::unknown_fields;
use crate::validate::{errors, validate, Problem, Severity};

/// Parses and validates the TOML text. The error names the file, the entry and the field;
/// a field the schema does not know (a typo, most often) is an error here, not a warning.
pub fn load_toml(file: &str, text: &str) -> Result<(Dataset, Vec<Problem>), String> {
    let (mut ds, unknown) = with_unknown_fields(toml::Deserializer::new(text)).map_err(|e| format!("{file}: {e}"))?;
    let mut problems = validate(&ds);
    problems.extend(unknown_fields(&ds, &unknown, Severity::Error));
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

/// Reads a dataset, noting the JSON location of each field the schema does not know.
fn with_unknown_fields<'de, D: serde::Deserializer<'de>>(d: D) -> Result<(Dataset, Vec<String>), D::Error> {
    let mut unknown = Vec::new();
    let ds = serde_ignored::deserialize(d, |path| unknown.push(pointer_of(&path)))?;
    Ok((ds, unknown))
}

/// The JSON pointer of a field serde left out.
fn pointer_of(path: &serde_ignored::Path) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}/{index}", pointer_of(parent)),
        Path::Map { parent, key } => format!("{}/{}", pointer_of(parent), escaped(key)),
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => pointer_of(parent),
    }
}

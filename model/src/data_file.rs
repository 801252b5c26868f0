//! Reading the maintainers' TOML file and writing the open-data JSON (build time only).

use crate::dataset::Dataset;
use crate::gather::Gather;
use crate::load::{in_entry, read, unknown_fields};
use crate::validate::{errors, validate, Problem, Severity};

/// Parses and validates the TOML text. The error names the file, the entry and the field;
/// a field the schema does not know (a typo, most often) is an error here, not a warning.
/// The text is read as the widget reads a dataset: its TOML is written as JSON and read by
/// the same reader, so the schema's rules are the same in both.
pub fn load_toml(file: &str, text: &str) -> Result<(Dataset, Vec<Problem>), String> {
    let doc: toml::Value = toml::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let json = serde_json::to_string(&doc).map_err(|e| format!("{file}: {e}"))?;
    let (mut ds, unknown) = read(&json).map_err(|p| in_entry(p, |c, i| entry_in(&doc, c, i)).describe(file))?;
    let mut problems = validate(&ds);
    problems.extend(unknown_fields(&ds, &unknown, Severity::Error));
    let errs: Vec<String> = errors(&problems).map(|p| p.describe(file)).gather();
    if !errs.is_empty() {
        return Err(errs.join("\n"));
    }
    ds.version = version_of(&ds.version, text);
    Ok((ds, problems))
}

/// How a problem names an entry of the TOML document that could not be read: its id, or
/// `from → to` for a career step.
fn entry_in(doc: &toml::Value, collection: &str, index: usize) -> Option<String> {
    let entry = doc.get(collection)?.get(index)?;
    let text = |key: &str| entry.get(key).and_then(toml::Value::as_str);
    match (text("id"), text("from"), text("to")) {
        (Some(id), _, _) => Some(id.to_string()),
        (None, Some(from), Some(to)) => Some(format!("{from} → {to}")),
        _ => None,
    }
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

//! Loading a dataset someone else wrote: its text is read straight into the dataset's
//! types (`json`), every problem comes back with its JSON location and a reason in plain
//! English, and nothing panics.

use crate::dataset::Dataset;
use crate::gather::Gather;
use crate::json;
use crate::text::shortened;
use crate::validate::{validate, Problem, Severity};

/// The largest dataset file the widget reads.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// How many problems the panel lists; the rest are counted.
pub const MAX_LISTED: usize = 50;

/// A problem of the file as a whole, or at a JSON pointer.
pub fn problem_at(pointer: &str, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        collection: String::new(),
        index: 0,
        entry: String::new(),
        field: pointer.trim_start_matches('/').to_string(),
        message: message.into(),
    }
}

/// A dataset's text as the JSON parser should see it: without the byte-order mark some
/// editors put at the start of a file (JSON parsers reject it, and a message quoting it
/// would show an invisible character).
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Checks the size of the text before anything parses it.
pub fn check_size(len: usize) -> Result<(), Problem> {
    if len > MAX_BYTES {
        Err(problem_at("", format!("the file is {} KB; the limit is {} KB", len / 1024, MAX_BYTES / 1024)))
    } else if len == 0 {
        Err(problem_at("", "the file is empty"))
    } else {
        Ok(())
    }
}

/// How deeply lists and objects may nest in a dataset file. The schema needs five levels;
/// a file nested far deeper is refused as it is read (reading it could run out of stack).
pub const MAX_NESTING: usize = 32;

/// Reads a dataset's text, unchecked: the dataset and the JSON pointers of the fields it
/// has that the schema does not (left out), or the first problem, at its JSON location.
/// A host's dataset is read this way, and the maintainers' file at build time; the
/// widget's built-in dataset, checked when it was built, comes in its compact form (`pack`).
pub fn read(text: &str) -> Result<(Dataset, Vec<String>), Problem> {
    json::from_str::<Dataset>(text, MAX_NESTING).map_err(|f| problem_at(&f.pointer, f.message))
}

/// One problem per field name and place the schema does not know (`/roles/*/tittle`),
/// counting the entries that have it, so 20,000 entries with one typo make one problem.
pub fn unknown_fields(ds: &Dataset, pointers: &[String], severity: Severity) -> Vec<Problem> {
    // Each place with its indexes left out (`roles/*/tittle`): its first pointer and how
    // many entries have it.
    let mut groups: Vec<(&str, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in pointers {
        let place = p.split('/').map(|s| if s.parse::<usize>().is_ok() { "*" } else { s }).join_with("/");
        match at.entry(place) {
            std::collections::hash_map::Entry::Occupied(e) => groups[*e.get()].1 += 1,
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(groups.len());
                groups.push((p, 1));
            }
        }
    }
    groups
        .into_iter()
        .map(|(first, count)| {
            let name = first.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
            let mut message =
                format!("\"{}\" is not a field of the dataset's schema, so it was left out", shortened(&name));
            if count > 1 {
                message.push_str(&format!(" (in {} entries; this is the first)", crate::text::grouped(count as u64)));
            }
            let mut problem = in_entry(problem_at(first, message), |c, i| ds.entry_id(c, i));
            problem.severity = severity;
            problem
        })
        .gather()
}

/// A problem at a JSON pointer inside an entry of a collection (`/roles/3/years/0/min`),
/// named as the collection, the entry (`entry_id` of the collection and index) and the field.
pub fn in_entry(mut problem: Problem, entry_id: impl Fn(&str, usize) -> Option<String>) -> Problem {
    let pointer = problem.field.clone();
    let mut parts = pointer.splitn(3, '/');
    if let (Some(collection), Some(Ok(index))) = (parts.next(), parts.next().map(str::parse::<usize>)) {
        problem.entry = entry_id(collection, index).unwrap_or_default();
        problem.collection = collection.to_string();
        problem.index = index;
        problem.field = parts.next().unwrap_or_default().to_string();
    }
    problem
}

/// Reads a dataset someone else wrote and validates it. `Ok` holds the dataset and its
/// warnings (the fields the schema does not have among them, left out); `Err` holds every
/// error found (the first the reading met, or all the validation errors).
pub fn load(text: &str) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
    let text = without_bom(text);
    check_size(text.len()).map_err(|p| vec![p])?;
    let (mut ds, unknown) = read(text).map_err(|p| vec![p])?;
    let mut problems = validate(&ds);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems.into_iter().filter(|p| p.severity == Severity::Error).gather());
    }
    if ds.version.is_empty() {
        ds.version = "custom".into();
    }
    problems.extend(unknown_fields(&ds, &unknown, Severity::Warning));
    Ok((ds, problems))
}

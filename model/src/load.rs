//! Loading a dataset someone else wrote: whatever parses it (the browser's JSON parser in
//! the widget), every problem comes back with its JSON location and a reason in plain
//! English, and nothing panics.

use crate::dataset::{
    CareerStep, Certification, CountryNote, Dataset, Faq, Guide, Named, Note, Qualifier, Role, Salary, Skill, Source,
    Sourced, Years,
};
use crate::fields::{escaped, unknown_fields_in};
use crate::text::shortened;
use crate::validate::{validate, Problem, Severity};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

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
/// a file nested far deeper is refused before anything parses it (a parser or an error
/// message that walks it could run out of stack).
pub const MAX_NESTING: usize = 32;

/// Reads the JSON text once before anything parses it: refuses it if lists and objects
/// nest too deep (a parser or an error message that walks it could run out of stack), and
/// otherwise gives the JSON pointers of the fields the schema does not have.
pub fn check_text(text: &str) -> Result<Vec<String>, Problem> {
    unknown_fields_in(text, MAX_NESTING).ok_or_else(|| {
        problem_at(
            "",
            format!("lists and objects are nested more than {MAX_NESTING} levels deep; a dataset needs five"),
        )
    })
}

/// serde's wording, said plainly: "expected a whole number, found the text \"abc\"".
pub fn plain_reason(serde_msg: &str) -> String {
    // The browser's parser reports through a JavaScript error, whose text starts "Error: ".
    let msg = serde_msg.trim();
    let msg = msg.strip_prefix("Error: ").unwrap_or(msg);
    let nice_type = |t: &str| -> String {
        let t = t.trim();
        match t {
            "u64" | "u32" | "u16" | "u8" | "usize" => "a whole number (0 or more)".into(),
            "a string" | "a borrowed string" => "text".into(),
            "a boolean" => "true or false".into(),
            "a sequence" => "a list ([…])".into(),
            "a map" => "an object ({…})".into(),
            _ if t.starts_with("struct ") => "an object ({…})".into(),
            _ if t.starts_with("enum ") => "one of the allowed words".into(),
            _ if t.starts_with("string ") => format!("the text {}", shortened(&t[7..])),
            // A value the browser's parser describes by its JavaScript form.
            _ if t.starts_with("JsValue(") => {
                let inner = t.trim_start_matches("JsValue(");
                if inner.starts_with('[') {
                    "a list ([…])".into()
                } else if inner.starts_with('{') || inner.starts_with("Object") {
                    "an object ({…})".into()
                } else {
                    shortened(inner.trim_end_matches(')'))
                }
            }
            _ if t.starts_with("integer ") => format!("the number {}", t[8..].trim_matches('`')),
            _ if t.starts_with("floating point ") => format!("the number {}", t[15..].trim_matches('`')),
            _ if t.starts_with("boolean ") => t[8..].trim_matches('`').to_string(),
            "sequence" => "a list".into(),
            "map" => "an object".into(),
            "unit value" | "null" => "null".into(),
            other => shortened(other),
        }
    };
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return format!("the field {} is missing", rest.replace('`', "\""));
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest);
        return format!("{} is not a field of this entry", shortened(&name.replace('`', "\"")));
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let (name, allowed) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let allowed = allowed.trim_start_matches("one of ").replace('`', "");
        return format!("{} is not one of: {allowed}", shortened(&name.replace('`', "\"")));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                return format!("expected {}, found {}", nice_type(expected), nice_type(found));
            }
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        // serde reads an object from a list by position, and then finds it too short.
        if rest.contains("expected struct") {
            return "expected an object ({…}), found a list".into();
        }
        return format!("wrong number of items ({})", shortened(rest));
    }
    shortened(msg)
}

/// Reads a dataset from any serde deserializer, unchecked; the problem says what is wrong,
/// not where. Fields the schema does not know are left out. The widget reads its built-in
/// dataset (checked when it was built) this way.
pub fn parse<'de, D: Deserializer<'de>>(d: D) -> Result<Dataset, Problem> {
    Dataset::deserialize(d).map_err(|e| problem_at("", plain_reason(&e.to_string())))
}

/// A parsed JSON document: the browser's parsed value in the widget, serde_json's in tests.
/// A dataset is read from it in one pass; only when that fails does the loader look into
/// it, to say where the problem is.
pub trait Tree: Clone {
    type De: Deserializer<'static>;
    fn deserializer(self) -> Self::De;
    /// The value at a key of an object.
    fn get(&self, key: &str) -> Option<Self>;
    /// An object's keys, in order (none for anything else).
    fn keys(&self) -> Vec<String>;
    /// A list's items; `None` for anything but a list.
    fn items(&self) -> Option<Vec<Self>>;
    /// A copy of an object without one of its keys.
    fn without(&self, key: &str) -> Self;
}

/// Reads a dataset from a parsed document: the first problem, at its JSON location.
pub fn parse_tree<T: Tree>(tree: &T) -> Result<Dataset, Problem> {
    let error = match Dataset::deserialize(tree.clone().deserializer()) {
        Ok(ds) => return Ok(ds),
        Err(e) => e.to_string(),
    };
    // Which entry of which list: each entry read again on its own, until one fails.
    for list in tree.keys() {
        let Some(value) = tree.get(&list) else { continue };
        if list == "version" {
            if reads_as::<String, T>(value).is_err() {
                return Err(problem_at("/version", plain_reason(&error)));
            }
            continue;
        }
        let Some(read) = entry_reader::<T>(&list) else { continue };
        match first_failing(read, &list, &value) {
            Some((at, message)) => return Err(problem_at(&format!("/{}{at}", escaped(&list)), plain_reason(&message))),
            // Not a list where one belongs.
            None if value.items().is_none() => {
                return Err(problem_at(&format!("/{}", escaped(&list)), plain_reason(&error)))
            }
            None => {}
        }
    }
    Err(problem_at("", plain_reason(&error)))
}

/// Reads a part of a document as one type of the dataset: why it does not read.
type Reader<T> = fn(T) -> Result<(), String>;

fn reads_as<E: DeserializeOwned, T: Tree>(part: T) -> Result<(), String> {
    E::deserialize(part.deserializer()).map(drop).map_err(|e| e.to_string())
}

/// How an entry of a top-level list reads.
fn entry_reader<T: Tree>(list: &str) -> Option<Reader<T>> {
    Some(match list {
        "sources" => reads_as::<Source, T>,
        "roles" => reads_as::<Role, T>,
        "salaries" => reads_as::<Salary, T>,
        "certifications" => reads_as::<Certification, T>,
        "career_steps" => reads_as::<CareerStep, T>,
        "skills" => reads_as::<Skill, T>,
        "industries" | "companies" | "work_settings" => reads_as::<Named, T>,
        "faqs" => reads_as::<Faq, T>,
        "guides" => reads_as::<Guide, T>,
        "country_notes" => reads_as::<CountryNote, T>,
        _ => return None,
    })
}

/// How an item of a list of objects inside an entry reads.
fn item_reader<T: Tree>(list: &str, key: &str) -> Option<Reader<T>> {
    Some(match (list, key) {
        ("roles", "responsibilities" | "education") | ("certifications", "validates") => reads_as::<Sourced, T>,
        ("roles", "years") => reads_as::<Years, T>,
        ("roles", "qualifiers") => reads_as::<Qualifier, T>,
        ("roles", "notes") => reads_as::<Note, T>,
        _ => return None,
    })
}

/// The first item of a list that does not read: where (`/3/level`) and why.
fn first_failing<T: Tree>(read: Reader<T>, list: &str, value: &T) -> Option<(String, String)> {
    value.items()?.into_iter().enumerate().find_map(|(index, item)| {
        let error = read(item.clone()).err()?;
        let field = failing_field(read, list, &item, &error).unwrap_or_default();
        Some((format!("/{index}{field}"), error))
    })
}

/// Which field of an entry makes it fail with `error`: the one whose removal changes the
/// error (a missing field is the entry's own problem). Lists of objects inside an entry are
/// looked into the same way.
fn failing_field<T: Tree>(read: Reader<T>, list: &str, entry: &T, error: &str) -> Option<String> {
    if error.contains("missing field") {
        return None;
    }
    let key = entry.keys().into_iter().find(|key| read(entry.without(key)).err().as_deref() != Some(error))?;
    let inner = match (item_reader::<T>(list, &key), entry.get(&key)) {
        (Some(read), Some(value)) => first_failing(read, "", &value).map(|(at, _)| at),
        _ => None,
    };
    Some(format!("/{}{}", escaped(&key), inner.unwrap_or_default()))
}

/// One problem per field name and place the schema does not know (`/roles/*/tittle`),
/// counting the entries that have it, so 20,000 entries with one typo make one problem.
pub fn unknown_fields(ds: &Dataset, pointers: &[String], severity: Severity) -> Vec<Problem> {
    // Each place with its indexes left out (`roles/*/tittle`): its first pointer and how
    // many entries have it.
    let mut groups: Vec<(&str, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in pointers {
        let place: Vec<&str> = p.split('/').map(|s| if s.parse::<usize>().is_ok() { "*" } else { s }).collect();
        match at.entry(place.join("/")) {
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
            let mut problem = problem_at(first, message);
            problem.severity = severity;
            // In an entry of a collection: name the collection, the entry and the field.
            let mut parts = first.trim_start_matches('/').splitn(3, '/');
            if let (Some(collection), Some(Ok(index)), Some(field)) =
                (parts.next(), parts.next().map(str::parse::<usize>), parts.next())
            {
                problem.collection = collection.to_string();
                problem.index = index;
                problem.field = field.to_string();
                problem.entry = ds.entry_id(collection, index).unwrap_or_default();
            }
            problem
        })
        .collect()
}

/// Reads a dataset from its parsed JSON (`tree`) and validates it; `unknown` are the fields
/// `check_text` found that the schema does not have. `Ok` holds the dataset and its
/// warnings (those fields among them, left out); `Err` holds every error found (the first
/// parse error, or all the validation errors).
pub fn load<T: Tree>(unknown: &[String], tree: &T) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
    let mut ds = parse_tree(tree).map_err(|p| vec![p])?;
    let mut problems = validate(&ds);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems.into_iter().filter(|p| p.severity == Severity::Error).collect());
    }
    if ds.version.is_empty() {
        ds.version = "custom".into();
    }
    problems.extend(unknown_fields(&ds, unknown, Severity::Warning));
    Ok((ds, problems))
}

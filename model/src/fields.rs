//! Which fields each object of a dataset file may have, and the fields a file has beyond
//! them. The lists come from the types themselves (what serde's derive reads), so they
//! cannot drift from what the widget reads; a field outside them is left out when the file
//! is read, and a reader is told which.

use crate::dataset::{
    CareerStep, Certification, CountryNote, Dataset, Faq, Guide, Named, Note, Qualifier, Role, Salary, Skill, Source,
    Sourced, Years,
};
use serde::de::{self, Deserialize, Visitor};
use std::fmt;

/// The fields of the object at `place`: a JSON pointer without its leading "/" and with
/// each list index written `*` (`roles/*/years/*`). `None` where no object of the schema is.
pub fn known_fields(place: &str) -> Option<&'static [&'static str]> {
    Some(match place {
        "" => fields_of::<Dataset>(),
        "sources/*" => fields_of::<Source>(),
        "roles/*" => fields_of::<Role>(),
        "roles/*/responsibilities/*" | "roles/*/education/*" | "certifications/*/validates/*" => fields_of::<Sourced>(),
        "roles/*/years/*" => fields_of::<Years>(),
        "roles/*/qualifiers/*" => fields_of::<Qualifier>(),
        "roles/*/notes/*" => fields_of::<Note>(),
        "salaries/*" => fields_of::<Salary>(),
        "certifications/*" => fields_of::<Certification>(),
        "career_steps/*" => fields_of::<CareerStep>(),
        "skills/*" => fields_of::<Skill>(),
        "industries/*" | "companies/*" | "work_settings/*" => fields_of::<Named>(),
        "faqs/*" => fields_of::<Faq>(),
        "guides/*" => fields_of::<Guide>(),
        "country_notes/*" => fields_of::<CountryNote>(),
        _ => return None,
    })
}

/// The field names serde's derive gives a struct: asked of a deserializer that answers
/// nothing but records them.
fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    T::deserialize(FieldNames).err().map_or(&[], |e| e.0)
}

struct FieldNames;

#[derive(Debug)]
struct FieldList(&'static [&'static str]);

impl fmt::Display for FieldList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("only field names are asked for")
    }
}

impl std::error::Error for FieldList {}

impl de::Error for FieldList {
    fn custom<T: fmt::Display>(_: T) -> Self {
        FieldList(&[])
    }
}

impl<'de> de::Deserializer<'de> for FieldNames {
    type Error = FieldList;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, FieldList> {
        Err(FieldList(&[]))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, FieldList> {
        Err(FieldList(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// The JSON pointers of the fields a dataset file has that its objects may not
/// (`/roles/3/tittle`), in the order they come; `None` if lists and objects nest more than
/// `max_depth` deep. It reads the text once, without building anything, and can run before
/// a parser does (text that is not JSON gives no useful answer, and the parser refuses it).
pub fn unknown_fields_in(text: &str, max_depth: usize) -> Option<Vec<String>> {
    // What is open: an object (its fields, if it is one of the schema's, and whether its
    // next string is a key) or a list (the index of its next item); each with where it is
    // in its parent and how long `place` was before it.
    enum Open {
        Object { known: Option<&'static [&'static str]>, key_next: bool },
        List { index: usize },
    }
    struct Frame {
        open: Open,
        at: Segment,
        place_len: usize,
    }
    enum Segment {
        Root,
        Index(usize),
        Key(String),
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    // The place of what is open, indexes written `*` (`roles/*/years/*`).
    let mut place = String::new();
    let mut key = String::new();
    let mut found = Vec::new();
    let mut i = 0;
    // A value has been read: the list moves on, the object expects a key.
    let done = |stack: &mut Vec<Frame>| match stack.last_mut().map(|f| &mut f.open) {
        Some(Open::List { index }) => *index += 1,
        Some(Open::Object { key_next, .. }) => *key_next = true,
        None => {}
    };
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => {
                let place_len = place.len();
                let at = match stack.last().map(|f| &f.open) {
                    Some(Open::List { index }) => {
                        place.push_str(if place.is_empty() { "*" } else { "/*" });
                        Segment::Index(*index)
                    }
                    Some(Open::Object { .. }) => {
                        if !place.is_empty() {
                            place.push('/');
                        }
                        place.push_str(&escaped(&key));
                        Segment::Key(escaped(&key))
                    }
                    None => Segment::Root,
                };
                let open = match bytes[i] {
                    b'{' => Open::Object { known: known_fields(&place), key_next: true },
                    _ => Open::List { index: 0 },
                };
                stack.push(Frame { open, at, place_len });
                if stack.len() > max_depth {
                    return None;
                }
                i += 1;
            }
            b'}' | b']' => {
                if let Some(frame) = stack.pop() {
                    place.truncate(frame.place_len);
                }
                done(&mut stack);
                i += 1;
            }
            b'"' => {
                let end = string_end(bytes, i + 1);
                let raw = &text[i + 1..end.min(text.len())];
                if let Some(Open::Object { known, key_next }) = stack.last_mut().map(|f| &mut f.open) {
                    if *key_next {
                        *key_next = false;
                        // Most keys have no escapes: reuse the buffer.
                        if raw.contains('\\') {
                            key = unescaped(raw);
                        } else {
                            key.clear();
                            key.push_str(raw);
                        }
                        if matches!(known, Some(fields) if !fields.contains(&key.as_str())) {
                            let mut pointer = String::new();
                            for frame in &stack {
                                match &frame.at {
                                    Segment::Root => {}
                                    Segment::Index(n) => pointer.push_str(&format!("/{n}")),
                                    Segment::Key(k) => pointer.push_str(&format!("/{k}")),
                                }
                            }
                            pointer.push('/');
                            pointer.push_str(&escaped(&key));
                            found.push(pointer);
                        }
                        i = end + 1;
                        continue;
                    }
                }
                done(&mut stack);
                i = end + 1;
            }
            b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            _ => {
                // A number, true, false or null.
                while i < bytes.len() && !matches!(bytes[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                    i += 1;
                }
                done(&mut stack);
            }
        }
    }
    Some(found)
}

/// Where the string starting at `from` (just after its opening quote) ends: the index of its
/// closing quote.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A JSON string's text (between its quotes) with its escapes read.
fn unescaped(raw: &str) -> String {
    let mut units: Vec<u16> = Vec::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            units.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let unit = match chars.next() {
            Some('b') => 0x08,
            Some('f') => 0x0c,
            Some('n') => 0x0a,
            Some('r') => 0x0d,
            Some('t') => 0x09,
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                u16::from_str_radix(&hex, 16).unwrap_or(0xfffd)
            }
            Some(other) => other as u16,
            None => break,
        };
        units.push(unit);
    }
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect()
}

/// A key as a JSON pointer writes it: "~" as "~0", "/" as "~1".
pub fn escaped(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

//! A dataset file's JSON text, read straight into the dataset's types in one pass, in the
//! browser as natively: no parsed document is built first. As it reads, it knows where it
//! is (a JSON pointer), so a problem says where it is without reading anything again; it
//! notes the fields an object of the schema does not have (the names serde's derive hands
//! to `deserialize_struct`), and it refuses lists and objects nested deeper than a limit, so
//! nothing it does can run out of stack.

use crate::text::{quoted, shortened};
use serde::de::{self, DeserializeOwned, DeserializeSeed, Unexpected, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Why a text could not be read, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The JSON pointer of the value at fault; empty for the file as a whole.
    pub pointer: String,
    pub message: String,
}

/// Reads `text` as one `T`. `Ok` holds it and the JSON pointers of the fields the text has
/// that the types do not read (left out), in the order they come.
pub fn from_str<T: DeserializeOwned>(text: &str, max_depth: usize) -> Result<(T, Vec<String>), Failure> {
    let mut reader = Reader { text, pos: 0, path: Vec::new(), depth: 0, max_depth, unknown: Vec::new() };
    let value = T::deserialize(&mut reader).and_then(|value| {
        reader.skip_space();
        match reader.pos < text.len() {
            true => Err(reader.syntax("more text after the end of the data")),
            false => Ok(value),
        }
    });
    match value {
        Ok(value) => Ok((value, reader.unknown)),
        Err(Error::Serde(message)) => Err(Failure { pointer: reader.pointer(), message }),
        Err(Error::Plain(message)) => Err(Failure { pointer: String::new(), message }),
    }
}

/// A key as a JSON pointer writes it (RFC 6901): "~" as "~0", "/" as "~1".
pub fn escaped(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[derive(Debug)]
pub enum Error {
    /// Raised by the types being read (a wrong type, a missing field): where the reader is.
    Serde(String),
    /// The text itself (not JSON, nested too deep): the file as a whole.
    Plain(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Serde(m) | Error::Plain(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

/// serde's reports, said plainly where they arise: "expected a whole number (0 or more),
/// found the text \"abc\"". (serde's own wording of a wrong value would also bring in the
/// code that writes fractions, which no dataset value needs.)
impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Serde(msg.to_string())
    }

    fn invalid_type(found: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Error::Serde(format!("expected {}, found {}", expected_words(expected), found_words(found)))
    }

    fn invalid_value(found: Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        Self::invalid_type(found, expected)
    }

    fn missing_field(field: &'static str) -> Self {
        Error::Serde(format!("the field \"{field}\" is missing"))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error::Serde(format!("the field \"{field}\" is given twice"))
    }

    fn unknown_variant(variant: &str, allowed: &'static [&'static str]) -> Self {
        Error::Serde(format!("{} is not one of: {}", quoted(variant), allowed.join(", ")))
    }
}

/// What a type reads, in words: serde's `u64`, `a string`, `struct Role`…
fn expected_words(expected: &dyn de::Expected) -> String {
    let t = expected.to_string();
    match t.as_str() {
        "u64" | "u32" | "u16" | "u8" | "usize" => "a whole number (0 or more)".into(),
        "a string" => "text".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list ([…])".into(),
        "a map" => "an object ({…})".into(),
        _ if t.starts_with("struct ") => "an object ({…})".into(),
        _ if t.starts_with("enum ") => "one of the allowed words".into(),
        _ => shortened(&t),
    }
}

/// What the text has, in words, quoted briefly.
fn found_words(found: Unexpected<'_>) -> String {
    match found {
        Unexpected::Bool(b) => b.to_string(),
        Unexpected::Unsigned(n) => format!("the number {n}"),
        Unexpected::Signed(n) => format!("the number {n}"),
        Unexpected::Str(s) => format!("the text {}", quoted(s)),
        Unexpected::Unit => "null".into(),
        Unexpected::Seq => "a list ([…])".into(),
        Unexpected::Map => "an object ({…})".into(),
        Unexpected::Other(what) => shortened(what),
        // Fractions are reported as written (`Other`); nothing here makes the rest.
        _ => "a value of another kind".into(),
    }
}

enum Segment<'a> {
    Key(Cow<'a, str>),
    Index(usize),
}

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    /// Where the value being read is: kept as it goes, and left as it was when a problem
    /// is raised (nothing is taken off on the way out of a failure).
    path: Vec<Segment<'a>>,
    depth: usize,
    max_depth: usize,
    unknown: Vec<String>,
}

impl<'a> Reader<'a> {
    fn pointer(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            out.push('/');
            match segment {
                Segment::Key(k) => out.push_str(&escaped(k)),
                Segment::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    fn syntax(&self, what: &str) -> Error {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Error::Plain(format!("the file is not valid JSON ({what} at line {line}, column {column})"))
    }

    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && matches!(bytes[self.pos], b' ' | b'\t' | b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    /// The next byte that is not white space, not taken.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.text.as_bytes().get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), Error> {
        match self.peek() {
            Some(b) if b == byte => {
                self.pos += 1;
                Ok(())
            }
            _ => Err(self.syntax(what)),
        }
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(Error::Plain(format!(
                "lists and objects are nested more than {} levels deep; a dataset needs five",
                self.max_depth
            )));
        }
        self.pos += 1;
        Ok(())
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax("an unknown word"))
        }
    }

    /// A string, its opening quote next: borrowed from the text unless it has escapes. Text
    /// left open is reported where it opens.
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        let text = self.text;
        let bytes = text.as_bytes();
        self.pos += 1;
        let start = self.pos;
        while self.pos < bytes.len() {
            match bytes[self.pos] {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(&text[start..self.pos - 1]));
                }
                b'\\' => return self.escaped_string(start).map(Cow::Owned),
                b if b < 0x20 => return Err(self.syntax("a control character inside text")),
                _ => self.pos += 1,
            }
        }
        self.pos = start - 1;
        Err(self.syntax("text without its closing quote"))
    }

    /// The rest of a string that has escapes, from its start.
    fn escaped_string(&mut self, start: usize) -> Result<String, Error> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut out = String::from(&text[start..self.pos]);
        while self.pos < bytes.len() {
            let run = self.pos;
            while self.pos < bytes.len() && !matches!(bytes[self.pos], b'"' | b'\\') && bytes[self.pos] >= 0x20 {
                self.pos += 1;
            }
            out.push_str(&text[run..self.pos]);
            match bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let c = match bytes.get(self.pos + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 2;
                            let unit = self.hex4()?;
                            let c = match unit {
                                0xd800..=0xdbff if text[self.pos..].starts_with("\\u") => {
                                    let back = self.pos;
                                    self.pos += 2;
                                    let low = self.hex4()?;
                                    if (0xdc00..=0xdfff).contains(&low) {
                                        char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
                                    } else {
                                        self.pos = back;
                                        None
                                    }
                                }
                                _ => char::from_u32(unit),
                            };
                            out.push(c.unwrap_or('\u{fffd}'));
                            continue;
                        }
                        _ => return Err(self.syntax("an unknown escape inside text")),
                    };
                    out.push(c);
                    self.pos += 2;
                }
                Some(_) => return Err(self.syntax("a control character inside text")),
                None => break,
            }
        }
        self.pos = start - 1;
        Err(self.syntax("text without its closing quote"))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.pos..self.pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else { return Err(self.syntax("an unknown escape inside text")) };
        self.pos += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or(0xfffd))
    }

    /// A number, as written.
    fn number(&mut self) -> Result<Number<'a>, Error> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let digits = |r: &mut Self| {
            let from = r.pos;
            while r.pos < bytes.len() && bytes[r.pos].is_ascii_digit() {
                r.pos += 1;
            }
            r.pos > from
        };
        if bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let first = self.pos;
        if !digits(self) {
            return Err(self.syntax("a number without digits"));
        }
        if bytes[first] == b'0' && self.pos - first > 1 {
            self.pos = first;
            return Err(self.syntax("a number with a leading zero"));
        }
        let mut whole = true;
        if bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            whole = false;
            if !digits(self) {
                return Err(self.syntax("a number without digits after its point"));
            }
        }
        if matches!(bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            whole = false;
            if matches!(bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.syntax("a number without digits in its exponent"));
            }
        }
        let written = &self.text[start..self.pos];
        Ok(match (whole, written.strip_prefix('-')) {
            (true, None) => written.parse().map_or(Number::Other(written), Number::Whole),
            (true, Some(_)) => written.parse().map_or(Number::Other(written), Number::Negative),
            (false, _) => Number::Other(written),
        })
    }

    /// What the next value is, for a message that it is not what was expected; it is not
    /// taken (the reading stops there).
    fn unexpected(&mut self, expected: &dyn de::Expected) -> Error {
        let start = self.pos;
        let found = match self.peek() {
            Some(b'"') => match self.string() {
                Ok(s) => de::Error::invalid_type(Unexpected::Str(&s), expected),
                Err(e) => e,
            },
            Some(b'-' | b'0'..=b'9') => match self.number() {
                Ok(Number::Whole(n)) => de::Error::invalid_type(Unexpected::Unsigned(n), expected),
                Ok(Number::Negative(n)) => de::Error::invalid_type(Unexpected::Signed(n), expected),
                Ok(Number::Other(written)) => {
                    de::Error::invalid_type(Unexpected::Other(&format!("the number {written}")), expected)
                }
                Err(e) => e,
            },
            Some(b't' | b'f' | b'n') => {
                let rest = &self.text[self.pos..];
                match ["true", "false", "null"].into_iter().find(|w| rest.starts_with(w)) {
                    Some("true") => de::Error::invalid_type(Unexpected::Bool(true), expected),
                    Some("false") => de::Error::invalid_type(Unexpected::Bool(false), expected),
                    Some(_) => de::Error::invalid_type(Unexpected::Unit, expected),
                    None => self.syntax("an unknown word"),
                }
            }
            Some(b'[') => de::Error::invalid_type(Unexpected::Seq, expected),
            Some(b'{') => de::Error::invalid_type(Unexpected::Map, expected),
            Some(_) => self.syntax("an unexpected character"),
            None => self.syntax("the end of the file where a value belongs"),
        };
        self.pos = start;
        found
    }

    /// Reads past a value nothing reads (a field the types do not have), checking it is JSON.
    fn skip(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(open @ (b'[' | b'{')) => {
                self.enter()?;
                let close = if open == b'[' { b']' } else { b'}' };
                let mut first = true;
                loop {
                    if !self.next_item(close, &mut first)? {
                        break;
                    }
                    if open == b'{' {
                        self.key()?;
                    }
                    self.skip()?;
                }
                self.depth -= 1;
                Ok(())
            }
            Some(_) => Err(self.syntax("an unexpected character")),
            None => Err(self.syntax("the end of the file where a value belongs")),
        }
    }

    /// Before each item of a list or object: `true` if there is one, `false` (and the
    /// closing bracket taken) at its end.
    fn next_item(&mut self, close: u8, first: &mut bool) -> Result<bool, Error> {
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(false);
        }
        if !std::mem::replace(first, false) {
            self.expect(
                b',',
                if close == b']' { "a missing comma in a list" } else { "a missing comma in an object" },
            )?;
        }
        Ok(true)
    }

    /// An object's key and its colon.
    fn key(&mut self) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.syntax("a key that is not text in quotes"));
        }
        let key = self.string()?;
        self.expect(b':', "a missing colon after a key")?;
        Ok(key)
    }

    /// Takes the opening bracket of a list or object where one belongs.
    #[inline(never)]
    fn open(&mut self, bracket: u8, expected: &dyn de::Expected) -> Result<(), Error> {
        if self.peek() != Some(bracket) {
            return Err(self.unexpected(expected));
        }
        self.enter()
    }

    /// Once a list's or object's reader is done: what it left (a reader may stop early)
    /// must still be JSON, up to the closing bracket.
    #[inline(never)]
    fn close(&mut self, close: u8, mut first: bool, ended: bool) -> Result<(), Error> {
        while !ended && self.next_item(close, &mut first)? {
            if close == b'}' {
                self.key()?;
            }
            self.skip()?;
        }
        self.depth -= 1;
        Ok(())
    }

    /// An object's next key, noted if the object is one of the schema's and does not have
    /// it, and kept as the place of the value that follows; `None` at the object's end.
    #[inline(never)]
    fn next_key(
        &mut self,
        first: &mut bool,
        fields: Option<&'static [&'static str]>,
    ) -> Result<Option<Cow<'a, str>>, Error> {
        if !self.next_item(b'}', first)? {
            return Ok(None);
        }
        let key = self.key()?;
        if fields.is_some_and(|fields| !fields.contains(&key.as_ref())) {
            let pointer = format!("{}/{}", self.pointer(), escaped(&key));
            self.unknown.push(pointer);
        }
        self.path.push(Segment::Key(key.clone()));
        Ok(Some(key))
    }

    /// Before each item of a list: `true`, with the item's index kept as its place, if
    /// there is one.
    #[inline(never)]
    fn next_element(&mut self, first: &mut bool, index: usize) -> Result<bool, Error> {
        let more = self.next_item(b']', first)?;
        if more {
            self.path.push(Segment::Index(index));
        }
        Ok(more)
    }

    /// Whether the next value is null (then taken).
    #[inline(never)]
    fn null(&mut self) -> Result<bool, Error> {
        match self.peek() {
            Some(b'n') => self.literal("null").map(|_| true),
            _ => Ok(false),
        }
    }

    /// Text where text belongs.
    #[inline(never)]
    fn text_value(&mut self, expected: &dyn de::Expected) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected(expected));
        }
        self.string()
    }

    /// A whole number where a number belongs: `Ok` if it is 0 or more, `Err` if negative.
    #[inline(never)]
    fn whole_value(&mut self, expected: &dyn de::Expected) -> Result<Result<u64, i64>, Error> {
        let start = self.pos;
        if matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            match self.number()? {
                Number::Whole(n) => return Ok(Ok(n)),
                Number::Negative(n) => return Ok(Err(n)),
                Number::Other(_) => self.pos = start,
            }
        }
        Err(self.unexpected(expected))
    }

    fn map<'de, V: Visitor<'de>>(
        &mut self,
        visitor: V,
        fields: Option<&'static [&'static str]>,
    ) -> Result<V::Value, Error>
    where
        'a: 'de,
    {
        self.open(b'{', &visitor)?;
        let mut entries = Entries { reader: self, fields, first: true, ended: false };
        let value = visitor.visit_map(&mut entries)?;
        let (first, ended) = (entries.first, entries.ended);
        self.close(b'}', first, ended)?;
        Ok(value)
    }
}

enum Number<'a> {
    Whole(u64),
    Negative(i64),
    /// A fraction, an exponent, or too large a number: only ever reported.
    Other(&'a str),
}

struct Entries<'r, 'a> {
    reader: &'r mut Reader<'a>,
    fields: Option<&'static [&'static str]>,
    first: bool,
    ended: bool,
}

impl<'de, 'r, 'a: 'de> de::MapAccess<'de> for Entries<'r, 'a> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let key = match self.ended {
            true => None,
            false => self.reader.next_key(&mut self.first, self.fields)?,
        };
        let Some(key) = key else {
            self.ended = true;
            return Ok(None);
        };
        seed.deserialize(de::value::StrDeserializer::<Error>::new(&key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.reader.path.pop();
        Ok(value)
    }
}

struct Items<'r, 'a> {
    reader: &'r mut Reader<'a>,
    index: usize,
    first: bool,
    ended: bool,
}

impl<'de, 'r, 'a: 'de> de::SeqAccess<'de> for Items<'r, 'a> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if self.ended || !self.reader.next_element(&mut self.first, self.index)? {
            self.ended = true;
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.reader)?;
        self.reader.path.pop();
        self.index += 1;
        Ok(Some(value))
    }
}

/// Methods that read any whole number through `deserialize_u64`.
macro_rules! whole_numbers {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.deserialize_u64(visitor)
        }
    )*};
}

impl<'de, 'a: 'de> de::Deserializer<'de> for &mut Reader<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b'{') => self.map(visitor, None),
            Some(b'[') => self.deserialize_seq(visitor),
            Some(b'"') => self.deserialize_str(visitor),
            Some(b't' | b'f') => self.deserialize_bool(visitor),
            Some(b'n') => self.deserialize_unit(visitor),
            _ => self.deserialize_u64(visitor),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b't') => self.literal("true").and_then(|_| visitor.visit_bool(true)),
            Some(b'f') => self.literal("false").and_then(|_| visitor.visit_bool(false)),
            _ => Err(self.unexpected(&visitor)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.whole_value(&visitor)? {
            Ok(n) => visitor.visit_u64(n),
            Err(negative) => visitor.visit_i64(negative),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // The dataset keeps its own copy of every text.
        let text = self.text_value(&visitor)?.into_owned();
        visitor.visit_string(text)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.null()? {
            true => visitor.visit_none(),
            false => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.null()? {
            true => visitor.visit_unit(),
            false => Err(self.unexpected(&visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open(b'[', &visitor)?;
        let mut items = Items { reader: &mut *self, index: 0, first: true, ended: false };
        let value = visitor.visit_seq(&mut items)?;
        let (first, ended) = (items.first, items.ended);
        self.close(b']', first, ended)?;
        Ok(value)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.map(visitor, None)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.map(visitor, Some(fields))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // The dataset's enums are words: "senior", "USD".
        let word = self.text_value(&visitor)?;
        visitor.visit_enum(de::value::StrDeserializer::<Error>::new(&word))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    // Every whole number is read as a u64 (or a negative i64) and narrowed by its visitor,
    // which says plainly when it does not fit.
    whole_numbers! { deserialize_u32 deserialize_u16 deserialize_u8 deserialize_i64 deserialize_i32 }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i128 u128 f32 f64 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

//! A dataset file's JSON text, read straight into the dataset's types in one pass, in the
//! browser as natively: no parsed document is built first. As it reads, it knows where it
//! is (a JSON pointer), so a problem says where it is without reading anything again; it
//! notes the fields an object of the schema does not have, and it refuses lists and
//! objects nested deeper than a limit, so nothing it does can run out of stack.
//!
//! The types say how they are read by implementing [`Read`]: the dataset's objects and
//! words through the [`objects!`](crate::objects) and [`words!`](crate::words) macros, so
//! each field's name and whether it may be left out are written once, beside the type.

use crate::text::{quoted, shortened};
use std::borrow::Cow;

/// Why a text could not be read, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The JSON pointer of the value at fault; empty for the file as a whole.
    pub pointer: String,
    pub message: String,
}

/// A type the reader can read.
pub trait Read: Sized {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error>;
}

/// Reads `text` as one `T`. `Ok` holds it and the JSON pointers of the fields the text has
/// that the types do not read (left out), in the order they come.
pub fn from_str<T: Read>(text: &str, max_depth: usize) -> Result<(T, Vec<String>), Failure> {
    let mut reader = Reader { text, pos: 0, path: Vec::new(), depth: 0, max_depth, unknown: Vec::new() };
    let value = T::read(&mut reader).and_then(|value| {
        reader.skip_space();
        match reader.pos < text.len() {
            true => Err(reader.syntax("more text after the end of the data")),
            false => Ok(value),
        }
    });
    match value {
        Ok(value) => Ok((value, reader.unknown)),
        Err(Error::At(message)) => Err(Failure { pointer: reader.pointer(), message }),
        Err(Error::Plain(message)) => Err(Failure { pointer: String::new(), message }),
    }
}

/// A key as a JSON pointer writes it (RFC 6901): "~" as "~0", "/" as "~1".
pub fn escaped(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[derive(Debug)]
pub enum Error {
    /// A value that is not what its type reads (a wrong type, a missing field): where the
    /// reader is.
    At(String),
    /// The text itself (not JSON, nested too deep): the file as a whole.
    Plain(String),
}

/// What each kind of value is called when something else is found in its place.
const OBJECT: &str = "an object ({…})";
const LIST: &str = "a list ([…])";
const TEXT: &str = "text";
const WHOLE: &str = "a whole number (0 or more)";
const BOOLEAN: &str = "true or false";
const WORD: &str = "one of the allowed words";

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

    /// That the next value is not what was `expected`, with what it is in words; it is not
    /// taken (the reading stops there).
    #[inline(never)]
    fn unexpected(&mut self, expected: &str) -> Error {
        let start = self.pos;
        let found = match self.peek() {
            Some(b'"') => self.string().map(|s| format!("the text {}", quoted(&s))),
            Some(b'-' | b'0'..=b'9') => self.number().map(|n| match n {
                Number::Whole(n) => format!("the number {n}"),
                Number::Negative(n) => format!("the number {n}"),
                Number::Other(written) => shortened(&format!("the number {written}")),
            }),
            Some(b't' | b'f' | b'n') => {
                let rest = &self.text[self.pos..];
                match ["true", "false", "null"].into_iter().find(|w| rest.starts_with(w)) {
                    Some(word) => Ok(word.to_string()),
                    None => Err(self.syntax("an unknown word")),
                }
            }
            Some(b'[') => Ok(LIST.to_string()),
            Some(b'{') => Ok(OBJECT.to_string()),
            Some(_) => Err(self.syntax("an unexpected character")),
            None => Err(self.syntax("the end of the file where a value belongs")),
        };
        self.pos = start;
        match found {
            // "expected a whole number (0 or more), found the text \"abc\"".
            Ok(found) => Error::At(format!("expected {expected}, found {found}")),
            Err(e) => e,
        }
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
    fn open(&mut self, bracket: u8, expected: &str) -> Result<(), Error> {
        if self.peek() != Some(bracket) {
            return Err(self.unexpected(expected));
        }
        self.enter()
    }

    /// An object of the schema, whose fields are `fields`: `field` reads the value of each
    /// of them that the text has, by name. A key the schema does not have is noted and its
    /// value read past; a key given twice is refused. The place of each value is kept while
    /// it is read.
    pub fn object(
        &mut self,
        fields: &[&'static str],
        field: &mut dyn FnMut(&mut Self, &'static str) -> Result<(), Error>,
    ) -> Result<(), Error> {
        // The fields given so far, one bit each.
        debug_assert!(fields.len() <= 64, "an object of the schema has at most 64 fields");
        self.open(b'{', OBJECT)?;
        let mut first = true;
        let mut seen = 0u64;
        while self.next_item(b'}', &mut first)? {
            let key = self.key()?;
            let known = fields.iter().position(|f| *f == key);
            if known.is_none() {
                let pointer = format!("{}/{}", self.pointer(), escaped(&key));
                self.unknown.push(pointer);
            }
            self.path.push(Segment::Key(key));
            match known {
                Some(i) if seen & (1 << i) != 0 => {
                    return Err(Error::At(format!("the field \"{}\" is given twice", fields[i])));
                }
                Some(i) => {
                    seen |= 1 << i;
                    field(self, fields[i])?;
                }
                None => self.skip()?,
            }
            self.path.pop();
        }
        self.depth -= 1;
        Ok(())
    }

    /// A field the schema requires, once its object has been read.
    pub fn required<T>(&self, value: Option<T>, name: &str) -> Result<T, Error> {
        value.ok_or_else(|| Error::At(format!("the field \"{name}\" is missing")))
    }

    /// A list, each of whose items `item` reads, with its index kept as its place.
    fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> Result<(), Error>) -> Result<(), Error> {
        self.open(b'[', LIST)?;
        let mut first = true;
        let mut index = 0;
        while self.next_item(b']', &mut first)? {
            self.path.push(Segment::Index(index));
            item(self)?;
            self.path.pop();
            index += 1;
        }
        self.depth -= 1;
        Ok(())
    }

    /// One of `words`, by its position.
    pub fn word(&mut self, words: &[&str]) -> Result<usize, Error> {
        let word = self.text_value(WORD)?;
        words
            .iter()
            .position(|w| *w == word)
            .ok_or_else(|| Error::At(format!("{} is not one of: {}", quoted(&word), words.join(", "))))
    }

    /// Text where text belongs.
    #[inline(never)]
    fn text_value(&mut self, expected: &str) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected(expected));
        }
        self.string()
    }

    /// A whole number where a number belongs, no larger than `max`; any other value
    /// (negative, too large, a fraction, not a number) is reported as it is written.
    #[inline(never)]
    fn whole_value(&mut self, max: u64) -> Result<u64, Error> {
        let start = self.pos;
        if matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            if let Number::Whole(n) = self.number()? {
                if n <= max {
                    return Ok(n);
                }
            }
            self.pos = start;
        }
        Err(self.unexpected(WHOLE))
    }
}

enum Number<'a> {
    Whole(u64),
    Negative(i64),
    /// A fraction, an exponent, or too large a number: only ever reported.
    Other(&'a str),
}

impl Read for String {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        // The dataset keeps its own copy of every text.
        r.text_value(TEXT).map(Cow::into_owned)
    }
}

impl Read for u64 {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.whole_value(u64::MAX)
    }
}

impl Read for u32 {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        r.whole_value(u32::MAX.into()).map(|n| n as u32)
    }
}

impl Read for bool {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        match r.peek() {
            Some(b't') => r.literal("true").map(|_| true),
            Some(b'f') => r.literal("false").map(|_| false),
            _ => Err(r.unexpected(BOOLEAN)),
        }
    }
}

/// `null`, or the value.
impl<T: Read> Read for Option<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        match r.peek() {
            Some(b'n') => r.literal("null").map(|_| None),
            _ => T::read(r).map(Some),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
        let mut items = Vec::new();
        r.list(&mut |r| {
            items.push(T::read(r)?);
            Ok(())
        })?;
        Ok(items)
    }
}

/// How the dataset's objects are read: `Type { required fields; fields that may be left
/// out (read as their default); fields never read }`. A field left out that is required
/// is reported by the first such name, in the order written.
#[macro_export]
macro_rules! objects {
    ($($name:ident { $($need:ident),* ; $($optional:ident),* $(; $($skip:ident),*)? })*) => {$(
        impl $crate::json::Read for $name {
            fn read(r: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::Error> {
                $(let mut $need = None;)*
                $(let mut $optional = None;)*
                r.object(&[$(stringify!($need),)* $(stringify!($optional),)*], &mut |r, key| {
                    match key {
                        $(stringify!($need) => $need = Some($crate::json::Read::read(r)?),)*
                        $(stringify!($optional) => $optional = Some($crate::json::Read::read(r)?),)*
                        _ => {}
                    }
                    Ok(())
                })?;
                Ok($name {
                    $($need: r.required($need, stringify!($need))?,)*
                    $($optional: $optional.unwrap_or_default(),)*
                    $($($skip: Default::default(),)*)?
                })
            }
        }

        // The compact form of the built-in dataset (`pack`): the fields in the order above.
        impl $crate::pack::Pack for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                $($crate::pack::Pack::pack(&self.$need, out);)*
                $($crate::pack::Pack::pack(&self.$optional, out);)*
            }
        }

        impl $crate::pack::Unpack for $name {
            fn unpack(r: &mut $crate::pack::Unpacker<'_>) -> Option<Self> {
                Some($name {
                    $($need: $crate::pack::Unpack::unpack(r)?,)*
                    $($optional: $crate::pack::Unpack::unpack(r)?,)*
                    $($($skip: Default::default(),)*)?
                })
            }
        }
    )*};
}

/// The dataset's words: `Type { Variant = "word", … }`. Each type gets `WORDS`, `key` and
/// `from_key`, and is read (and written, for the open data) as its word.
#[macro_export]
macro_rules! words {
    ($($name:ident { $($variant:ident = $word:literal),* $(,)? })*) => {$(
        impl $name {
            /// Every value with its word, in the order the schema lists them.
            pub const WORDS: &'static [($name, &'static str)] = &[$(($name::$variant, $word)),*];

            /// The word the data and the links use.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)*
                }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                Self::WORDS.iter().find(|(_, w)| *w == key).map(|(v, _)| *v)
            }
        }

        impl $crate::json::Read for $name {
            fn read(r: &mut $crate::json::Reader<'_>) -> Result<Self, $crate::json::Error> {
                let i = r.word(&[$($word),*])?;
                Ok(Self::WORDS[i].0)
            }
        }

        /// A word's place in `WORDS`.
        impl $crate::pack::Pack for $name {
            fn pack(&self, out: &mut Vec<u8>) {
                out.push(Self::WORDS.iter().position(|(v, _)| v == self).unwrap_or_default() as u8);
            }
        }

        impl $crate::pack::Unpack for $name {
            fn unpack(r: &mut $crate::pack::Unpacker<'_>) -> Option<Self> {
                Self::WORDS.get(usize::from(r.byte()?)).map(|(v, _)| *v)
            }
        }

        #[cfg(feature = "data-file")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }
    )*};
}

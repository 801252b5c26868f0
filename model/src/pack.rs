//! The built-in dataset in a compact form. The build writes each object's fields in the
//! order the [`objects!`](crate::objects) table lists them, with no names: a text as its
//! length and its bytes, a number in seven-bit groups, a list as its length and its items,
//! a word as its place in the type's words. The widget reads it back with this small
//! reader, so the JSON reader (`json`) is needed only for a host's own dataset. The build
//! has checked the dataset already: bytes that do not fit the types read as `None`, with
//! no message of their own, and nothing here panics.

/// A type the build writes in the compact form.
pub trait Pack {
    fn pack(&self, out: &mut Vec<u8>);
}

/// A type read back from the compact form.
pub trait Unpack: Sized {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self>;
}

/// Where the reading is in the bytes.
pub struct Unpacker<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Unpacker<'a> {
    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    pub fn number(&mut self) -> Option<u64> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn length(&mut self) -> Option<usize> {
        // No list or text is longer than the bytes left.
        usize::try_from(self.number()?).ok().filter(|&n| n <= self.bytes.len() - self.pos)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(taken)
    }
}

/// Writes `value` in the compact form.
pub fn pack<T: Pack>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.pack(&mut out);
    out
}

/// Reads one `T` from `bytes`, all of them.
pub fn unpack<T: Unpack>(bytes: &[u8]) -> Option<T> {
    let mut r = Unpacker { bytes, pos: 0 };
    let value = T::unpack(&mut r)?;
    (r.pos == bytes.len()).then_some(value)
}

pub fn pack_number(mut n: u64, out: &mut Vec<u8>) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

impl Pack for u64 {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_number(*self, out);
    }
}

impl Unpack for u64 {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        r.number()
    }
}

impl Pack for u32 {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_number(u64::from(*self), out);
    }
}

impl Unpack for u32 {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        u32::try_from(r.number()?).ok()
    }
}

impl Pack for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
}

impl Unpack for bool {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for String {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_number(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
}

impl Unpack for String {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        let n = r.length()?;
        std::str::from_utf8(r.take(n)?).ok().map(str::to_string)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.pack(out);
            }
        }
    }
}

impl<T: Unpack> Unpack for Option<T> {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => T::unpack(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_number(self.len() as u64, out);
        for item in self {
            item.pack(out);
        }
    }
}

impl<T: Unpack> Unpack for Vec<T> {
    fn unpack(r: &mut Unpacker<'_>) -> Option<Self> {
        let n = r.length()?;
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(T::unpack(r)?);
        }
        Some(items)
    }
}

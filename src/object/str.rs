//! `str`: the `PyStr` payload (immutable UTF-8 text with a cached hash, an ASCII flag and the
//! code-point length, so ASCII strings index in O(1)), the identifier interner, the cache of
//! one-character strings, CPython's `repr`/`ascii` quoting rules, Unicode predicates (from
//! `unicode_tables.rs`, generated from CPython's own database), the codecs `str`/`bytes` need
//! (utf-8, ascii, latin-1 with strict/ignore/replace/backslashreplace/xmlcharrefreplace), and
//! the type's slots. Methods live in `str_methods.rs`.
//!
//! Invariants: the cached hash is never -1 (CPython reserves it); an interned string is the
//! unique `Rc` for its text, so name lookups can compare pointers first; indices in the public
//! API are code-point indices unless a name says `byte`.

use super::class::TypeSlots;
use super::ns_util::{self, type_name, Kwargs};
use super::unicode_tables as ut;
use super::{ExcType, PyErr, PyResult, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::cell::Cell;
use std::rc::Rc;

pub use super::str_methods::METHODS;
pub use super::str_methods::STATICMETHODS;

/// Texts up to this many bytes live inside the `PyStr` itself (one allocation per str).
const INLINE_CAP: usize = 22;
/// The ASCII flag, kept in the top bit of `PyStr::meta`.
const ASCII_BIT: usize = 1 << (usize::BITS - 1);

/// The UTF-8 bytes: inline for short texts (split words, characters, dict keys), else boxed.
enum Repr {
    /// Invariant: `buf[..len]` is valid UTF-8.
    Inline {
        len: u8,
        buf: [u8; INLINE_CAP],
    },
    Heap(Box<str>),
}

pub struct PyStr {
    /// Cached `hash()`; 0 means "not computed yet" (a real hash of 0 is stored as 1 for the
    /// cache check and recomputed, which is harmless).
    hash: Cell<i64>,
    /// Length in code points, with `ASCII_BIT` set when every byte is ASCII.
    meta: usize,
    repr: Repr,
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PyStr").field(&self.as_str()).finish()
    }
}

impl Repr {
    #[inline]
    fn from_str(s: &str) -> Repr {
        if s.len() <= INLINE_CAP {
            let mut buf = [0u8; INLINE_CAP];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Repr::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            Repr::Heap(s.into())
        }
    }
    #[inline]
    fn from_string(s: String) -> Repr {
        if s.len() <= INLINE_CAP {
            Repr::from_str(&s)
        } else {
            Repr::Heap(s.into_boxed_str())
        }
    }
}

impl PyStr {
    #[inline]
    fn with_repr(repr: Repr, ascii: bool, chars: usize) -> PyStr {
        PyStr {
            hash: Cell::new(0),
            meta: chars | if ascii { ASCII_BIT } else { 0 },
            repr,
        }
    }
    pub fn new(s: &str) -> PyStr {
        let ascii = s.is_ascii();
        let chars = if ascii { s.len() } else { s.chars().count() };
        PyStr::with_repr(Repr::from_str(s), ascii, chars)
    }
    pub fn from_string(s: String) -> PyStr {
        let ascii = s.is_ascii();
        let chars = if ascii { s.len() } else { s.chars().count() };
        PyStr::with_repr(Repr::from_string(s), ascii, chars)
    }
    /// A str whose ASCII-ness and code-point length the caller already knows (split pieces,
    /// slices of ASCII text): no rescan of the bytes, no intermediate `String`.
    pub(crate) fn from_known_str(s: &str, ascii: bool, chars: usize) -> PyStr {
        debug_assert_eq!(ascii, s.is_ascii());
        debug_assert_eq!(chars, s.chars().count());
        PyStr::with_repr(Repr::from_str(s), ascii, chars)
    }
    /// The concatenation of `a` and `b` (neither re-scanned).
    pub(crate) fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let (x, y) = (a.as_str(), b.as_str());
        let n = x.len() + y.len();
        let repr = if n <= INLINE_CAP {
            let mut buf = [0u8; INLINE_CAP];
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[x.len()..n].copy_from_slice(y.as_bytes());
            Repr::Inline { len: n as u8, buf }
        } else {
            let mut s = String::with_capacity(n);
            s.push_str(x);
            s.push_str(y);
            Repr::Heap(s.into_boxed_str())
        };
        PyStr::with_repr(
            repr,
            a.is_ascii() && b.is_ascii(),
            a.char_len() + b.char_len(),
        )
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.repr {
            // SAFETY: `buf[..len]` is always a copy of valid UTF-8 (see `Repr`), and
            // `len <= INLINE_CAP` by construction.
            Repr::Inline { len, buf } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize))
            },
            Repr::Heap(s) => s,
        }
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.meta & ASCII_BIT != 0
    }
    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.meta & !ASCII_BIT
    }
    /// `hash(s)`: CPython's SipHash-1-3 of the PEP 393 representation (`pyhash::hash_str`),
    /// cached. `hash('') == 0`, so an empty string recomputes it (cheaply) each time.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = super::pyhash::hash_str(self.as_str(), self.is_ascii());
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0-based, non-negative).
    #[inline]
    pub fn char_at(&self, i: usize) -> Option<char> {
        let s = self.as_str();
        if self.is_ascii() {
            s.as_bytes().get(i).map(|&b| b as char)
        } else {
            s.chars().nth(i)
        }
    }
    /// The byte offset of code-point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            i.min(s.len())
        } else {
            s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
        }
    }
    /// The code-point index of byte offset `b` (which must be a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        let s = self.as_str();
        if self.is_ascii() {
            b
        } else {
            s[..b].chars().count()
        }
    }
    /// The substring of code points `[start, end)` (clamped).
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let s = self.as_str();
        if end <= start {
            return "";
        }
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            end.min(s.len())
        } else {
            a + s[a..]
                .char_indices()
                .nth(end - start)
                .map_or(s.len() - a, |(b, _)| b)
        };
        &s[a..b]
    }
}

/// `s[i]` for iterators and indexing: the code point at `i` as a str value (cached for
/// Latin-1 characters, so iterating an ASCII string allocates nothing).
pub fn str_char_at(s: &PyStr, i: usize) -> Option<Value> {
    s.char_at(i).map(char_value)
}

/// Decode the char starting at byte offset `pos` and return it with the next offset (for
/// iterators that walk a non-ASCII string in O(1) per step).
#[inline]
pub fn next_char(s: &PyStr, pos: usize) -> Option<(Value, usize)> {
    let c = s.as_str()[pos..].chars().next()?;
    Some((char_value(c), pos + c.len_utf8()))
}

/// The interning table's hasher: identifiers are short, and std's SipHash-1-3 made every
/// `intern` of a name on a call path cost ~100 instructions. A multiply-rotate hash over
/// 8-byte words (rustc's FxHash scheme).
#[derive(Default, Clone, Copy)]
struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type InternTable =
    std::collections::HashMap<Box<str>, Rc<PyStr>, std::hash::BuildHasherDefault<NameHasher>>;

thread_local! {
    static INTERNED: std::cell::RefCell<InternTable> =
        std::cell::RefCell::new(InternTable::default());
    static CHARS: Vec<Rc<PyStr>> = (0u32..256)
        .map(|c| Rc::new(PyStr::new(char::from_u32(c).unwrap_or('\0').encode_utf8(&mut [0; 4]))))
        .collect();
    static EMPTY: Rc<PyStr> = Rc::new(PyStr::new(""));
}

/// The unique interned `Rc<PyStr>` for `s` (identifiers, attribute names, constants).
pub fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(r) = m.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        m.insert(s.into(), r.clone());
        r
    })
}

/// A one-character str (shared for code points < 256).
#[inline]
pub fn char_value(c: char) -> Value {
    if (c as u32) < 256 {
        CHARS.with(|t| Value::Str(t[c as usize].clone()))
    } else {
        Value::from_string(c.to_string())
    }
}

/// The shared empty string.
pub fn empty_str() -> Value {
    EMPTY.with(|e| Value::Str(e.clone()))
}

/// A str value from a String, reusing the shared objects for "" and single Latin-1 chars.
pub fn new_str(s: String) -> Value {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (None, _) => empty_str(),
        (Some(c), None) if (c as u32) < 256 => char_value(c),
        _ => Value::from_string(s),
    }
}

// ---------------------------------------------------------------------------------------------
// Unicode predicates.

#[inline]
pub fn in_table(t: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    t.binary_search_by(|&(a, b)| {
        if b < c {
            std::cmp::Ordering::Less
        } else if a > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

pub fn is_printable(c: char) -> bool {
    if (' '..='~').contains(&c) {
        return true;
    }
    !in_table(ut::NOT_PRINTABLE, c)
}
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ut::ALPHA, c)
}
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(ut::DECIMAL, c))
}
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(ut::DIGIT, c))
}
pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(ut::NUMERIC, c))
}
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}
/// `str.isspace()` for one character (includes \x1c-\x1f, unlike Rust's `is_whitespace`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    in_table(ut::SPACE, c)
}
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(ut::UPPER, c)
}
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(ut::LOWER, c)
}
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(ut::TITLE, c)
}
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ut::CASED, c)
}
pub fn is_case_ignorable(c: char) -> bool {
    in_table(ut::CASE_IGNORABLE, c)
}

/// Line boundaries for `splitlines` (CPython's `Py_UNICODE_ISLINEBREAK`).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ---------------------------------------------------------------------------------------------
// repr.

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (' '..='~').contains(&c) => out.push(c),
        c if (c as u32) < 0x80 || (c as u32) < 0x100 && (ascii_only || !is_printable(c)) => {
            out.push_str(&format!("\\x{:02x}", c as u32));
        }
        c if !ascii_only && is_printable(c) => out.push(c),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// `repr(s)` with CPython's quoting rules (prefer `'`, switch to `"` when the text contains
/// `'` but no `"`; escape non-printable characters).
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: like repr with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true)
}

/// Escape the non-ASCII characters of an arbitrary repr (for `ascii(obj)`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Codecs.

/// The codecs coil implements, by normalised name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 with a BOM (encode: little-endian with BOM; decode: BOM-detected, default LE).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Look up an encoding name ("unknown encoding: foo").
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    let n: String = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Ok(Codec::Latin1)
        }
        "utf-16" | "utf16" | "u16" => Ok(Codec::Utf16),
        "utf-16-le" | "utf-16le" => Ok(Codec::Utf16Le),
        "utf-16-be" | "utf-16be" => Ok(Codec::Utf16Be),
        "utf-32" | "utf32" | "u32" => Ok(Codec::Utf32),
        "utf-32-le" | "utf-32le" => Ok(Codec::Utf32Le),
        "utf-32-be" | "utf-32be" => Ok(Codec::Utf32Be),
        _ => Err(PyErr::new(
            ExcType::LookupError,
            format!("unknown encoding: {name}"),
        )),
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        ExcType::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                if codec == Codec::Utf16Be {
                    out.extend_from_slice(&u.to_be_bytes());
                } else {
                    out.extend_from_slice(&u.to_le_bytes());
                }
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                if codec == Codec::Utf32Be {
                    out.extend_from_slice(&(c as u32).to_be_bytes());
                } else {
                    out.extend_from_slice(&(c as u32).to_le_bytes());
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "strict" => {
                let reason = if codec == Codec::Ascii {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                let ch = format!("'{}'", ascii_escape(&c.to_string()));
                return Err(PyErr::new(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character {} in position {i}: {reason}",
                        codec.name(),
                        ch
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            "backslashreplace" => out.extend_from_slice(ascii_escape(&c.to_string()).as_bytes()),
            other => return Err(unknown_handler(other)),
        }
    }
    Ok(out)
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start <= 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            codec.name(),
            data[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    PyErr::new(ExcType::UnicodeDecodeError, msg)
}

/// `b.decode(encoding, errors)`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => decode_utf16(data, codec, errors),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => decode_utf32(data, codec, errors),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                // SAFETY-free path: ASCII is valid UTF-8.
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(decode_error(
                            codec,
                            data,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    "surrogateescape" => out.push('\u{FFFD}'),
                    other => return Err(unknown_handler(other)),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let (bad, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let b0 = rest[good];
                                let start_ok = (0xc2..=0xf4).contains(&b0);
                                (
                                    n,
                                    if start_ok {
                                        "invalid continuation byte"
                                    } else {
                                        "invalid start byte"
                                    },
                                )
                            }
                        };
                        match errors {
                            "strict" => {
                                return Err(decode_error(
                                    codec,
                                    data,
                                    base + good,
                                    base + good + bad,
                                    reason,
                                ))
                            }
                            "ignore" => {}
                            "replace" => out.push('\u{FFFD}'),
                            "backslashreplace" => {
                                for b in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                            "surrogateescape" => out.push('\u{FFFD}'),
                            other => return Err(unknown_handler(other)),
                        }
                        rest = &rest[good + bad..];
                        base += good + bad;
                    }
                }
            }
        }
    }
}

/// Apply a decode error handler to the bad bytes `data[start..end]`.
fn decode_bad(
    out: &mut String,
    data: &[u8],
    codec: Codec,
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(codec, data, start, end, reason)),
        "ignore" => Ok(()),
        "replace" | "surrogateescape" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

fn decode_utf16(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (be, mut pos, codec) = match codec {
        Codec::Utf16Be => (true, 0, codec),
        Codec::Utf16Le => (false, 0, codec),
        _ => match data {
            [0xff, 0xfe, ..] => (false, 2, Codec::Utf16Le),
            [0xfe, 0xff, ..] => (true, 2, Codec::Utf16Be),
            _ => (false, 0, Codec::Utf16Le),
        },
    };
    let unit = |p: usize, be: bool| -> u16 {
        let b = [data[p], data[p + 1]];
        if be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while pos < data.len() {
        if pos + 1 >= data.len() {
            decode_bad(
                &mut out,
                data,
                codec,
                pos,
                data.len(),
                "truncated data",
                errors,
            )?;
            break;
        }
        let u = unit(pos, be);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            pos += 2;
            continue;
        }
        if u >= 0xDC00 {
            decode_bad(
                &mut out,
                data,
                codec,
                pos,
                pos + 2,
                "illegal encoding",
                errors,
            )?;
            pos += 2;
            continue;
        }
        if pos + 3 >= data.len() {
            decode_bad(
                &mut out,
                data,
                codec,
                pos,
                data.len(),
                "unexpected end of data",
                errors,
            )?;
            break;
        }
        let lo = unit(pos + 2, be);
        if (0xDC00..0xE000).contains(&lo) {
            let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((lo as u32) - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
            pos += 4;
        } else {
            decode_bad(
                &mut out,
                data,
                codec,
                pos,
                pos + 2,
                "illegal UTF-16 surrogate",
                errors,
            )?;
            pos += 2;
        }
    }
    Ok(out)
}

fn decode_utf32(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let (be, mut pos, codec) = match codec {
        Codec::Utf32Be => (true, 0, codec),
        Codec::Utf32Le => (false, 0, codec),
        _ => match data {
            [0xff, 0xfe, 0, 0, ..] => (false, 4, Codec::Utf32Le),
            [0, 0, 0xfe, 0xff, ..] => (true, 4, Codec::Utf32Be),
            _ => (false, 0, Codec::Utf32Le),
        },
    };
    let mut out = String::with_capacity(data.len() / 4);
    while pos < data.len() {
        if pos + 3 >= data.len() {
            decode_bad(
                &mut out,
                data,
                codec,
                pos,
                data.len(),
                "truncated data",
                errors,
            )?;
            break;
        }
        let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let u = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => decode_bad(
                &mut out,
                data,
                codec,
                pos,
                pos + 4,
                "code point not in range(0x110000)",
                errors,
            )?,
        }
        pos += 4;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Slots.

fn sv(v: &Value) -> &PyStr {
    thread_local!(static E: &'static PyStr = Box::leak(Box::new(PyStr::new(""))));
    match super::ns_util::recv(v) {
        Value::Str(s) => s,
        // Slots are only called with a str receiver; anything else reads as "".
        _ => E.with(|e| *e),
    }
}

fn slot_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(str_repr(sv(v).as_str()))
}

fn slot_str(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(sv(v).as_str().to_string())
}

fn slot_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(sv(v).hash())
}

/// Compare two strs by code point (UTF-8 byte order is code-point order).
pub fn str_compare(a: &PyStr, b: &PyStr, op: CmpKind) -> bool {
    let o = a.as_str().as_bytes().cmp(b.as_str().as_bytes());
    super::int::cmp_result(Some(o), op)
}

fn slot_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (a, b) = (super::ns_util::recv(a), super::ns_util::recv(b));
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(Value::Bool(matches!(
                    op,
                    CmpKind::Eq | CmpKind::Le | CmpKind::Ge
                )));
            }
            Ok(Value::Bool(str_compare(x, y, op)))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `a + b` for two strs.
impl PyStr {
    /// Append `other` to a str nobody else can see (the caller holds the only reference, e.g.
    /// through `Rc::get_mut`): CPython's in-place `unicode_concatenate` for `s += t`.
    /// Resets the cached hash.
    #[inline]
    pub fn append_in_place(&mut self, other: &PyStr) {
        let add = other.as_str();
        let meta = (self.char_len() + other.char_len()) | (self.meta & other.meta & ASCII_BIT);
        match &mut self.repr {
            Repr::Inline { len, buf } if *len as usize + add.len() <= INLINE_CAP => {
                let n = *len as usize;
                buf[n..n + add.len()].copy_from_slice(add.as_bytes());
                *len = (n + add.len()) as u8;
            }
            repr => {
                let old = std::mem::replace(
                    repr,
                    Repr::Inline {
                        len: 0,
                        buf: [0; INLINE_CAP],
                    },
                );
                let mut s = match old {
                    Repr::Heap(b) => b.into_string(),
                    Repr::Inline { len, buf } => {
                        let mut s = String::with_capacity(len as usize + add.len());
                        // `buf[..len]` is valid UTF-8 (the `Repr` invariant).
                        s.push_str(std::str::from_utf8(&buf[..len as usize]).unwrap_or(""));
                        s
                    }
                };
                s.reserve_exact(add.len());
                s.push_str(add);
                *repr = Repr::Heap(s.into_boxed_str());
            }
        }
        self.meta = meta;
        self.hash.set(0);
    }
}

pub fn str_concat(a: &Rc<PyStr>, b: &Rc<PyStr>) -> Value {
    if b.as_str().is_empty() {
        return Value::Str(a.clone());
    }
    if a.as_str().is_empty() {
        return Value::Str(b.clone());
    }
    Value::Str(Rc::new(PyStr::concat(a, b)))
}

/// The repeat count of `seq * n` ("can't multiply sequence by non-int of type 'float'";
/// OverflowError "cannot fit 'int' into an index-sized integer").
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    match n {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Long(_) => Err(PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) => match vm.getattr_opt(n, &intern("__index__"))? {
            Some(_) => match vm.index(n)? {
                Value::Int(i) => Ok(Some(i)),
                _ => Err(PyErr::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                )),
            },
            None => Ok(None),
        },
        _ => Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, n)
        ))),
    }
}

/// `s * n`.
pub fn str_repeat(s: &Rc<PyStr>, n: i64) -> PyResult<Value> {
    if n <= 0 || s.as_str().is_empty() {
        return Ok(empty_str());
    }
    if n == 1 {
        return Ok(Value::Str(s.clone()));
    }
    if (s.char_len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(PyErr::overflow_error("repeated string is too long"));
    }
    super::ns_util::check_alloc(
        (s.as_str().len() as u128 * n as u128).min(u64::MAX as u128) as usize
    )?;
    Ok(Value::from_string(s.as_str().repeat(n as usize)))
}

fn slot_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    // `%` formats its right operand as is (a str subclass's `__str__` counts).
    let args = b;
    let (a, b) = (super::ns_util::recv(a), super::ns_util::recv(b));
    match (op.base(), a, b) {
        (BinOpKind::Add, Value::Str(x), Value::Str(y)) => Ok(str_concat(x, y)),
        (BinOpKind::Add, Value::Str(_), o @ Value::Instance(_))
            if vm.getattr_opt(o, &intern("__radd__"))?.is_some() =>
        {
            Ok(Value::NotImplemented)
        }
        (BinOpKind::Add, Value::Str(_), other) => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(vm, other)
        ))),
        (BinOpKind::Multiply, Value::Str(x), n) | (BinOpKind::Multiply, n, Value::Str(x)) => {
            if matches!(n, Value::Str(_)) {
                return Err(PyErr::type_error(
                    "can't multiply sequence by non-int of type 'str'",
                ));
            }
            match repeat_count(vm, n)? {
                Some(k) => str_repeat(x, k),
                None => Ok(Value::NotImplemented),
            }
        }
        // A tuple or dict subclass supplies its items; any other subclass is one value.
        (BinOpKind::Remainder, Value::Str(x), t @ (Value::Tuple(_) | Value::Dict(_))) => {
            super::format::str_percent(vm, x, t)
        }
        (BinOpKind::Remainder, Value::Str(x), _) => super::format::str_percent(vm, x, args),
        _ => Ok(Value::NotImplemented),
    }
}

fn slot_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(sv(v).char_len())
}

/// `s[key]` (int index or slice).
pub fn str_getitem(vm: &mut Vm, s: &Rc<PyStr>, key: &Value) -> PyResult<Value> {
    match key {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_) => {
            let i = match key {
                Value::Instance(_) => match vm.getattr_opt(key, &intern("__index__"))? {
                    Some(_) => ns_util::index_arg(vm, key)?,
                    None => {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            type_name(vm, key)
                        )))
                    }
                },
                _ => match ns_util::index_arg(vm, key) {
                    Ok(i) => i,
                    Err(_) => {
                        return Err(PyErr::index_error(
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                },
            };
            let n = s.char_len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index_error("string index out of range"));
            }
            Ok(str_char_at(s, j as usize).unwrap_or_else(empty_str))
        }
        Value::Slice(sl) => {
            let (start, _stop, step, n) = ns_util::slice_indices(vm, sl, s.char_len())?;
            if n == 0 {
                return Ok(empty_str());
            }
            if step == 1 {
                if n == s.char_len() {
                    return Ok(Value::Str(s.clone()));
                }
                let sub = s.substr(start as usize, start as usize + n);
                if n == 1 {
                    return Ok(new_str(sub.to_string()));
                }
                let ascii = s.is_ascii() || sub.is_ascii();
                return Ok(Value::Str(Rc::new(PyStr::from_known_str(sub, ascii, n))));
            }
            let mut out = String::with_capacity(n);
            if s.is_ascii() {
                let b = s.as_str().as_bytes();
                let mut i = start;
                for _ in 0..n {
                    out.push(b[i as usize] as char);
                    i += step;
                }
            } else {
                let chars: Vec<char> = s.as_str().chars().collect();
                let mut i = start;
                for _ in 0..n {
                    out.push(chars[i as usize]);
                    i += step;
                }
            }
            Ok(new_str(out))
        }
        other => Err(PyErr::type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(vm, other)
        ))),
    }
}

fn slot_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    match super::ns_util::recv(v) {
        Value::Str(s) => str_getitem(vm, s, key),
        _ => Ok(Value::NotImplemented),
    }
}

/// `needle in s`.
pub fn str_contains(vm: &Vm, s: &PyStr, needle: &Value) -> PyResult<bool> {
    match super::ns_util::recv(needle) {
        Value::Str(n) => Ok(s.as_str().contains(n.as_str())),
        other => Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(vm, other)
        ))),
    }
}

fn slot_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    str_contains(vm, sv(v), item)
}

fn slot_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!sv(v).as_str().is_empty())
}

/// `str(object='', encoding='utf-8', errors='strict')`; `args` exclude the type.
pub fn str_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [
        args.first().cloned(),
        args.get(1).cloned(),
        args.get(2).cloned(),
    ];
    for (k, v) in kwargs {
        let i = match k.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for str()"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for str() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [obj, enc, errs] = slots;
    if enc.is_none() && errs.is_none() {
        return match obj {
            None => Ok(empty_str()),
            Some(Value::Str(s)) => Ok(Value::Str(s)),
            Some(o) => Ok(Value::Str(vm.str(&o)?)),
        };
    }
    let enc = match &enc {
        None => "utf-8".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "str() argument 'encoding' must be str, not {}",
                type_name(vm, o)
            )))
        }
    };
    let errs = match &errs {
        None => "strict".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "str() argument 'errors' must be str, not {}",
                type_name(vm, o)
            )))
        }
    };
    match obj {
        None => Ok(empty_str()),
        Some(Value::Bytes(b)) => Ok(new_str(decode(&b.data, lookup_codec(&enc)?, &errs)?)),
        Some(o) => Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(vm, &o)
        ))),
    }
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(slot_repr),
        str: Some(slot_str),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        binary_op: Some(slot_binary_op),
        len: Some(slot_len),
        getitem: Some(slot_getitem),
        contains: Some(slot_contains),
        bool: Some(slot_bool),
        new: Some(str_new),
        ..TypeSlots::default()
    }
}

pub const GETSETS: &[(&str, super::class::Getter)] = &[];

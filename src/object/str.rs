//! `str`: the `PyStr` payload (immutable UTF-8 text with a cached hash and an ASCII flag for
//! O(1) indexing), the identifier interner, and the str methods. Invariant: the cached hash is
//! never -1 (CPython reserves it), and an interned string is the unique `Rc` for its text, so
//! name lookups can compare pointers first.

use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyStr {
    s: Box<str>,
    /// Cached `hash()`; 0 means "not computed yet" (a real hash of 0 is stored as 1 for the
    /// cache check and recomputed, which is harmless).
    hash: Cell<i64>,
    ascii: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr { ascii: s.is_ascii(), s: s.into(), hash: Cell::new(0) }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr { ascii: s.is_ascii(), s: s.into_boxed_str(), hash: Cell::new(0) }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
    /// Length in code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }
    /// `hash(s)`: FNV-1a over the bytes, cached. (CPython randomises str hashes per process, so
    /// no program output may depend on them.)
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let mut x: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.s.bytes() {
            x ^= b as u64;
            x = x.wrapping_mul(0x0100_0000_01b3);
        }
        let mut h = (x >> 1) as i64;
        if h == -1 || h == 0 {
            h = 1;
        }
        self.hash.set(h);
        h
    }
}

thread_local! {
    static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<str>, Rc<PyStr>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
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

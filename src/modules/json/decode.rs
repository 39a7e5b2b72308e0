//! The JSON scanner behind `json.loads`/`JSONDecoder`: CPython 3.11's `scan_once_unicode`,
//! `_parse_object_unicode`, `_parse_array_unicode`, `scanstring_unicode` and
//! `_match_number_unicode`, with their error messages and positions ("Expecting value",
//! "Expecting ',' delimiter", "Expecting ':' delimiter", "Expecting property name enclosed in
//! double quotes", "Unterminated string starting at", "Invalid control character at",
//! "Invalid \\escape", "Invalid \\uXXXX escape"). `NaN`/`Infinity`/`-Infinity` go through
//! `parse_constant`, numbers through `parse_int`/`parse_float` when given, objects through
//! `object_pairs_hook` (a list of pairs) or `object_hook` (the dict).
//!
//! Invariants: the scanner walks UTF-8 byte offsets (every structural character is ASCII);
//! positions handed to `JSONDecodeError` are converted to code-point indices. Hooks run with
//! no borrow held. Nesting deeper than the recursion limit raises RecursionError.

use crate::object::{PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Decoder {
    pub doc: Rc<PyStr>,
    pub err_cls: Value,
    pub strict: bool,
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    pub parse_float: Value,
    pub parse_int: Value,
    pub parse_constant: Value,
    /// Object keys seen in this document (CPython's per-scan `memo`): repeated keys share
    /// one str object, without growing the global intern table.
    pub memo: RefCell<HashMap<Box<str>, Rc<PyStr>>>,
}

#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Decoder {
    fn bytes(&self) -> &[u8] {
        self.doc.as_str().as_bytes()
    }

    /// `JSONDecodeError(msg, doc, pos)` at byte offset `at`.
    pub fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> PyErr {
        let pos = self.doc.char_index(at.min(self.doc.as_str().len()));
        self.error_at_char(vm, msg, pos)
    }

    /// `JSONDecodeError(msg, doc, pos)` at code-point index `pos`.
    pub fn error_at_char(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        match vm.call(
            &self.err_cls,
            &[
                Value::str(msg),
                Value::Str(self.doc.clone()),
                Value::Int(pos as i64),
            ],
        ) {
            Ok(exc) => PyErr::from_object(exc),
            Err(e) => e,
        }
    }

    pub fn skip_ws(&self, mut i: usize) -> usize {
        let b = self.bytes();
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, lit: &str) -> bool {
        self.bytes()
            .get(i..i + lit.len())
            .is_some_and(|s| s == lit.as_bytes())
    }

    fn constant(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if self.parse_constant.is_none() {
            return Ok(Value::Float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }));
        }
        vm.call(&self.parse_constant, &[Value::str(name)])
    }

    /// `scan_once`: the value starting at byte `i` and the byte offset after it.
    pub fn scan(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes();
        let Some(&c) = b.get(i) else {
            return Err(self.error(vm, "Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.scan_string(vm, i + 1)?;
                return Ok((Value::from_string(s), end));
            }
            b'{' | b'[' => {
                let limit = vm.recursion_limit.min(50_000);
                if vm.depth + depth + 1 > limit {
                    let what = if c == b'{' { "object" } else { "array" };
                    return Err(crate::vm::call::recursion_error(&format!(
                        "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                    )));
                }
                return if c == b'{' {
                    self.parse_object(vm, i + 1, depth + 1)
                } else {
                    self.parse_array(vm, i + 1, depth + 1)
                };
            }
            b'n' if self.starts(i, "null") => return Ok((Value::None, i + 4)),
            b't' if self.starts(i, "true") => return Ok((Value::Bool(true), i + 4)),
            b'f' if self.starts(i, "false") => return Ok((Value::Bool(false), i + 5)),
            b'N' if self.starts(i, "NaN") => return Ok((self.constant(vm, "NaN")?, i + 3)),
            b'I' if self.starts(i, "Infinity") => {
                return Ok((self.constant(vm, "Infinity")?, i + 8))
            }
            b'-' if self.starts(i, "-Infinity") => {
                return Ok((self.constant(vm, "-Infinity")?, i + 9))
            }
            _ => {}
        }
        self.scan_number(vm, i)
    }

    /// `_match_number_unicode`.
    fn scan_number(&self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes();
        let n = b.len();
        let digit = |i: usize| i < n && b[i].is_ascii_digit();
        let mut i = start;
        if i < n && b[i] == b'-' {
            i += 1;
        }
        if i < n && (b'1'..=b'9').contains(&b[i]) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        } else if i < n && b[i] == b'0' {
            i += 1;
        } else {
            return Err(self.error(vm, "Expecting value", start));
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.doc.as_str()[start..i];
        let v = if is_float {
            if self.parse_float.is_none() {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call(&self.parse_float, &[Value::str(text)])?
            }
        } else if !self.parse_int.is_none() {
            vm.call(&self.parse_int, &[Value::str(text)])?
        } else if let Ok(x) = text.parse::<i64>() {
            Value::Int(x)
        } else {
            match text.parse::<BigInt>() {
                Ok(x) => Value::from_bigint(x),
                Err(_) => return Err(self.error(vm, "Expecting value", start)),
            }
        };
        Ok((v, i))
    }

    /// `scanstring_unicode`: the string whose opening quote is at `begin - 1`.
    pub fn scan_string(&self, vm: &mut Vm, begin: usize) -> PyResult<(String, usize)> {
        let b = self.bytes();
        let s = self.doc.as_str();
        let n = b.len();
        let mut out = String::new();
        let mut end = begin;
        loop {
            let mut next = end;
            let mut c = 0u8;
            while next < n {
                c = b[next];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c <= 0x1f && self.strict {
                    return Err(self.error(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            if next >= n || !(c == b'"' || c == b'\\') {
                return Err(self.error(
                    vm,
                    "Unterminated string starting at",
                    begin.saturating_sub(1),
                ));
            }
            out.push_str(&s[end..next]);
            next += 1;
            if c == b'"' {
                end = next;
                break;
            }
            if next == n {
                return Err(self.error(
                    vm,
                    "Unterminated string starting at",
                    begin.saturating_sub(1),
                ));
            }
            let e = b[next];
            if e != b'u' {
                end = next + 1;
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", end - 2)),
                };
                out.push(ch);
            } else {
                next += 1;
                end = next + 4;
                if end >= n {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", next - 1));
                }
                let Some(mut cp) = hex4(&b[next..end]) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", end - 5));
                };
                if (0xd800..0xdc00).contains(&cp)
                    && end + 6 < n
                    && b[end] == b'\\'
                    && b[end + 1] == b'u'
                {
                    let Some(c2) = hex4(&b[end + 2..end + 6]) else {
                        return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
                    };
                    if (0xdc00..0xe000).contains(&c2) {
                        cp = 0x10000 + (((cp - 0xd800) << 10) | (c2 - 0xdc00));
                        end += 6;
                    }
                }
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            }
        }
        Ok((out, end))
    }

    /// `_parse_object_unicode`: `i` is just after `{`.
    fn parse_object(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes();
        let n = b.len();
        let use_pairs = !self.object_pairs_hook.is_none();
        let dict = Rc::new(PyDict::new());
        let mut pairs: Vec<Value> = Vec::new();
        let mut idx = self.skip_ws(i);
        if idx >= n || b[idx] != b'}' {
            while idx < n {
                if b[idx] != b'"' {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (key, next) = self.scan_string(vm, idx + 1)?;
                let key = {
                    let mut memo = self.memo.borrow_mut();
                    match memo.get(key.as_str()) {
                        Some(k) => k.clone(),
                        None => {
                            let k = Rc::new(PyStr::new(&key));
                            memo.insert(key.into_boxed_str(), k.clone());
                            k
                        }
                    }
                };
                idx = self.skip_ws(next);
                if idx >= n || b[idx] != b':' {
                    return Err(self.error(vm, "Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan(vm, idx, depth)?;
                if use_pairs {
                    pairs.push(Value::tuple(vec![Value::Str(key), val]));
                } else {
                    dict.set_str(key, val);
                }
                idx = self.skip_ws(next);
                if idx < n && b[idx] == b'}' {
                    break;
                }
                if idx >= n || b[idx] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
            if idx >= n || b[idx] != b'}' {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", n));
            }
        }
        let end = idx + 1;
        if use_pairs {
            let r = vm.call(&self.object_pairs_hook, &[Value::list(pairs)])?;
            return Ok((r, end));
        }
        let d = Value::Dict(dict);
        if !self.object_hook.is_none() {
            return Ok((vm.call(&self.object_hook, &[d])?, end));
        }
        Ok((d, end))
    }

    /// `_parse_array_unicode`: `i` is just after `[`.
    fn parse_array(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes();
        let n = b.len();
        let mut items = Vec::new();
        let mut idx = self.skip_ws(i);
        if idx >= n || b[idx] != b']' {
            while idx < n {
                let (val, next) = self.scan(vm, idx, depth)?;
                items.push(val);
                idx = self.skip_ws(next);
                if idx < n && b[idx] == b']' {
                    break;
                }
                if idx >= n || b[idx] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
            if idx >= n || b[idx] != b']' {
                return Err(self.error(vm, "Expecting value", n));
            }
        }
        Ok((Value::list(items), idx + 1))
    }
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &d in b {
        v = (v << 4) | (d as char).to_digit(16)?;
    }
    Some(v)
}

//! `bytes`: an immutable byte string payload, CPython's `b'...'` repr, the type's slots
//! (concatenation, repetition, indexing to ints, slicing, `in`, comparison, `%`), the
//! constructor (`bytes(int)`, `bytes(iterable)`, `bytes(str, encoding)`), and the common
//! methods (decode, hex/fromhex, split, join, strip, find, replace, case mapping, predicates).
//! Bytes methods use ASCII-only semantics, as CPython's do.

use super::class::{Getter, TypeSlots};
use super::function::NativeFn;
use super::ns_util::{self, adjust_indices, slice_index, type_name, Kwargs, Style};
use super::{PyErr, PyResult, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data: data.into_boxed_slice(),
        }
    }
}

fn bv(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(v)))
}

/// `repr(b)`: `b'...'`, switching to double quotes when the data contains `'` but no `"`.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `hash(b)`: CPython's `_Py_HashBytes` (SipHash-1-3 keyed by `PYTHONHASHSEED`; `hash(b'') == 0`).
pub fn bytes_hash(data: &[u8]) -> i64 {
    super::pyhash::hash_bytes(data)
}

/// The bytes of a bytes-like argument (bytes only, for now).
fn bytes_like(v: &Value) -> Option<&[u8]> {
    match ns_util::recv(v) {
        Value::Bytes(b) => Some(&b.data),
        _ => None,
    }
}

/// `bytes(iterable_of_ints)`: "bytes must be in range(0, 256)".
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let items = match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => vm.collect(other)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let n = ns_util::index_arg(vm, it).map_err(|e| match it {
            Value::Long(_) => PyErr::value_error("bytes must be in range(0, 256)"),
            _ => e,
        })?;
        if !(0..256).contains(&n) {
            return Err(PyErr::value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `bytes(source=b'', encoding=..., errors=...)`; `args` exclude the type.
pub fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 3 {
        return Err(PyErr::type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
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
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for bytes()"
                )))
            }
        };
        slots[i] = Some(v.clone());
    }
    let [src, enc, errs] = slots;
    if enc.is_some() || errs.is_some() {
        let enc = match &enc {
            Some(Value::Str(s)) => s.as_str().to_string(),
            None => "utf-8".into(),
            Some(o) => {
                return Err(PyErr::type_error(format!(
                    "bytes() argument 'encoding' must be str, not {}",
                    type_name(vm, o)
                )))
            }
        };
        let errs = match &errs {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "strict".into(),
        };
        return match &src {
            Some(Value::Str(s)) => Ok(bv(super::str::encode(
                s.as_str(),
                super::str::lookup_codec(&enc)?,
                &errs,
            )?)),
            Some(_) if enc.is_empty() => {
                Err(PyErr::type_error("encoding without a string argument"))
            }
            _ => Err(PyErr::type_error("encoding without a string argument")),
        };
    }
    let src = match src {
        None => return Ok(bv(Vec::new())),
        Some(s) => s,
    };
    match &src {
        Value::Bytes(_) => Ok(src.clone()),
        Value::Str(_) => Err(PyErr::type_error("string argument without an encoding")),
        Value::Int(n) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            ns_util::check_alloc(*n as usize)?;
            Ok(bv(vec![0u8; *n as usize]))
        }
        Value::Bool(b) => Ok(bv(vec![0u8; *b as usize])),
        Value::Float(_) | Value::None => Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(vm, &src)
        ))),
        Value::Instance(_) => {
            if let Some(m) = vm.getattr_opt(&src, &super::str::intern("__bytes__"))? {
                let r = vm.call(&m, &[])?;
                return match r {
                    Value::Bytes(_) => Ok(r),
                    o => Err(PyErr::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        type_name(vm, &o)
                    ))),
                };
            }
            if vm
                .getattr_opt(&src, &super::str::intern("__index__"))?
                .is_some()
            {
                let n = ns_util::index_arg(vm, &src)?;
                if n < 0 {
                    return Err(PyErr::value_error("negative count"));
                }
                return Ok(bv(vec![0u8; n as usize]));
            }
            Ok(bv(bytes_from_iterable(vm, &src)?))
        }
        _ => Ok(bv(bytes_from_iterable(vm, &src)?)),
    }
}

// ---------------------------------------------------------------------------------------------
// Slots.

fn data(v: &Value) -> &[u8] {
    match ns_util::recv(v) {
        Value::Bytes(b) => &b.data,
        _ => &[],
    }
}

fn slot_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(bytes_repr(data(v)))
}

fn slot_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(bytes_hash(data(v)))
}

fn slot_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let (a, b) = (super::ns_util::recv(a), super::ns_util::recv(b));
    match (a, b) {
        (Value::Bytes(x), Value::Bytes(y)) => Ok(Value::Bool(super::int::cmp_result(
            Some(x.data.cmp(&y.data)),
            op,
        ))),
        _ => Ok(Value::NotImplemented),
    }
}

fn slot_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    let (a, b) = (super::ns_util::recv(a), super::ns_util::recv(b));
    match (op.base(), a, b) {
        (BinOpKind::Add, Value::Bytes(x), Value::Bytes(y)) => {
            if y.data.is_empty() {
                return Ok(a.clone());
            }
            let mut v = Vec::with_capacity(x.data.len() + y.data.len());
            v.extend_from_slice(&x.data);
            v.extend_from_slice(&y.data);
            Ok(bv(v))
        }
        (BinOpKind::Add, Value::Bytes(_), o @ Value::Instance(_))
            if vm
                .getattr_opt(o, &super::str::intern("__radd__"))?
                .is_some() =>
        {
            Ok(Value::NotImplemented)
        }
        (BinOpKind::Add, Value::Bytes(_), o) => Err(PyErr::type_error(format!(
            "can't concat {} to bytes",
            type_name(vm, o)
        ))),
        (BinOpKind::Multiply, Value::Bytes(x), n) | (BinOpKind::Multiply, n, Value::Bytes(x)) => {
            if matches!(n, Value::Bytes(_)) {
                return Err(PyErr::type_error(
                    "can't multiply sequence by non-int of type 'bytes'",
                ));
            }
            match super::str::repeat_count(vm, n)? {
                Some(k) if k <= 0 => Ok(bv(Vec::new())),
                Some(k) => {
                    let total = (x.data.len() as u128) * (k as u128);
                    ns_util::check_alloc(total.min(u64::MAX as u128) as usize)?;
                    Ok(bv(x.data.repeat(k as usize)))
                }
                None => Ok(Value::NotImplemented),
            }
        }
        (BinOpKind::Remainder, Value::Bytes(x), args) => {
            super::format::bytes_percent(vm, &x.data, args)
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn slot_len(_vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(data(v).len())
}

/// `b[key]`: an int for an index, bytes for a slice.
pub fn bytes_getitem(vm: &mut Vm, b: &PyBytes, key: &Value) -> PyResult<Value> {
    match key {
        Value::Slice(sl) => {
            let (start, _stop, step, n) = ns_util::slice_indices(vm, sl, b.data.len())?;
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(b.data[i as usize]);
                i += step;
            }
            Ok(bv(out))
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_) => {
            let i = ns_util::index_arg(vm, key)
                .map_err(|_| PyErr::index_error("cannot fit 'int' into an index-sized integer"))?;
            let n = b.data.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(PyErr::index_error("index out of range"));
            }
            Ok(Value::Int(b.data[j as usize] as i64))
        }
        o => Err(PyErr::type_error(format!(
            "byte indices must be integers or slices, not {}",
            type_name(vm, o)
        ))),
    }
}

fn slot_getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    match ns_util::recv(v) {
        Value::Bytes(b) => bytes_getitem(vm, b, key),
        _ => Ok(Value::NotImplemented),
    }
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn slot_contains(vm: &mut Vm, v: &Value, item: &Value) -> PyResult<bool> {
    let d = data(v);
    match item {
        Value::Bytes(n) => Ok(find_sub(d, &n.data).is_some()),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let n = ns_util::index_clamped(vm, item)?;
            if !(0..256).contains(&n) {
                return Err(PyErr::value_error("byte must be in range(0, 256)"));
            }
            Ok(d.contains(&(n as u8)))
        }
        o => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, o)
        ))),
    }
}

fn slot_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!data(v).is_empty())
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(slot_repr),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        binary_op: Some(slot_binary_op),
        len: Some(slot_len),
        getitem: Some(slot_getitem),
        contains: Some(slot_contains),
        bool: Some(slot_bool),
        new: Some(bytes_new),
        ..TypeSlots::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Methods.

fn me(args: &[Value]) -> &[u8] {
    args.first().map_or(&[], data)
}

/// A bytes argument ("a bytes-like object is required, not 'str'").
fn bytes_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, v)
        ))
    })
}

fn m_decode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("decode", args, kw, &["encoding", "errors"], 0)?;
    let get = |vm: &Vm, i: usize, name: &str, d: &str| -> PyResult<String> {
        match &a[i] {
            None => Ok(d.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(o) => Err(PyErr::type_error(format!(
                "decode() argument '{name}' must be str, not {}",
                type_name(vm, o)
            ))),
        }
    };
    let enc = get(vm, 0, "encoding", "utf-8")?;
    let errors = get(vm, 1, "errors", "strict")?;
    let s = super::str::decode(me(args), super::str::lookup_codec(&enc)?, &errors)?;
    Ok(super::str::new_str(s))
}

fn m_hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("hex", args, kw, &["sep", "bytes_per_sep"], 0)?;
    let d = me(args);
    let sep = match &a[0] {
        None => None,
        Some(Value::Str(s)) if s.char_len() == 1 => s.as_str().chars().next(),
        Some(Value::Bytes(b)) if b.data.len() == 1 => Some(b.data[0] as char),
        Some(_) => return Err(PyErr::value_error("sep must be length 1.")),
    };
    let per = match &a[1] {
        None => 1,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && group > 0 {
                // Positive counts group from the right, negative from the left.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(Value::from_string(out))
}

fn m_fromhex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = ns_util::args_one("bytes.fromhex", args, kw)?;
    let s = match s {
        Value::Str(s) => s.clone(),
        o => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str, not {}",
                type_name(vm, o)
            )))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    Ok(bv(out))
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, rev: bool) -> PyResult<Value> {
    let a = ns_util::bind(name, args, kw, &["sep", "maxsplit"], 0)?;
    let d = me(args);
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    match &a[0] {
        None | Some(Value::None) => {
            if !rev {
                let mut i = 0;
                while i < d.len() {
                    while i < d.len() && is_ws(d[i]) {
                        i += 1;
                    }
                    if i >= d.len() {
                        break;
                    }
                    if parts.len() >= maxsplit {
                        parts.push(&d[i..]);
                        break;
                    }
                    let s = i;
                    while i < d.len() && !is_ws(d[i]) {
                        i += 1;
                    }
                    parts.push(&d[s..i]);
                }
            } else {
                let mut j = d.len();
                while j > 0 {
                    while j > 0 && is_ws(d[j - 1]) {
                        j -= 1;
                    }
                    if j == 0 {
                        break;
                    }
                    if parts.len() >= maxsplit {
                        parts.push(&d[..j]);
                        break;
                    }
                    let e = j;
                    while j > 0 && !is_ws(d[j - 1]) {
                        j -= 1;
                    }
                    parts.push(&d[j..e]);
                }
                parts.reverse();
            }
        }
        Some(sep) => {
            let sep = bytes_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if !rev {
                let mut rest = d;
                while parts.len() < maxsplit {
                    match find_sub(rest, sep) {
                        Some(i) => {
                            parts.push(&rest[..i]);
                            rest = &rest[i + sep.len()..];
                        }
                        None => break,
                    }
                }
                parts.push(rest);
            } else {
                let mut rest = d;
                while parts.len() < maxsplit {
                    match rfind_sub(rest, sep) {
                        Some(i) => {
                            parts.push(&rest[i + sep.len()..]);
                            rest = &rest[..i];
                        }
                        None => break,
                    }
                }
                parts.push(rest);
                parts.reverse();
            }
        }
    }
    Ok(Value::list(
        parts.into_iter().map(|p| bv(p.to_vec())).collect(),
    ))
}

fn m_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}
fn m_rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

fn m_join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let it = ns_util::args_one("bytes.join", args, kw)?;
    let items = match it {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        o => vm.collect(o)?,
    };
    let sep = me(args);
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let b = bytes_like(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(vm, v)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(bv(out))
}

fn strip_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    l: bool,
    r: bool,
) -> PyResult<Value> {
    let a = ns_util::positional(&format!("bytes.{name}"), name, Style::Check, args, kw, 0, 1)?;
    let d = me(args);
    let set: Option<Vec<u8>> = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?.to_vec()),
    };
    let keep = |b: u8| match &set {
        None => is_ws(b),
        Some(s) => s.contains(&b),
    };
    let mut s = 0;
    let mut e = d.len();
    if l {
        while s < e && keep(d[s]) {
            s += 1;
        }
    }
    if r {
        while e > s && keep(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(bv(d[s..e].to_vec()))
}

fn m_strip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}
fn m_lstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}
fn m_rstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

/// `(sub, window_start, window)` for find/count/index.
fn find_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<(Vec<u8>, usize, usize)> {
    let a = ns_util::positional(&format!("bytes.{name}"), name, Style::Parse, args, kw, 1, 3)?;
    let sub = match a[0].as_ref().unwrap_or(&Value::None) {
        Value::Bytes(b) => b.data.to_vec(),
        v @ (Value::Int(_) | Value::Bool(_)) => {
            let n = ns_util::index_arg(vm, v)?;
            if !(0..256).contains(&n) {
                return Err(PyErr::value_error("byte must be in range(0, 256)"));
            }
            vec![n as u8]
        }
        o => {
            return Err(PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                type_name(vm, o)
            )))
        }
    };
    let start = slice_index(vm, &a[1])?;
    let end = slice_index(vm, &a[2])?;
    let (s, e) = adjust_indices(start, end, me(args).len());
    Ok((sub, s, e))
}

fn find_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, rev: bool) -> PyResult<i64> {
    let (sub, s, e) = find_args(vm, name, args, kw)?;
    let d = me(args);
    if s > d.len() || e < s || e - s < sub.len() {
        return Ok(-1);
    }
    let w = &d[s..e];
    Ok(
        match if rev {
            rfind_sub(w, &sub)
        } else {
            find_sub(w, &sub)
        } {
            Some(i) => (s + i) as i64,
            None => -1,
        },
    )
}

fn m_find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "find", args, kw, false)?))
}
fn m_rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "rfind", args, kw, true)?))
}
fn m_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, "index", args, kw, false)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn m_rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, "rindex", args, kw, true)? {
        -1 => Err(PyErr::value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn m_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (sub, s, e) = find_args(vm, "count", args, kw)?;
    let d = me(args);
    if s > d.len() || e < s || e - s < sub.len() {
        return Ok(Value::Int(0));
    }
    let mut w = &d[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(w.len() as i64 + 1));
    }
    let mut n = 0;
    while let Some(i) = find_sub(w, &sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn affix_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    suffix: bool,
) -> PyResult<Value> {
    let a = ns_util::positional(&format!("bytes.{name}"), name, Style::Parse, args, kw, 1, 3)?;
    let start = slice_index(vm, &a[1])?;
    let end = slice_index(vm, &a[2])?;
    let d = me(args);
    let (s, e) = adjust_indices(start, end, d.len());
    let check = |p: &[u8]| -> bool {
        if s > d.len() || e < s || e - s < p.len() {
            return false;
        }
        let w = &d[s..e];
        if suffix {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    match a[0].as_ref().unwrap_or(&Value::None) {
        Value::Bytes(p) => Ok(Value::Bool(check(&p.data))),
        Value::Tuple(t) => {
            for it in t.items.iter() {
                match it {
                    Value::Bytes(p) => {
                        if check(&p.data) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    o => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_name(vm, o)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        o => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(vm, o)
        ))),
    }
}

fn m_startswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, "startswith", args, kw, false)
}
fn m_endswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, "endswith", args, kw, true)
}

fn m_replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::positional("bytes.replace", "replace", Style::Check, args, kw, 2, 3)?;
    let old = bytes_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?.to_vec();
    let new = bytes_arg(vm, a[1].as_ref().unwrap_or(&Value::None))?.to_vec();
    let count = match &a[2] {
        None => -1,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let d = me(args);
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        for &b in d {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(bv(out));
    }
    let mut rest = d;
    while left > 0 {
        match find_sub(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(bv(out))
}

fn partition_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    rev: bool,
) -> PyResult<Value> {
    let sep = ns_util::args_one(&format!("bytes.{name}"), args, kw)?;
    let sep = bytes_arg(vm, sep)?.to_vec();
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = me(args);
    let found = if rev {
        rfind_sub(d, &sep)
    } else {
        find_sub(d, &sep)
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            bv(d[..i].to_vec()),
            bv(sep.clone()),
            bv(d[i + sep.len()..].to_vec()),
        ]),
        None if rev => Value::tuple(vec![bv(vec![]), bv(vec![]), bv(d.to_vec())]),
        None => Value::tuple(vec![bv(d.to_vec()), bv(vec![]), bv(vec![])]),
    })
}

fn m_partition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, "partition", args, kw, false)
}
fn m_rpartition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}

macro_rules! map_method {
    ($fname:ident, $qual:expr, $body:expr) => {
        fn $fname(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            ns_util::args_none($qual, args, kw)?;
            let f: fn(&[u8]) -> Vec<u8> = $body;
            Ok(bv(f(me(args))))
        }
    };
}

map_method!(m_upper, "bytes.upper", |d| d.to_ascii_uppercase());
map_method!(m_lower, "bytes.lower", |d| d.to_ascii_lowercase());
map_method!(m_swapcase, "bytes.swapcase", |d| d
    .iter()
    .map(|b| if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    })
    .collect());
map_method!(m_capitalize, "bytes.capitalize", |d| {
    let mut v = d.to_ascii_lowercase();
    if let Some(f) = v.first_mut() {
        *f = f.to_ascii_uppercase();
    }
    v
});
map_method!(m_title, "bytes.title", |d| {
    let mut prev = false;
    d.iter()
        .map(|&b| {
            let r = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! pred_method {
    ($fname:ident, $qual:expr, $body:expr) => {
        fn $fname(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            ns_util::args_none($qual, args, kw)?;
            let f: fn(&[u8]) -> bool = $body;
            Ok(Value::Bool(f(me(args))))
        }
    };
}

pred_method!(m_isdigit, "bytes.isdigit", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_digit()));
pred_method!(m_isalpha, "bytes.isalpha", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_alphabetic()));
pred_method!(m_isalnum, "bytes.isalnum", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_alphanumeric()));
pred_method!(m_isspace, "bytes.isspace", |d| !d.is_empty()
    && d.iter().all(|&b| is_ws(b)));
pred_method!(m_isascii, "bytes.isascii", |d| d.is_ascii());
pred_method!(m_isupper, "bytes.isupper", |d| d
    .iter()
    .any(|b| b.is_ascii_uppercase())
    && !d.iter().any(|b| b.is_ascii_lowercase()));
pred_method!(m_islower, "bytes.islower", |d| d
    .iter()
    .any(|b| b.is_ascii_lowercase())
    && !d.iter().any(|b| b.is_ascii_uppercase()));

fn just_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, which: u8) -> PyResult<Value> {
    let a = ns_util::positional(&format!("bytes.{name}"), name, Style::Check, args, kw, 1, 2)?;
    let width = ns_util::index_arg(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    let fill = match &a[1] {
        None => b' ',
        Some(Value::Bytes(b)) if b.data.len() == 1 => b.data[0],
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                type_name(vm, o)
            )))
        }
    };
    let d = me(args);
    if width <= d.len() as i64 {
        return Ok(bv(d.to_vec()));
    }
    ns_util::check_alloc(width as usize)?;
    let marg = width as usize - d.len();
    let (l, r) = match which {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(d);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(bv(out))
}

fn m_ljust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    just_impl(vm, "ljust", args, kw, 0)
}
fn m_rjust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    just_impl(vm, "rjust", args, kw, 1)
}
fn m_center(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    just_impl(vm, "center", args, kw, 2)
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("splitlines", args, kw, &["keepends"], 0)?;
    let keep = match &a[0] {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let d = me(args);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(bv(d[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(bv(d[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn m_removeprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = ns_util::args_one("bytes.removeprefix", args, kw)?;
    let p = bytes_arg(vm, p)?;
    let d = me(args);
    Ok(bv(d.strip_prefix(p).unwrap_or(d).to_vec()))
}

fn m_removesuffix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = ns_util::args_one("bytes.removesuffix", args, kw)?;
    let p = bytes_arg(vm, p)?;
    let d = me(args);
    Ok(bv(d.strip_suffix(p).unwrap_or(d).to_vec()))
}

fn m_zfill(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let w = ns_util::args_one("bytes.zfill", args, kw)?;
    let w = ns_util::index_arg(vm, w)?;
    let d = me(args);
    if w <= d.len() as i64 {
        return Ok(bv(d.to_vec()));
    }
    ns_util::check_alloc(w as usize)?;
    let fill = w as usize - d.len();
    let (sign, rest) = match d.first() {
        Some(b'+') | Some(b'-') => (&d[..1], &d[1..]),
        _ => (&d[..0], d),
    };
    let mut out = Vec::with_capacity(w as usize);
    out.extend_from_slice(sign);
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(bv(out))
}

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("expandtabs", args, kw, &["tabsize"], 0)?;
    let tab = match &a[0] {
        None => 8,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    if tab > i32::MAX as i64 || tab < i32::MIN as i64 {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in me(args) {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    ns_util::check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(bv(out))
}

/// `b.translate(table, delete=b'')`: `table` is None or 256 bytes.
fn m_translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("translate", args, kw, &["table", "delete"], 1)?;
    let table: Option<Vec<u8>> = match a[0].as_ref().unwrap_or(&Value::None) {
        Value::None => None,
        v => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t.to_vec())
        }
    };
    let delete: Vec<u8> = match &a[1] {
        None => Vec::new(),
        Some(v) => bytes_arg(vm, v)?.to_vec(),
    };
    let out: Vec<u8> = me(args)
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(bv(out))
}

/// `bytes.maketrans(from, to)` (static).
fn m_maketrans(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::no_kwargs("maketrans", kw)?;
    ns_util::arity("maketrans", Style::Check, args.len(), 2, 2)?;
    let from = bytes_arg(vm, &args[0])?;
    let to = bytes_arg(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, g) in from.iter().zip(to.iter()) {
        t[*f as usize] = *g;
    }
    Ok(bv(t))
}

fn m_istitle(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("bytes.istitle", args, kw)?;
    let mut cased = false;
    let mut prev = false;
    for &b in me(args) {
        if b.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("bytes.__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![bv(me(args).to_vec())]))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", m_decode),
    ("hex", m_hex),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("splitlines", m_splitlines),
    ("join", m_join),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("count", m_count),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("replace", m_replace),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("upper", m_upper),
    ("lower", m_lower),
    ("swapcase", m_swapcase),
    ("capitalize", m_capitalize),
    ("title", m_title),
    ("isdigit", m_isdigit),
    ("isalpha", m_isalpha),
    ("isalnum", m_isalnum),
    ("isspace", m_isspace),
    ("isascii", m_isascii),
    ("isupper", m_isupper),
    ("islower", m_islower),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("center", m_center),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("zfill", m_zfill),
    ("expandtabs", m_expandtabs),
    ("translate", m_translate),
    ("istitle", m_istitle),
    ("__getnewargs__", m_getnewargs),
];

/// Static methods (no self/class argument).
pub const STATICMETHODS: &[(&str, NativeFn)] = &[("maketrans", m_maketrans)];

/// Class methods: called with the class as `args[0]`.
pub const CLASSMETHODS: &[(&str, NativeFn)] = &[("fromhex", m_fromhex)];

pub const GETSETS: &[(&str, Getter)] = &[];

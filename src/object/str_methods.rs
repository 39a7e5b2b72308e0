//! The methods of `str` (`split`, `join`, `find`, `strip`, case mapping, predicates, padding,
//! `encode`, `translate`, ...) with CPython 3.11's semantics and argument errors. Indices in
//! the Python API are code points; internally searches run on UTF-8 bytes and convert.

use super::function::NativeFn;
use super::ns_util::{self, adjust_indices, slice_index, type_name, Kwargs, Style};
use super::str::*;
use super::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn me(args: &[Value]) -> Rc<PyStr> {
    match args.first().map(ns_util::recv) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::new(PyStr::new("")),
    }
}

/// A required str argument ("must be str, not int").
fn str_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match ns_util::recv(v) {
        Value::Str(s) => Ok(s.clone()),
        o => Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(vm, o)
        ))),
    }
}

fn list_of_strs(items: Vec<&str>) -> Value {
    Value::list(
        items
            .into_iter()
            .map(|s| str_part(s, s.is_ascii()))
            .collect(),
    )
}

/// `s.split()` / `s.split(None, maxsplit)` of an ASCII str: a byte scan (CPython's ASCII
/// whitespace: space, \t\n\x0b\x0c\r and \x1c-\x1f), each part built straight into the
/// result list.
fn split_ascii_whitespace(s: &str, maxsplit: i64) -> Value {
    #[inline(always)]
    fn space(b: u8) -> bool {
        matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f)
    }
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if splits >= maxsplit {
            // The remainder, trailing whitespace kept ("  a b  c ".split(None, 1)).
            out.push(str_part(&s[i..], true));
            break;
        }
        let start = i;
        while i < b.len() && !space(b[i]) {
            i += 1;
        }
        out.push(str_part(&s[start..i], true));
        splits += 1;
    }
    Value::list(out)
}

/// `s.split(sep)` for a one-byte ASCII separator: memchr-based, each part built straight into
/// the result list (one- and zero-char parts come from the shared cache, like `new_str`).
fn split_byte(s: &str, sep: u8, maxsplit: i64, ascii: bool) -> Value {
    // Size the list exactly (a cheap counting pass) rather than growing it by doubling.
    let pieces = s.as_bytes().iter().filter(|&&b| b == sep).count() + 1;
    let cap = if maxsplit < 0 {
        pieces
    } else {
        pieces.min(maxsplit as usize + 1)
    };
    let mut out = Vec::with_capacity(cap);
    let mut rest = s;
    let mut left = maxsplit;
    while left != 0 {
        match rest.as_bytes().iter().position(|&b| b == sep) {
            Some(i) => {
                out.push(str_part(&rest[..i], ascii));
                rest = &rest[i + 1..];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(str_part(rest, ascii));
    Value::list(out)
}

fn str_part(p: &str, ascii: bool) -> Value {
    match p.len() {
        0 => super::str::empty_str(),
        1 => super::str::char_value(p.as_bytes()[0] as char),
        n if ascii => Value::Str(Rc::new(PyStr::from_known_str(p, true, n))),
        _ => Value::str(p),
    }
}

// ---------------------------------------------------------------------------------------------
// join / split.

/// `sep.join(iterable)`.
pub fn str_join(vm: &mut Vm, sep: &PyStr, iterable: &Value) -> PyResult<Value> {
    if let Value::List(l) = iterable {
        // Exact strs in a list: size exactly, copy once, no item clones (no Python code runs
        // while the list is borrowed).
        let items = l.items.borrow();
        if items.len() > 1 && items.iter().all(|v| matches!(v, Value::Str(_))) {
            let sep = sep.as_str();
            let mut total = sep.len() * (items.len() - 1);
            for v in items.iter() {
                if let Value::Str(s) = v {
                    total += s.as_str().len();
                }
            }
            ns_util::check_alloc(total)?;
            let mut out = String::with_capacity(total);
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                if let Value::Str(s) = v {
                    out.push_str(s.as_str());
                }
            }
            drop(items);
            return Ok(new_str(out));
        }
    }
    let items: Vec<Value> = match iterable {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => {
            let it = vm.iter(other).map_err(|e| {
                if e.lazy_kind() == Some(super::ExcType::TypeError) {
                    PyErr::type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            vm.collect(&it)?
        }
    };
    if items.len() == 1 {
        if let Value::Str(s) = &items[0] {
            return Ok(Value::Str(s.clone()));
        }
    }
    let items: Vec<Value> = items.iter().map(|v| ns_util::recv(v).clone()).collect();
    let mut total = sep.as_str().len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match it {
            Value::Str(s) => total += s.as_str().len(),
            o => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, o)
                )))
            }
        }
    }
    ns_util::check_alloc(total)?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Value::Str(s) = it {
            out.push_str(s.as_str());
        }
    }
    Ok(new_str(out))
}

fn m_join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let it = ns_util::args_one("str.join", args, kw)?;
    str_join(vm, &me(args), it)
}

fn split_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<(Option<Rc<PyStr>>, i64)> {
    let a = ns_util::bind(name, args, kw, &["sep", "maxsplit"], 0)?;
    let sep = match a[0].as_ref().map(ns_util::recv) {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.clone()),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                type_name(vm, o)
            )))
        }
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    if let Some(s) = &sep {
        if s.as_str().is_empty() {
            return Err(PyErr::value_error("empty separator"));
        }
    }
    Ok((sep, if maxsplit < 0 { i64::MAX } else { maxsplit }))
}

/// `s.split()` on runs of whitespace.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut splits = 0;
    loop {
        while let Some(&(_, c)) = it.peek() {
            if is_space(c) {
                it.next();
            } else {
                break;
            }
        }
        let start = match it.peek() {
            Some(&(i, _)) => i,
            None => break,
        };
        if splits >= maxsplit {
            out.push(s[start..].trim_end_matches(is_space));
            // CPython keeps trailing whitespace of the remainder only for rsplit; split()
            // keeps it too: "  a b  c ".split(None, 1) == ['a', 'b  c '].
            let last = out.len() - 1;
            out[last] = &s[start..];
            break;
        }
        let mut end = s.len();
        while let Some(&(i, c)) = it.peek() {
            if is_space(c) {
                end = i;
                break;
            }
            it.next();
        }
        out.push(&s[start..end]);
        splits += 1;
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut end = s.len();
    let mut splits = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = chars.len();
    loop {
        while k > 0 && is_space(chars[k - 1].1) {
            k -= 1;
            end = chars[k].0;
        }
        if k == 0 {
            break;
        }
        if splits >= maxsplit {
            out.push(&s[..end]);
            break;
        }
        let stop = end;
        while k > 0 && !is_space(chars[k - 1].1) {
            k -= 1;
        }
        let start = if k < chars.len() { chars[k].0 } else { s.len() };
        out.push(&s[start..stop]);
        end = start;
        splits += 1;
    }
    out.reverse();
    out
}

fn m_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, "split", args, kw)?;
    let s = me(args);
    let parts: Vec<&str> = match &sep {
        None if s.is_ascii() => return Ok(split_ascii_whitespace(s.as_str(), maxsplit)),
        None => split_whitespace(s.as_str(), maxsplit),
        Some(sep) if sep.as_str().len() == 1 && sep.as_str().is_ascii() => {
            return Ok(split_byte(
                s.as_str(),
                sep.as_str().as_bytes()[0],
                maxsplit,
                s.is_ascii(),
            ));
        }
        Some(sep) => {
            let n = (maxsplit.min(i64::MAX - 1) as usize).saturating_add(1);
            s.as_str().splitn(n, sep.as_str()).collect()
        }
    };
    Ok(list_of_strs(parts))
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, "rsplit", args, kw)?;
    let s = me(args);
    let parts: Vec<&str> = match &sep {
        None => rsplit_whitespace(s.as_str(), maxsplit),
        Some(sep) => {
            let n = (maxsplit.min(i64::MAX - 1) as usize).saturating_add(1);
            let mut v: Vec<&str> = s.as_str().rsplitn(n, sep.as_str()).collect();
            v.reverse();
            v
        }
    };
    Ok(list_of_strs(parts))
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("splitlines", args, kw, &["keepends"], 0)?;
    let keep = match &a[0] {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let s = me(args);
    let t = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(&t[start..if keep { end } else { i }]);
            start = end;
        }
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    Ok(list_of_strs(out))
}

// ---------------------------------------------------------------------------------------------
// strip / replace / partition.

fn strip_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let a = ns_util::positional(&format!("str.{name}"), name, Style::Check, args, kw, 0, 1)?;
    let s = me(args);
    let t = s.as_str();
    let r = match a[0].as_ref().map(ns_util::recv) {
        None | Some(Value::None) => {
            let mut r = t;
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
            r
        }
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let mut r = t;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            r
        }
        Some(_) => return Err(PyErr::type_error(format!("{name} arg must be None or str"))),
    };
    let _ = vm;
    if r.len() == t.len() {
        return Ok(Value::Str(s));
    }
    Ok(new_str(r.to_string()))
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

/// `s.replace(old, new, count)`.
pub fn str_replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return out;
    }
    if count == usize::MAX {
        return s.replace(old, new);
    }
    s.replacen(old, new, count)
}

fn m_replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::positional("str.replace", "replace", Style::Check, args, kw, 2, 3)?;
    let old = arg_str_named(vm, "replace", 1, a[0].as_ref())?;
    let new = arg_str_named(vm, "replace", 2, a[1].as_ref())?;
    let count = match &a[2] {
        None => -1,
        Some(v) => ns_util::index_arg(vm, v)?,
    };
    let s = me(args);
    if count == 0 || (!old.as_str().is_empty() && !s.as_str().contains(old.as_str())) {
        return Ok(Value::Str(s));
    }
    if new.as_str().len() > old.as_str().len() {
        let matches = if old.as_str().is_empty() {
            s.char_len() + 1
        } else {
            s.as_str().matches(old.as_str()).count()
        };
        let n = if count < 0 {
            matches
        } else {
            matches.min(count as usize)
        };
        let grow = (new.as_str().len() - old.as_str().len()).saturating_mul(n);
        ns_util::check_alloc(s.as_str().len().saturating_add(grow))?;
    }
    Ok(new_str(str_replace(
        s.as_str(),
        old.as_str(),
        new.as_str(),
        count,
    )))
}

/// "replace() argument 1 must be str, not int".
fn arg_str_named(vm: &Vm, name: &str, pos: usize, v: Option<&Value>) -> PyResult<Rc<PyStr>> {
    match v.map(ns_util::recv) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(o) => Err(PyErr::type_error(format!(
            "{name}() argument {pos} must be str, not {}",
            type_name(vm, o)
        ))),
        None => Ok(Rc::new(PyStr::new(""))),
    }
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    let sep = ns_util::args_one(&format!("str.{name}"), args, kw)?;
    let sep = str_arg(vm, sep)?;
    if sep.as_str().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let s = me(args);
    let t = s.as_str();
    let found = if rev {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            new_str(t[..i].to_string()),
            Value::Str(sep.clone()),
            new_str(t[i + sep.as_str().len()..].to_string()),
        ]),
        None if rev => Value::tuple(vec![empty_str(), empty_str(), Value::Str(s.clone())]),
        None => Value::tuple(vec![Value::Str(s.clone()), empty_str(), empty_str()]),
    })
}

fn m_partition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}
fn m_rpartition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

fn m_removeprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = ns_util::args_one("str.removeprefix", args, kw)?;
    let s = me(args);
    match ns_util::recv(p) {
        Value::Str(p) => Ok(match s.as_str().strip_prefix(p.as_str()) {
            Some(r) if !p.as_str().is_empty() => new_str(r.to_string()),
            _ => Value::Str(s),
        }),
        o => Err(PyErr::type_error(format!(
            "removeprefix() argument must be str, not {}",
            type_name(vm, o)
        ))),
    }
}

fn m_removesuffix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = ns_util::args_one("str.removesuffix", args, kw)?;
    let s = me(args);
    match ns_util::recv(p) {
        Value::Str(p) => Ok(match s.as_str().strip_suffix(p.as_str()) {
            Some(r) if !p.as_str().is_empty() => new_str(r.to_string()),
            _ => Value::Str(s),
        }),
        o => Err(PyErr::type_error(format!(
            "removesuffix() argument must be str, not {}",
            type_name(vm, o)
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// find / count / startswith.

/// Parse `(sub, start, end)` and return the sub and the byte range of the window, plus the
/// code-point start of the window (to convert results back).
type FindArgs = (Rc<PyStr>, Rc<PyStr>, usize, usize, usize, usize);

fn find_args(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs) -> PyResult<FindArgs> {
    let a = ns_util::positional(&format!("str.{name}"), name, Style::Parse, args, kw, 1, 3)?;
    let sub = str_arg(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let start = slice_index(vm, &a[1])?;
    let end = slice_index(vm, &a[2])?;
    let s = me(args);
    let (cs, ce) = adjust_indices(start, end, s.char_len());
    let bs = s.byte_offset(cs);
    let be = if ce <= cs { bs } else { s.byte_offset(ce) };
    Ok((s, sub, cs, ce, bs, be))
}

fn find_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, rev: bool) -> PyResult<i64> {
    let (s, sub, cs, ce, bs, be) = find_args(vm, name, args, kw)?;
    if cs > s.char_len() || (ce < cs) || (ce - cs) < sub.char_len() {
        return Ok(-1);
    }
    let window = &s.as_str()[bs..be];
    let r = if rev {
        window.rfind(sub.as_str())
    } else {
        window.find(sub.as_str())
    };
    Ok(match r {
        Some(b) => {
            (cs + if s.is_ascii() {
                b
            } else {
                window[..b].chars().count()
            }) as i64
        }
        None => -1,
    })
}

fn m_find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "find", args, kw, false)?))
}
fn m_rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, "rfind", args, kw, true)?))
}
fn m_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, "index", args, kw, false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn m_rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match find_impl(vm, "rindex", args, kw, true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn m_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, sub, cs, ce, bs, be) = find_args(vm, "count", args, kw)?;
    if cs > s.char_len() || ce < cs || (ce - cs) < sub.char_len() {
        return Ok(Value::Int(0));
    }
    let window = &s.as_str()[bs..be];
    if sub.as_str().is_empty() {
        return Ok(Value::Int((ce - cs) as i64 + 1));
    }
    Ok(Value::Int(window.matches(sub.as_str()).count() as i64))
}

fn affix_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kwargs,
    suffix: bool,
) -> PyResult<Value> {
    let a = ns_util::positional(&format!("str.{name}"), name, Style::Parse, args, kw, 1, 3)?;
    let start = slice_index(vm, &a[1])?;
    let end = slice_index(vm, &a[2])?;
    let s = me(args);
    let (cs, ce) = adjust_indices(start, end, s.char_len());
    let check = |p: &PyStr| -> bool {
        if cs > s.char_len() {
            return false;
        }
        if ce < cs || ce - cs < p.char_len() {
            return false;
        }
        let window = s.substr(cs, ce);
        if suffix {
            window.ends_with(p.as_str())
        } else {
            window.starts_with(p.as_str())
        }
    };
    match a[0].as_ref().map(ns_util::recv) {
        Some(Value::Str(p)) => Ok(Value::Bool(check(p))),
        Some(Value::Tuple(t)) => {
            for it in t.items.iter() {
                match ns_util::recv(it) {
                    Value::Str(p) => {
                        if check(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    o => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(vm, o)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(o) => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(vm, o)
        ))),
        None => Ok(Value::Bool(false)),
    }
}

fn m_startswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, "startswith", args, kw, false)
}
fn m_endswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    affix_impl(vm, "endswith", args, kw, true)
}

// ---------------------------------------------------------------------------------------------
// Case mapping.

fn to_title(c: char, out: &mut String) {
    let u = c as u32;
    if u >= 0xDF {
        if let Ok(i) = super::unicode_tables::TITLE_MAP.binary_search_by_key(&u, |&(k, _)| k) {
            out.push_str(super::unicode_tables::TITLE_MAP[i].1);
            return;
        }
    }
    out.extend(c.to_uppercase());
}

/// Lowercase `chars[i]` into `out`, with the Final_Sigma rule for U+03A3 (CPython's
/// `lower_ucs4` / `handle_capital_sigma`).
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3A3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let mut final_sigma = before.is_some_and(|&x| is_cased(x));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
        final_sigma = after.is_none_or(|&x| !is_cased(x));
    }
    out.push(if final_sigma { '\u{3C2}' } else { '\u{3C3}' });
}

pub fn str_title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            lower_at(&chars, i, &mut out);
        } else {
            to_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            to_title(chars[0], &mut out);
        } else {
            lower_at(&chars, i, &mut out);
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            lower_at(&chars, i, &mut out);
        } else if is_lower(c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'µ' => out.push('μ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

macro_rules! case_method {
    ($fname:ident, $qual:expr, $body:expr) => {
        fn $fname(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            ns_util::args_none($qual, args, kw)?;
            let s = me(args);
            let f: fn(&str) -> String = $body;
            Ok(new_str(f(s.as_str())))
        }
    };
}

case_method!(m_upper, "str.upper", |s| if s.is_ascii() {
    s.to_ascii_uppercase()
} else {
    s.to_uppercase()
});
case_method!(m_lower, "str.lower", |s| if s.is_ascii() {
    s.to_ascii_lowercase()
} else {
    s.to_lowercase()
});
case_method!(m_casefold, "str.casefold", casefold);
case_method!(m_title, "str.title", str_title);
case_method!(m_capitalize, "str.capitalize", capitalize);
case_method!(m_swapcase, "str.swapcase", swapcase);

// ---------------------------------------------------------------------------------------------
// Predicates.

macro_rules! pred_method {
    ($fname:ident, $qual:expr, $body:expr) => {
        fn $fname(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            ns_util::args_none($qual, args, kw)?;
            let s = me(args);
            let f: fn(&str) -> bool = $body;
            Ok(Value::Bool(f(s.as_str())))
        }
    };
}

pred_method!(m_isdigit, "str.isdigit", |s| !s.is_empty()
    && s.chars().all(is_digit));
pred_method!(m_isdecimal, "str.isdecimal", |s| !s.is_empty()
    && s.chars().all(is_decimal));
pred_method!(m_isnumeric, "str.isnumeric", |s| !s.is_empty()
    && s.chars().all(is_numeric));
pred_method!(m_isalpha, "str.isalpha", |s| !s.is_empty()
    && s.chars().all(is_alpha));
pred_method!(m_isalnum, "str.isalnum", |s| !s.is_empty()
    && s.chars().all(is_alnum));
pred_method!(m_isspace, "str.isspace", |s| !s.is_empty()
    && s.chars().all(is_space));
pred_method!(m_isascii, "str.isascii", |s| s.is_ascii());
pred_method!(m_isprintable, "str.isprintable", |s| s
    .chars()
    .all(is_printable));
pred_method!(m_isupper, "str.isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
});
pred_method!(m_islower, "str.islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
});
pred_method!(m_istitle, "str.istitle", |s| {
    let mut cased = false;
    let mut prev = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if is_lower(c) {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
});
pred_method!(m_isidentifier, "str.isidentifier", is_identifier);

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    it.all(unicode_ident::is_xid_continue)
}

// ---------------------------------------------------------------------------------------------
// Padding.

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v.map(ns_util::recv) {
        None => Ok(' '),
        Some(Value::Str(s)) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErr::type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
        Some(o) => Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(vm, o)
        ))),
    }
}

fn pad(s: &Rc<PyStr>, left: usize, right: usize, fill: char) -> Value {
    if left == 0 && right == 0 {
        return Value::Str(s.clone());
    }
    let mut out = String::with_capacity(s.as_str().len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Value::from_string(out)
}

fn just_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, which: u8) -> PyResult<Value> {
    let a = ns_util::positional(&format!("str.{name}"), name, Style::Check, args, kw, 1, 2)?;
    let width = ns_util::index_arg(vm, a[0].as_ref().unwrap_or(&Value::Int(0)))?;
    let fill = fill_arg(vm, a[1].as_ref())?;
    let s = me(args);
    let n = s.char_len() as i64;
    if width <= n {
        return Ok(Value::Str(s));
    }
    let marg = (width - n) as usize;
    ns_util::check_alloc(marg.saturating_mul(fill.len_utf8()))?;
    let (l, r) = match which {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    Ok(pad(&s, l, r, fill))
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

/// `s.zfill(width)`.
pub fn zfill(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        return s.to_string();
    }
    let fill = width - n;
    let mut out = String::with_capacity(width);
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => (&s[..1], &s[1..]),
        _ => ("", s),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    out
}

fn m_zfill(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let w = ns_util::args_one("str.zfill", args, kw)?;
    let w = ns_util::index_arg(vm, w)?;
    let s = me(args);
    if w <= s.char_len() as i64 {
        return Ok(Value::Str(s));
    }
    ns_util::check_alloc(w as usize)?;
    Ok(new_str(zfill(s.as_str(), w as usize)))
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
    let s = me(args);
    if !s.as_str().contains('\t') {
        return Ok(Value::Str(s));
    }
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    ns_util::check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ---------------------------------------------------------------------------------------------
// encode / translate / format.

fn m_encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::bind("encode", args, kw, &["encoding", "errors"], 0)?;
    let get = |vm: &Vm, i: usize, name: &str, dflt: &str| -> PyResult<String> {
        match &a[i] {
            None => Ok(dflt.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(o) => Err(PyErr::type_error(format!(
                "encode() argument '{name}' must be str, not {}",
                type_name(vm, o)
            ))),
        }
    };
    let enc = get(vm, 0, "encoding", "utf-8")?;
    let errors = get(vm, 1, "errors", "strict")?;
    let s = me(args);
    let bytes = encode(s.as_str(), lookup_codec(&enc)?, &errors)?;
    Ok(Value::Bytes(Rc::new(super::PyBytes::new(bytes))))
}

fn m_translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let table = ns_util::args_one("str.translate", args, kw)?.clone();
    let s = me(args);
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let r = match &table {
            Value::Dict(d) => {
                let h = super::int::hash_i64(c as i64);
                match d.get_hashed(&key, h) {
                    Some(v) => Some(v),
                    None => {
                        out.push(c);
                        continue;
                    }
                }
            }
            _ => match vm.getitem(&table, &key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let lookup = e
                        .lazy_kind()
                        .is_some_and(|k| k.is_subclass_of(super::ExcType::LookupError));
                    if lookup {
                        out.push(c);
                        continue;
                    }
                    return Err(e);
                }
            },
        };
        match r {
            Some(Value::None) | None => {}
            Some(Value::Str(t)) => out.push_str(t.as_str()),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Some(o) => {
                return Err(PyErr::type_error(format!(
                    "character mapping must return integer, None or str, not {}",
                    type_name(vm, &o)
                )))
            }
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method: no self).
fn m_maketrans(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::no_kwargs("maketrans", kw)?;
    ns_util::arity("maketrans", Style::Check, args.len(), 1, 3)?;
    let d = Rc::new(super::PyDict::new());
    let set = |k: i64, v: Value| {
        d.set_hashed(Value::Int(k), super::int::hash_i64(k), v);
    };
    if args.len() == 1 {
        match &args[0] {
            Value::Dict(src) => {
                for (k, v) in src.items() {
                    match &k {
                        Value::Int(i) => set(*i, v),
                        Value::Str(s) if s.char_len() == 1 => {
                            set(s.as_str().chars().next().map_or(0, |c| c as i64), v)
                        }
                        Value::Str(_) => {
                            return Err(PyErr::value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                        _ => {
                            return Err(PyErr::type_error(
                                "keys in translate table must be strings or integers",
                            ))
                        }
                    }
                }
            }
            _ => {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ))
            }
        }
        return Ok(Value::Dict(d));
    }
    let x = match &args[0] {
        Value::Str(s) => s.clone(),
        _ => {
            return Err(PyErr::type_error(
                "first maketrans argument must be a string if there is a second argument",
            ))
        }
    };
    let y = match &args[1] {
        Value::Str(s) => s.clone(),
        o => {
            return Err(PyErr::type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                type_name(vm, o)
            )))
        }
    };
    if x.char_len() != y.char_len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        set(a as i64, Value::Int(b as i64));
    }
    if let Some(z) = args.get(2) {
        match z {
            Value::Str(z) => {
                for c in z.as_str().chars() {
                    set(c as i64, Value::None);
                }
            }
            o => {
                return Err(PyErr::type_error(format!(
                    "maketrans() argument 3 must be str, not {}",
                    type_name(vm, o)
                )))
            }
        }
    }
    Ok(Value::Dict(d))
}

fn m_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = me(args);
    let r = super::format::str_format(vm, s.as_str(), &args[1..], kw, None)?;
    Ok(new_str(r))
}

fn m_format_map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let m = ns_util::args_one("str.format_map", args, kw)?.clone();
    let s = me(args);
    let r = super::format::str_format(vm, s.as_str(), &[], &[], Some(&m))?;
    Ok(new_str(r))
}

fn m_dunder_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let spec = ns_util::args_one("str.__format__", args, kw)?;
    let spec = match spec {
        Value::Str(s) => s.clone(),
        o => {
            return Err(PyErr::type_error(format!(
                "__format__() argument must be str, not {}",
                type_name(vm, o)
            )))
        }
    };
    // An empty spec formats a subclass instance as str(self) (CPython's format_obj).
    if spec.as_str().is_empty() && matches!(args[0], Value::Instance(_)) {
        return Ok(Value::Str(vm.str(&args[0])?));
    }
    let s = me(args);
    if spec.as_str().is_empty() {
        return Ok(Value::Str(s));
    }
    Ok(new_str(super::format::format_str(
        s.as_str(),
        spec.as_str(),
    )?))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("str.__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![new_str(me(args).as_str().to_string())]))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("join", m_join),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("splitlines", m_splitlines),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("replace", m_replace),
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("count", m_count),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("upper", m_upper),
    ("lower", m_lower),
    ("casefold", m_casefold),
    ("capitalize", m_capitalize),
    ("title", m_title),
    ("swapcase", m_swapcase),
    ("isdigit", m_isdigit),
    ("isdecimal", m_isdecimal),
    ("isnumeric", m_isnumeric),
    ("isalpha", m_isalpha),
    ("isalnum", m_isalnum),
    ("isspace", m_isspace),
    ("isupper", m_isupper),
    ("islower", m_islower),
    ("istitle", m_istitle),
    ("isidentifier", m_isidentifier),
    ("isprintable", m_isprintable),
    ("isascii", m_isascii),
    ("center", m_center),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("zfill", m_zfill),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("encode", m_encode),
    ("format", m_format),
    ("format_map", m_format_map),
    ("expandtabs", m_expandtabs),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("translate", m_translate),
    ("__format__", m_dunder_format),
    ("__getnewargs__", m_getnewargs),
];

/// Static methods (no self/class argument).
pub const STATICMETHODS: &[(&str, NativeFn)] = &[("maketrans", m_maketrans)];

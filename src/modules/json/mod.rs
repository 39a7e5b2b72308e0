//! The native `_json` module under `json` (`py/json.py`): `scan` (the whole decoder:
//! `decode.rs`), `encode` (the whole encoder: `encode.rs`), and CPython's
//! `encode_basestring_ascii`, `encode_basestring` and `scanstring`. The Python layer owns the
//! public API (`dumps`, `loads`, `dump`, `load`, `JSONEncoder`, `JSONDecoder`,
//! `JSONDecodeError`) and passes its options here positionally.

mod decode;
pub(crate) mod encode;

use crate::builtins::args::{self, Kwargs};
use crate::object::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The native `_json` module.
pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _) = crate::modules::new_module(
        "_json",
        &[
            ("scan", scan),
            ("encode", encode),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
            ("scanstring", scanstring),
        ],
    );
    Ok(m)
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match crate::object::ns_util::recv(v) {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            args::type_name(vm, other)
        ))),
    }
}

/// `scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, error_class)`: with `whole`, `JSONDecoder.decode` (leading and trailing
/// whitespace skipped, "Extra data" after the value) returning the value; otherwise
/// `raw_decode` from code-point index `idx`, returning `(value, end)`.
fn scan(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("scan", a, kw, 10, 10)?;
    let doc = str_arg(vm, &a[0], "first argument")?;
    let idx = args::index_i64(vm, &a[1])?;
    if idx < 0 {
        return Err(PyErr::value_error("idx cannot be negative"));
    }
    let whole = vm.truthy(&a[2])?;
    let strict = vm.truthy(&a[3])?;
    let d = decode::Decoder {
        doc: doc.clone(),
        err_cls: a[9].clone(),
        strict,
        object_hook: a[4].clone(),
        object_pairs_hook: a[5].clone(),
        parse_float: a[6].clone(),
        parse_int: a[7].clone(),
        parse_constant: a[8].clone(),
        memo: Default::default(),
    };
    let start = doc.byte_offset(idx as usize);
    if whole {
        let i = d.skip_ws(start);
        let (v, end) = d.scan(vm, i, 0)?;
        let end = d.skip_ws(end);
        if end != doc.as_str().len() {
            return Err(d.error(vm, "Extra data", end));
        }
        return Ok(v);
    }
    if idx as usize > doc.char_len() {
        return Err(d.error_at_char(vm, "Expecting value", idx as usize));
    }
    let (v, end) = d.scan(vm, start, 0)?;
    Ok(Value::tuple(vec![
        v,
        Value::Int(doc.char_index(end) as i64),
    ]))
}

/// `encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`: the JSON text of `o` (`indent` None or a str).
fn encode(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("encode", a, kw, 10, 10)?;
    let indent = match &a[6] {
        Value::None => None,
        v => Some(str_arg(vm, v, "indent")?.as_str().to_string()),
    };
    let item_sep = str_arg(vm, &a[7], "item_separator")?.as_str().to_string();
    let key_sep = str_arg(vm, &a[8], "key_separator")?.as_str().to_string();
    let mut e = encode::Encoder {
        skipkeys: vm.truthy(&a[1])?,
        ensure_ascii: vm.truthy(&a[2])?,
        check_circular: vm.truthy(&a[3])?,
        allow_nan: vm.truthy(&a[4])?,
        sort_keys: vm.truthy(&a[5])?,
        indent,
        item_sep,
        key_sep,
        default: a[9].clone(),
        markers: Vec::new(),
        out: String::new(),
    };
    e.encode(vm, &a[0], 0)?;
    Ok(Value::from_string(e.out))
}

fn basestring(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, ascii: bool) -> PyResult<Value> {
    let v = args::one_arg(name, a, kw)?;
    let s = match crate::object::ns_util::recv(v) {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "first argument must be a string, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + 2);
    encode::escape_into(&mut out, s.as_str(), ascii);
    Ok(Value::from_string(out))
}

fn encode_basestring_ascii(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    basestring(vm, a, kw, "encode_basestring_ascii", true)
}

fn encode_basestring(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    basestring(vm, a, kw, "encode_basestring", false)
}

/// `scanstring(s, end, strict=True, error_class=ValueError)` → `(str, end)`.
fn scanstring(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("scanstring", a, kw, 2, 4)?;
    let doc = str_arg(vm, &a[0], "first argument")?;
    let end = args::index_i64(vm, &a[1])?;
    if end < 0 || end as usize > doc.char_len() {
        return Err(PyErr::value_error("end is out of bounds"));
    }
    let strict = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let err_cls = a
        .get(3)
        .cloned()
        .unwrap_or_else(|| Value::Type(vm.types.exc(crate::object::ExcType::ValueError).clone()));
    let d = decode::Decoder {
        doc: doc.clone(),
        err_cls,
        strict,
        object_hook: Value::None,
        object_pairs_hook: Value::None,
        parse_float: Value::None,
        parse_int: Value::None,
        parse_constant: Value::None,
        memo: Default::default(),
    };
    let (s, e) = d.scan_string(vm, doc.byte_offset(end as usize))?;
    Ok(Value::tuple(vec![
        Value::from_string(s),
        Value::Int(doc.char_index(e) as i64),
    ]))
}

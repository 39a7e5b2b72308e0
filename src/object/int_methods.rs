//! `int`'s type slots, methods, getsets and constructor (`int(x)`, `int(s, base)`), built on
//! the arithmetic in `int.rs`. `bool` values are accepted wherever an int is (bool is a
//! subclass of int); the slots also serve `bool` for arithmetic, with `bool_slots` adding
//! bool's repr and `& | ^`.

use super::class::{Getter, TypeSlots, UnaryKind};
use super::function::NativeFn;
use super::int::*;
use super::ns_util::{self, type_name, Kwargs};
use super::{PyErr, PyResult, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use std::rc::Rc;

fn this(v: &Value) -> IntRef<'_> {
    as_int(ns_util::recv(v)).unwrap_or(IntRef::Small(0))
}

fn slot_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Bool(b) => Ok(if *b { "True" } else { "False" }.to_string()),
        _ => int_repr(this(v)),
    }
}

fn slot_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(hash_int(this(v)))
}

/// Rich comparison of an int with another number (int, bool or float).
pub fn int_richcompare(a: IntRef, other: &Value, op: CmpKind) -> Option<bool> {
    if let Some(b) = as_int(other) {
        return Some(cmp_result(Some(int_cmp(a, b)), op));
    }
    if let Value::Float(f) = other {
        return Some(cmp_result(int_float_cmp(a, *f), op));
    }
    None
}

fn slot_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let b = ns_util::recv(b);
    Ok(match int_richcompare(this(a), b, op) {
        Some(r) => Value::Bool(r),
        None => Value::NotImplemented,
    })
}

fn slot_binary_op(_vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    let (a, b) = (ns_util::recv(a), ns_util::recv(b));
    match binary_op(op, a, b) {
        Some(r) => r,
        None => Ok(Value::NotImplemented),
    }
}

/// `-x`, `+x`, `~x`, `abs(x)` for int and bool.
pub fn int_unary(x: IntRef, op: UnaryKind) -> Value {
    match op {
        UnaryKind::Neg => int_neg(x),
        UnaryKind::Pos => x.to_value(),
        UnaryKind::Invert => int_invert(x),
        UnaryKind::Abs => int_abs(x),
    }
}

fn slot_unary(_vm: &mut Vm, v: &Value, op: UnaryKind) -> PyResult<Value> {
    Ok(int_unary(this(v), op))
}

fn slot_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(!this(v).is_zero())
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(slot_repr),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        binary_op: Some(slot_binary_op),
        unary: Some(slot_unary),
        bool: Some(slot_bool),
        new: Some(int_new),
        ..TypeSlots::default()
    }
}

/// Slots for `bool`: the int slots (arithmetic works on bools; `True & False` stays a bool)
/// with bool's constructor.
pub fn bool_slots() -> TypeSlots {
    TypeSlots {
        new: Some(bool_new),
        ..slots()
    }
}

fn bool_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    ns_util::no_kwargs("bool", kwargs)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

// ---------------------------------------------------------------------------------------------
// Constructor.

/// `int(x=0, base=10)`; `args` exclude the type.
pub fn int_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let mut x: Option<Value> = args.first().cloned();
    let mut base: Option<Value> = args.get(1).cloned();
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kwargs {
        match k.as_str() {
            "base" if base.is_none() => base = Some(v.clone()),
            "base" => {
                return Err(PyErr::type_error(
                    "argument for int() given by name ('base') and position (2)",
                ))
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    let base = match base {
        None => None,
        Some(b) => Some(ns_util::index_arg(vm, &b)?),
    };
    let x = match x.take() {
        None => {
            if base.is_some() {
                return Err(PyErr::type_error("int() missing string argument"));
            }
            return Ok(Value::Int(0));
        }
        Some(x) => x,
    };
    match base {
        None => int_from_value(vm, &x),
        Some(b) => {
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            match &x {
                Value::Str(s) => {
                    parse_int_or_raise(s.as_str(), b as u32, || vm_repr_str(s.as_str()))
                }
                Value::Bytes(bs) => {
                    let text = String::from_utf8_lossy(&bs.data).into_owned();
                    parse_int_or_raise(&text, b as u32, || super::bytes::bytes_repr(&bs.data))
                }
                _ => Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
    }
}

fn vm_repr_str(s: &str) -> String {
    super::str::str_repr(s)
}

fn parse_int_or_raise(s: &str, base: u32, repr: impl FnOnce() -> String) -> PyResult<Value> {
    match parse_int(s, base) {
        Ok(v) => Ok(v),
        Err(ParseIntError::Invalid) => {
            Err(PyErr::value_error(format!("invalid literal for int() with base {base}: {}", repr())))
        }
        Err(ParseIntError::TooManyDigits(n)) => Err(PyErr::value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            super::int::max_str_digits()
        ))),
    }
}

/// `int(x)` for one argument: ints, bools, floats, str/bytes (base 10), and objects with
/// `__int__`, `__index__` or `__trunc__`.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    // str/bytes subclasses parse like str/bytes.
    if let inner @ (Value::Str(_) | Value::Bytes(_)) = ns_util::recv(x) {
        if !matches!(x, Value::Str(_) | Value::Bytes(_)) {
            return int_from_value(vm, &inner.clone());
        }
    }
    match x {
        Value::Int(_) | Value::Long(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => parse_int_or_raise(s.as_str(), 10, || vm_repr_str(s.as_str())),
        Value::Bytes(bs) => {
            let text = String::from_utf8_lossy(&bs.data).into_owned();
            parse_int_or_raise(&text, 10, || super::bytes::bytes_repr(&bs.data))
        }
        Value::Instance(_) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.getattr_opt(x, &super::str::intern(name))? {
                    let r = vm.call(&m, &[])?;
                    return match r {
                        Value::Int(_) | Value::Long(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        Value::Instance(_) if name == "__trunc__" => vm.index(&r),
                        _ => Err(PyErr::type_error(format!(
                            "{name} returned non-int (type {})",
                            type_name(vm, &r)
                        ))),
                    };
                }
            }
            Err(not_a_number(vm, x))
        }
        _ => Err(not_a_number(vm, x)),
    }
}

fn not_a_number(vm: &Vm, x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(vm, x)
    ))
}

// ---------------------------------------------------------------------------------------------
// Methods.

fn m_bit_length(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.bit_length", args, kw)?;
    Ok(Value::Int(this(&args[0]).bits() as i64))
}

fn m_bit_count(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.bit_count", args, kw)?;
    Ok(Value::Int(match this(&args[0]) {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn m_conjugate(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.conjugate", args, kw)?;
    Ok(this(&args[0]).to_value())
}

fn m_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.as_integer_ratio", args, kw)?;
    Ok(Value::tuple(vec![this(&args[0]).to_value(), Value::Int(1)]))
}

fn m_self_int(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::no_kwargs("int", kw)?;
    Ok(this(&args[0]).to_value())
}

fn m_float(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.__float__", args, kw)?;
    Ok(Value::Float(this(&args[0]).to_f64()?))
}

/// `round(x, ndigits)` for ints: half to even at `10**-ndigits`.
pub fn int_round(x: IntRef, ndigits: i64) -> Value {
    if ndigits >= 0 {
        return x.to_value();
    }
    // |x| < 10**k with k = digits of x; rounding to 10**(k+1) or coarser always gives 0.
    let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as i64 + 1;
    let k = ndigits.saturating_neg();
    if k > digits + 1 {
        return Value::Int(0);
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
    let xb = x.to_big();
    let (q, r) = xb.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Value::from_bigint(q * p)
}

fn m_round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::positional(
        "int.__round__",
        "__round__",
        ns_util::Style::Check,
        args,
        kw,
        0,
        1,
    )?;
    match &a[0] {
        None | Some(Value::None) => Ok(this(&args[0]).to_value()),
        Some(n) => {
            let n = match super::int::as_int(&vm.index(n)?) {
                Some(IntRef::Small(i)) => i,
                Some(IntRef::Big(b)) if b.is_negative() => return Ok(Value::Int(0)),
                _ => 0,
            };
            Ok(int_round(this(&args[0]), n))
        }
    }
}

fn m_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let spec = ns_util::args_one("int.__format__", args, kw)?;
    let spec = match spec {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "__format__() argument must be str, not {}",
                type_name(vm, other)
            )))
        }
    };
    // An empty spec formats a subclass instance as str(self) (CPython's format_obj).
    if spec.as_str().is_empty() && matches!(args[0], Value::Instance(_)) {
        return Ok(Value::Str(vm.str(&args[0])?));
    }
    if let Value::Bool(b) = &args[0] {
        if spec.as_str().is_empty() {
            return Ok(Value::str(if *b { "True" } else { "False" }));
        }
    }
    let tname = if matches!(ns_util::recv(&args[0]), Value::Bool(_)) {
        "bool"
    } else {
        "int"
    };
    Ok(Value::from_string(super::format::format_int_as(
        this(&args[0]),
        spec.as_str(),
        tname,
    )?))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(o) => Err(PyErr::type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            type_name(vm, o)
        ))),
    }
}

fn m_to_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut pos: Vec<Value> = args[1..].to_vec();
    let mut signed = false;
    let mut length: Option<Value> = pos.first().cloned();
    let mut order: Option<Value> = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    for (k, v) in kw {
        match k.as_str() {
            "length" if length.is_none() => length = Some(v.clone()),
            "byteorder" if order.is_none() => order = Some(v.clone()),
            "signed" => signed = vm.truthy(v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "to_bytes() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    pos.clear();
    let length = match length {
        None => 1,
        Some(l) => ns_util::index_arg(vm, &l)?,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder_arg(vm, order.as_ref())?;
    let x = this(&args[0]);
    if x.is_negative() && !signed {
        return Err(PyErr::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let xb = x.to_big();
    let mut bytes = xb.to_signed_bytes_le();
    // `to_signed_bytes_le` gives the minimal two's-complement encoding; unsigned positives
    // may have a leading 0x00 sign byte that does not count against the length.
    if !signed && bytes.len() > 1 && bytes[bytes.len() - 1] == 0 {
        bytes.pop();
    }
    if xb.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    ns_util::check_alloc(length)?;
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(super::PyBytes::new(bytes))))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args[0]` is the class.
fn m_from_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = &args[1.min(args.len())..];
    if rest.len() > 2 {
        return Err(PyErr::type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            rest.len()
        )));
    }
    let mut data: Option<Value> = rest.first().cloned();
    let mut order: Option<Value> = rest.get(1).cloned();
    let mut signed = false;
    for (k, v) in kw {
        match k.as_str() {
            "bytes" if data.is_none() => data = Some(v.clone()),
            "byteorder" if order.is_none() => order = Some(v.clone()),
            "signed" => signed = vm.truthy(v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let data = match data {
        Some(d) => d,
        None => {
            return Err(PyErr::type_error(
                "from_bytes() missing required argument 'bytes' (pos 1)",
            ))
        }
    };
    let big_endian = byteorder_arg(vm, order.as_ref())?;
    let mut bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.data.to_vec(),
        Value::Str(_) => return Err(PyErr::type_error("cannot convert 'str' object to bytes")),
        other => super::bytes::bytes_from_iterable(vm, other)?,
    };
    if big_endian {
        bytes.reverse();
    }
    let r = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(r))
}

fn g_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v).to_value())
}
fn g_zero(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}
fn g_one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![this(&args[0]).to_value()]))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("int.__sizeof__", args, kw)?;
    let digits = (this(&args[0]).bits() as i64 + 29) / 30;
    Ok(Value::Int(24 + 4 * digits.max(1)))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", m_bit_length),
    ("bit_count", m_bit_count),
    ("to_bytes", m_to_bytes),
    ("conjugate", m_conjugate),
    ("as_integer_ratio", m_as_integer_ratio),
    ("__format__", m_format),
    ("__round__", m_round),
    ("__index__", m_self_int),
    ("__int__", m_self_int),
    ("__trunc__", m_self_int),
    ("__floor__", m_self_int),
    ("__ceil__", m_self_int),
    ("__float__", m_float),
    ("__getnewargs__", m_getnewargs),
    ("__sizeof__", m_sizeof),
];

/// Class methods: called with the class as `args[0]`.
pub const CLASSMETHODS: &[(&str, NativeFn)] = &[("from_bytes", m_from_bytes)];

pub const GETSETS: &[(&str, Getter)] = &[
    ("real", g_self),
    ("imag", g_zero),
    ("numerator", g_self),
    ("denominator", g_one),
];

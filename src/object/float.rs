//! `float`: arithmetic (incl. mixed int/float, CPython's `float_divmod`/`float_pow` edge
//! cases and messages), CPython's `repr` (shortest round-trip digits, exponent form when the
//! decimal exponent is < -4 or >= 16: `1e+16`, `1e-05`), the fixed/exponent/general formatting
//! primitives used by `format.rs`, CPython's float hash (equal to the int hash for integral
//! values), `float()` parsing, `round`, and the type's slots and methods.
//!
//! Negative base with a non-integral exponent yields a complex number in CPython; coil has no
//! complex type, so that case raises `ValueError("math domain error")` (documented divergence).

use super::class::{Getter, TypeSlots, UnaryKind};
use super::function::NativeFn;
use super::int::{self, as_int, cmp_result, IntRef};
use super::ns_util::{self, type_name, Kwargs};
use super::{ExcType, PyErr, PyResult, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

// ---------------------------------------------------------------------------------------------
// repr and formatting primitives.

/// Shortest round-trip decimal digits of a finite non-negative `x` and the decimal exponent
/// of the first digit (`x = 0.d1d2... * 10**(exp+1)`).
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    // Rust breaks a tie between two equally short, equally close candidates upwards; David
    // Gay's dtoa (CPython) picks the even last digit. A tie means x is exactly the midpoint
    // "D'5" where D' is our digits with the last one decremented.
    let n = digits.len();
    let last = digits.as_bytes()[n - 1];
    if last % 2 == 1 && !(n == 1 && last == b'1') {
        let mut lower = digits.clone().into_bytes();
        lower[n - 1] -= 1;
        let lower = String::from_utf8(lower).unwrap_or_default();
        let probe = format!("{:.*e}", n, x);
        let pdigits: String = probe
            .split('e')
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| *c != '.')
            .collect();
        if pdigits.len() == n + 1 && pdigits.starts_with(&lower) && pdigits.ends_with('5') {
            let exact = format!("{:.*e}", 1100, x);
            let edigits: String = exact
                .split('e')
                .next()
                .unwrap_or("")
                .chars()
                .filter(|c| *c != '.')
                .collect();
            let tie = edigits.starts_with(&pdigits) && edigits[n + 1..].bytes().all(|b| b == b'0');
            let cand = format!("{}.{}e{}", &lower[..1], &lower[1..], exp);
            if tie && cand.parse::<f64>().ok() == Some(x) {
                digits = lower.trim_end_matches('0').to_string();
                if digits.is_empty() {
                    digits = "0".into();
                }
            }
        }
    }
    (digits, exp)
}

/// Lay out `digits` (with first-digit exponent `exp`) as CPython does for repr/`g`:
/// exponent form `d.ddde+XX` or fixed form; `add_dot_0` appends ".0" to integral fixed output.
fn layout(
    neg: bool,
    digits: &str,
    exp: i32,
    use_exp: bool,
    add_dot_0: bool,
    upper: bool,
) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if neg {
        out.push('-');
    }
    if use_exp {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    } else {
        let decpt = exp + 1;
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(digits);
            for _ in 0..(decpt as usize - digits.len()) {
                out.push('0');
            }
            if add_dot_0 {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    }
    out
}

/// `repr(x)` exactly as CPython (`float_repr_style == 'short'`).
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let neg = x.is_sign_negative();
    if x == 0.0 {
        return if neg { "-0.0".into() } else { "0.0".into() };
    }
    let (digits, exp) = shortest_digits(x.abs());
    layout(neg, &digits, exp, !(-4..16).contains(&exp), true, false)
}

/// `inf`/`nan` spelled for format codes (`upper` for `E F G`).
fn nonfinite(x: f64, upper: bool) -> String {
    let s = if x.is_nan() {
        "nan"
    } else if x > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    if upper {
        s.to_ascii_uppercase()
    } else {
        s.to_string()
    }
}

/// `'%.*f' % (prec, x)` (exact, round-half-even on exact ties like C's printf).
pub fn format_fixed(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    if !x.is_finite() {
        return nonfinite(x, upper);
    }
    let mut s = format!("{:.*}", prec, x);
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// `'%.*e' % (prec, x)`: `1.50e+05`.
pub fn format_exp(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    if !x.is_finite() {
        return nonfinite(x, upper);
    }
    let s = format!("{:.*e}", prec, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut out = String::with_capacity(mant.len() + 6);
    out.push_str(mant);
    if alt && prec == 0 {
        out.push('.');
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
    out
}

/// `'%.*g' % (prec, x)`; `alt` keeps trailing zeros; `add_dot_0` is format()'s no-type mode
/// (at least one digit after the point in fixed notation, repr-like).
pub fn format_general(x: f64, prec: usize, upper: bool, alt: bool, add_dot_0: bool) -> String {
    if !x.is_finite() {
        return nonfinite(x, upper);
    }
    let p = prec.max(1);
    let neg = x.is_sign_negative();
    // Digits rounded to p significant figures.
    let s = format!("{:.*e}", p - 1, x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    // format()'s no-type mode switches to exponent notation one digit earlier
    // (CPython's `format_float_short` with `Py_DTSF_ADD_DOT_0`).
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let use_exp = exp < -4 || exp >= limit;
    if !alt {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
        if x == 0.0 {
            digits = "0".into();
        }
    }
    let mut out = layout(neg, &digits, exp, use_exp, add_dot_0, upper);
    if alt && !use_exp && !out.contains('.') {
        out.push('.');
    }
    if alt && use_exp && digits.len() == 1 {
        // "%#.1g" % 1e20 -> '1.e+20'
        if let Some(pos) = out.find(['e', 'E']) {
            out.insert(pos, '.');
        }
    }
    out
}

/// `format(x, '')` / `str(x)` with a precision but no type: like `g` but repr-like ('r' when
/// no precision is given).
pub fn format_float_default(x: f64, prec: Option<usize>) -> String {
    match prec {
        None => float_repr(x),
        Some(p) => format_general(x, p, false, false, true),
    }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic.

pub fn range_error() -> PyErr {
    PyErr::with_args(
        ExcType::OverflowError,
        vec![Value::Int(34), Value::str("Numerical result out of range")],
    )
}

fn is_odd_integer(w: f64) -> bool {
    w.is_finite() && w == w.floor() && (w % 2.0).abs() == 1.0
}

/// `v ** w` for floats (CPython's `float_pow`).
pub fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        if a == 1.0 {
            return Ok(1.0);
        }
        return Ok(if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        if iv > 0.0 {
            return Ok(if iw > 0.0 { iv } else { 0.0 });
        }
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                -iv
            }
        } else if odd {
            -0.0
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PyErr::value_error("math domain error"));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = iv.powf(iw);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(if negate { -r } else { r })
}

/// `(x // y, x % y)` for floats (CPython's `float_divmod`); `y != 0`.
pub fn float_divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x % y` for floats ("float modulo").
pub fn float_mod(vx: f64, wx: f64) -> PyResult<f64> {
    if wx == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    Ok(m)
}

/// `divmod(x, y)` for floats ("float divmod()").
pub fn float_divmod(vx: f64, wx: f64) -> PyResult<(f64, f64)> {
    if wx == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    Ok(float_divmod_raw(vx, wx))
}

/// `a op b` on two doubles; `None` for operators floats do not support.
#[inline]
pub fn float_binop(op: BinOpKind, a: f64, b: f64) -> Option<PyResult<f64>> {
    use BinOpKind::*;
    Some(match op.base() {
        Add => Ok(a + b),
        Subtract => Ok(a - b),
        Multiply => Ok(a * b),
        TrueDivide => {
            if b == 0.0 {
                Err(PyErr::zero_division("float division by zero"))
            } else {
                Ok(a / b)
            }
        }
        FloorDivide => {
            if b == 0.0 {
                Err(PyErr::zero_division("float floor division by zero"))
            } else {
                Ok(float_divmod_raw(a, b).0)
            }
        }
        Remainder => float_mod(a, b),
        Power => float_pow(a, b),
        _ => return None,
    })
}

/// The float value of a number operand (float, int, bool); `None` for other types.
#[inline]
pub fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Long(b) => Some(int::big_to_f64(b)),
        _ => None,
    }
}

/// `a op b` where at least one operand is a float and the other a number. `None` when the
/// pair or operator is not a float operation (the protocol then returns NotImplemented).
pub fn binary_op(op: BinOpKind, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    let x = match to_f64(a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match to_f64(b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(float_binop(op, x, y)?.map(Value::Float))
}

/// Compare a float with another number exactly.
pub fn float_richcompare(a: f64, other: &Value, op: CmpKind) -> Option<bool> {
    match other {
        Value::Float(b) => Some(cmp_result(a.partial_cmp(b), op)),
        _ => {
            let i = as_int(other)?;
            Some(cmp_result(
                int::int_float_cmp(i, a).map(|o| o.reverse()),
                op,
            ))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Hash.

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here; CPython uses the object's identity).
pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 {
                int::HASH_INF
            } else {
                -int::HASH_INF
            };
        }
        return 0;
    }
    if v == v.trunc() && v.abs() < 9.0e18 {
        return int::hash_i64(v as i64);
    }
    const BITS: i32 = 61;
    let p = int::HASH_MODULUS;
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & p) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= p {
            x -= p;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & p) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

// ---------------------------------------------------------------------------------------------
// Parsing.

/// Parse `float(s)`: whitespace, sign, `inf`/`infinity`/`nan` in any case, underscores between
/// digits, Unicode decimal digits. `None` if invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    if t.is_empty() {
        return None;
    }
    let mut clean = String::with_capacity(t.len());
    let mut prev: Option<char> = None;
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let c = match int::unicode_decimal(c) {
            Some(d) => char::from(b'0' + d as u8),
            None => c,
        };
        if c == '_' {
            let next_digit = chars
                .get(i + 1)
                .map(|n| n.is_ascii_digit() || int::unicode_decimal(*n).is_some());
            if !prev.is_some_and(|p| p.is_ascii_digit()) || next_digit != Some(true) {
                return None;
            }
        } else {
            if !c.is_ascii() {
                return None;
            }
            clean.push(c);
        }
        prev = Some(c);
    }
    let body = clean.strip_prefix(['+', '-']).unwrap_or(&clean);
    let lower = body.to_ascii_lowercase();
    let neg = clean.starts_with('-');
    match lower.as_str() {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(if neg { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    // Only digits, one '.', and an exponent are allowed (Rust's parser would accept "inf").
    if !body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float(x)` for one argument.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    // str/bytes subclasses parse like str/bytes.
    if let inner @ (Value::Str(_) | Value::Bytes(_)) = ns_util::recv(x) {
        if !matches!(x, Value::Str(_) | Value::Bytes(_)) {
            return float_from_value(vm, &inner.clone());
        }
    }
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            as_int(x).map_or(Ok(0.0), |i| i.to_f64())
        }
        Value::Str(s) => parse_float(s.as_str()).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                super::str::str_repr(s.as_str())
            ))
        }),
        Value::Bytes(b) => {
            let text = std::str::from_utf8(&b.data).ok().and_then(parse_float);
            text.ok_or_else(|| {
                PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    super::bytes::bytes_repr(&b.data)
                ))
            })
        }
        Value::Instance(_) => {
            if let Some(m) = vm.getattr_opt(x, &super::str::intern("__float__"))? {
                return match vm.call(&m, &[])? {
                    Value::Float(f) => Ok(f),
                    r => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(vm, x),
                        type_name(vm, &r)
                    ))),
                };
            }
            if vm
                .getattr_opt(x, &super::str::intern("__index__"))?
                .is_some()
            {
                let i = vm.index(x)?;
                return as_int(&i).map_or(Ok(0.0), |i| i.to_f64());
            }
            Err(not_a_number(vm, x))
        }
        _ => Err(not_a_number(vm, x)),
    }
}

fn not_a_number(vm: &Vm, x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(vm, x)
    ))
}

/// `float(x=0.0)`; `args` exclude the type.
pub fn float_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    ns_util::no_kwargs("float", kwargs)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::Float(0.0)),
        Some(v) => Ok(Value::Float(float_from_value(vm, v)?)),
    }
}

// ---------------------------------------------------------------------------------------------
// round, ratios, hex.

/// The exact value of a finite float as `(numerator, denominator)` in lowest terms.
pub fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut exp = if exp_bits == 0 {
        -1074
    } else {
        exp_bits - 1075
    };
    if exp_bits != 0 {
        mant |= 1u64 << 52;
    }
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    if x < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        Ok((num << (exp as usize), BigInt::from(1)))
    } else {
        Ok((num, BigInt::from(1) << ((-exp) as usize)))
    }
}

/// `round(x, ndigits)` with a float result, correctly rounded (CPython's `double_round`).
pub fn float_round(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let r = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        let (num, den) = as_integer_ratio(x)?;
        let p = num_traits::pow::Pow::pow(BigInt::from(10), (-ndigits) as u32);
        let d = den * &p;
        let (q, rem) = num.div_mod_floor(&d);
        let twice = rem * 2;
        let q = if twice > d || (twice == d && q.is_odd()) {
            q + 1
        } else {
            q
        };
        let v = q * p;
        match v.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => {
                return Err(PyErr::overflow_error(
                    "rounded value too large to represent",
                ))
            }
        }
    };
    if r.is_infinite() {
        return Err(PyErr::overflow_error(
            "rounded value too large to represent",
        ));
    }
    // Keep the sign of zero results (round(-0.4, 0) == -0.0).
    Ok(if r == 0.0 { 0f64.copysign(x) } else { r })
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        let e = exp_bits - 1023;
        format!(
            "{sign}0x1.{mant:013x}p{}{}",
            if e < 0 { "-" } else { "+" },
            e.abs()
        )
    }
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> PyResult<f64> {
    let invalid = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sgn = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Ok(sgn * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match b.split_once('p') {
        Some((m, e)) => {
            let e: i64 = match e.parse::<i64>() {
                Ok(v) => v,
                Err(_) => {
                    if e.trim_start_matches(['+', '-'])
                        .bytes()
                        .all(|c| c.is_ascii_digit())
                        && !e.is_empty()
                    {
                        if e.starts_with('-') {
                            -(1 << 40)
                        } else {
                            1 << 40
                        }
                    } else {
                        return Err(invalid());
                    }
                }
            };
            (m, e)
        }
        None => (b, 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(invalid());
    }
    if !ip.bytes().chain(fp.bytes()).all(|c| c.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let digits = format!("{ip}{fp}");
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sgn * 0.0);
    }
    let e = exp.saturating_sub(4 * fp.len() as i64);
    // value = m * 2**e; round to 53 bits (or fewer for subnormals) with half-even.
    let mbits = m.bits() as i64;
    let top = mbits + e; // value in [2**(top-1), 2**top)
    if top > 1024 {
        return Err(PyErr::overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    if top < -1074 {
        return Ok(sgn * 0.0);
    }
    let keep = if top > -1022 { 53 } else { (top + 1074).max(0) };
    let shift = mbits - keep;
    let (q, e2) = if shift > 0 {
        let s = shift as usize;
        let q = &m >> s;
        let rem = &m - (&q << s);
        let half = BigInt::from(1) << (s - 1);
        let q = if rem > half || (rem == half && q.is_odd()) {
            q + 1
        } else {
            q
        };
        (q, e + shift)
    } else {
        (m, e)
    };
    let r = int::ldexp(q.to_f64().unwrap_or(0.0), e2 as i32);
    if r.is_infinite() {
        return Err(PyErr::overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(sgn * r)
}

// ---------------------------------------------------------------------------------------------
// Slots and methods.

fn fv(v: &Value) -> f64 {
    match ns_util::recv(v) {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn slot_repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(float_repr(fv(v)))
}

fn slot_hash(_vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(hash_f64(fv(v)))
}

fn slot_richcompare(_vm: &mut Vm, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
    let b = ns_util::recv(b);
    Ok(match float_richcompare(fv(a), b, op) {
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

fn slot_unary(_vm: &mut Vm, v: &Value, op: UnaryKind) -> PyResult<Value> {
    let x = fv(v);
    Ok(Value::Float(match op {
        UnaryKind::Neg => -x,
        UnaryKind::Pos => x,
        UnaryKind::Abs => x.abs(),
        UnaryKind::Invert => return Ok(Value::NotImplemented),
    }))
}

fn slot_bool(_vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(fv(v) != 0.0)
}

pub fn slots() -> TypeSlots {
    TypeSlots {
        repr: Some(slot_repr),
        hash: Some(slot_hash),
        richcompare: Some(slot_richcompare),
        binary_op: Some(slot_binary_op),
        unary: Some(slot_unary),
        bool: Some(slot_bool),
        new: Some(float_new),
        ..TypeSlots::default()
    }
}

fn m_is_integer(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.is_integer", args, kw)?;
    let x = fv(&args[0]);
    Ok(Value::Bool(x.is_finite() && x == x.trunc()))
}

fn m_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.as_integer_ratio", args, kw)?;
    let (n, d) = as_integer_ratio(fv(&args[0]))?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn m_hex(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.hex", args, kw)?;
    Ok(Value::from_string(float_hex(fv(&args[0]))))
}

fn m_fromhex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = ns_util::args_one("float.fromhex", args, kw)?;
    match s {
        Value::Str(s) => Ok(Value::Float(float_fromhex(s.as_str())?)),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            type_name(vm, other)
        ))),
    }
}

fn m_conjugate(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.conjugate", args, kw)?;
    Ok(Value::Float(fv(&args[0])))
}

fn m_float(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.__float__", args, kw)?;
    Ok(Value::Float(fv(&args[0])))
}

fn m_trunc(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.__trunc__", args, kw)?;
    int::float_to_int(fv(&args[0]))
}

fn m_floor(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.__floor__", args, kw)?;
    int::float_to_int(fv(&args[0]).floor())
}

fn m_ceil(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.__ceil__", args, kw)?;
    int::float_to_int(fv(&args[0]).ceil())
}

/// `round(x)` / `round(x, ndigits)` for a float.
pub fn round_value(vm: &mut Vm, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    match ndigits {
        None | Some(Value::None) => int::float_to_int(x.round_ties_even()),
        Some(n) => {
            let n = vm.index(n)?;
            let n = match as_int(&n) {
                Some(IntRef::Small(i)) => i,
                Some(IntRef::Big(b)) => {
                    if b.is_negative() {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                None => 0,
            };
            Ok(Value::Float(float_round(x, n)?))
        }
    }
}

fn m_round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = ns_util::positional(
        "float.__round__",
        "__round__",
        ns_util::Style::Check,
        args,
        kw,
        0,
        1,
    )?;
    round_value(vm, fv(&args[0]), a[0].as_ref())
}

fn m_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let spec = ns_util::args_one("float.__format__", args, kw)?;
    match spec {
        // An empty spec formats a subclass instance as str(self) (CPython's format_obj).
        Value::Str(s) if s.as_str().is_empty() && matches!(args[0], Value::Instance(_)) => {
            Ok(Value::Str(vm.str(&args[0])?))
        }
        Value::Str(s) => Ok(Value::from_string(super::format::format_float(
            fv(&args[0]),
            s.as_str(),
        )?)),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(vm, other)
        ))),
    }
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    ns_util::args_none("float.__getnewargs__", args, kw)?;
    Ok(Value::tuple(vec![Value::Float(fv(&args[0]))]))
}

fn g_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(fv(v)))
}
fn g_imag(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", m_is_integer),
    ("as_integer_ratio", m_as_integer_ratio),
    ("hex", m_hex),
    ("conjugate", m_conjugate),
    ("__float__", m_float),
    ("__int__", m_trunc),
    ("__trunc__", m_trunc),
    ("__floor__", m_floor),
    ("__ceil__", m_ceil),
    ("__round__", m_round),
    ("__format__", m_format),
    ("__getnewargs__", m_getnewargs),
];

/// Class methods: called with the class as `args[0]`.
pub const CLASSMETHODS: &[(&str, NativeFn)] = &[("fromhex", m_fromhex)];

pub const GETSETS: &[(&str, Getter)] = &[("real", g_real), ("imag", g_imag)];

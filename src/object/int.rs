//! `int` arithmetic: the i64 fast path with checked operations, promotion to BigInt
//! (`Value::Long`) on overflow and demotion back (`Value::from_bigint`); floor division and
//! modulo with Python's signs; pow (incl. 3-argument pow with modular inverses); shifts and bit
//! operations (two's-complement semantics on BigInt); correctly rounded true division
//! (CPython's `long_true_divide`); exact int/float comparison; CPython's integer hash
//! (modulo 2**61 - 1, `hash(-1) == -2`); parsing (`int(str, base)`) and repr with the 3.11
//! 4300-digit limit. `bool` is an int here: `True + 1 == 2`.
//!
//! The type's slots, methods and constructor live in `int_methods.rs`.
//! Invariant: every function that returns an int `Value` returns `Value::Int` when the result
//! fits in i64 (never a `Long` that fits), so equal ints have one representation.

use super::{ExcType, PyErr, PyResult, Value};
use crate::bytecode::{BinOpKind, CmpKind};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

pub use super::int_methods::{int_from_value, int_new, CLASSMETHODS};
pub use super::int_methods::{slots, GETSETS, METHODS};

/// CPython's `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

thread_local! {
    /// `sys.get_int_max_str_digits()`: 0 means no limit.
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// The current int/str conversion limit (`sys.set_int_max_str_digits`); 0 is unlimited.
pub fn max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)` (validated by the caller).
pub fn set_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether `digits` decimal digits exceed the current limit.
#[inline]
pub fn over_str_limit(digits: usize) -> bool {
    let m = max_str_digits();
    m != 0 && digits > m
}
/// The modulus of numeric hashes (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

/// A borrowed view of an int-like value (`int` or `bool`).
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The int view of `v` if it is an `int` or a `bool`.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Long(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

impl<'a> IntRef<'a> {
    pub fn to_big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    /// `int.bit_length()`.
    pub fn bits(self) -> u64 {
        match self {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        }
    }
    /// `float(i)`: correctly rounded; OverflowError "int too large to convert to float".
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }
    pub fn to_value(self) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::Long(Rc::new(b.clone())),
        }
    }
}

/// `float(b)` for a BigInt (correctly rounded, round-half-even).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(too_large_for_float()),
    }
}

pub fn too_large_for_float() -> PyErr {
    PyErr::overflow_error("int too large to convert to float")
}

#[inline]
fn big(b: BigInt) -> Value {
    Value::from_bigint(b)
}

// ---------------------------------------------------------------------------------------------
// Fast paths the VM inlines (both operands already known to be i64).

/// `a + b` (promotes to BigInt on overflow).
#[inline]
pub fn int_add(a: i64, b: i64) -> Value {
    match a.checked_add(b) {
        Some(r) => Value::Int(r),
        None => big(BigInt::from(a) + b),
    }
}

/// `a - b`.
#[inline]
pub fn int_sub(a: i64, b: i64) -> Value {
    match a.checked_sub(b) {
        Some(r) => Value::Int(r),
        None => big(BigInt::from(a) - b),
    }
}

/// `a * b`.
#[inline]
pub fn int_mul(a: i64, b: i64) -> Value {
    match a.checked_mul(b) {
        Some(r) => Value::Int(r),
        None => big(BigInt::from(a) * b),
    }
}

/// `a // b` with Python's flooring ("integer division or modulo by zero").
#[inline]
pub fn int_floordiv(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    if b == -1 {
        return Ok(int_neg(IntRef::Small(a)));
    }
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Ok(Value::Int(q - 1))
    } else {
        Ok(Value::Int(q))
    }
}

/// `a % b` with the sign of `b` ("integer modulo by zero").
#[inline]
pub fn int_mod(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(Value::Int(0));
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(Value::Int(r + b))
    } else {
        Ok(Value::Int(r))
    }
}

/// `divmod(a, b)` for ints as a pair of values.
pub fn int_divmod(a: IntRef, b: IntRef) -> PyResult<(Value, Value)> {
    if b.is_zero() {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if !(x == i64::MIN && y == -1) {
            let (q, r) = x.div_mod_floor(&y);
            return Ok((Value::Int(q), Value::Int(r)));
        }
    }
    let (q, r) = a.to_big().div_mod_floor(&b.to_big());
    Ok((big(q), big(r)))
}

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`).
pub fn int_truediv(a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        const LIM: i64 = 1 << 53;
        if (-LIM..=LIM).contains(&x) && (-LIM..=LIM).contains(&y) {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let an = a.to_big().abs();
    let bn = b.to_big().abs();
    if an.is_zero() {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    // Both fit exactly in a double: one correctly rounded division.
    if an.bits() <= 53 && bn.bits() <= 53 {
        let r = an.to_f64().unwrap_or(0.0) / bn.to_f64().unwrap_or(1.0);
        return Ok(if negate { -r } else { r });
    }
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let diff = an.bits() as i64 - bn.bits() as i64;
    if diff > MAX_EXP {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    if diff < MIN_EXP - MANT - 1 {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        &an << ((-shift) as usize)
    } else {
        let s = shift as usize;
        let x = &an >> s;
        if (&x << s) != an {
            inexact = true;
        }
        x
    };
    let (q, r) = x.div_rem(&bn);
    if !r.is_zero() {
        inexact = true;
    }
    let mut q = q.to_u64().unwrap_or(0);
    let x_bits = 64 - q.leading_zeros() as i64;
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT;
    // Round q to a multiple of 2**extra_bits, half to even, with `inexact` as sticky bit.
    let mask: u64 = 1u64 << (extra_bits - 1);
    let low = q | inexact as u64;
    q = if (low & mask) != 0 && (low & (3 * mask - 1)) != 0 {
        low + mask
    } else {
        low
    };
    q &= !(2 * mask - 1);
    let dq = q as f64;
    let result = ldexp(dq, shift as i32);
    if result.is_infinite() {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negate { -result } else { result })
}

/// `x * 2**e` exactly (when representable), like C's `ldexp`.
pub fn ldexp(x: f64, e: i32) -> f64 {
    let mut x = x;
    let mut e = e;
    // Scale in steps so intermediate powers stay finite and normal.
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        // Avoid double rounding: only the last step may produce a subnormal.
        if e >= -2000 {
            let h = e / 2;
            x *= 2f64.powi(h);
            x *= 2f64.powi(e - h);
            return x;
        }
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// `a ** b` for ints; a negative exponent gives a float (`int ** negative`).
pub fn int_pow(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let fa = a.to_f64()?;
        let fb = b.to_f64()?;
        return super::float::float_pow(fa, fb).map(Value::Float);
    }
    // Small exponent fast path.
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Ok(y32) = u32::try_from(y) {
            if let Some(r) = x.checked_pow(y32) {
                return Ok(Value::Int(r));
            }
        }
    }
    // Bases whose powers stay small however large the exponent.
    if let Some(x) = a.to_i64() {
        match x {
            0 => return Ok(Value::Int(if b.is_zero() { 1 } else { 0 })),
            1 => return Ok(Value::Int(1)),
            -1 => {
                let odd = match b {
                    IntRef::Small(y) => y & 1 == 1,
                    IntRef::Big(y) => y.is_odd(),
                };
                return Ok(Value::Int(if odd { -1 } else { 1 }));
            }
            _ => {}
        }
    }
    let e = match b.to_i64().and_then(|e| u32::try_from(e).ok()) {
        Some(e) => e,
        None => return Err(PyErr::new(ExcType::MemoryError, "")),
    };
    // Rough size guard: refuse results beyond ~2**36 bits instead of exhausting memory.
    if a.bits().saturating_mul(e as u64) > (1u64 << 34) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    Ok(big(num_traits::pow::Pow::pow(a.to_big().as_ref(), e)))
}

/// `pow(a, b, m)` for ints (3.8+ semantics: negative exponents use the modular inverse).
pub fn int_pow_mod(a: IntRef, b: IntRef, m: IntRef) -> PyResult<Value> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let m_big = m.to_big().into_owned();
    let m_neg = m_big.is_negative();
    let m_abs = m_big.abs();
    if m_abs.is_one() {
        return Ok(Value::Int(0));
    }
    let mut base = a.to_big().mod_floor(&m_abs);
    let mut exp = b.to_big().into_owned();
    if exp.is_negative() {
        base = match mod_inverse(&base, &m_abs) {
            Some(inv) => inv,
            None => {
                return Err(PyErr::value_error(
                    "base is not invertible for the given modulus",
                ))
            }
        };
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m_abs);
    if m_neg && !r.is_zero() {
        r -= &m_abs;
    }
    Ok(big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `a << b` ("negative shift count"; OverflowError "too many digits in integer" for absurd
/// shifts).
pub fn int_lshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let s = match b.to_i64() {
        Some(s) if s <= (1 << 40) => s as u64,
        _ => return Err(PyErr::overflow_error("too many digits in integer")),
    };
    if let IntRef::Small(x) = a {
        if s < 63 {
            let r = x << s;
            if r >> s == x {
                return Ok(Value::Int(r));
            }
        }
    }
    if a.bits() + s > (1u64 << 34) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    Ok(big(a.to_big().as_ref() << (s as usize)))
}

/// `a >> b` (floors: `-5 >> 1 == -3`).
pub fn int_rshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    let s = match b.to_i64() {
        Some(s) => s as u64,
        None => u64::MAX,
    };
    if s > a.bits() {
        return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
    }
    match a {
        IntRef::Small(x) => Ok(Value::Int(x >> s.min(63))),
        IntRef::Big(x) => Ok(big(x >> (s as usize))),
    }
}

fn bitop(a: IntRef, b: IntRef, op: BinOpKind) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::Int(match op {
            BinOpKind::And => x & y,
            BinOpKind::Or => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_big(), b.to_big());
    big(match op {
        BinOpKind::And => x.as_ref() & y.as_ref(),
        BinOpKind::Or => x.as_ref() | y.as_ref(),
        _ => x.as_ref() ^ y.as_ref(),
    })
}

/// `a op b` for two int-likes (int/bool). `None` when either operand is not int-like or the
/// operator is not an int operator (`@`); bool `& | ^` bool gives a bool. Inplace kinds are
/// treated as their base operator (ints are immutable).
pub fn binary_op(op: BinOpKind, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = (as_int(a)?, as_int(b)?);
    let op = op.base();
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOpKind::And => return Some(Ok(Value::Bool(*p & *q))),
            BinOpKind::Or => return Some(Ok(Value::Bool(*p | *q))),
            BinOpKind::Xor => return Some(Ok(Value::Bool(*p ^ *q))),
            _ => {}
        }
    }
    int_binop(op, x, y)
}

/// The int operator table on int views; `None` for operators ints do not support.
pub fn int_binop(op: BinOpKind, x: IntRef, y: IntRef) -> Option<PyResult<Value>> {
    use BinOpKind::*;
    if let (IntRef::Small(p), IntRef::Small(q)) = (x, y) {
        match op {
            Add => return Some(Ok(int_add(p, q))),
            Subtract => return Some(Ok(int_sub(p, q))),
            Multiply => return Some(Ok(int_mul(p, q))),
            FloorDivide => return Some(int_floordiv(p, q)),
            Remainder => return Some(int_mod(p, q)),
            _ => {}
        }
    }
    Some(match op {
        Add => Ok(big(x.to_big().as_ref() + y.to_big().as_ref())),
        Subtract => Ok(big(x.to_big().as_ref() - y.to_big().as_ref())),
        Multiply => Ok(big(x.to_big().as_ref() * y.to_big().as_ref())),
        FloorDivide => {
            if y.is_zero() {
                Err(PyErr::zero_division("integer division or modulo by zero"))
            } else {
                Ok(big(x.to_big().div_floor(y.to_big().as_ref())))
            }
        }
        Remainder => {
            if y.is_zero() {
                Err(PyErr::zero_division("integer modulo by zero"))
            } else {
                Ok(big(x.to_big().mod_floor(y.to_big().as_ref())))
            }
        }
        TrueDivide => int_truediv(x, y).map(Value::Float),
        Power => int_pow(x, y),
        Lshift => int_lshift(x, y),
        Rshift => int_rshift(x, y),
        And | Or | Xor => Ok(bitop(x, y, op)),
        _ => return None,
    })
}

/// `-x`.
pub fn int_neg(x: IntRef) -> Value {
    match x {
        IntRef::Small(i) => match i.checked_neg() {
            Some(r) => Value::Int(r),
            None => big(-BigInt::from(i)),
        },
        IntRef::Big(b) => big(-b.clone()),
    }
}

/// `abs(x)`.
pub fn int_abs(x: IntRef) -> Value {
    if x.is_negative() {
        int_neg(x)
    } else {
        match x {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::Long(Rc::new(b.clone())),
        }
    }
}

/// `~x == -x - 1`.
pub fn int_invert(x: IntRef) -> Value {
    match x {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => big(-b - 1),
    }
}

// ---------------------------------------------------------------------------------------------
// Comparison.

/// Compare two int views.
pub fn int_cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.to_big().as_ref().cmp(b.to_big().as_ref()),
    }
}

/// Exact comparison of an int with a float (CPython's `float_richcompare`): `None` when the
/// float is NaN (unordered).
pub fn int_float_cmp(a: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(i) = a {
        if i.unsigned_abs() <= (1u64 << 53) {
            return (i as f64).partial_cmp(&f);
        }
    }
    let t = f.trunc();
    let ti = float_to_bigint(t);
    match a.to_big().as_ref().cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Apply a comparison kind to an ordering (`None` = unordered: only `!=` holds).
pub fn cmp_result(o: Option<Ordering>, op: CmpKind) -> bool {
    match o {
        None => op == CmpKind::Ne,
        Some(o) => match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        },
    }
}

/// The integral value of a finite float as a BigInt (truncating).
pub fn float_to_bigint(f: f64) -> BigInt {
    let f = f.trunc();
    if f.abs() < 9.2e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << (exp as usize)
    } else {
        m >> ((-exp) as usize)
    };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

/// `int(f)` ("cannot convert float NaN to integer", "cannot convert float infinity to
/// integer").
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(big(float_to_bigint(t)))
}

// ---------------------------------------------------------------------------------------------
// Hashing.

/// CPython's hash of an i64 (modulo 2**61 - 1, sign kept, -1 becomes -2).
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a BigInt.
pub fn hash_big(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_int(x: IntRef) -> i64 {
    match x {
        IntRef::Small(i) => hash_i64(i),
        IntRef::Big(b) => hash_big(b),
    }
}

// ---------------------------------------------------------------------------------------------
// repr and parsing.

fn limit_error_str() -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    ))
}

/// `repr(i)` / `str(i)` (ValueError past 4300 digits).
pub fn int_repr(x: IntRef) -> PyResult<String> {
    match x {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            // bits * log10(2) bounds the digit count; only check precisely near the limit.
            let m = max_str_digits();
            if m != 0 && b.bits() as usize > (m + 1) * 10 / 3 + 10 {
                return Err(limit_error_str());
            }
            let s = b.to_string();
            let digits = s.len() - b.is_negative() as usize;
            if over_str_limit(digits) {
                return Err(limit_error_str());
            }
            Ok(s)
        }
    }
}

/// Digits of `|x|` in a power-of-two or other base (for hex/oct/bin and format codes).
pub fn int_to_base(x: IntRef, base: u32, upper: bool) -> String {
    let s = match x {
        IntRef::Small(i) => {
            let u = i.unsigned_abs();
            match base {
                2 => format!("{u:b}"),
                8 => format!("{u:o}"),
                16 => format!("{u:x}"),
                _ => u.to_string(),
            }
        }
        IntRef::Big(b) => b.magnitude().to_str_radix(base),
    };
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

/// Why `parse_int` failed.
#[derive(Debug, PartialEq, Eq)]
pub enum ParseIntError {
    Invalid,
    /// More than 4300 decimal digits (the count is reported).
    TooManyDigits(usize),
}

/// Parse an int literal as `int(s, base)` does: surrounding whitespace, a sign, an optional
/// `0x`/`0o`/`0b` prefix matching the base (or any prefix with base 0), single underscores
/// between digits. `base` is 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Result<Value, ParseIntError> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let lower2: String = body
        .chars()
        .take(2)
        .collect::<String>()
        .to_ascii_lowercase();
    let prefixed = match lower2.as_str() {
        "0x" if base == 16 || base == 0 => Some(16),
        "0o" if base == 8 || base == 0 => Some(8),
        "0b" if base == 2 || base == 0 => Some(2),
        _ => None,
    };
    let mut allow_leading_underscore = false;
    if let Some(b) = prefixed {
        base = b;
        body = &body[2..];
        allow_leading_underscore = true;
    } else if base == 0 {
        base = 10;
        // Base 0 forbids leading zeros on non-zero decimals ("010").
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        if digits.len() > 1 && digits.starts_with('0') && !digits.bytes().all(|b| b == b'0') {
            return Err(ParseIntError::Invalid);
        }
        if body.starts_with('0') && body.contains('_') && !digits.bytes().all(|b| b == b'0') {
            return Err(ParseIntError::Invalid);
        }
    }
    if body.is_empty() {
        return Err(ParseIntError::Invalid);
    }
    // Validate underscores and digits; collect plain ASCII digits.
    let mut clean = String::with_capacity(body.len());
    let mut prev_underscore = false;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore || (clean.is_empty() && !allow_leading_underscore) {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
        } else {
            let d = match c.to_digit(36) {
                Some(d) => d,
                None => match unicode_decimal(c) {
                    Some(d) => d,
                    None => return Err(ParseIntError::Invalid),
                },
            };
            if d >= base {
                return Err(ParseIntError::Invalid);
            }
            clean.push(std::char::from_digit(d, 36).unwrap_or('0'));
            prev_underscore = false;
        }
    }
    if prev_underscore || clean.is_empty() {
        return Err(ParseIntError::Invalid);
    }
    if base == 10 && over_str_limit(clean.len()) {
        return Err(ParseIntError::TooManyDigits(clean.len()));
    }
    if clean.len() <= 12 || (base == 16 && clean.len() <= 15) {
        if let Ok(v) = i64::from_str_radix(&clean, base) {
            return Ok(Value::Int(if neg { -v } else { v }));
        }
    }
    match BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(b) => Ok(big(if neg { -b } else { b })),
        None => Err(ParseIntError::Invalid),
    }
}

/// The value of a Unicode decimal digit outside ASCII (the common `Nd` blocks), as CPython's
/// `int()`/`float()` accept them.
pub fn unicode_decimal(c: char) -> Option<u32> {
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
        0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let u = c as u32;
    if u < 0x80 {
        return None;
    }
    for &z in ZEROS {
        if u >= z && u < z + 10 {
            return Some(u - z);
        }
    }
    None
}

/// The BigInt of an int value (for callers that need owned arithmetic).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(|x| x.to_big().into_owned())
}

/// The sign of an int value.
pub fn int_sign(x: IntRef) -> Sign {
    match x {
        IntRef::Small(i) => match i.cmp(&0) {
            Ordering::Less => Sign::Minus,
            Ordering::Equal => Sign::NoSign,
            Ordering::Greater => Sign::Plus,
        },
        IntRef::Big(b) => b.sign(),
    }
}

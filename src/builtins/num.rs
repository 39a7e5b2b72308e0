//! Numeric builtins: `chr`, `ord`, `hex`, `oct`, `bin`, `abs`, `divmod`, `pow` (3-argument
//! modular form with negative exponents), `round` (ints with negative ndigits, floats
//! correctly rounded half-to-even like CPython's `double_round`).

use super::args::{self, Kwargs};
use crate::bytecode::BinOpKind;
use crate::object::class::UnaryKind;
use crate::object::{ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An int value as a BigInt (after `__index__`).
pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::Long(b) => Ok((**b).clone()),
        _ => match vm.index(v)? {
            Value::Int(i) => Ok(BigInt::from(i)),
            Value::Long(b) => Ok((*b).clone()),
            Value::Bool(b) => Ok(BigInt::from(b as i64)),
            _ => Err(PyErr::type_error("__index__ returned non-int")),
        },
    }
}

pub fn builtin_chr(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("chr", a, kw)?;
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match vm.index(v)? {
            Value::Int(i) => i,
            _ => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C int",
                ))
            }
        },
    };
    if i32::try_from(i).is_err() {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    if !(0..0x110000).contains(&i) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::from_string(c.to_string())),
        None => Err(PyErr::new(
            ExcType::UnicodeEncodeError,
            "surrogates not allowed",
        )),
    }
}

pub fn builtin_ord(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("ord", a, kw)?;
    match v {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        Value::Bytes(b) if b.data.len() == 1 => Ok(Value::Int(b.data[0] as i64)),
        Value::Bytes(b) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.data.len()
        ))),
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            args::type_name(vm, v)
        ))),
    }
}

fn radix_str(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    let v = args::one_arg(name, a, kw)?;
    let n = to_bigint(vm, v)?;
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::from_string(format!("{sign}{prefix}{digits}")))
}

pub fn builtin_hex(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_str(vm, "hex", a, kw, 16, "0x")
}
pub fn builtin_oct(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_str(vm, "oct", a, kw, 8, "0o")
}
pub fn builtin_bin(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    radix_str(vm, "bin", a, kw, 2, "0b")
}

pub fn builtin_abs(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("abs", a, kw)?;
    match v {
        Value::Int(i) if *i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => vm.unary(v, UnaryKind::Abs),
    }
}

/// Python floor division and modulo on i64 (None on overflow).
fn int_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

pub fn builtin_divmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("divmod", a, kw, 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Float(_)
        )
    };
    if numeric(x) && numeric(y) {
        if let (Value::Int(p), Value::Int(q)) = (x, y) {
            if *q == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            if let Some((d, m)) = int_divmod(*p, *q) {
                return Ok(crate::object::tuple::pair_value(
                    Value::Int(d),
                    Value::Int(m),
                ));
            }
        }
        let is_float = matches!(x, Value::Float(_)) || matches!(y, Value::Float(_));
        let d = vm.binary_op(x, y, BinOpKind::FloorDivide);
        let d = match d {
            Err(e) if is_float && args::err_is(vm, &e, ExcType::ZeroDivisionError) => {
                return Err(PyErr::zero_division("float divmod()"))
            }
            r => r?,
        };
        let m = vm.binary_op(x, y, BinOpKind::Remainder)?;
        return Ok(crate::object::tuple::pair_value(d, m));
    }
    if let Some(f) = vm.lookup_special(x, "__divmod__") {
        let r = vm.call(&f, std::slice::from_ref(y))?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = vm.lookup_special(y, "__rdivmod__") {
        let r = vm.call(&f, std::slice::from_ref(x))?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        args::type_name(vm, x),
        args::type_name(vm, y)
    )))
}

/// `pow(base, exp, mod)` for ints (`long_pow` with a modulus).
fn int_modpow(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let (base, exp) = if exp.is_negative() {
        // Modular inverse via the extended Euclidean algorithm.
        let b = base.mod_floor(&mabs);
        let g = b.extended_gcd(&mabs);
        if !g.gcd.is_one() {
            return Err(PyErr::value_error(
                "base is not invertible for the given modulus",
            ));
        }
        (g.x.mod_floor(&mabs), -exp)
    } else {
        (base.clone(), exp.clone())
    };
    let mut r = base.modpow(&exp, &mabs);
    if mabs.is_one() {
        r = BigInt::zero();
    }
    // The result has the sign of the modulus (Python's %).
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(r)
}

pub fn builtin_pow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            a.len()
        )));
    }
    let [kb, ke, km] = args::take_kwargs("pow", kw, ["base", "exp", "mod"])?;
    let base = a
        .first()
        .cloned()
        .or(kb)
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = a
        .get(1)
        .cloned()
        .or(ke)
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = a.get(2).cloned().or(km).unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOpKind::Power);
    }
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::Long(_));
    if is_int(&base) && is_int(&exp) && is_int(&m) {
        let (b, e, md) = (
            to_bigint(vm, &base)?,
            to_bigint(vm, &exp)?,
            to_bigint(vm, &m)?,
        );
        return Ok(Value::from_bigint(int_modpow(&b, &e, &md)?));
    }
    if let Some(f) = vm.lookup_special(&base, "__pow__") {
        if matches!(base, Value::Instance(_)) {
            let r = vm.call(&f, &[exp.clone(), m.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    let numeric = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
    if numeric(&base) && numeric(&exp) && numeric(&m) {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        args::type_name(vm, &base),
        args::type_name(vm, &exp),
        args::type_name(vm, &m)
    )))
}

/// Round a BigInt to a multiple of 10**k, half to even.
fn round_int_pow10(n: &BigInt, k: u32) -> BigInt {
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2u32;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

/// A float as an int (`float.__int__` semantics for round()).
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9.2e18 {
        return Ok(Value::Int(f as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(f).unwrap_or_default();
    Ok(Value::from_bigint(b))
}

/// `double_round(x, ndigits)`: correctly rounded, half to even on the exact binary value.
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
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        if r.is_infinite() {
            return Err(PyErr::overflow_error(
                "rounded value too large to represent",
            ));
        }
        return Ok(r);
    }
    // Negative ndigits: exact rational arithmetic on mantissa * 2**exp.
    let k = (-ndigits) as u32;
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = if exp == 0 { -1075 + 1 - 1 } else { exp - 1075 };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (num, den) = if e >= 0 {
        (BigInt::from(mant) << e as usize, p.clone())
    } else {
        (BigInt::from(mant), p.clone() << (-e) as usize)
    };
    let (q, r) = num.div_mod_floor(&den);
    let twice: BigInt = &r * 2u32;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    let v = (q * p).to_f64().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(PyErr::overflow_error(
            "rounded value too large to represent",
        ));
    }
    Ok(if x < 0.0 { -v } else { v })
}

pub fn builtin_round(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let [kn, kd] = args::take_kwargs("round", kw, ["number", "ndigits"])?;
    let number =
        a.first().cloned().or(kn).ok_or_else(|| {
            PyErr::type_error("round() missing required argument 'number' (pos 1)")
        })?;
    let nd = a.get(1).cloned().or(kd).filter(|v| !v.is_none());
    match &number {
        Value::Float(f) => match nd {
            None => {
                let r = f.round_ties_even();
                float_to_int(r)
            }
            Some(n) => {
                let n = match args::index_i64(vm, &n) {
                    Ok(n) => n,
                    Err(e) if args::err_is(vm, &e, ExcType::OverflowError) => {
                        if to_bigint(vm, &n)?.is_negative() {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                    Err(e) => return Err(e),
                };
                Ok(Value::Float(float_round(*f, n)?))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            let Some(n) = nd else {
                return Ok(match number {
                    Value::Bool(b) => Value::Int(b as i64),
                    other => other,
                });
            };
            let n = args::index_i64(vm, &n)?;
            if n >= 0 {
                return Ok(match number {
                    Value::Bool(b) => Value::Int(b as i64),
                    other => other,
                });
            }
            let b = to_bigint(vm, &number)?;
            let k = n.unsigned_abs().min(10_000) as u32;
            Ok(Value::from_bigint(round_int_pow10(&b, k)))
        }
        _ => match vm.lookup_special(&number, "__round__") {
            Some(f) => match nd {
                None => vm.call(&f, &[]),
                Some(n) => vm.call(&f, &[n]),
            },
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                args::type_name(vm, &number)
            ))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_half_even_like_cpython() {
        // python3: round(2.675, 2) == 2.67, round(2.5, 0) == 2.0, round(1.23456, -1) == 0.0,
        // round(1250.4, -2) == 1300.0, round(1250.0, -2) == 1200.0, round(0.125, 2) == 0.12
        assert_eq!(float_round(2.675, 2).unwrap(), 2.67);
        assert_eq!(float_round(2.5, 0).unwrap(), 2.0);
        assert_eq!(float_round(1.23456, -1).unwrap(), 0.0);
        assert_eq!(float_round(1250.4, -2).unwrap(), 1300.0);
        assert_eq!(float_round(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(float_round(0.125, 2).unwrap(), 0.12);
        assert_eq!(float_round(0.375, 2).unwrap(), 0.38);
    }

    #[test]
    fn int_round_negative_ndigits() {
        // python3: round(1250, -2) == 1200, round(35, -1) == 40, round(-35, -1) == -40
        assert_eq!(round_int_pow10(&BigInt::from(1250), 2), BigInt::from(1200));
        assert_eq!(round_int_pow10(&BigInt::from(35), 1), BigInt::from(40));
        assert_eq!(round_int_pow10(&BigInt::from(-35), 1), BigInt::from(-40));
    }

    #[test]
    fn modpow_negative_exponent() {
        // python3: pow(2, -1, 7) == 4; pow(3, 4, -5) == -4; pow(5, 0, 1) == 0
        assert_eq!(
            int_modpow(&2.into(), &(-1).into(), &7.into()).unwrap(),
            BigInt::from(4)
        );
        assert_eq!(
            int_modpow(&3.into(), &4.into(), &(-5).into()).unwrap(),
            BigInt::from(-4)
        );
        assert_eq!(
            int_modpow(&5.into(), &0.into(), &1.into()).unwrap(),
            BigInt::from(0)
        );
    }
}

//! The `math` module, after CPython's `Modules/mathmodule.c`: float functions with its error
//! rules ("math domain error" when a finite input gives NaN, "math range error" on overflow),
//! exact integer functions on BigInt (`factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`),
//! `log` of huge ints, and `fsum` (Shewchuk's exact partial sums). `gamma`, `erf`, `hypot`,
//! `dist` and the other special functions live in `math_special`.

use super::math_special as special;
use crate::builtins::args::{self, Kwargs};
use crate::builtins::num::{float_to_int, to_bigint};
use crate::bytecode::BinOpKind;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A real-number argument as f64 (`PyFloat_AsDouble`): "must be real number, not str".
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Long(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::overflow_error("int too large to convert to float")),
        },
        _ => {
            if let Some(f) = vm.lookup_special(v, "__float__") {
                let r = vm.call(&f, &[])?;
                if let Value::Float(x) = r {
                    return Ok(x);
                }
            }
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call(&f, &[])?;
                return to_f64(vm, &r);
            }
            Err(PyErr::type_error(format!(
                "must be real number, not {}",
                args::type_name(vm, v)
            )))
        }
    }
}

/// METH_O for `math`: CPython's messages name the module ("math.sqrt() takes exactly one
/// argument (0 given)", "math.sqrt() takes no keyword arguments").
pub(super) fn one_arg<'a>(name: &str, a: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    match (a, kw.is_empty()) {
        ([v], true) => Ok(v),
        _ => args::one_arg(&format!("math.{name}"), a, kw),
    }
}

fn arg1(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<f64> {
    let v = one_arg(name, a, kw)?;
    to_f64(vm, v)
}

/// `math_1`: apply `f` and map NaN/inf results to CPython's errors.
fn math_1(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = arg1(vm, name, a, kw)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! simple {
    ($($fname:ident, $py:literal, $f:expr, $ovf:expr;)*) => {
        $(fn $fname(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
            math_1(vm, $py, a, kw, $f, $ovf)
        })*
    };
}

simple! {
    m_sqrt, "sqrt", f64::sqrt, false;
    m_exp, "exp", f64::exp, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_sin, "sin", f64::sin, false;
    m_cos, "cos", f64::cos, false;
    m_tan, "tan", f64::tan, false;
    m_asin, "asin", f64::asin, false;
    m_acos, "acos", f64::acos, false;
    m_atan, "atan", f64::atan, false;
    m_sinh, "sinh", f64::sinh, true;
    m_cosh, "cosh", f64::cosh, true;
    m_tanh, "tanh", f64::tanh, false;
    m_asinh, "asinh", special::libm::asinh, false;
    m_acosh, "acosh", special::libm::acosh, false;
    m_atanh, "atanh", special::libm::atanh, false;
    m_fabs, "fabs", f64::abs, false;
}

/// Natural log of a positive number, exact for huge ints (`loghelper`).
fn ln_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::Long(b) = v {
        if !b.is_positive() {
            return Err(domain());
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 60;
            let top = (&**b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn m_log(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("log", a, kw, 1, 2)?;
    let num = ln_value(vm, &a[0])?;
    match a.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln_value(vm, b)?;
            if den == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn m_log2(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("log2", a, kw)?;
    if let Value::Long(_) = v {
        return Ok(Value::Float(ln_value(vm, v)? / std::f64::consts::LN_2));
    }
    let x = to_f64(vm, v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log2()))
}

fn m_log10(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("log10", a, kw)?;
    if let Value::Long(_) = v {
        return Ok(Value::Float(ln_value(vm, v)? / std::f64::consts::LN_10));
    }
    let x = to_f64(vm, v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log10()))
}

fn m_log1p(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg1(vm, "log1p", a, kw)?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn two(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<(f64, f64)> {
    args::positional(name, a, kw, 2, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

fn m_atan2(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", a, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", a, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn m_pow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", a, kw)?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    if x.is_finite() && y.is_finite() && x < 0.0 && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn m_degrees(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg1(vm, "degrees", a, kw)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg1(vm, "radians", a, kw)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn rounding(
    vm: &mut Vm,
    name: &str,
    dunder: &str,
    a: &[Value],
    kw: Kwargs,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(name, a, kw)?;
    match v {
        Value::Int(_) | Value::Long(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => float_to_int(f(*x)),
        _ => {
            if let Some(m) = vm.lookup_special(v, dunder) {
                return vm.call(&m, &[]);
            }
            if name == "trunc" {
                return Err(PyErr::type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    args::type_name(vm, v)
                )));
            }
            let x = to_f64(vm, v)?;
            float_to_int(f(x))
        }
    }
}

fn m_floor(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    rounding(vm, "floor", "__floor__", a, kw, f64::floor)
}
fn m_ceil(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    rounding(vm, "ceil", "__ceil__", a, kw, f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    rounding(vm, "trunc", "__trunc__", a, kw, f64::trunc)
}

fn m_isfinite(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, "isfinite", a, kw)?.is_finite()))
}
fn m_isinf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, "isinf", a, kw)?.is_infinite()))
}
fn m_isnan(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, "isnan", a, kw)?.is_nan()))
}

fn m_modf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg1(vm, "modf", a, kw)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

fn m_frexp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let x = arg1(vm, "frexp", a, kw)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut m, mut e) = (x, 0i64);
    // Normalise subnormals first.
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(64);
        e -= 64;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let mbits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    Ok(Value::tuple(vec![
        Value::Float(f64::from_bits(mbits)),
        Value::Int(e),
    ]))
}

fn m_ldexp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("ldexp", a, kw, 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    if matches!(a[1], Value::Float(_)) {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    }
    let e = to_bigint(vm, &a[1])?
        .to_i64()
        .unwrap_or(i64::MAX)
        .clamp(-10000, 10000) as i32;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut r = x;
    let mut e = e;
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        r /= 2f64.powi(step);
        e += step;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn nonneg_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

fn m_factorial(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("factorial", a, kw)?;
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut acc = BigInt::one();
    let mut small: u64 = 1;
    for i in 2..=n {
        match small.checked_mul(i) {
            Some(s) => small = s,
            None => {
                acc *= small;
                small = i;
            }
        }
    }
    acc *= small;
    Ok(Value::from_bigint(acc))
}

fn m_gcd(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("gcd", kw)?;
    let mut g = BigInt::zero();
    for v in a {
        let n = to_bigint(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("lcm", kw)?;
    let mut l = BigInt::one();
    for v in a {
        let n = to_bigint(vm, v)?;
        if n.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn m_isqrt(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("isqrt", a, kw)?;
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn perm_of(n: &BigInt, k: &BigInt) -> BigInt {
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while &i < k {
        acc *= n - &i;
        i += 1;
    }
    acc
}

fn m_comb(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("comb", a, kw, 2, 2)?;
    let n = nonneg_int(vm, &a[0], "n")?;
    let k = nonneg_int(vm, &a[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    // acc * (n - j) is always divisible by (j + 1): acc == C(n, j) before the step.
    let mut acc = BigInt::one();
    let mut j = BigInt::zero();
    while j < k {
        acc = acc * (&n - &j) / (&j + 1u32);
        j += 1;
    }
    Ok(Value::from_bigint(acc))
}

fn m_perm(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("perm", a, kw, 1, 2)?;
    let n = nonneg_int(vm, &a[0], "n")?;
    let k = match a.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => nonneg_int(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(perm_of(&n, &k)))
}

/// `math.fsum`: exact sum by Shewchuk's partials (`math_fsum`).
pub fn fsum_values(xs: impl Iterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in xs {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(PyErr::overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("fsum", a, kw)?;
    let it = vm.iter(v)?;
    let mut xs = Vec::new();
    while let Some(x) = vm.next(&it)? {
        xs.push(to_f64(vm, &x)?);
    }
    Ok(Value::Float(fsum_values(xs.into_iter())?))
}

fn m_prod(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::check_positional("prod", a.len(), 1, 1)?;
    let [start] = args::take_kwargs("prod", kw, ["start"])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_mul(*q) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, BinOpKind::Multiply)?,
            },
            _ => vm.binary_op(&acc, &x, BinOpKind::Multiply)?,
        };
    }
    Ok(acc)
}

fn m_isclose(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::check_positional("isclose", a.len(), 2, 2)?;
    let [rel, abs] = args::take_kwargs("isclose", kw, ["rel_tol", "abs_tol"])?;
    let x = to_f64(vm, &a[0])?;
    let y = to_f64(vm, &a[1])?;
    let rel = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "math",
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("expm1", m_expm1),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("fabs", m_fabs),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("pow", m_pow),
            ("hypot", special::m_hypot),
            ("dist", special::m_dist),
            ("gamma", special::m_gamma),
            ("lgamma", special::m_lgamma),
            ("erf", special::m_erf),
            ("erfc", special::m_erfc),
            ("cbrt", special::m_cbrt),
            ("exp2", special::m_exp2),
            ("ulp", special::m_ulp),
            ("nextafter", special::m_nextafter),
            ("remainder", special::m_remainder),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("modf", m_modf),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("factorial", m_factorial),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("isqrt", m_isqrt),
            ("comb", m_comb),
            ("perm", m_perm),
            ("fsum", m_fsum),
            ("prod", m_prod),
            ("isclose", m_isclose),
        ],
    );
    super::set(&d, "pi", Value::Float(std::f64::consts::PI));
    super::set(&d, "e", Value::Float(std::f64::consts::E));
    super::set(&d, "tau", Value::Float(std::f64::consts::TAU));
    super::set(&d, "inf", Value::Float(f64::INFINITY));
    super::set(&d, "nan", Value::Float(f64::NAN));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::fsum_values;

    #[test]
    fn fsum_is_exact() {
        // python3: math.fsum([0.1]*10) == 1.0; math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100
        assert_eq!(fsum_values(std::iter::repeat(0.1).take(10)).unwrap(), 1.0);
        assert_eq!(
            fsum_values([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50].into_iter()).unwrap(),
            1e-100
        );
    }
}

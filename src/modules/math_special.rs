//! The rest of `math` after CPython 3.11's `Modules/mathmodule.c`: `gamma`/`lgamma` (CPython's
//! own Lanczos approximation, N = 13, g = 6.024680040776729583740234375, with its reflection
//! formula and `sinpi`, so results equal python3's to the last bit rather than libm's),
//! `erf`/`erfc`/`cbrt`/`exp2`/`nextafter`/`remainder` and `asinh`/`acosh`/`atanh` (the C
//! library's, as CPython calls them: `libm`),
//! `ulp`, and `hypot`/`dist` through `vector_norm` (scaled, lossless sums of squares with a
//! final square-root correction: CPython's correctly-rounded-in-practice norm).
//!
//! Invariants: the error rules are `math_1`'s ("math domain error" for a finite input giving
//! NaN or a pole, "math range error" on overflow); no function allocates beyond its arguments.

use super::math::to_f64;
use crate::builtins::args::{self, Kwargs};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// The C library's math functions, looked up in `libm.so.6` itself: CPython calls the
/// system libm, while a Rust binary may bind `cbrt` & co. to the weak copies in
/// `compiler_builtins` (different last bits) and `f64::asinh`/`acosh`/`atanh` are Rust's own
/// formulas. Each entry falls back to the Rust function when libm cannot be opened.
pub mod libm {
    use std::sync::OnceLock;

    type F1 = extern "C" fn(f64) -> f64;
    type F2 = extern "C" fn(f64, f64) -> f64;

    struct Table {
        f1: [Option<F1>; 7],
        f2: [Option<F2>; 2],
    }

    const NAMES1: [&[u8]; 7] = [
        b"cbrt\0", b"asinh\0", b"acosh\0", b"atanh\0", b"erf\0", b"erfc\0", b"exp2\0",
    ];
    const NAMES2: [&[u8]; 2] = [b"nextafter\0", b"remainder\0"];

    fn table() -> &'static Table {
        static T: OnceLock<Table> = OnceLock::new();
        T.get_or_init(|| {
            let mut t = Table {
                f1: [None; 7],
                f2: [None; 2],
            };
            // SAFETY: dlopen/dlsym with NUL-terminated names; a found symbol of these names
            // in libm has exactly the C signature `double f(double[, double])`.
            unsafe {
                let h = libc::dlopen(b"libm.so.6\0".as_ptr().cast(), libc::RTLD_LAZY);
                if h.is_null() {
                    return t;
                }
                for (slot, name) in t.f1.iter_mut().zip(NAMES1) {
                    let p = libc::dlsym(h, name.as_ptr().cast());
                    if !p.is_null() {
                        *slot = Some(std::mem::transmute::<*mut libc::c_void, F1>(p));
                    }
                }
                for (slot, name) in t.f2.iter_mut().zip(NAMES2) {
                    let p = libc::dlsym(h, name.as_ptr().cast());
                    if !p.is_null() {
                        *slot = Some(std::mem::transmute::<*mut libc::c_void, F2>(p));
                    }
                }
            }
            t
        })
    }

    fn call1(i: usize, x: f64, fallback: fn(f64) -> f64) -> f64 {
        match table().f1[i] {
            Some(f) => f(x),
            None => fallback(x),
        }
    }

    pub fn cbrt(x: f64) -> f64 {
        call1(0, x, f64::cbrt)
    }
    pub fn asinh(x: f64) -> f64 {
        call1(1, x, f64::asinh)
    }
    pub fn acosh(x: f64) -> f64 {
        call1(2, x, f64::acosh)
    }
    pub fn atanh(x: f64) -> f64 {
        call1(3, x, f64::atanh)
    }
    pub fn erf(x: f64) -> f64 {
        call1(4, x, |x| super::erf_fallback(x, false))
    }
    pub fn erfc(x: f64) -> f64 {
        call1(5, x, |x| super::erf_fallback(x, true))
    }
    pub fn exp2(x: f64) -> f64 {
        call1(6, x, f64::exp2)
    }
    pub fn nextafter(x: f64, y: f64) -> f64 {
        match table().f2[0] {
            Some(f) => f(x, y),
            None => super::nextafter_fallback(x, y),
        }
    }
    pub fn remainder(x: f64, y: f64) -> f64 {
        match table().f2[1] {
            Some(f) => f(x, y),
            None => {
                let n = (x / y).round_ties_even();
                x - n * y
            }
        }
    }
}

/// erf/erfc without libm (only when `libm.so.6` is missing): a continued-fraction-free
/// series/asymptotic pair, accurate to about 1e-15.
fn erf_fallback(x: f64, complement: bool) -> f64 {
    let erf = if x.abs() < 2.5 {
        // Maclaurin series: 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)).
        let (mut term, mut sum, x2) = (x, x, x * x);
        for n in 1..60 {
            term *= -x2 / n as f64;
            sum += term / (2 * n + 1) as f64;
        }
        sum * std::f64::consts::FRAC_2_SQRT_PI
    } else {
        // Asymptotic erfc for |x| >= 2.5.
        let ax = x.abs();
        let (mut term, mut sum) = (1.0f64, 1.0f64);
        for n in 1..20 {
            term *= -((2 * n - 1) as f64) / (2.0 * ax * ax);
            sum += term;
        }
        let erfc = (-ax * ax).exp() / (ax * std::f64::consts::PI.sqrt()) * sum;
        (1.0 - erfc).copysign(x)
    };
    if complement {
        1.0 - erf
    } else {
        erf
    }
}

/// The next float after `x` towards `y` without libm.
fn nextafter_fallback(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}
fn range() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// The numerator of the Lanczos sum, constant term first (Godfrey's coefficients for
/// N = 13, as published with Boost's `lanczos13m53`).
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// The denominator: the coefficients of x(x+1)...(x+11), constant term first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The rational Lanczos sum for x > 0, evaluated in 1/x above 5 so that nothing overflows.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers (`m_sinpi`).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma(x) as CPython's `m_tgamma`: `Err(true)` for a domain error, `Err(false)` for a
/// range error.
fn tgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(true);
    }
    if x == 0.0 {
        return Err(true);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(true);
        }
        if x <= 23.0 {
            // Exact factorials: Gamma(n) = (n-1)!, all representable up to 22!.
            let mut f = 1.0f64;
            for k in 2..(x as u32) {
                f *= k as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(false) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(false)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(false);
    }
    Ok(r)
}

/// log|Gamma(x)| as CPython's `m_lgamma` (errors as `tgamma`).
fn lgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(true) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(false);
    }
    Ok(r)
}

fn special(
    vm: &mut Vm,
    name: &str,
    a: &[Value],
    kw: Kwargs,
    f: fn(f64) -> Result<f64, bool>,
) -> PyResult<Value> {
    let x = to_f64(vm, super::math::one_arg(name, a, kw)?)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(domain()),
        Err(false) => Err(range()),
    }
}

pub fn m_gamma(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "gamma", a, kw, tgamma)
}

pub fn m_lgamma(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "lgamma", a, kw, lgamma)
}

pub fn m_erf(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "erf", a, kw, |x| Ok(libm::erf(x)))
}

pub fn m_erfc(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "erfc", a, kw, |x| Ok(libm::erfc(x)))
}

pub fn m_cbrt(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "cbrt", a, kw, |x| Ok(libm::cbrt(x)))
}

pub fn m_exp2(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "exp2", a, kw, |x| {
        let r = libm::exp2(x);
        if r.is_infinite() && x.is_finite() {
            Err(false)
        } else {
            Ok(r)
        }
    })
}

/// `math.ulp(x)`: the gap from |x| to the next float away from zero (below, at the top).
pub fn m_ulp(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    special(vm, "ulp", a, kw, |x| {
        if x.is_nan() {
            return Ok(x);
        }
        let x = x.abs();
        if x.is_infinite() {
            return Ok(x);
        }
        let up = libm::nextafter(x, f64::INFINITY);
        if up.is_infinite() {
            let down = libm::nextafter(x, f64::NEG_INFINITY);
            return Ok(x - down);
        }
        Ok(up - x)
    })
}

fn two_floats(vm: &mut Vm, name: &str, a: &[Value], kw: Kwargs) -> PyResult<(f64, f64)> {
    args::no_kwargs(name, kw)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{name} expected 2 arguments, got {}",
            a.len()
        )));
    }
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

pub fn m_nextafter(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "nextafter", a, kw)?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// IEEE 754 remainder (`m_remainder`'s special cases; the finite case is exact, so the C
/// library's answer is CPython's).
pub fn m_remainder(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", a, kw)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

/// An exact product `hi + lo == x * y` (Dekker's split multiplication).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    fn split(x: f64) -> (f64, f64) {
        let t = x * 134217729.0;
        let hi = t - (t - x);
        (hi, x - hi)
    }
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}

/// An exact sum `hi + lo == a + b` for |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// The Euclidean norm of `vec` (absolute values, `max` their maximum): CPython's
/// `vector_norm`.
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        // Subnormal inputs: scale them up first (ldexp(1, -max_e) would overflow).
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp1(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let x = v * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `frexp` gives a positive normal or subnormal `x` (x = m * 2**e, 0.5 <= m < 1).
fn frexp_exp(x: f64) -> i32 {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        // Subnormal: normalise through a multiplication by 2**64.
        return frexp_exp(x * 18446744073709551616.0) - 64;
    }
    e - 1022
}

/// 2**e for e in the normal range.
fn ldexp1(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `math.hypot(*coordinates)`.
pub fn m_hypot(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("hypot", kw)?;
    let mut xs = Vec::with_capacity(a.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        xs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut xs, max, found_nan)))
}

/// `math.dist(p, q)`: the norm of the coordinate differences.
pub fn m_dist(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("dist", kw)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "dist expected 2 arguments, got {}",
            a.len()
        )));
    }
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(q.iter()) {
        let px = to_f64(vm, pv)?;
        let qx = to_f64(vm, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

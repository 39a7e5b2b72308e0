//! The native `_random` module: the Mersenne Twister MT19937 generator behind `random`
//! (`py/random.py`), bit for bit as CPython 3.11's `_randommodule.c`: `init_genrand`,
//! `init_by_array` over the 32-bit words of `abs(seed)` (least significant first), `random()`
//! as 53 bits from two outputs (`a>>5`, `b>>6`), `getrandbits(k)` filling 32-bit words from
//! the least significant end, and the 625-int state tuple of `getstate`/`setstate`. Seeding
//! with `None` reads the OS entropy (`/dev/urandom`, else time and pid); any other non-int
//! seed is hashed (the hash's bits as an unsigned word), as CPython's `random_seed` does.
//! `_sha512` (FIPS 180-4) serves the version-2 str/bytes seeding of `random.seed`;
//! `urandom(n)` serves `os.urandom`. The generator object (`random.Random` keeps one as
//! `_mt`) also carries native `randrange`/`randint`/`choice`/`shuffle`, which the
//! module-level functions are bound to: the same conversions, messages and draws as the
//! Python methods of `random.Random` (which subclasses use).
//!
//! Invariants: the generator state lives in a `RefCell` borrowed only inside these natives,
//! never across Python code (`hash`/`__index__` of a seed, `len`/`__getitem__`/`__setitem__`
//! of a sequence run outside the borrow). `randbelow(n)` is CPython's
//! `_randbelow_with_getrandbits` (k = n.bit_length(), redraw while r >= n), so
//! `randrange`/`choice`/`shuffle`/`sample` consume the same outputs.

use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, PyType, TypeSlots};
use crate::object::{PyBytes, PyErr, PyResult, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::OnceCell;
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937's state: 624 words and the next index (`N` means "regenerate").
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_by_array(&[0]);
        mt
    }

    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(len);
        while k > 0 {
            let kj = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(kj)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    /// `genrand_uint32`.
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random_random`: 53 random bits as a float in [0, 1).
    #[inline]
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k >= 0.
    fn getrandbits(&mut self, k: u64) -> Value {
        if k == 0 {
            return Value::Int(0);
        }
        if k <= 32 {
            return Value::Int((self.next_u32() >> (32 - k)) as i64);
        }
        if k <= 63 {
            let lo = self.next_u32() as u64;
            let hi = (self.next_u32() >> (64 - k)) as u64;
            return Value::Int(((hi << 32) | lo) as i64);
        }
        let words = k.div_ceil(32) as usize;
        let mut out = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        Value::from_bigint(BigInt::from_slice(Sign::Plus, &out))
    }

    /// `getrandbits(k)` for 1 <= k <= 64 as a u64 (the same words, in the same order).
    #[inline]
    fn getrandbits_u64(&mut self, k: u64) -> u64 {
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        (hi << 32) | lo
    }

    /// `_randbelow_with_getrandbits(n)` for 0 < n < 2**64.
    fn randbelow_small(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros() as u64;
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }
}

thread_local! {
    static MT_TYPE: OnceCell<Rc<PyType>> = const { OnceCell::new() };
}

const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("seed", mt_seed),
    ("random", mt_random),
    ("getrandbits", mt_getrandbits),
    ("getstate", mt_getstate),
    ("setstate", mt_setstate),
    ("randbelow", mt_randbelow),
    ("randrange", mt_randrange),
    ("randint", mt_randint),
    ("choice", mt_choice),
    ("shuffle", mt_shuffle),
];

/// The generator type (`_random.Random`; `random.Random` holds one as `_mt`).
fn mt_type(vm: &Vm) -> Rc<PyType> {
    MT_TYPE.with(|t| {
        t.get_or_init(|| {
            let slots = TypeSlots {
                new: Some(mt_new),
                ..TypeSlots::default()
            };
            let ty = crate::object::builtin_types::new_native_type(
                "Random",
                &vm.types.object,
                slots,
                METHODS,
            );
            crate::modules::set(&ty.dict, "__module__", Value::str("_random"));
            ty
        })
        .clone()
    })
}

/// The native `_random` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = crate::modules::new_module(
        "_random",
        &[("_sha512", sha512_fn), ("urandom", urandom_fn)],
    );
    crate::modules::set(&dict, "Random", Value::Type(mt_type(vm)));
    Ok(m)
}

fn mt_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("Random", kw)?;
    args::check_positional("Random", a.len(), 0, 1)?;
    let v = Instance::native(mt_type(vm), Mt::new());
    seed_impl(vm, &v, a.first().unwrap_or(&Value::None))?;
    Ok(v)
}

fn not_mt() -> PyErr {
    PyErr::type_error("descriptor requires a '_random.Random' object")
}

/// Run `f` on the generator state of `v` (no Python code inside `f`).
fn with<R>(v: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    match v {
        Value::Instance(i) => i.with_native_mut::<Mt, R>(f).ok_or_else(not_mt),
        _ => Err(not_mt()),
    }
}

fn this(a: &[Value]) -> PyResult<(&Value, &[Value])> {
    a.split_first().ok_or_else(not_mt)
}

/// Fill `buf` from the OS entropy source (time and pid mixed in if it is unavailable).
pub fn os_random(buf: &mut [u8]) -> bool {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return true;
        }
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut x = (t as u64) ^ ((std::process::id() as u64) << 32) ^ 0x9e37_79b9_7f4a_7c15;
    for b in buf.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    false
}

/// `random_seed`: None → OS entropy; int → `abs(n)`'s words; anything else → `abs(hash(x))`.
fn seed_impl(vm: &mut Vm, me: &Value, arg: &Value) -> PyResult<()> {
    let key: Vec<u32> = match arg {
        Value::None => {
            let mut buf = [0u8; N * 4];
            os_random(&mut buf);
            buf.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        }
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => int_words(&int_value(arg)),
        Value::Instance(_) if vm.isinstance(arg, &vm.types.int.clone()) => {
            let v = vm.index(arg)?;
            int_words(&int_value(&v))
        }
        _ => {
            // `PyLong_FromSize_t((size_t)hash)`: the hash's two's-complement bits.
            let h = vm.hash(arg)? as u64;
            int_words(&BigInt::from(h))
        }
    };
    with(me, |mt| mt.init_by_array(&key))
}

fn int_value(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Long(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

/// The 32-bit words of `abs(n)`, least significant first (`[0]` for zero).
fn int_words(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.abs().to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

fn mt_seed(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    args::no_kwargs("seed", kw)?;
    args::check_positional("seed", rest.len(), 0, 1)?;
    seed_impl(vm, me, rest.first().unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn mt_random(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    args::no_args("random", rest, kw)?;
    Ok(Value::Float(with(me, |mt| mt.random())?))
}

fn bits_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let k = match v {
        Value::Int(i) => *i,
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        _ => args::index_i64(vm, v)?,
    };
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    Ok(k as u64)
}

fn mt_getrandbits(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let k = args::one_arg("getrandbits", rest, kw)?;
    let k = bits_arg(vm, k)?;
    crate::object::ns_util::check_alloc((k / 8) as usize)?;
    with(me, |mt| mt.getrandbits(k))
}

/// `randbelow(n)`: CPython's `_randbelow_with_getrandbits` (n > 0; 0 for n <= 0).
fn mt_randbelow(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let n = args::one_arg("randbelow", rest, kw)?;
    let n = match n {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Long(b) => (**b).clone(),
        other => crate::builtins::num::to_bigint(vm, other)?,
    };
    randbelow(me, &n)
}

/// `_randbelow_with_getrandbits(n)` on `me`'s state (0 when n <= 0).
fn randbelow(me: &Value, n: &BigInt) -> PyResult<Value> {
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    if let Some(small) = n.to_u64() {
        let r = with(me, |mt| mt.randbelow_small(small))?;
        return Ok(match i64::try_from(r) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(BigInt::from(r)),
        });
    }
    let k = n.bits();
    with(me, |mt| loop {
        let r = mt.getrandbits(k);
        if int_value(&r) < *n {
            return r;
        }
    })
}

/// `randrange`'s argument conversion: `operator.index(v)`, else `int(v)` when it equals `v`
/// (ValueError `msg` otherwise).
fn as_int(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Value::Long(b) => return Ok((**b).clone()),
        _ => {}
    }
    match vm.index(v) {
        Ok(i) => Ok(int_value(&i)),
        Err(e) if args::err_is(vm, &e, crate::object::ExcType::TypeError) => {
            let int_t = Value::Type(vm.types.int.clone());
            let iv = vm.call(&int_t, std::slice::from_ref(v))?;
            if !vm.eq(&iv, v)? {
                return Err(PyErr::value_error(msg));
            }
            Ok(int_value(&iv))
        }
        Err(e) => Err(e),
    }
}

/// `Random.randrange(start, stop=None, step=1)` on the base generator (the module-level
/// `random.randrange`): the same conversions, messages and `_randbelow` draws as the
/// Python method in `py/random.py`.
fn randrange_impl(
    vm: &mut Vm,
    me: &Value,
    start: &Value,
    stop: &Value,
    step: Option<&Value>,
) -> PyResult<Value> {
    use num_integer::Integer;
    let istart = as_int(vm, start, "non-integer arg 1 for randrange()")?;
    if stop.is_none() {
        if let Some(st) = step {
            if !vm.eq(st, &Value::Int(1))? {
                return Err(PyErr::type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            return randbelow(me, &istart);
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let istop = as_int(vm, stop, "non-integer stop for randrange()")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(st) => as_int(vm, st, "non-integer step for randrange()")?,
    };
    let add = |r: Value, mul: &BigInt| Value::from_bigint(&istart + mul * int_value(&r));
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = randbelow(me, &width)?;
            return Ok(add(r, &istep));
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    let r = randbelow(me, &n)?;
    Ok(add(r, &istep))
}

fn mt_randrange(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let p = crate::modules::bisect::clinic_bind(
        "randrange",
        rest,
        kw,
        &["start", "stop", "step"],
        3,
        1,
    )
    .map_err(|_| randrange_arity(rest, kw))?;
    let start = p[0].clone().unwrap_or_default();
    let stop = p[1].clone().unwrap_or(Value::None);
    randrange_impl(vm, me, &start, &stop, p[2].as_ref())
}

/// The Python-method wording of `randrange` arity errors.
fn randrange_arity(rest: &[Value], kw: Kwargs) -> PyErr {
    if rest.len() > 3 {
        return PyErr::type_error(format!(
            "Random.randrange() takes from 2 to 4 positional arguments but {} were given",
            rest.len() + 1
        ));
    }
    for (k, _) in kw {
        if !["start", "stop", "step"].contains(&k.as_str()) {
            return PyErr::type_error(format!(
                "Random.randrange() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        }
    }
    PyErr::type_error("Random.randrange() missing 1 required positional argument: 'start'")
}

fn mt_randint(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    if !kw.is_empty() || rest.len() != 2 {
        let p = crate::modules::bisect::clinic_bind("randint", rest, kw, &["a", "b"], 2, 2);
        if let Ok(p) = p {
            let (x, y) = (
                p[0].clone().unwrap_or_default(),
                p[1].clone().unwrap_or_default(),
            );
            return mt_randint(vm, &[me.clone(), x, y], &[]);
        }
        return Err(PyErr::type_error(if rest.len() + kw.len() < 2 {
            let missing: Vec<&str> = ["a", "b"]
                .into_iter()
                .skip(rest.len())
                .filter(|n| !kw.iter().any(|(k, _)| k.as_str() == *n))
                .collect();
            if missing.len() == 2 {
                "Random.randint() missing 2 required positional arguments: 'a' and 'b'".to_string()
            } else {
                format!(
                    "Random.randint() missing 1 required positional argument: '{}'",
                    missing.first().copied().unwrap_or("b")
                )
            }
        } else {
            format!(
                "Random.randint() takes 3 positional arguments but {} were given",
                rest.len() + 1
            )
        }));
    }
    let (x, y) = (&rest[0], &rest[1]);
    if let (Value::Int(lo), Value::Int(hi)) = (x, y) {
        if *hi >= *lo && hi.checked_sub(*lo).is_some_and(|w| w < i64::MAX) {
            let width = (hi - lo + 1) as u64;
            let r = with(me, |mt| mt.randbelow_small(width))?;
            return Ok(Value::Int(lo + r as i64));
        }
    }
    let stop = vm.binary_op(y, &Value::Int(1), crate::bytecode::BinOpKind::Add)?;
    randrange_impl(vm, me, x, &stop, None)
}

fn mt_choice(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let seq = one_method_arg("choice", "seq", rest, kw)?;
    if let Value::List(l) = seq {
        let n = l.len();
        if n == 0 {
            return Err(PyErr::index_error("Cannot choose from an empty sequence"));
        }
        let i = with(me, |mt| mt.randbelow_small(n as u64))? as usize;
        return l
            .get(i)
            .ok_or_else(|| PyErr::index_error("list index out of range"));
    }
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(PyErr::index_error("Cannot choose from an empty sequence"));
    }
    let i = with(me, |mt| mt.randbelow_small(n as u64))?;
    vm.getitem(seq, &Value::Int(i as i64))
}

fn one_method_arg<'a>(
    name: &str,
    param: &str,
    rest: &'a [Value],
    kw: Kwargs<'a>,
) -> PyResult<&'a Value> {
    match (rest, kw) {
        ([v], []) => Ok(v),
        ([], [(k, v)]) if k.as_str() == param => Ok(v),
        ([], []) => Err(PyErr::type_error(format!(
            "Random.{name}() missing 1 required positional argument: '{param}'"
        ))),
        (_, [(k, _), ..]) if k.as_str() != param => Err(PyErr::type_error(format!(
            "Random.{name}() got an unexpected keyword argument '{}'",
            k.as_str()
        ))),
        _ => Err(PyErr::type_error(format!(
            "Random.{name}() takes 2 positional arguments but {} were given",
            rest.len() + 1
        ))),
    }
}

fn mt_shuffle(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let x = one_method_arg("shuffle", "x", rest, kw)?;
    if let Value::List(l) = x {
        let Value::Instance(inst) = me else {
            return Err(not_mt());
        };
        let mut items = l.items.borrow_mut();
        let done = inst.with_native_mut::<Mt, ()>(|mt| {
            for i in (1..items.len()).rev() {
                let j = mt.randbelow_small(i as u64 + 1) as usize;
                items.swap(i, j);
            }
        });
        return done.map(|_| Value::None).ok_or_else(not_mt);
    }
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = with(me, |mt| mt.randbelow_small(i as u64 + 1))? as i64;
        let (iv, jv) = (Value::Int(i as i64), Value::Int(j));
        let xj = vm.getitem(x, &jv)?;
        let xi = vm.getitem(x, &iv)?;
        vm.setitem(x, &iv, xj)?;
        vm.setitem(x, &jv, xi)?;
    }
    Ok(Value::None)
}

fn mt_getstate(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    args::no_args("getstate", rest, kw)?;
    let items = with(me, |mt| {
        let mut v: Vec<Value> = mt.state.iter().map(|w| Value::Int(*w as i64)).collect();
        v.push(Value::Int(mt.index as i64));
        v
    })?;
    Ok(Value::tuple(items))
}

fn mt_setstate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (me, rest) = this(a)?;
    let st = args::one_arg("setstate", rest, kw)?;
    let Value::Tuple(t) = st else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (i, w) in t.items[..N].iter().enumerate() {
        words[i] = as_c_ulong(vm, w)? as u32;
    }
    let index = match &t.items[N] {
        Value::Int(i) => *i,
        other => args::index_i64(vm, other)?,
    };
    if index < 0 || index > N as i64 {
        return Err(PyErr::value_error("invalid state"));
    }
    with(me, |mt| {
        mt.state = words;
        mt.index = index as usize;
    })?;
    Ok(Value::None)
}

/// `PyLong_AsUnsignedLong` for a state word.
fn as_c_ulong(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let n = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Long(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Instance(_) if vm.isinstance(v, &vm.types.int.clone()) => int_value(&vm.index(v)?),
        other => {
            return Err(PyErr::type_error(format!(
                "an integer is required (got type {})",
                args::type_name(vm, other)
            )))
        }
    };
    if n.is_negative() {
        return Err(PyErr::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    n.to_u64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C unsigned long"))
}

// ---------------------------------------------------------------- helpers for random.py

fn bytes_of<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a [u8]> {
    match crate::object::ns_util::recv(v) {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(PyErr::type_error(format!(
            "{fname}() argument must be bytes, not {}",
            args::type_name(vm, other)
        ))),
    }
}

/// `_sha512(data: bytes) -> bytes`: the SHA-512 digest.
fn sha512_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("_sha512", a, kw)?;
    let data = bytes_of(vm, v, "_sha512")?;
    Ok(Value::Bytes(Rc::new(PyBytes::new(sha512(data).to_vec()))))
}

/// `urandom(n) -> bytes` from the OS entropy source.
fn urandom_fn(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("urandom", a, kw)?;
    let n = args::index_i64(vm, v)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    crate::object::ns_util::check_alloc(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    os_random(&mut buf);
    Ok(Value::Bytes(Rc::new(PyBytes::new(buf))))
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 (FIPS 180-4).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K512[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha512_of_abc_matches_fips_vector() {
        let d = sha512(b"abc");
        assert_eq!(d[0], 0xdd);
        assert_eq!(d[1], 0xaf);
        assert_eq!(d[63], 0x9f);
    }

    #[test]
    fn mt_seed_zero_first_output_matches_cpython() {
        // random.seed(0); random.getrandbits(32) == 3626764237
        let mut mt = Mt::new();
        mt.init_by_array(&[0]);
        assert_eq!(mt.next_u32(), 3_626_764_237);
    }
}

//! A native `itertools` module: `count`, `islice`, `chain` (+ `chain.from_iterable`), `repeat`,
//! `cycle`, `takewhile`, `dropwhile`, `accumulate`, `starmap`, `zip_longest`, `compress`,
//! `filterfalse`, `pairwise`, `groupby` (with `_grouper`), `tee` (`_tee` objects over a shared
//! buffer) and, in `comb`, `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each is a native type whose instances hold an [`It`] in
//! `Payload::Native`; like CPython's `tp_name`, the type's name is `itertools.<name>`, so type
//! reprs and error messages read `itertools.count` (`__name__` shows it too, unlike CPython).
//!
//! Invariants: every iterator is lazy, pulling from its inputs (generators included, through
//! `vm.iter`/`vm.next`) only inside its own `__next__`, one element per call, with no Rust
//! recursion per element. The state borrow is never held across Python code: `next` copies
//! what it needs out of the state, releases the borrow, calls Python, then re-borrows to update.
//! Exhausted inputs are dropped where CPython drops them (`islice`, `chain`, `pairwise`, `cycle`),
//! so a generator they held is finalised at the same point. Argument errors copy CPython 3.11's
//! messages (`itertoolsmodule.c`).

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::BinOpKind;
use crate::object::class::{Payload, PyType, TypeSlots};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::OnceCell;
use std::rc::Rc;

mod comb;
use comb::{comb_next, combinations_new, cwr_new, permutations_new, product_new, Comb};

/// The state of one itertools iterator.
enum It {
    Count {
        cur: Value,
        step: Value,
    },
    Islice {
        it: Option<Value>,
        next: u64,
        /// `None`: no stop.
        stop: Option<u64>,
        step: u64,
        cnt: u64,
    },
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    Repeat {
        obj: Value,
        /// `None`: forever.
        left: Option<i64>,
    },
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        idx: usize,
    },
    TakeWhile {
        pred: Value,
        it: Value,
        stop: bool,
    },
    DropWhile {
        pred: Value,
        it: Value,
        stop: bool,
    },
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Starmap {
        func: Value,
        it: Value,
    },
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Compress {
        data: Value,
        sel: Value,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
    /// CPython's groupby: `currkey`/`currvalue` is the lookahead item, `tgtkey` the current
    /// group's key, `currgrouper` the id of the only `_grouper` that may still yield.
    GroupBy {
        it: Value,
        keyfunc: Value,
        tgtkey: Option<Value>,
        currkey: Option<Value>,
        currvalue: Option<Value>,
        currgrouper: u64,
        next_id: u64,
    },
    Grouper {
        parent: Value,
        tgtkey: Value,
        id: u64,
    },
    Tee(TeeHandle),
    /// product/permutations/combinations/combinations_with_replacement: index odometers over
    /// pools materialised at construction (as CPython does).
    Combinatoric(Comb),
}

/// The buffer shared by the `_tee` objects of one `tee()` call: `buf[0]` is item number
/// `base`; items every live tee has passed are dropped.
struct TeeShared {
    it: Value,
    buf: std::collections::VecDeque<Value>,
    base: u64,
    /// Read position of each tee slot; `u64::MAX` once that tee is gone.
    pos: Vec<u64>,
    running: bool,
}

/// One `_tee`: a slot in the shared buffer.
struct TeeHandle {
    shared: Rc<std::cell::RefCell<TeeShared>>,
    slot: usize,
}

impl TeeHandle {
    fn new(shared: Rc<std::cell::RefCell<TeeShared>>, at: u64) -> TeeHandle {
        let slot = {
            let mut sh = shared.borrow_mut();
            sh.pos.push(at);
            sh.pos.len() - 1
        };
        TeeHandle { shared, slot }
    }
}

impl Drop for TeeHandle {
    fn drop(&mut self) {
        let old = match self.shared.try_borrow_mut() {
            Ok(mut sh) => {
                sh.pos[self.slot] = u64::MAX;
                tee_trim(&mut sh)
            }
            Err(_) => Vec::new(),
        };
        drop(old);
    }
}

/// Drop buffered items every tee has read; returned so they are released outside the borrow.
fn tee_trim(sh: &mut TeeShared) -> Vec<Value> {
    let min = sh.pos.iter().copied().min().unwrap_or(u64::MAX);
    let mut out = Vec::new();
    while sh.base < min {
        match sh.buf.pop_front() {
            Some(v) => {
                out.push(v);
                sh.base += 1;
            }
            None => break,
        }
    }
    out
}

/// The type names, in `Kind` order.
const NAMES: [&str; 20] = [
    "count",
    "islice",
    "chain",
    "repeat",
    "cycle",
    "takewhile",
    "dropwhile",
    "accumulate",
    "starmap",
    "zip_longest",
    "compress",
    "filterfalse",
    "pairwise",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
    "groupby",
    "_grouper",
    "_tee",
];

const NEWS: [crate::object::NativeFn; 20] = [
    count_new,
    islice_new,
    chain_new,
    repeat_new,
    cycle_new,
    takewhile_new,
    dropwhile_new,
    accumulate_new,
    starmap_new,
    zip_longest_new,
    compress_new,
    filterfalse_new,
    pairwise_new,
    product_new,
    permutations_new,
    combinations_new,
    cwr_new,
    groupby_new,
    grouper_new,
    tee_type_new,
];

thread_local! {
    static TYPES: [OnceCell<Rc<PyType>>; 20] = Default::default();
}

const METHODS: &[(&str, crate::object::NativeFn)] =
    &[("__next__", dunder_next), ("__iter__", dunder_iter)];
const CHAIN_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__next__", dunder_next),
    ("__iter__", dunder_iter),
    ("from_iterable", chain_from_iterable),
];

const TEE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("__next__", dunder_next),
    ("__iter__", dunder_iter),
    ("__copy__", tee_dunder_copy),
];

/// The type object `itertools.<NAMES[k]>`.
fn itype(vm: &Vm, k: usize) -> Rc<PyType> {
    TYPES.with(|t| {
        t[k].get_or_init(|| {
            let slots = TypeSlots {
                new: Some(NEWS[k]),
                iter: Some(slot_iter),
                next: Some(slot_next),
                repr: Some(slot_repr),
                ..TypeSlots::default()
            };
            let methods = match k {
                2 => CHAIN_METHODS,
                19 => TEE_METHODS,
                _ => METHODS,
            };
            let ty = crate::object::builtin_types::new_native_type(
                NAMES[k],
                &vm.types.object,
                slots,
                methods,
            );
            crate::modules::set(&ty.dict, "__module__", Value::str("itertools"));
            // CPython's tp_name is "itertools.<name>": type reprs and error messages show it.
            *ty.name.borrow_mut() = crate::object::str::intern(&format!("itertools.{}", NAMES[k]));
            ty
        })
        .clone()
    })
}

fn make_obj(vm: &Vm, k: usize, st: It) -> Value {
    crate::object::class::Instance::native(itype(vm, k), st)
}

fn state<R>(this: &Value, f: impl FnOnce(&mut It) -> R) -> PyResult<R> {
    let Value::Instance(i) = this else {
        return Err(PyErr::type_error("not an itertools object"));
    };
    let Payload::Native(n) = &i.payload else {
        return Err(PyErr::type_error("not an itertools object"));
    };
    let mut b = n
        .try_borrow_mut()
        .map_err(|_| PyErr::runtime_error("cannot re-enter the itertools iterator"))?;
    let st = b
        .downcast_mut::<It>()
        .ok_or_else(|| PyErr::type_error("not an itertools object"))?;
    Ok(f(st))
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) = crate::modules::new_module("itertools", &[("tee", tee)]);
    for (k, name) in NAMES.iter().enumerate() {
        crate::modules::set(&dict, name, Value::Type(itype(vm, k)));
    }
    Ok(m)
}

// ---------------------------------------------------------------- argument parsing

/// `PyArg_ParseTupleAndKeywords`-style parsing: at most `names.len()` arguments, the first
/// `required` mandatory. `positional_only_msg`: accumulate's "positional arguments" wording.
fn parse<const N: usize>(
    fname: &str,
    a: &[Value],
    kw: Kwargs,
    names: [&str; N],
    required: usize,
    max_pos: usize,
) -> PyResult<[Option<Value>; N]> {
    if max_pos < N {
        if a.len() > max_pos {
            return Err(PyErr::type_error(format!(
                "{fname}() takes at most {max_pos} positional arguments ({} given)",
                a.len()
            )));
        }
    } else if a.len() + kw.len() > N {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            if N == 1 { "" } else { "s" },
            a.len() + kw.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| a.get(i).cloned());
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < a.len() => {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )))
            }
        }
    }
    for (i, o) in out.iter().enumerate().take(required) {
        if o.is_none() {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `_PyArg_CheckPositional`: "name expected N arguments, got M".
fn exact(fname: &str, a: &[Value], kw: Kwargs, n: usize) -> PyResult<()> {
    args::no_kwargs(fname, kw)?;
    if a.len() != n {
        return Err(PyErr::type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

/// A non-negative `r` argument (`Py_ssize_t` via `__index__`).
fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = args::index_i64(vm, v)?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

// ---------------------------------------------------------------- constructors

fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Long(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(v);
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|n| t.lookup(&crate::vm::name(n)).is_some())
        }
        _ => {
            let t = vm.type_of(v);
            let is_complex = t.name.borrow().as_str() == "complex";
            is_complex
        }
    }
}

fn count_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [start, step] = parse("count", a, kw, ["start", "step"], 0, 2)?;
    let cur = start.unwrap_or(Value::Int(0));
    let step = step.unwrap_or(Value::Int(1));
    if !is_number(vm, &cur) || !is_number(vm, &step) {
        return Err(PyErr::type_error("a number is required"));
    }
    Ok(make_obj(vm, 0, It::Count { cur, step }))
}

/// An islice index: None or a Py_ssize_t (`-1` standing for "not an integer").
fn islice_index(vm: &mut Vm, v: &Value) -> Option<i64> {
    if v.is_none() {
        return None;
    }
    match vm.index(v) {
        Ok(Value::Int(i)) => Some(i),
        Ok(Value::Long(_)) => Some(-1),
        _ => Some(-1),
    }
}

fn islice_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("islice", kw)?;
    if a.len() < 2 {
        return Err(PyErr::type_error(format!(
            "islice expected at least 2 arguments, got {}",
            a.len()
        )));
    }
    if a.len() > 4 {
        return Err(PyErr::type_error(format!(
            "islice expected at most 4 arguments, got {}",
            a.len()
        )));
    }
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if a.len() == 2 {
        if let Some(s) = islice_index(vm, &a[1]) {
            if s == -1 {
                return Err(PyErr::value_error(STOP));
            }
            stop = s;
        }
    } else {
        if let Some(s) = islice_index(vm, &a[1]) {
            if s == -1 {
                return Err(PyErr::value_error(INDICES));
            }
            start = s;
        }
        if let Some(s) = islice_index(vm, &a[2]) {
            if s == -1 {
                return Err(PyErr::value_error(STOP));
            }
            stop = s;
        }
    }
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(INDICES));
    }
    if a.len() == 4 {
        if let Some(s) = islice_index(vm, &a[3]) {
            step = s;
        }
        if step < 1 {
            return Err(PyErr::value_error(
                "Step for islice() must be a positive integer or None.",
            ));
        }
    }
    let it = vm.iter(&a[0])?;
    Ok(make_obj(
        vm,
        1,
        It::Islice {
            it: Some(it),
            next: start as u64,
            stop: if stop == -1 { None } else { Some(stop as u64) },
            step: step as u64,
            cnt: 0,
        },
    ))
}

fn chain_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("chain", kw)?;
    let source = vm.iter(&Value::tuple(a.to_vec()))?;
    Ok(make_obj(
        vm,
        2,
        It::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    // Reached as `chain.from_iterable(x)` (unbound) or `chain(...).from_iterable(x)`.
    let args: &[Value] = match a.first() {
        Some(Value::Type(_)) | Some(Value::Instance(_)) if a.len() == 2 => &a[1..],
        _ => a,
    };
    let x = args::one_arg("chain.from_iterable", args, kw)?;
    let source = vm.iter(x)?;
    Ok(make_obj(
        vm,
        2,
        It::Chain {
            source: Some(source),
            active: None,
        },
    ))
}

fn repeat_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [obj, times] = parse("repeat", a, kw, ["object", "times"], 1, 2)?;
    let obj = obj.unwrap_or(Value::None);
    let left = match times {
        None => None,
        Some(t) => Some(args::index_i64(vm, &t)?.max(0)),
    };
    Ok(make_obj(vm, 3, It::Repeat { obj, left }))
}

fn cycle_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("cycle", a, kw, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(make_obj(
        vm,
        4,
        It::Cycle {
            it: Some(it),
            saved: Vec::new(),
            idx: 0,
        },
    ))
}

fn takewhile_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("takewhile", a, kw, 2)?;
    let it = vm.iter(&a[1])?;
    let pred = a[0].clone();
    Ok(make_obj(
        vm,
        5,
        It::TakeWhile {
            pred,
            it,
            stop: false,
        },
    ))
}

fn dropwhile_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("dropwhile", a, kw, 2)?;
    let it = vm.iter(&a[1])?;
    let pred = a[0].clone();
    Ok(make_obj(
        vm,
        6,
        It::DropWhile {
            pred,
            it,
            stop: false,
        },
    ))
}

fn accumulate_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, func, initial] =
        parse("accumulate", a, kw, ["iterable", "func", "initial"], 1, 2)?;
    let it = vm.iter(&iterable.unwrap_or(Value::None))?;
    Ok(make_obj(
        vm,
        7,
        It::Accumulate {
            it,
            func: func.unwrap_or(Value::None),
            total: None,
            initial: initial.filter(|v| !v.is_none()),
        },
    ))
}

fn starmap_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("starmap", a, kw, 2)?;
    let it = vm.iter(&a[1])?;
    let func = a[0].clone();
    Ok(make_obj(vm, 8, It::Starmap { func, it }))
}

fn zip_longest_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in kw {
        if k.as_str() == "fillvalue" && kw.len() == 1 {
            fill = v.clone();
        } else {
            return Err(PyErr::type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    }
    let mut its = Vec::with_capacity(a.len());
    for v in a {
        its.push(Some(vm.iter(v)?));
    }
    let active = its.len();
    Ok(make_obj(vm, 9, It::ZipLongest { its, active, fill }))
}

fn compress_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [data, sel] = parse("compress", a, kw, ["data", "selectors"], 2, 2)?;
    let data = vm.iter(&data.unwrap_or(Value::None))?;
    let sel = vm.iter(&sel.unwrap_or(Value::None))?;
    Ok(make_obj(vm, 10, It::Compress { data, sel }))
}

fn filterfalse_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("filterfalse", a, kw, 2)?;
    let it = vm.iter(&a[1])?;
    let func = a[0].clone();
    Ok(make_obj(vm, 11, It::FilterFalse { func, it }))
}

fn pairwise_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    exact("pairwise", a, kw, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(make_obj(
        vm,
        12,
        It::Pairwise {
            it: Some(it),
            old: None,
        },
    ))
}

fn groupby_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, key] = parse("groupby", a, kw, ["iterable", "key"], 1, 2)?;
    let it = vm.iter(&iterable.unwrap_or(Value::None))?;
    Ok(make_obj(
        vm,
        17,
        It::GroupBy {
            it,
            keyfunc: key.unwrap_or(Value::None),
            tgtkey: None,
            currkey: None,
            currvalue: None,
            currgrouper: 0,
            next_id: 0,
        },
    ))
}

fn grouper_new(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::type_error(
        "cannot create 'itertools._grouper' instances",
    ))
}

/// `itertools._tee(iterable)`: a tee over a fresh buffer (CPython's `tee_fromiterable`), or a
/// copy when `iter(iterable)` is already a `_tee`.
fn tee_from(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let it = vm.iter(iterable)?;
    if let Some(copy) = tee_copy(vm, &it)? {
        return Ok(copy);
    }
    let shared = Rc::new(std::cell::RefCell::new(TeeShared {
        it,
        buf: std::collections::VecDeque::new(),
        base: 0,
        pos: Vec::new(),
        running: false,
    }));
    Ok(make_obj(vm, 19, It::Tee(TeeHandle::new(shared, 0))))
}

/// A new `_tee` at the same position as `t`, if `t` is one.
fn tee_copy(vm: &Vm, t: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(i) = t else {
        return Ok(None);
    };
    let Payload::Native(n) = &i.payload else {
        return Ok(None);
    };
    let found = match n.try_borrow() {
        Ok(b) => match b.downcast_ref::<It>() {
            Some(It::Tee(h)) => {
                let at = h.shared.borrow().pos[h.slot];
                Some((h.shared.clone(), at))
            }
            _ => None,
        },
        Err(_) => None,
    };
    Ok(found.map(|(shared, at)| make_obj(vm, 19, It::Tee(TeeHandle::new(shared, at)))))
}

fn tee_type_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("_tee", kw)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "_tee expected 1 argument, got {}",
            a.len()
        )));
    }
    tee_from(vm, &a[0])
}

/// `itertools.tee(iterable, n=2, /)`.
fn tee(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_kwargs("itertools.tee", kw)?;
    if a.is_empty() {
        return Err(PyErr::type_error("tee expected at least 1 argument, got 0"));
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "tee expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let n = match a.get(1) {
        Some(v) => args::index_i64(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(PyErr::value_error("n must be >= 0"));
    }
    let mut out = Vec::with_capacity(n as usize);
    if n > 0 {
        // CPython uses an iterator with `__copy__` (another tee) itself as the first result.
        let it = vm.iter(&a[0])?;
        let first = match tee_copy(vm, &it)? {
            Some(_) => it,
            None => tee_from(vm, &it)?,
        };
        for _ in 1..n {
            let c = tee_copy(vm, &first)?.unwrap_or(Value::None);
            out.push(c);
        }
        out.insert(0, first);
    }
    Ok(Value::tuple(out))
}

/// CPython's `groupby_step`: pull the next lookahead value and its key.
fn groupby_step(vm: &mut Vm, gb: &Value) -> PyResult<bool> {
    let (it, keyfunc) = state(gb, |s| match s {
        It::GroupBy { it, keyfunc, .. } => (it.clone(), keyfunc.clone()),
        _ => (Value::None, Value::None),
    })?;
    let Some(v) = vm.next(&it)? else {
        return Ok(false);
    };
    let k = if keyfunc.is_none() {
        v.clone()
    } else {
        vm.call(&keyfunc, std::slice::from_ref(&v))?
    };
    let old = state(gb, |s| match s {
        It::GroupBy {
            currkey, currvalue, ..
        } => (currvalue.replace(v), currkey.replace(k)),
        _ => (None, None),
    })?;
    drop(old);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    state(this, |s| {
        if let It::GroupBy { currgrouper, .. } = s {
            *currgrouper = 0;
        }
    })?;
    loop {
        let (tgt, curr) = state(this, |s| match s {
            It::GroupBy {
                tgtkey, currkey, ..
            } => (tgtkey.clone(), currkey.clone()),
            _ => (None, None),
        })?;
        match (tgt, curr) {
            (_, None) => {}
            (None, Some(_)) => break,
            (Some(t), Some(c)) => {
                if !vm.eq(&t, &c)? {
                    break;
                }
            }
        }
        if !groupby_step(vm, this)? {
            return Ok(None);
        }
    }
    let (key, id) = state(this, |s| match s {
        It::GroupBy {
            tgtkey,
            currkey,
            currgrouper,
            next_id,
            ..
        } => {
            *tgtkey = currkey.clone();
            *next_id += 1;
            *currgrouper = *next_id;
            (currkey.clone().unwrap_or(Value::None), *next_id)
        }
        _ => (Value::None, 0),
    })?;
    let grouper = make_obj(
        vm,
        18,
        It::Grouper {
            parent: this.clone(),
            tgtkey: key.clone(),
            id,
        },
    );
    Ok(Some(crate::object::tuple::pair_value(key, grouper)))
}

fn grouper_next(vm: &mut Vm, parent: Value, tgtkey: Value, id: u64) -> PyResult<Option<Value>> {
    let (cur, has_value) = state(&parent, |s| match s {
        It::GroupBy {
            currgrouper,
            currvalue,
            ..
        } => (*currgrouper, currvalue.is_some()),
        _ => (0, false),
    })?;
    if cur != id {
        return Ok(None);
    }
    if !has_value && !groupby_step(vm, &parent)? {
        return Ok(None);
    }
    let currkey = state(&parent, |s| match s {
        It::GroupBy { currkey, .. } => currkey.clone(),
        _ => None,
    })?
    .unwrap_or(Value::None);
    if !vm.eq(&tgtkey, &currkey)? {
        return Ok(None);
    }
    let (v, k) = state(&parent, |s| match s {
        It::GroupBy {
            currkey, currvalue, ..
        } => (currvalue.take(), currkey.take()),
        _ => (None, None),
    })?;
    drop(k);
    Ok(v)
}

fn tee_next(
    vm: &mut Vm,
    shared: Rc<std::cell::RefCell<TeeShared>>,
    slot: usize,
) -> PyResult<Option<Value>> {
    let (hit, it) = {
        let mut sh = shared.borrow_mut();
        let at = sh.pos[slot];
        let off = (at - sh.base) as usize;
        if let Some(v) = sh.buf.get(off).cloned() {
            sh.pos[slot] = at + 1;
            let old = tee_trim(&mut sh);
            drop(sh);
            drop(old);
            return Ok(Some(v));
        }
        if sh.running {
            (true, Value::None)
        } else {
            sh.running = true;
            (false, sh.it.clone())
        }
    };
    if hit {
        return Err(PyErr::runtime_error("cannot re-enter the tee iterator"));
    }
    let r = vm.next(&it);
    let mut sh = shared.borrow_mut();
    sh.running = false;
    let v = match r? {
        Some(v) => v,
        None => return Ok(None),
    };
    sh.buf.push_back(v.clone());
    sh.pos[slot] += 1;
    let old = tee_trim(&mut sh);
    drop(sh);
    drop(old);
    Ok(Some(v))
}

fn tee_dunder_copy(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("descriptor '__copy__' needs an argument"))?;
    Ok(tee_copy(vm, this)?.unwrap_or(Value::None))
}

// ---------------------------------------------------------------- protocol slots

fn slot_iter(_vm: &mut Vm, this: &Value) -> PyResult<Value> {
    Ok(this.clone())
}

fn dunder_iter(_vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    a.first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("descriptor '__iter__' needs an argument"))
}

fn dunder_next(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("__next__", &a[a.len().min(1)..], kw)?;
    let Some(this) = a.first() else {
        return Err(PyErr::type_error("descriptor '__next__' needs an argument"));
    };
    match slot_next(vm, this)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}

fn slot_repr(vm: &mut Vm, this: &Value) -> PyResult<String> {
    enum R {
        Count(Value, Value),
        Repeat(Value, Option<i64>),
        Other,
    }
    let r = state(this, |s| match s {
        It::Count { cur, step } => R::Count(cur.clone(), step.clone()),
        It::Repeat { obj, left } => R::Repeat(obj.clone(), *left),
        _ => R::Other,
    })?;
    Ok(match r {
        R::Count(cur, step) => {
            let c = vm.repr(&cur)?;
            if matches!(step, Value::Int(1) | Value::Bool(true)) {
                format!("count({})", c.as_str())
            } else {
                let s = vm.repr(&step)?;
                format!("count({}, {})", c.as_str(), s.as_str())
            }
        }
        R::Repeat(obj, left) => {
            let o = vm.repr(&obj)?;
            match left {
                None => format!("repeat({})", o.as_str()),
                Some(n) => format!("repeat({}, {n})", o.as_str()),
            }
        }
        R::Other => format!("<{} object at {:#x}>", args::type_name(vm, this), this.id()),
    })
}

/// What `slot_next` must do after copying out of the state.
enum Step {
    Done(Option<Value>),
    Islice(Value),
    CountSlow(Value),
    Chain,
    Cycle(Value),
    TakeWhile(Value, Value),
    DropWhile(Value, Value, bool),
    Accumulate(Value, Value, Option<Value>),
    Starmap(Value, Value),
    ZipLongest,
    Compress(Value, Value),
    FilterFalse(Value, Value),
    Pairwise(Value, Option<Value>),
    GroupBy,
    Grouper(Value, Value, u64),
    Tee(Rc<std::cell::RefCell<TeeShared>>, usize),
}

fn slot_next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let step = state(this, |s| match s {
        It::Count { cur, step } => {
            let ret = cur.clone();
            if let (Value::Int(c), Value::Int(d)) = (&*cur, &*step) {
                if let Some(n) = c.checked_add(*d) {
                    *cur = Value::Int(n);
                    return Step::Done(Some(ret));
                }
            }
            Step::CountSlow(ret)
        }
        It::Islice { it, .. } => match it {
            Some(it) => Step::Islice(it.clone()),
            None => Step::Done(None),
        },
        It::Chain { .. } => Step::Chain,
        It::Repeat { obj, left } => match left {
            None => Step::Done(Some(obj.clone())),
            Some(0) => Step::Done(None),
            Some(n) => {
                *n -= 1;
                Step::Done(Some(obj.clone()))
            }
        },
        It::Cycle { it, saved, idx } => match it {
            Some(it) => Step::Cycle(it.clone()),
            None => {
                if saved.is_empty() {
                    return Step::Done(None);
                }
                let v = saved[*idx].clone();
                *idx = (*idx + 1) % saved.len();
                Step::Done(Some(v))
            }
        },
        It::TakeWhile { pred, it, stop } => {
            if *stop {
                Step::Done(None)
            } else {
                Step::TakeWhile(pred.clone(), it.clone())
            }
        }
        It::DropWhile { pred, it, stop } => Step::DropWhile(pred.clone(), it.clone(), *stop),
        It::Accumulate {
            it,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Step::Done(Some(init));
            }
            Step::Accumulate(it.clone(), func.clone(), total.clone())
        }
        It::Starmap { func, it } => Step::Starmap(func.clone(), it.clone()),
        It::ZipLongest { .. } => Step::ZipLongest,
        It::Compress { data, sel } => Step::Compress(data.clone(), sel.clone()),
        It::FilterFalse { func, it } => Step::FilterFalse(func.clone(), it.clone()),
        It::Pairwise { it, old } => match it {
            Some(it) => Step::Pairwise(it.clone(), old.clone()),
            None => Step::Done(None),
        },
        It::Combinatoric(c) => Step::Done(comb_next(c)),
        It::GroupBy { .. } => Step::GroupBy,
        It::Grouper { parent, tgtkey, id } => Step::Grouper(parent.clone(), tgtkey.clone(), *id),
        It::Tee(h) => Step::Tee(h.shared.clone(), h.slot),
    })?;
    match step {
        Step::Done(v) => Ok(v),
        Step::Islice(it) => islice_next(vm, this, it),
        Step::CountSlow(v) => count_slow(vm, this, v),
        Step::Chain => chain_next(vm, this),
        Step::Cycle(it) => match vm.next(&it)? {
            Some(v) => {
                state(this, |s| {
                    if let It::Cycle { saved, .. } = s {
                        saved.push(v.clone());
                    }
                })?;
                Ok(Some(v))
            }
            None => {
                let old = state(this, |s| match s {
                    It::Cycle { it, .. } => it.take(),
                    _ => None,
                })?;
                drop(old);
                slot_next(vm, this)
            }
        },
        Step::TakeWhile(pred, it) => {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let r = vm.call(&pred, std::slice::from_ref(&v))?;
            if vm.truthy(&r)? {
                return Ok(Some(v));
            }
            state(this, |s| {
                if let It::TakeWhile { stop, .. } = s {
                    *stop = true;
                }
            })?;
            Ok(None)
        }
        Step::DropWhile(pred, it, stop) => {
            if stop {
                return vm.next(&it);
            }
            loop {
                let Some(v) = vm.next(&it)? else {
                    return Ok(None);
                };
                let r = vm.call(&pred, std::slice::from_ref(&v))?;
                if !vm.truthy(&r)? {
                    state(this, |s| {
                        if let It::DropWhile { stop, .. } = s {
                            *stop = true;
                        }
                    })?;
                    return Ok(Some(v));
                }
            }
        }
        Step::Accumulate(it, func, total) => {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let new = match total {
                None => v,
                Some(t) if func.is_none() => vm.binary_op(&t, &v, BinOpKind::Add)?,
                Some(t) => vm.call(&func, &[t, v])?,
            };
            state(this, |s| {
                if let It::Accumulate { total, .. } = s {
                    *total = Some(new.clone());
                }
            })?;
            Ok(Some(new))
        }
        Step::Starmap(func, it) => {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let argv = match &v {
                Value::Tuple(t) => t.items.to_vec(),
                _ => vm.collect(&v)?,
            };
            Ok(Some(vm.call(&func, &argv)?))
        }
        Step::ZipLongest => zip_longest_next(vm, this),
        Step::GroupBy => groupby_next(vm, this),
        Step::Grouper(parent, tgtkey, id) => grouper_next(vm, parent, tgtkey, id),
        Step::Tee(shared, slot) => tee_next(vm, shared, slot),
        Step::Compress(data, sel) => loop {
            let Some(d) = vm.next(&data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&sel)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        Step::FilterFalse(func, it) => loop {
            let Some(v) = vm.next(&it)? else {
                return Ok(None);
            };
            let ok = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call(&func, std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if !ok {
                return Ok(Some(v));
            }
        },
        Step::Pairwise(it, old) => {
            let clear = |this: &Value| {
                state(this, |s| match s {
                    It::Pairwise { it, old } => (it.take(), old.take()),
                    _ => (None, None),
                })
            };
            let old = match old {
                Some(o) => o,
                None => match vm.next(&it)? {
                    Some(o) => o,
                    None => {
                        drop(it);
                        drop(clear(this)?);
                        return Ok(None);
                    }
                },
            };
            match vm.next(&it)? {
                Some(new) => {
                    state(this, |s| {
                        if let It::Pairwise { old: o, .. } = s {
                            *o = Some(new.clone());
                        }
                    })?;
                    Ok(Some(crate::object::tuple::pair_value(old, new)))
                }
                None => {
                    drop(it);
                    drop(clear(this)?);
                    Ok(None)
                }
            }
        }
    }
}

fn count_slow(vm: &mut Vm, this: &Value, cur: Value) -> PyResult<Option<Value>> {
    let step = state(this, |s| match s {
        It::Count { step, .. } => step.clone(),
        _ => Value::None,
    })?;
    let next = vm.binary_op(&cur, &step, BinOpKind::Add)?;
    state(this, |s| {
        if let It::Count { cur: c, .. } = s {
            *c = next;
        }
    })?;
    Ok(Some(cur))
}

/// CPython's `islice_next`: skip to `next`, yield one, advance by `step`, drop the input when
/// it or the slice is exhausted.
fn islice_next(vm: &mut Vm, this: &Value, it: Value) -> PyResult<Option<Value>> {
    let empty = |this: &Value| {
        state(this, |s| match s {
            It::Islice { it, .. } => it.take(),
            _ => None,
        })
    };
    loop {
        let (cnt, next) = state(this, |s| match s {
            It::Islice { cnt, next, .. } => (*cnt, *next),
            _ => (0, 0),
        })?;
        if cnt >= next {
            break;
        }
        if vm.next(&it)?.is_none() {
            drop(it);
            drop(empty(this)?);
            return Ok(None);
        }
        state(this, |s| {
            if let It::Islice { cnt, .. } = s {
                *cnt += 1;
            }
        })?;
    }
    let at_stop = state(this, |s| match s {
        It::Islice { cnt, stop, .. } => matches!(stop, Some(st) if *cnt >= *st),
        _ => true,
    })?;
    if at_stop {
        drop(it);
        drop(empty(this)?);
        return Ok(None);
    }
    let Some(item) = vm.next(&it)? else {
        drop(it);
        drop(empty(this)?);
        return Ok(None);
    };
    state(this, |s| {
        if let It::Islice {
            cnt,
            next,
            stop,
            step,
            ..
        } = s
        {
            *cnt += 1;
            let n = next.saturating_add(*step);
            *next = match stop {
                Some(st) if n > *st => *st,
                _ => n,
            };
        }
    })?;
    Ok(Some(item))
}

fn chain_next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    loop {
        let (source, active) = state(this, |s| match s {
            It::Chain { source, active } => (source.clone(), active.clone()),
            _ => (None, None),
        })?;
        let Some(source) = source else {
            return Ok(None);
        };
        let active = match active {
            Some(a) => a,
            None => {
                let got = match vm.next(&source) {
                    Ok(Some(x)) => vm.iter(&x).map(Some),
                    Ok(None) => Ok(None),
                    Err(e) => Err(e),
                };
                match got {
                    Ok(Some(a)) => {
                        state(this, |s| {
                            if let It::Chain { active, .. } = s {
                                *active = Some(a.clone());
                            }
                        })?;
                        a
                    }
                    Ok(None) | Err(_) => {
                        drop(source);
                        let old = state(this, |s| match s {
                            It::Chain { source, .. } => source.take(),
                            _ => None,
                        })?;
                        drop(old);
                        return got.map(|_| None);
                    }
                }
            }
        };
        if let Some(v) = vm.next(&active)? {
            return Ok(Some(v));
        }
        drop(active);
        let old = state(this, |s| match s {
            It::Chain { active, .. } => active.take(),
            _ => None,
        })?;
        drop(old);
    }
}

fn zip_longest_next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    let (its, active, fill) = state(this, |s| match s {
        It::ZipLongest { its, active, fill } => (its.clone(), *active, fill.clone()),
        _ => (Vec::new(), 0, Value::None),
    })?;
    if its.is_empty() || active == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match it {
            None => out.push(fill.clone()),
            Some(it) => match vm.next(it) {
                Ok(Some(v)) => out.push(v),
                r => {
                    let failed = r.is_err();
                    let left = state(this, |s| match s {
                        It::ZipLongest { its, active, .. } => {
                            *active -= 1;
                            if *active == 0 || failed {
                                *active = 0;
                                None
                            } else {
                                its[i].take()
                            }
                        }
                        _ => None,
                    })?;
                    match (r, left) {
                        (Err(e), _) => return Err(e),
                        (_, None) => return Ok(None),
                        (_, Some(old)) => {
                            drop(old);
                            out.push(fill.clone());
                        }
                    }
                }
            },
        }
    }
    Ok(Some(Value::tuple(out)))
}

//! The native `_heapq` module: the list-heap primitives `heappush`, `heappop`, `heapify`,
//! `heapreplace`, `heappushpop` and the max-heap helpers `_heapify_max`, `_heappop_max`,
//! `_heapreplace_max`, copying CPython 3.11's `_heapqmodule.c` (`siftdown`/`siftup` swap
//! items, the same `<` comparisons in the same order, and `cache_friendly_heapify` for large
//! lists). `heapq` (`py/heapq.py`) imports them over its Python fallbacks.
//!
//! Invariants: the list's `RefCell` is never borrowed across a comparison (user `__lt__` may
//! run and mutate the heap); after every comparison the size is re-checked and a change raises
//! RuntimeError "list changed size during iteration", as CPython does.

use crate::builtins::args::{self, Kwargs};
use crate::object::list::PyList;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The native `_heapq` module.
pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _) = crate::modules::new_module(
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    );
    Ok(m)
}

/// Argument Clinic's "heappush() argument 1 must be list, not tuple".
fn list_arg<'a>(vm: &Vm, fname: &str, which: &str, v: &'a Value) -> PyResult<&'a Rc<PyList>> {
    match v {
        Value::List(l) => Ok(l),
        Value::Instance(i) => match &i.payload {
            crate::object::class::Payload::Builtin(Value::List(l)) => Ok(l),
            _ => Err(bad_list(vm, fname, which, v)),
        },
        _ => Err(bad_list(vm, fname, which, v)),
    }
}

fn bad_list(vm: &Vm, fname: &str, which: &str, v: &Value) -> PyErr {
    let got = if v.is_none() {
        "None".to_string()
    } else {
        args::type_name(vm, v)
    };
    PyErr::type_error(format!("{fname}() {which} must be list, not {got}"))
}

fn positional<'a>(fname: &str, a: &'a [Value], kw: Kwargs, n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{fname}() takes no keyword arguments"
        )));
    }
    if a.len() != n {
        return Err(PyErr::type_error(if n == 1 {
            format!(
                "_heapq.{fname}() takes exactly one argument ({} given)",
                a.len()
            )
        } else {
            format!("{fname} expected {n} arguments, got {}", a.len())
        }));
    }
    Ok(a)
}

fn index_error() -> PyErr {
    PyErr::index_error("index out of range")
}

fn changed() -> PyErr {
    PyErr::runtime_error("list changed size during iteration")
}

fn get(l: &PyList, i: usize) -> PyResult<Value> {
    l.get(i).ok_or_else(index_error)
}

/// `a < b` for the min-heap, `b < a` for the max-heap.
fn less(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        crate::object::list::lt(vm, b, a)
    } else {
        crate::object::list::lt(vm, a, b)
    }
}

/// CPython's `siftdown`: move `heap[pos]` toward the root while it beats its parent.
fn siftdown(vm: &mut Vm, l: &PyList, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    if pos >= size {
        return Err(index_error());
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = get(l, pos)?;
        let parent = get(l, parentpos)?;
        let lt = less(vm, &newitem, &parent, max)?;
        if size != l.len() {
            return Err(changed());
        }
        if !lt {
            break;
        }
        l.items.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// CPython's `siftup`: bubble the smaller child up to a leaf, then `siftdown` from there.
fn siftup(vm: &mut Vm, l: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    if pos >= end {
        return Err(index_error());
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let a = get(l, child)?;
            let b = get(l, child + 1)?;
            let lt = less(vm, &a, &b, max)?;
            if !lt {
                child += 1;
            }
            if end != l.len() {
                return Err(changed());
            }
        }
        l.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    siftdown(vm, l, start, pos, max)
}

fn heappush(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("heappush", a, kw, 2)?;
    let l = list_arg(vm, "heappush", "argument 1", &a[0])?;
    l.push(a[1].clone());
    let n = l.len();
    siftdown(vm, l, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, fname: &str, max: bool) -> PyResult<Value> {
    let a = positional(fname, a, kw, 1)?;
    let l = list_arg(vm, fname, "argument", &a[0])?;
    let last = l.items.borrow_mut().pop().ok_or_else(index_error)?;
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            None => return Ok(last),
            Some(slot) => std::mem::replace(slot, last),
        }
    };
    siftup(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pop_impl(vm, a, kw, "heappop", false)
}

fn heappop_max(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    pop_impl(vm, a, kw, "_heappop_max", true)
}

fn replace_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, fname: &str, max: bool) -> PyResult<Value> {
    let a = positional(fname, a, kw, 2)?;
    let l = list_arg(vm, fname, "argument 1", &a[0])?;
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            None => return Err(index_error()),
            Some(slot) => std::mem::replace(slot, a[1].clone()),
        }
    };
    siftup(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    replace_impl(vm, a, kw, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    replace_impl(vm, a, kw, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let a = positional("heappushpop", a, kw, 2)?;
    let l = list_arg(vm, "heappushpop", "argument 1", &a[0])?;
    let item = a[1].clone();
    let Some(top) = l.get(0) else {
        return Ok(item);
    };
    if !crate::object::list::lt(vm, &top, &item)? {
        return Ok(item);
    }
    let top = {
        let mut items = l.items.borrow_mut();
        match items.first_mut() {
            None => return Err(index_error()),
            Some(slot) => std::mem::replace(slot, item),
        }
    };
    siftup(vm, l, 0, false)?;
    Ok(top)
}

/// All but the highest set bit of `n` cleared (CPython's `keep_top_bit`).
fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// CPython's `heapify_internal`: bottom-up sifts, in a cache-friendly post-order for large
/// lists (the same final heap, the same comparisons in CPython's order).
fn heapify_impl(vm: &mut Vm, a: &[Value], kw: Kwargs, fname: &str, max: bool) -> PyResult<Value> {
    let a = positional(fname, a, kw, 1)?;
    let l = list_arg(vm, fname, "argument", &a[0])?;
    let n = l.len();
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let sift_chain = |vm: &mut Vm, i: usize| -> PyResult<()> {
            let mut j = i;
            loop {
                siftup(vm, l, j, max)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
            Ok(())
        };
        let mut i = leftmost;
        while i > mhalf {
            i -= 1;
            sift_chain(vm, i)?;
        }
        let mut i = m;
        while i > leftmost {
            i -= 1;
            sift_chain(vm, i)?;
        }
        return Ok(Value::None);
    }
    let mut i = n / 2;
    while i > 0 {
        i -= 1;
        siftup(vm, l, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    heapify_impl(vm, a, kw, "heapify", false)
}

fn heapify_max(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    heapify_impl(vm, a, kw, "_heapify_max", true)
}

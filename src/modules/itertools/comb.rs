//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Their pools are materialised at construction (as CPython
//! does); each `__next__` advances an index odometer by one step, following the "roughly
//! equivalent" code of the itertools documentation.
//!
//! Invariants: `indices` always index into the pools; `done` is set once the odometer wraps and
//! then stays set.

use super::{make_obj, parse, r_arg, It};
use crate::builtins::args::{self, Kwargs};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum CombKind {
    Product,
    Permutations,
    Combinations,
    CombinationsWr,
}

pub(super) struct Comb {
    kind: CombKind,
    /// One pool per position for product; a single pool otherwise.
    pools: Vec<Rc<[Value]>>,
    r: usize,
    indices: Vec<usize>,
    /// permutations' cycles.
    cycles: Vec<usize>,
    started: bool,
    done: bool,
}

fn comb_obj(vm: &Vm, k: usize, kind: CombKind, pools: Vec<Rc<[Value]>>, r: usize) -> Value {
    let n = pools.first().map_or(0, |p| p.len());
    let (indices, cycles, done) = match kind {
        CombKind::Product => (
            vec![0; pools.len()],
            Vec::new(),
            pools.iter().any(|p| p.is_empty()),
        ),
        CombKind::Permutations => (
            (0..n).collect(),
            (n + 1 - r.min(n + 1)..=n).rev().collect(),
            r > n,
        ),
        CombKind::Combinations => ((0..r).collect(), Vec::new(), r > n),
        CombKind::CombinationsWr => (vec![0; r], Vec::new(), n == 0 && r > 0),
    };
    make_obj(
        vm,
        k,
        It::Combinatoric(Comb {
            kind,
            pools,
            r,
            indices,
            cycles,
            started: false,
            done,
        }),
    )
}

pub(super) fn product_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut repeat = 1usize;
    for (k, v) in kw {
        if k.as_str() != "repeat" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                k.as_str()
            )));
        }
        let r = args::index_i64(vm, v)?;
        if r < 0 {
            return Err(PyErr::value_error("repeat argument cannot be negative"));
        }
        repeat = r as usize;
    }
    let mut base: Vec<Rc<[Value]>> = Vec::with_capacity(a.len());
    for v in a {
        base.push(vm.collect(v)?.into());
    }
    let mut pools = Vec::with_capacity(base.len() * repeat);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(comb_obj(vm, 13, CombKind::Product, pools, 0))
}

pub(super) fn permutations_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, r] = parse("permutations", a, kw, ["iterable", "r"], 1, 2)?;
    let pool: Rc<[Value]> = vm.collect(&iterable.unwrap_or(Value::None))?.into();
    let r = match r {
        None | Some(Value::None) => pool.len(),
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Long(_) | Value::Bool(_)) {
                return Err(PyErr::type_error("Expected int as r"));
            }
            r_arg(vm, &v)?
        }
    };
    Ok(comb_obj(vm, 14, CombKind::Permutations, vec![pool], r))
}

pub(super) fn combinations_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, r] = parse("combinations", a, kw, ["iterable", "r"], 2, 2)?;
    let pool: Rc<[Value]> = vm.collect(&iterable.unwrap_or(Value::None))?.into();
    let r = r_arg(vm, &r.unwrap_or(Value::None))?;
    Ok(comb_obj(vm, 15, CombKind::Combinations, vec![pool], r))
}

pub(super) fn cwr_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [iterable, r] = parse(
        "combinations_with_replacement",
        a,
        kw,
        ["iterable", "r"],
        2,
        2,
    )?;
    let pool: Rc<[Value]> = vm.collect(&iterable.unwrap_or(Value::None))?.into();
    let r = r_arg(vm, &r.unwrap_or(Value::None))?;
    Ok(comb_obj(vm, 16, CombKind::CombinationsWr, vec![pool], r))
}

/// One step of the combinatoric odometers (the "roughly equivalent" code in the docs).
pub(super) fn comb_next(c: &mut Comb) -> Option<Value> {
    if c.done {
        return None;
    }
    if !c.started {
        c.started = true;
        return Some(comb_result(c));
    }
    let n = c.pools.first().map_or(0, |p| p.len());
    match c.kind {
        CombKind::Product => {
            let mut i = c.indices.len();
            loop {
                if i == 0 {
                    c.done = true;
                    return None;
                }
                i -= 1;
                c.indices[i] += 1;
                if c.indices[i] < c.pools[i].len() {
                    break;
                }
                c.indices[i] = 0;
            }
        }
        CombKind::Permutations => {
            let r = c.r;
            let mut i = r;
            loop {
                if i == 0 {
                    c.done = true;
                    return None;
                }
                i -= 1;
                c.cycles[i] -= 1;
                if c.cycles[i] == 0 {
                    let x = c.indices.remove(i);
                    c.indices.push(x);
                    c.cycles[i] = n - i;
                } else {
                    let j = c.cycles[i];
                    c.indices.swap(i, n - j);
                    break;
                }
            }
        }
        CombKind::Combinations => {
            let r = c.r;
            let mut i = r;
            loop {
                if i == 0 {
                    c.done = true;
                    return None;
                }
                i -= 1;
                if c.indices[i] != i + n - r {
                    break;
                }
            }
            c.indices[i] += 1;
            for j in i + 1..r {
                c.indices[j] = c.indices[j - 1] + 1;
            }
        }
        CombKind::CombinationsWr => {
            let r = c.r;
            let mut i = r;
            loop {
                if i == 0 {
                    c.done = true;
                    return None;
                }
                i -= 1;
                if c.indices[i] != n - 1 {
                    break;
                }
            }
            let v = c.indices[i] + 1;
            for j in i..r {
                c.indices[j] = v;
            }
        }
    }
    Some(comb_result(c))
}

fn comb_result(c: &Comb) -> Value {
    match c.kind {
        CombKind::Product => Value::tuple(
            c.indices
                .iter()
                .zip(&c.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
        ),
        _ => {
            let p = &c.pools[0];
            Value::tuple(c.indices[..c.r].iter().map(|&i| p[i].clone()).collect())
        }
    }
}

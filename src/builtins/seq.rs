//! Iteration builtins: `sorted`, `min`, `max`, `sum`, `any`, `all` (CPython's `builtin_*`
//! argument rules and messages; `sum` has int/float fast paths and, like 3.11, adds floats
//! plainly).

use super::args::{self, Kwargs};
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn builtin_sorted(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::check_positional("sorted", a.len(), 1, 1)?;
    // Like CPython's builtin_sorted: collect first, then list.sort parses the keywords.
    let mut items = vm.collect(&a[0])?;
    let (key, reverse) = crate::object::listsort::sort_kwargs(vm, kw)?;
    crate::object::list::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn min_max(vm: &mut Vm, a: &[Value], kw: Kwargs, name: &str, op: CmpKind) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in kw {
        match k.as_str() {
            "key" => key = Some(v.clone()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let key = key.filter(|k| !k.is_none());
    if a.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if a.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let items: Vec<Value>;
    let it;
    let mut source: Box<dyn FnMut(&mut Vm) -> PyResult<Option<Value>>> = if a.len() == 1 {
        it = vm.iter(&a[0])?;
        Box::new(move |vm: &mut Vm| vm.next(&it))
    } else {
        items = a.to_vec();
        let mut i = 0;
        Box::new(move |_vm: &mut Vm| {
            let r = items.get(i).cloned();
            i += 1;
            Ok(r)
        })
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = source(vm)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let better = match (&k, &bk) {
                    (Value::Int(x), Value::Int(y)) => {
                        if op == CmpKind::Gt {
                            x > y
                        } else {
                            x < y
                        }
                    }
                    _ => {
                        let r = vm.compare(&k, &bk, op)?;
                        vm.truthy(&r)?
                    }
                };
                if better {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
    }
}

pub fn builtin_min(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, a, kw, "min", CmpKind::Lt)
}

pub fn builtin_max(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, a, kw, "max", CmpKind::Gt)
}

/// `sum(iterable, /, start=0)`.
pub fn builtin_sum(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let [start_kw] = args::take_kwargs("sum", kw, ["start"])?;
    let start = a.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Value::Instance(_) if args::type_name(vm, &start) == "bytearray" => {
            return Err(PyErr::type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = vm.iter(&a[0])?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(x), Value::Int(y)) => match x.checked_add(*y) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &item, BinOpKind::Add)?,
            },
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            (Value::Float(x), Value::Int(y)) => Value::Float(x + *y as f64),
            _ => vm.binary_op(&acc, &item, BinOpKind::Add)?,
        };
    }
    Ok(acc)
}

pub fn builtin_any(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("any", a, kw)?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn builtin_all(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("all", a, kw)?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

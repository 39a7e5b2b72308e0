//! Traceback objects (`e.__traceback__`, `sys.exc_info()[2]`): `TracebackObj`, a view of one
//! shared snapshot of an exception's traceback entries from `start` on, with `tb_next`
//! (writable, loop-checked, cached so `tb.tb_next is tb.tb_next`), `tb_frame` (a frame object
//! from `frame_obj.rs`, cached), `tb_lineno` and `tb_lasti`; `traceback_chain` follows assigned
//! `tb_next` links. Also `code.co_positions()` / `co_lines()`, indexed by `tb_lasti // 2`.
//!
//! Invariant: traceback entries hold code objects and instruction indexes, never VM frames (no
//! frame/exception cycles); a `tb_frame` read caches a frame object, a handle or snapshot.

use super::class::{with_native, Instance};
use super::exception::TracebackEntry;
use super::str::intern;
use super::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<super::PyStr>, Value)];

/// The traceback object handed to Python code (`e.__traceback__`): a snapshot of the entries
/// from `start` on (`tb_next` shares the snapshot with `start + 1`). `tb_next` and `tb_frame`
/// are made once and cached, so `tb.tb_next is tb.tb_next` holds as in CPython.
pub struct TracebackObj {
    pub entries: Rc<Vec<TracebackEntry>>,
    pub start: usize,
    next: RefCell<Option<Value>>,
    frame: RefCell<Option<Value>>,
    /// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`: the values given.
    made: Option<(i64, i64)>,
    /// The locals with `__del__` of the exception's unwound frames (`ExceptionData::
    /// kept_alive`): a traceback object keeps its frames alive, as in CPython.
    pub kept: Option<Rc<super::exception::KeptDels>>,
}

impl TracebackObj {
    pub fn new(entries: Vec<TracebackEntry>) -> TracebackObj {
        TracebackObj::at(Rc::new(entries), 0)
    }
    fn at(entries: Rc<Vec<TracebackEntry>>, start: usize) -> TracebackObj {
        TracebackObj {
            entries,
            start,
            next: RefCell::new(None),
            frame: RefCell::new(None),
            made: None,
            kept: None,
        }
    }
    /// The entries this traceback object covers (outermost first).
    pub fn entries(&self) -> &[TracebackEntry] {
        self.entries.get(self.start..).unwrap_or(&[])
    }
}

/// The entries of traceback object `tb` and the ones it links to, outermost first, following
/// `tb_next` as assigned from Python (`tb.tb_next = other`).
pub fn traceback_chain(tb: &Value) -> Option<Vec<TracebackEntry>> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    let mut steps = 0usize;
    loop {
        let (first, next, rest) = with_native::<TracebackObj, _>(&cur, |t| {
            let next = t.next.borrow().clone();
            (t.entries().first().cloned(), next, t.entries().len())
        })?;
        let Some(first) = first else {
            return Some(out);
        };
        out.push(first);
        steps += 1;
        match next {
            Some(Value::None) => return Some(out),
            Some(n) if steps < 1_000_000 => cur = n,
            Some(_) => return Some(out),
            None => {
                // Not assigned or read yet: the rest of the shared snapshot.
                let more = with_native::<TracebackObj, _>(&cur, |t| t.entries()[1..rest].to_vec())?;
                out.extend(more);
                return Some(out);
            }
        }
    }
}

/// `code.co_positions()`: `(lineno, end_lineno, col, end_col)` per instruction (columns in
/// UTF-8 bytes); `tb_lasti // 2` indexes it.
fn code_co_positions(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let code = match a.first() {
        Some(Value::Code(c)) => c.clone(),
        _ => {
            return Err(PyErr::type_error(
                "descriptor 'co_positions' of 'code' object needs an argument",
            ))
        }
    };
    let rows: Vec<Value> = (0..code.instrs.len())
        .map(|ip| {
            let (l, el, c, ec) = crate::modules::traceback::code_position(&code, ip);
            Value::tuple(vec![l, el, c, ec])
        })
        .collect();
    vm.iter(&Value::list(rows))
}

/// `code.co_lines()`: `(start, end, lineno)` byte ranges of instructions sharing a line.
fn code_co_lines(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let code = match a.first() {
        Some(Value::Code(c)) => c.clone(),
        _ => {
            return Err(PyErr::type_error(
                "descriptor 'co_lines' of 'code' object needs an argument",
            ))
        }
    };
    let mut rows: Vec<Value> = Vec::new();
    let mut start = 0usize;
    for ip in 1..=code.instrs.len() {
        if ip == code.instrs.len() || code.line_of(ip) != code.line_of(start) {
            rows.push(Value::tuple(vec![
                Value::Int(start as i64 * 2),
                Value::Int(ip as i64 * 2),
                Value::Int(code.line_of(start) as i64),
            ]));
            start = ip;
        }
    }
    vm.iter(&Value::list(rows))
}

/// The traceback type's slots: `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
pub fn traceback_slots() -> super::class::TypeSlots {
    super::class::TypeSlots {
        new: Some(traceback_new),
        ..Default::default()
    }
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)` (CPython's `tb_new`).
fn traceback_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    if a.len() > 4 {
        return Err(PyErr::type_error(format!(
            "TracebackType() takes at most 4 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    let mut args: [Option<Value>; 4] = std::array::from_fn(|i| a.get(i).cloned());
    for (k, v) in kw {
        match NAMES.iter().position(|n| *n == k.as_str()) {
            Some(i) if args[i].is_none() => args[i] = Some(v.clone()),
            Some(i) => {
                return Err(PyErr::type_error(format!(
                    "argument for TracebackType() given by name ('{}') and position ({})",
                    NAMES[i],
                    i + 1
                )))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for TracebackType()",
                    k.as_str()
                )))
            }
        }
    }
    for (i, v) in args.iter().enumerate() {
        if v.is_none() {
            return Err(PyErr::type_error(format!(
                "TracebackType() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            )));
        }
    }
    let [next, frame, lasti, lineno] = args.map(|v| v.unwrap_or(Value::None));
    if !next.is_none() && with_native::<TracebackObj, _>(&next, |_| ()).is_none() {
        return Err(PyErr::type_error(format!(
            "expected traceback object or None, got '{}'",
            vm.type_of(&next).name.borrow().as_str()
        )));
    }
    let Some(code) = with_native::<super::frame_obj::FrameObj, _>(&frame, |f| f.code.clone())
    else {
        return Err(PyErr::type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            vm.type_of(&frame).name.borrow().as_str()
        )));
    };
    let lasti = crate::builtins::args::index_i64(vm, &lasti)?;
    let lineno = crate::builtins::args::index_i64(vm, &lineno)?;
    let ip = (lasti.max(0) / 2).min(code.instrs.len().saturating_sub(1) as i64) as u32;
    let mut t = TracebackObj::new(vec![TracebackEntry { code, ip }]);
    t.made = Some((lasti, lineno));
    *t.next.borrow_mut() = Some(next);
    *t.frame.borrow_mut() = Some(frame);
    Ok(Instance::native(vm.types.traceback.clone(), t))
}

/// Register the traceback type's members and the code type's position methods.
pub fn add_traceback_members(types: &super::builtin_types::BuiltinTypes) {
    use super::builtin_types::add_getsets;
    use super::class::Getter;
    use super::descr::Setter;
    type G = (&'static str, Getter, Option<Setter>);
    /// The first entry of a traceback object.
    fn first(v: &Value) -> PyResult<Option<TracebackEntry>> {
        with_native::<TracebackObj, _>(v, |t| t.entries().first().cloned())
            .ok_or_else(|| PyErr::type_error("descriptor requires a 'traceback' object"))
    }
    fn made(v: &Value) -> Option<(i64, i64)> {
        with_native::<TracebackObj, _>(v, |t| t.made).flatten()
    }
    let tbs: Vec<G> = vec![
        (
            "tb_lineno",
            |_, v| {
                if let Some((_, lineno)) = made(v) {
                    return Ok(Value::Int(lineno));
                }
                Ok(first(v)?
                    .map(|e| Value::Int(e.code.line_of(e.ip as usize) as i64))
                    .unwrap_or(Value::None))
            },
            None,
        ),
        (
            "tb_lasti",
            |_, v| {
                if let Some((lasti, _)) = made(v) {
                    return Ok(Value::Int(lasti));
                }
                Ok(first(v)?
                    .map(|e| Value::Int(e.ip as i64 * 2))
                    .unwrap_or(Value::None))
            },
            None,
        ),
        (
            "tb_next",
            |vm, v| {
                let (cached, entries, start, kept) = with_native::<TracebackObj, _>(v, |t| {
                    (
                        t.next.borrow().clone(),
                        t.entries.clone(),
                        t.start,
                        t.kept.clone(),
                    )
                })
                .ok_or_else(|| PyErr::type_error("descriptor requires a 'traceback' object"))?;
                if let Some(n) = cached {
                    return Ok(n);
                }
                let next = if start + 1 >= entries.len() {
                    Value::None
                } else {
                    let mut t = TracebackObj::at(entries, start + 1);
                    t.kept = kept;
                    Instance::native(vm.types.traceback.clone(), t)
                };
                with_native::<TracebackObj, _>(v, |t| *t.next.borrow_mut() = Some(next.clone()));
                Ok(next)
            },
            Some(|vm, v, x| {
                let Some(x) = x else {
                    return Err(PyErr::type_error("can't delete tb_next attribute"));
                };
                if !x.is_none() && with_native::<TracebackObj, _>(&x, |_| ()).is_none() {
                    return Err(PyErr::type_error(format!(
                        "expected traceback object, got '{}'",
                        vm.type_of(&x).name.borrow().as_str()
                    )));
                }
                // Refuse loops: `v` must not be reachable from `x`.
                let mut cur = x.clone();
                while !cur.is_none() {
                    if cur.is(v) {
                        return Err(PyErr::value_error("traceback loop detected"));
                    }
                    cur = vm.getattr(&cur, &intern("tb_next"))?;
                }
                with_native::<TracebackObj, _>(v, |t| *t.next.borrow_mut() = Some(x));
                Ok(())
            }),
        ),
        (
            "tb_frame",
            |vm, v| {
                let cached = with_native::<TracebackObj, _>(v, |t| t.frame.borrow().clone())
                    .ok_or_else(|| PyErr::type_error("descriptor requires a 'traceback' object"))?;
                if let Some(f) = cached {
                    return Ok(f);
                }
                let (entries, start) =
                    with_native::<TracebackObj, _>(v, |t| (t.entries.clone(), t.start))
                        .ok_or_else(|| {
                            PyErr::type_error("descriptor requires a 'traceback' object")
                        })?;
                let f = super::frame_obj::traceback_frame(vm, &entries, start);
                with_native::<TracebackObj, _>(v, |t| *t.frame.borrow_mut() = Some(f.clone()));
                Ok(f)
            },
            Some(|_, _, _| Err(PyErr::attribute_error("readonly attribute"))),
        ),
    ];
    add_getsets(&types.traceback, tbs.into_iter());
    super::builtin_types::add_methods(
        &types.code,
        &[
            ("co_positions", code_co_positions),
            ("co_lines", code_co_lines),
        ],
    );
}

//! Frame objects handed to Python code (`sys._getframe()`, `inspect.currentframe()`,
//! `tb.tb_frame`, `gi_frame`/`cr_frame`/`ag_frame`): the `frame` type with `f_code`,
//! `f_lineno`, `f_lasti`, `f_back`, `f_globals`, `f_builtins`, `f_locals`, `clear()` and
//! CPython's repr.
//!
//! Design: the VM's frames (`vm::frame::Frame`) are plain Rust values that move between the
//! frame stack, the dispatch loops and generators; nothing on the call/return/raise path knows
//! about frame objects. A `FrameObj` is created lazily, only when Python code asks for one,
//! and is a *handle* onto a live frame: the frame's index on `Vm::frames` and its address.
//! While that slot still holds the same frame (same address and code), `f_lineno` and
//! `f_locals` read the live frame; afterwards they report the snapshot taken at the last read.
//! A frame reading its *own* frame object through an attribute (`f = sys._getframe()` then
//! `f.f_lineno` in the same function) sees the snapshot taken by the call that made it: the
//! running frame sits in its dispatch loop's hands, not on `Vm::frames`, and the loop keeps its
//! instruction pointer in a register. Generator frames read the generator (`PyGen`) instead.
//!
//! Invariants: a `FrameObj` never holds a pointer it dereferences (the address is only
//! compared); a traceback entry's frame (`tb_frame`) is the live frame running that code when
//! there is one on the stack, else a snapshot at the entry's instruction.

use super::class::{with_native, Instance, PyType, TypeSlots};
use super::descr::Setter;
use super::{PyDict, PyErr, PyResult, Value};
use crate::bytecode::{code_flags, CodeObject};
use crate::vm::frame::Frame;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The payload of a `frame` object.
pub struct FrameObj {
    pub code: Rc<CodeObject>,
    /// The instruction executing when last observed (an index, `f_lasti / 2`).
    lasti: Cell<u32>,
    globals: Rc<PyDict>,
    builtins: Rc<PyDict>,
    /// Module and class bodies: their locals mapping (`f_locals` is that object).
    mapping: Option<Value>,
    /// Function frames: the last `f_locals` snapshot.
    locals: RefCell<Option<Value>>,
    /// While the frame runs: (index on `Vm::frames`, the boxed frame's address).
    live: Cell<Option<(usize, usize)>>,
    /// The caller's slot (index on `Vm::frames`, address) when this object was made: the
    /// caller stays on the stack while this frame runs, even when this frame itself is held
    /// by a dispatch loop rather than `Vm::frames`.
    back_ref: Option<(usize, usize)>,
    /// `f_back`, once computed.
    back: RefCell<Option<Value>>,
    /// A generator's frame (`gi_frame`, `cr_frame`, `ag_frame`): read from the generator.
    gen: Option<Rc<super::generator::PyGen>>,
    /// A traceback snapshot's caller: the entry before it in the same traceback.
    tb_back: Option<(TbEntries, usize)>,
}

type TbEntries = Rc<Vec<super::exception::TracebackEntry>>;

/// The frame object of generator `g` (`gi_frame`): its line and locals are read from the
/// generator each time (the line of its `def` before it starts).
pub fn gen_frame(vm: &Vm, g: &Rc<super::generator::PyGen>) -> Value {
    let obj = FrameObj {
        code: g.code.clone(),
        lasti: Cell::new(0),
        globals: g.globals.clone(),
        builtins: vm.builtins.clone(),
        mapping: None,
        locals: RefCell::new(None),
        live: Cell::new(None),
        back_ref: None,
        back: RefCell::new(Some(Value::None)),
        gen: Some(g.clone()),
        tb_back: None,
    };
    Instance::native(frame_type(vm), obj)
}

thread_local! {
    // Never dropped: type objects must not be freed during thread-local teardown.
    static FRAME_TYPE: std::mem::ManuallyDrop<RefCell<Option<Rc<PyType>>>> =
        const { std::mem::ManuallyDrop::new(RefCell::new(None)) };
}

/// The `frame` type (created on first use).
pub fn frame_type(vm: &Vm) -> Rc<PyType> {
    if let Some(t) = FRAME_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let slots = TypeSlots {
        repr: Some(frame_repr),
        ..TypeSlots::default()
    };
    let methods: &[(&'static str, super::NativeFn)] = &[("clear", frame_clear)];
    let t = super::builtin_types::new_native_type("frame", &vm.types.object, slots, methods);
    type G = (&'static str, super::class::Getter, Option<Setter>);
    let getsets: Vec<G> = vec![
        ("f_code", f_code, None),
        ("f_lineno", f_lineno, None),
        ("f_lasti", f_lasti, None),
        ("f_back", f_back, None),
        ("f_globals", f_globals, None),
        ("f_builtins", f_builtins, None),
        ("f_locals", f_locals, None),
        ("f_trace", |_, _| Ok(Value::None), None),
        ("f_trace_lines", |_, _| Ok(Value::Bool(true)), None),
        ("f_trace_opcodes", |_, _| Ok(Value::Bool(false)), None),
    ];
    super::builtin_types::add_getsets(&t, getsets.into_iter());
    FRAME_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
    t
}

fn frame_addr(f: &Frame) -> usize {
    f as *const Frame as usize
}

/// A frame object for `vm.frames[idx]` (a live frame).
pub fn live_frame(vm: &Vm, idx: usize) -> Option<Value> {
    let f = vm.frames.get(idx)?;
    let obj = FrameObj {
        code: f.code.clone(),
        lasti: Cell::new(f.ip.saturating_sub(1)),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        mapping: f.locals.as_deref().cloned(),
        locals: RefCell::new(if f.locals.is_none() {
            Some(fast_locals_dict(f))
        } else {
            None
        }),
        live: Cell::new(Some((idx, frame_addr(f)))),
        back_ref: idx
            .checked_sub(1)
            .and_then(|i| vm.frames.get(i).map(|b| (i, frame_addr(b)))),
        back: RefCell::new(None),
        gen: None,
        tb_back: None,
    };
    Some(Instance::native(frame_type(vm), obj))
}

/// The frame object of traceback entry `entries[i]`: the live frame running that code if
/// one is on the stack (innermost first), else a snapshot at the entry's instruction whose
/// `f_back` is the frame of the entry before it.
pub fn traceback_frame(vm: &Vm, entries: &TbEntries, i: usize) -> Value {
    let Some(e) = entries.get(i) else {
        return Value::None;
    };
    let (code, ip) = (&e.code, e.ip);
    if let Some(idx) = vm.frames.iter().rposition(|f| Rc::ptr_eq(&f.code, code)) {
        if let Some(v) = live_frame(vm, idx) {
            return v;
        }
    }
    let globals = module_globals_for(vm, &code.source.name)
        .or_else(|| vm.current_globals())
        .or_else(|| vm.main_globals())
        .unwrap_or_else(|| Rc::new(PyDict::new()));
    let mapping = if code.flags & code_flags::OPTIMIZED == 0 {
        Some(Value::Dict(globals.clone()))
    } else {
        None
    };
    let obj = FrameObj {
        code: code.clone(),
        lasti: Cell::new(ip),
        globals,
        builtins: vm.builtins.clone(),
        mapping,
        locals: RefCell::new(Some(Value::Dict(Rc::new(PyDict::new())))),
        live: Cell::new(None),
        back_ref: None,
        back: RefCell::new(if i == 0 { Some(Value::None) } else { None }),
        gen: None,
        tb_back: i.checked_sub(1).map(|j| (entries.clone(), j)),
    };
    Instance::native(frame_type(vm), obj)
}

/// The globals of the module whose `__file__` is `filename` (a finished frame's `f_globals`).
fn module_globals_for(vm: &Vm, filename: &str) -> Option<Rc<PyDict>> {
    let file = super::str::intern("__file__");
    vm.modules.values().into_iter().find_map(|m| match m {
        Value::Module(m) => match m.dict.get_str(&file) {
            Some(Value::Str(f)) if f.as_str() == filename => Some(m.dict.clone()),
            _ => None,
        },
        _ => None,
    })
}

/// `sys._getframe(depth=0)`: the frame `depth` calls below the caller.
pub fn getframe(vm: &mut Vm, depth: i64) -> PyResult<Value> {
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        if depth < 0 && n > 0 {
            return Ok(live_frame(vm, n as usize - 1).unwrap_or(Value::None));
        }
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    Ok(live_frame(vm, (n - 1 - depth) as usize).unwrap_or(Value::None))
}

fn payload<U>(v: &Value, f: impl FnOnce(&FrameObj) -> U) -> PyResult<U> {
    with_native::<FrameObj, _>(v, f)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'frame' object"))
}

/// The live VM frame this object views, if it is still running.
fn live_of<'a>(vm: &'a Vm, fo: &FrameObj) -> Option<(usize, &'a Frame)> {
    let (idx, addr) = fo.live.get()?;
    let f = vm.frames.get(idx)?;
    if frame_addr(f) == addr && Rc::ptr_eq(&f.code, &fo.code) {
        Some((idx, f))
    } else {
        None
    }
}

/// Refresh `lasti` from the live frame, if any; returns the instruction index.
fn current_lasti(vm: &Vm, v: &Value) -> PyResult<u32> {
    payload(v, |fo| {
        if let Some(g) = &fo.gen {
            // Before the first resumption `lasti` is -1 and the line is the `def` line.
            return g.ip().checked_sub(1).map_or(u32::MAX, |i| i as u32);
        }
        if let Some((_, f)) = live_of(vm, fo) {
            fo.lasti.set(f.ip.saturating_sub(1));
        }
        fo.lasti.get()
    })
}

fn lineno_of(code: &CodeObject, lasti: u32) -> u32 {
    if lasti == u32::MAX {
        return code.first_line;
    }
    code.line_of(lasti as usize)
}

fn f_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    payload(v, |fo| Value::Code(fo.code.clone()))
}

fn f_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let lasti = current_lasti(vm, v)?;
    payload(v, |fo| Value::Int(lineno_of(&fo.code, lasti) as i64))
}

fn f_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let lasti = current_lasti(vm, v)?;
    Ok(Value::Int(if lasti == u32::MAX {
        -1
    } else {
        lasti as i64 * 2
    }))
}

fn f_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    payload(v, |fo| Value::Dict(fo.globals.clone()))
}

fn f_builtins(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    payload(v, |fo| Value::Dict(fo.builtins.clone()))
}

fn f_back(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let (cached, back_ref, tb_back) = payload(v, |fo| {
        (fo.back.borrow().clone(), fo.back_ref, fo.tb_back.clone())
    })?;
    if let Some(b) = cached {
        return Ok(b);
    }
    let back = match (back_ref, tb_back) {
        (None, Some((entries, j))) => traceback_frame(vm, &entries, j),
        (None, None) => Value::None,
        (Some((i, addr)), _) => match vm.frames.get(i) {
            Some(f) if frame_addr(f) == addr => live_frame(vm, i).unwrap_or(Value::None),
            // The caller has returned: it is no longer known.
            _ => return Ok(Value::None),
        },
    };
    payload(v, |fo| *fo.back.borrow_mut() = Some(back.clone()))?;
    Ok(back)
}

/// The fast locals of `f` as a dict (unbound names left out, cells read through).
fn fast_locals_dict(f: &Frame) -> Value {
    locals_dict(&f.code, &f.values)
}

fn locals_dict(code: &CodeObject, values: &[Value]) -> Value {
    let d = PyDict::new();
    let names = code
        .varnames
        .iter()
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter());
    for (k, name) in names.enumerate() {
        let mut val = values.get(k).cloned().unwrap_or(Value::Null);
        if k >= code.varnames.len() {
            if let Value::Cell(c) = &val {
                val = c.get();
            }
        }
        if !val.is_null() {
            d.set_str(super::str::intern(name), val);
        }
    }
    Value::Dict(Rc::new(d))
}

fn f_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    payload(v, |fo| {
        if let Some(m) = &fo.mapping {
            return m.clone();
        }
        if let Some(g) = &fo.gen {
            return g.with_values(|values| locals_dict(&g.code, values));
        }
        if let Some((_, f)) = live_of(vm, fo) {
            let d = fast_locals_dict(f);
            *fo.locals.borrow_mut() = Some(d.clone());
            return d;
        }
        let cached = fo.locals.borrow().clone();
        match cached {
            Some(d) => d,
            None => {
                let d = Value::Dict(Rc::new(PyDict::new()));
                *fo.locals.borrow_mut() = Some(d.clone());
                d
            }
        }
    })
}

/// `frame.clear()`: CPython raises for a running frame; coil's frame objects own nothing to
/// clear, so a finished frame's snapshot is dropped.
fn frame_clear(vm: &mut Vm, a: &[Value], _kw: super::ns_util::Kwargs) -> PyResult<Value> {
    let this = a.first().ok_or_else(|| {
        PyErr::type_error("descriptor 'clear' of 'frame' object needs an argument")
    })?;
    let running = payload(this, |fo| live_of(vm, fo).is_some())?;
    if running {
        return Err(PyErr::runtime_error("cannot clear an executing frame"));
    }
    payload(this, |fo| *fo.locals.borrow_mut() = None)?;
    Ok(Value::None)
}

fn frame_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let lasti = current_lasti(vm, v)?;
    payload(v, |fo| {
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            v.id(),
            fo.code.source.name,
            lineno_of(&fo.code, lasti),
            fo.code.name
        )
    })
}

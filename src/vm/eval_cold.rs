//! The dispatch loop's cold opcodes, out of line: names and deletions, imports, class and
//! function creation, the container-building helpers of displays and calls (`*`/`**`
//! unpacking), `match` statement support, `with` entry/exit, intrinsics and annotations. They
//! are rare in hot loops, and keeping them out of `run_frame` keeps the hot loop small (its
//! locals stay in registers).
//!
//! Invariants: `exec_cold` runs one instruction on the frame in hand exactly as the
//! dispatch loop would, without switching frames or jumping (`ip` is the loop's business);
//! an `Err` goes to the loop's unwinding, and the loop polls for generator finalisation
//! (`fin_check!`) after each cold instruction.

use super::eval::Args;
use super::eval::{
    is_key_error, name_error, name_str, not_supported, unbound_deref, unbound_local,
};
use super::fastpath::pop_value;
use super::frame::Frame;
use super::Vm;
use crate::bytecode::{make_function_flags, CodeObject, Instr, Intrinsic1};
use crate::object::class::UnaryKind;
use crate::object::{ExcType, Function, PyDict, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The value `n` places from the top of the stack (1 = top).
fn peek(values: &[Value], n: usize) -> &Value {
    &values[values.len() - n]
}

/// The top of the stack (`Null` when empty, which only a compiler bug could cause).
fn top(values: &[Value]) -> &Value {
    values.last().unwrap_or(&Value::Null)
}

impl Vm {
    /// Run one cold instruction (see the module notes).
    #[inline(never)]
    pub(super) fn exec_cold(
        &mut self,
        instr: Instr,
        frame: &mut Frame,
        code: &Rc<CodeObject>,
    ) -> PyResult<()> {
        match instr {
            Instr::DeleteFast(i) => {
                let old = std::mem::take(&mut frame.values[i as usize]);
                if old.is_null() {
                    return Err(unbound_local(&code, i as usize));
                }
                drop(old);
            }
            Instr::DeleteDeref(i) => {
                let slot = code.varnames.len() + i as usize;
                if let Value::Cell(c) = &frame.values[slot] {
                    let c = c.clone();
                    if c.get().is_null() {
                        return Err(unbound_deref(&code, i as usize));
                    }
                    c.set(Value::Null);
                }
            }
            Instr::LoadClassDeref(i) => {
                let idx = i as usize;
                let nc = code.cellvars.len();
                let nm = if idx < nc {
                    code.cellvars[idx].clone()
                } else {
                    code.freevars[idx - nc].clone()
                };
                let key = super::name(&nm);
                let found = match frame.locals.as_deref() {
                    Some(Value::Dict(d)) => d.get_str(&key),
                    Some(m) => {
                        let m = m.clone();
                        match self.getitem(&m, &Value::Str(key.clone())) {
                            Ok(v) => Some(v),
                            Err(e) if is_key_error(&e) => None,
                            Err(e) => return Err(e),
                        }
                    }
                    None => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let slot = code.varnames.len() + idx;
                        let v = match &frame.values[slot] {
                            Value::Cell(c) => c.get(),
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            return Err(unbound_deref(&code, idx));
                        }
                        v
                    }
                };
                frame.values.push(v);
            }
            Instr::DeleteGlobal(i) => {
                let key = name_str(&code.names[i as usize]);
                match frame.globals.del_str(&key) {
                    Some(old) => drop(old),
                    None => return Err(name_error(&key)),
                }
            }
            // Module code, where the locals mapping is the globals dict: LOAD_NAME and
            // STORE_NAME are LOAD_GLOBAL and STORE_GLOBAL (and share their cache).
            Instr::LoadName(i) if frame.is_module_level() => {
                if let Value::Str(key) = &code.names[i as usize] {
                    let Frame {
                        globals,
                        builtins,
                        values,
                        ..
                    } = frame;
                    if !self.load_global_push(globals, builtins, key, values) {
                        return Err(super::fastpath::name_error(key));
                    }
                }
            }
            Instr::StoreName(i) if frame.is_module_level() => {
                let v = pop_value(&mut frame.values);
                match &code.names[i as usize] {
                    Value::Str(key) => self.store_global(&frame.globals, key, v),
                    _ => drop(v),
                }
            }
            Instr::LoadName(i) => {
                let key = name_str(&code.names[i as usize]);
                let found = match frame.locals.as_deref() {
                    Some(Value::Dict(d)) => d.get_str(&key),
                    Some(m) => {
                        let m = m.clone();
                        match self.getitem(&m, &Value::Str(key.clone())) {
                            Ok(v) => Some(v),
                            Err(e) if is_key_error(&e) => None,
                            Err(e) => return Err(e),
                        }
                    }
                    None => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => match frame.globals.get_str(&key) {
                        Some(v) => v,
                        None => match frame.builtins.get_str(&key) {
                            Some(v) => v,
                            None => return Err(name_error(&key)),
                        },
                    },
                };
                frame.values.push(v);
            }
            Instr::StoreName(i) => {
                let key = name_str(&code.names[i as usize]);
                let v = pop_value(&mut frame.values);
                match frame.locals.as_deref() {
                    Some(Value::Dict(d)) => {
                        let old = d.set_str(key, v);
                        drop(old);
                    }
                    Some(m) => {
                        let m = m.clone();
                        self.setitem(&m, &Value::Str(key), v)?;
                    }
                    None => {
                        let old = frame.globals.set_str(key, v);
                        drop(old);
                    }
                }
            }
            Instr::DeleteName(i) => {
                let key = name_str(&code.names[i as usize]);
                match frame.locals.as_deref() {
                    Some(Value::Dict(d)) => {
                        if d.del_str(&key).is_none() {
                            return Err(name_error(&key));
                        }
                    }
                    Some(m) => {
                        let m = m.clone();
                        if let Err(e) = self.delitem(&m, &Value::Str(key.clone())) {
                            if is_key_error(&e) {
                                return Err(name_error(&key));
                            }
                            return Err(e);
                        }
                    }
                    None => {
                        if frame.globals.del_str(&key).is_none() {
                            return Err(name_error(&key));
                        }
                    }
                }
            }
            Instr::DeleteAttr(i) => {
                let key = name_str(&code.names[i as usize]);
                let obj = pop_value(&mut frame.values);
                self.delattr(&obj, &key)?;
            }
            Instr::DeleteSubscr => {
                let key = pop_value(&mut frame.values);
                let container = pop_value(&mut frame.values);
                self.delitem(&container, &key)?;
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 {
                    pop_value(&mut frame.values)
                } else {
                    Value::None
                };
                let stop = pop_value(&mut frame.values);
                let start = pop_value(&mut frame.values);
                frame
                    .values
                    .push(Value::Slice(Rc::new(crate::object::PySlice {
                        start,
                        stop,
                        step,
                    })));
            }
            Instr::UnaryInvert => {
                let v = pop_value(&mut frame.values);
                let r = match &v {
                    Value::Int(i) => Value::Int(!*i),
                    _ => self.unary(&v, UnaryKind::Invert)?,
                };
                frame.values.push(r);
            }
            Instr::BuildSet(n) => {
                let start = frame.values.len() - n as usize;
                let items: Args = frame.values.drain(start..).collect();
                let s = self.new_set(&items)?;
                frame.values.push(s);
            }
            Instr::BuildMap(n) => {
                let start = frame.values.len() - 2 * n as usize;
                let items: Args = frame.values.drain(start..).collect();
                let d = Rc::new(PyDict::new());
                for kv in items.chunks(2) {
                    self.dict_set(&d, kv[0].clone(), kv[1].clone())?;
                }
                frame.values.push(Value::Dict(d));
            }
            Instr::BuildString(n) => {
                let start = frame.values.len() - n as usize;
                let total: usize = frame.values[start..]
                    .iter()
                    .map(|v| match v {
                        Value::Str(p) => p.as_str().len(),
                        _ => 0,
                    })
                    .sum();
                let mut s = String::with_capacity(total);
                for v in &frame.values[start..] {
                    if let Value::Str(p) = v {
                        s.push_str(p.as_str());
                    }
                }
                frame.values.truncate(start);
                frame.values.push(Value::from_string(s));
            }
            Instr::SetAdd(i) => {
                let v = pop_value(&mut frame.values);
                let s = peek(&frame.values, i as usize).clone();
                self.set_add(&s, v)?;
            }
            Instr::MapAdd(i) => {
                let v = pop_value(&mut frame.values);
                let k = pop_value(&mut frame.values);
                if let Value::Dict(d) = peek(&frame.values, i as usize) {
                    let d = d.clone();
                    self.dict_set(&d, k, v)?;
                }
            }
            Instr::ListExtend(i) => {
                let it = pop_value(&mut frame.values);
                // `[0, 0, 0, 0]` (BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND): the constant's
                // items cloned straight into the list (the target is the list being built,
                // never the operand).
                if let (Value::Tuple(t), Value::List(l)) = (&it, peek(&frame.values, i as usize)) {
                    let mut dst = l.items.borrow_mut();
                    dst.reserve_exact(t.items.len());
                    dst.extend(t.items.iter().cloned());
                    return Ok(());
                }
                let items = match &it {
                    Value::List(l) => l.items.borrow().clone(),
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => self.collect(&it)?,
                };
                if let Value::List(l) = peek(&frame.values, i as usize) {
                    l.items.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(i) => {
                let it = pop_value(&mut frame.values);
                let s = peek(&frame.values, i as usize).clone();
                if let Value::Set(set) = &s {
                    // CPython's `set_update_internal` (a set/frozenset operand is merged
                    // table to table, which fixes the iteration order).
                    crate::object::set_methods::set_update_internal(self, set, &it)?;
                } else {
                    let items = self.collect(&it)?;
                    for v in items {
                        self.set_add(&s, v)?;
                    }
                }
            }
            Instr::DictUpdate(i) => {
                let m = pop_value(&mut frame.values);
                let d = match peek(&frame.values, i as usize) {
                    Value::Dict(d) => d.clone(),
                    _ => return Ok(()),
                };
                self.dict_update(&d, &m, None)?;
            }
            Instr::DictMerge(i) => {
                let m = pop_value(&mut frame.values);
                let d = match peek(&frame.values, i as usize) {
                    Value::Dict(d) => d.clone(),
                    _ => return Ok(()),
                };
                let func = peek(&frame.values, i as usize + 2).clone();
                self.dict_update(&d, &m, Some(&func))?;
            }
            Instr::ListToTuple => {
                let v = pop_value(&mut frame.values);
                let items = match &v {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => self.collect(&v)?,
                };
                frame.values.push(Value::tuple(items));
            }
            Instr::UnpackEx(arg) => {
                let seq = pop_value(&mut frame.values);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                self.unpack_ex(&mut frame.values, seq, before, after)?;
            }
            Instr::MakeFunction(flags) => {
                let code_v = pop_value(&mut frame.values);
                let closure = if flags & make_function_flags::CLOSURE != 0 {
                    Some(pop_value(&mut frame.values))
                } else {
                    None
                };
                // The annotations are a flat tuple (name, value, ...), as CPython 3.11's
                // MAKE_FUNCTION receives them; the function keeps them as a dict.
                let annotations = if flags & make_function_flags::ANNOTATIONS != 0 {
                    match pop_value(&mut frame.values) {
                        Value::Tuple(t) => {
                            let d = Rc::new(PyDict::new());
                            for pair in t.items.chunks(2) {
                                if let [k, v] = pair {
                                    self.setitem(&Value::Dict(d.clone()), k, v.clone())?;
                                }
                            }
                            Value::Dict(d)
                        }
                        other => other,
                    }
                } else {
                    Value::Null
                };
                let kwdefaults = if flags & make_function_flags::KWDEFAULTS != 0 {
                    match pop_value(&mut frame.values) {
                        Value::Dict(d) => Some(d),
                        _ => None,
                    }
                } else {
                    None
                };
                let defaults = if flags & make_function_flags::DEFAULTS != 0 {
                    match pop_value(&mut frame.values) {
                        Value::Tuple(t) => Some(t),
                        _ => None,
                    }
                } else {
                    None
                };
                let fcode = match code_v {
                    Value::Code(c) => c,
                    _ => {
                        return Err(PyErr::new(
                            ExcType::SystemError,
                            "MAKE_FUNCTION without code",
                        ))
                    }
                };
                let closure = closure.map(|c| match c {
                    Value::Tuple(t) => t
                        .items
                        .iter()
                        .filter_map(|x| match x {
                            Value::Cell(c) => Some(c.clone()),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                    _ => Vec::new().into_boxed_slice(),
                });
                let module = frame
                    .globals
                    .get_str(&super::name("__name__"))
                    .unwrap_or(Value::None);
                let doc = match &fcode.doc {
                    Some(d) => Value::str(d),
                    None => Value::None,
                };
                let f = Function {
                    name: RefCell::new(super::name(&fcode.name)),
                    qualname: RefCell::new(super::name(&fcode.qualname)),
                    code: fcode,
                    globals: frame.globals.clone(),
                    defaults: RefCell::new(defaults),
                    kwdefaults: RefCell::new(kwdefaults),
                    closure,
                    dict: RefCell::new(None),
                    doc: RefCell::new(doc),
                    module,
                    annotations: RefCell::new(annotations),
                };
                frame.values.push(Value::Function(Rc::new(f)));
            }
            Instr::LoadBuildClass => {
                match frame.builtins.get_str(&super::name("__build_class__")) {
                    Some(v) => frame.values.push(v),
                    None => {
                        return Err(PyErr::new(ExcType::NameError, "__build_class__ not found"))
                    }
                }
            }
            Instr::ImportName(i) => {
                let fromlist = pop_value(&mut frame.values);
                let level = pop_value(&mut frame.values);
                let modname = code.names[i as usize].clone();
                let globals = Value::Dict(frame.globals.clone());
                let m = self.import_name(modname, globals, fromlist, level)?;
                frame.values.push(m);
            }
            Instr::ImportFrom(i) => {
                let key = name_str(&code.names[i as usize]);
                let m = top(&frame.values).clone();
                let v = self.import_from(&m, &key)?;
                frame.values.push(v);
            }
            Instr::CheckEgMatch => {
                let t = pop_value(&mut frame.values);
                let eg = pop_value(&mut frame.values);
                let (rest, m) = self.check_eg_match(eg, &t)?;
                frame.values.push(rest);
                frame.values.push(m);
            }
            Instr::PrepReraiseStar => {
                let raised = pop_value(&mut frame.values);
                let orig = pop_value(&mut frame.values);
                let r = self.prep_reraise_star(orig, raised)?;
                frame.values.push(r);
            }
            Instr::BeforeWith => {
                let mgr = pop_value(&mut frame.values);
                let (exit, res) = self.before_with(&mgr)?;
                frame.values.push(exit);
                frame.values.push(res);
            }
            Instr::WithExceptStart => {
                let exc = peek(&frame.values, 1).clone();
                let exit = peek(&frame.values, 4).clone();
                let t = Value::Type(self.type_of(&exc));
                // CPython passes `exc.__traceback__` (WITH_EXCEPT_START).
                let tb = self.getattr(&exc, &super::name("__traceback__"))?;
                let r = self.call(&exit, &[t, exc, tb])?;
                frame.values.push(r);
            }
            Instr::LoadAssertionError => {
                let t = self.exc_type_object(ExcType::AssertionError);
                frame.values.push(Value::Type(t));
            }
            Instr::SetupAnnotations => {
                let key = super::name("__annotations__");
                match frame.locals.as_deref() {
                    Some(Value::Dict(d)) => {
                        if d.get_str(&key).is_none() {
                            d.set_str(key, Value::Dict(Rc::new(PyDict::new())));
                        }
                    }
                    Some(m) => {
                        let m = m.clone();
                        let k = Value::Str(key);
                        match self.getitem(&m, &k) {
                            Ok(_) => {}
                            Err(e) if is_key_error(&e) => {
                                self.setitem(&m, &k, Value::Dict(Rc::new(PyDict::new())))?;
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    None => {}
                }
            }
            Instr::CallIntrinsic1(k) => {
                let v = pop_value(&mut frame.values);
                let r = match k {
                    x if x == Intrinsic1::Print as u32 => {
                        crate::modules::sys::display(self, v)?;
                        Value::None
                    }
                    x if x == Intrinsic1::ImportStar as u32 => {
                        let locals = frame.locals.as_deref().cloned();
                        self.import_star(&v, locals, &frame.globals)?;
                        Value::None
                    }
                    x if x == Intrinsic1::StopIterationError as u32 => {
                        self.stop_iteration_error(v, code.flags)
                    }
                    // The `YIELD_VALUE 0` that follows marks the yield instead (`AG_YIELDED`,
                    // vm/asyncgen.rs): the value itself is not wrapped.
                    x if x == Intrinsic1::AsyncGenWrap as u32 => v,
                    x if x == Intrinsic1::UnaryPositive as u32 => self.unary(&v, UnaryKind::Pos)?,
                    x if x == Intrinsic1::ListToTuple as u32 => {
                        let items = match &v {
                            Value::List(l) => l.items.borrow().clone(),
                            _ => self.collect(&v)?,
                        };
                        Value::tuple(items)
                    }
                    _ => return Err(not_supported("this intrinsic is")),
                };
                frame.values.push(r);
            }
            Instr::MatchClass(npos) => {
                let names = pop_value(&mut frame.values);
                let cls = pop_value(&mut frame.values);
                let subject = pop_value(&mut frame.values);
                let r = self.match_class(&subject, &cls, npos as usize, &names)?;
                frame.values.push(r);
            }
            Instr::MatchMapping => {
                let r = self.match_mapping(top(&frame.values));
                frame.values.push(Value::Bool(r));
            }
            Instr::MatchSequence => {
                let r = self.match_sequence(top(&frame.values));
                frame.values.push(Value::Bool(r));
            }
            Instr::MatchKeys => {
                let keys = peek(&frame.values, 1).clone();
                let subject = peek(&frame.values, 2).clone();
                let r = self.match_keys(&subject, &keys)?;
                frame.values.push(r);
            }
            Instr::GetLen => {
                let v = top(&frame.values).clone();
                let n = self.len(&v)?;
                frame.values.push(Value::Int(n as i64));
            }
            Instr::CopyDictWithoutKeys => {
                let keys = pop_value(&mut frame.values);
                let subject = top(&frame.values).clone();
                let r = self.copy_dict_without_keys(&subject, &keys)?;
                frame.values.push(r);
            }
            // --- Superinstructions (see bytecode.rs): the whole sequence when the guard
            // holds, else exactly the first (replaced) instruction.
            Instr::GetYieldFromIter => {
                let v = pop_value(&mut frame.values);
                let in_coroutine = code.flags
                    & (crate::bytecode::code_flags::COROUTINE
                        | crate::bytecode::code_flags::ITERABLE_COROUTINE)
                    != 0
                    || code.iterable_coroutine.get();
                let it = self.get_yield_from_iter(v, in_coroutine)?;
                frame.values.push(it);
            }
            Instr::GetAIter => {
                let v = pop_value(&mut frame.values);
                let it = self.get_aiter(&v)?;
                frame.values.push(it);
            }
            Instr::GetANext => {
                let ait = top(&frame.values).clone();
                let aw = self.get_anext(&ait)?;
                frame.values.push(aw);
            }
            Instr::BeforeAsyncWith => {
                let mgr = pop_value(&mut frame.values);
                let (exit, res) = self.before_async_with(&mgr)?;
                frame.values.push(exit);
                frame.values.push(res);
            }
            _ => return Err(not_supported("this instruction out of line is")),
        }
        Ok(())
    }
}

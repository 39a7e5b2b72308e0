//! The protocol API natives call back into (`repr`, `hash`, `getattr`, `binary_op`, ...):
//! CPython's abstract object layer (`PyObject_Repr`, `PyObject_RichCompare`, `PyNumber_Add`
//! via `binary_op1`, `PyObject_GetIter`, `PyIter_Next`, `PyObject_GetItem`, ...). Owned by the
//! objects helper. Every method may run Python code (dunder methods), so callers must not hold
//! any `RefCell` borrow across them.
//!
//! Dispatch rule: builtin types go through their `TypeSlots`; heap classes (user classes) go
//! through dunder lookup on the type (which reaches builtin behaviour through the slot wrappers
//! of their builtin bases). The hottest cases (`int`/`str`/`bool` equality and truth) have
//! direct fast paths.

use super::Vm;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::object::class::{self, type_name, UnaryKind};
use crate::object::str::intern;
use crate::object::{attr, exception, ExcType, PyErr, PyResult, PyStr, PyType, Value};
use std::rc::Rc;

/// Who implements a binary operator for one operand's type.
#[derive(Clone)]
enum BinHandler {
    Slot(fn(&mut Vm, &Value, &Value, BinOpKind) -> PyResult<Value>),
    Heap(Rc<PyType>),
}

/// The protocol API for natives. Every method may run Python code (dunder methods), so callers
/// must not hold any `RefCell` borrow across them.
impl Vm {
    /// `type(v)`: one `Rc` clone.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Rc<PyType> {
        let t = &self.types;
        match v {
            Value::Instance(i) => i.class.clone(),
            Value::Int(_) | Value::Long(_) => t.int.clone(),
            Value::Str(_) => t.str.clone(),
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Float(_) => t.float.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Function(_) => t.function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Builtin(b) => {
                if crate::object::function::is_slotish(b) {
                    if b.bound.is_some() {
                        t.method_wrapper.clone()
                    } else {
                        t.wrapper_descriptor.clone()
                    }
                } else {
                    t.builtin_function.clone()
                }
            }
            Value::Type(ty) => ty.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Gen(g) => match g.kind {
                crate::object::generator::GenKind::Generator => t.generator.clone(),
                crate::object::generator::GenKind::Coroutine => t.coroutine.clone(),
                crate::object::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Null => t.none.clone(),
        }
    }

    /// Look up dunder `name` on `obj`'s heap class and call it with `obj` prepended.
    /// `Ok(None)` when the class does not define it (a `None` value also counts as absent,
    /// e.g. `__hash__ = None`, and is reported through `Err` by callers that care).
    fn call_dunder(
        &mut self,
        t: &Rc<PyType>,
        obj: &Value,
        name: &Rc<PyStr>,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let f = match attr::lookup_cached(self, t, name) {
            Some(f) => f,
            None => return Ok(None),
        };
        self.call_method_value(&f, t, obj, args).map(Some)
    }

    /// Call `f` (found on type `t`) as a method of `obj`.
    fn call_method_value(
        &mut self,
        f: &Value,
        t: &Rc<PyType>,
        obj: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        match f {
            Value::Function(_) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                self.call(f, &full)
            }
            Value::Builtin(b) if b.bound.is_none() => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(attr::unwrap_for_builtin(b, obj));
                full.extend_from_slice(args);
                self.call(f, &full)
            }
            _ => {
                let bound = attr::descr_get(self, f, Some(obj), t)?;
                self.call(&bound, args)
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let t = self.type_of(v);
        if t.flags.heap || t.slots.repr.is_none() {
            let name = self.types.names.repr.clone();
            let r = self.call_dunder(&t, v, &name, &[])?.unwrap_or(Value::None);
            return match r {
                Value::Str(s) => Ok(s),
                other => Err(PyErr::type_error(format!(
                    "__repr__ returned non-string (type {})",
                    class::type_name_of(self, &other)
                ))),
            };
        }
        match t.slots.repr {
            Some(f) => Ok(Rc::new(PyStr::from_string(f(self, v)?))),
            None => Ok(Rc::new(PyStr::from_string(class::default_repr(self, v)))),
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        if let Value::Str(s) = v {
            return Ok(s.clone());
        }
        let t = self.type_of(v);
        if t.flags.heap || (t.slots.str.is_none() && t.slots.repr.is_none()) {
            let name = self.types.names.str.clone();
            let r = self.call_dunder(&t, v, &name, &[])?.unwrap_or(Value::None);
            return match r {
                Value::Str(s) => Ok(s),
                other => Err(PyErr::type_error(format!(
                    "__str__ returned non-string (type {})",
                    class::type_name_of(self, &other)
                ))),
            };
        }
        match t.slots.str {
            Some(f) => Ok(Rc::new(PyStr::from_string(f(self, v)?))),
            None => self.repr(v),
        }
    }

    /// `hash(v)` ("unhashable type: 'list'").
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Str(s) => return Ok(s.hash()),
            Value::Int(i) if (*i as u64) < (1u64 << 61) - 1 => return Ok(*i),
            Value::Tuple(t) => return crate::object::tuple::hash_items(self, &t.items),
            _ => {}
        }
        let t = self.type_of(v);
        if t.flags.heap {
            let name = self.types.names.hash.clone();
            return match attr::lookup_cached(self, &t, &name) {
                None | Some(Value::None) => Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    type_name(&t)
                ))),
                Some(f) => {
                    let r = self.call_method_value(&f, &t, v, &[])?;
                    match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Bool(b) => Ok(b as i64),
                        l @ Value::Long(_) => self.hash(&l),
                        _ => Err(PyErr::type_error(
                            "__hash__ method should return an integer",
                        )),
                    }
                }
            };
        }
        if t.slots.hash_none {
            return Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                type_name(&t)
            )));
        }
        match t.slots.hash {
            Some(f) => f(self, v),
            None => Ok(class::identity_hash(v)),
        }
    }

    /// `a == b` as a bool (identity implies equality, as in CPython containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Rc::ptr_eq(x, y) || x.as_str() == y.as_str())
            }
            (Value::None, Value::None) => return Ok(true),
            (Value::Bool(x), Value::Bool(y)) => return Ok(x == y),
            _ => {}
        }
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        match r {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    /// One type's rich comparison (`tp_richcompare`): NotImplemented when unsupported.
    fn richcmp_of(&mut self, t: &Rc<PyType>, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        if t.flags.heap || t.slots.richcompare.is_none() {
            let n = &self.types.names;
            let name = match op {
                CmpKind::Lt => n.lt.clone(),
                CmpKind::Le => n.le.clone(),
                CmpKind::Eq => n.eq.clone(),
                CmpKind::Ne => n.ne.clone(),
                CmpKind::Gt => n.gt.clone(),
                CmpKind::Ge => n.ge.clone(),
            };
            return match attr::lookup_cached(self, t, &name) {
                Some(Value::None) | None => Ok(Value::NotImplemented),
                Some(f) => self.call_method_value(&f, t, a, std::slice::from_ref(b)),
            };
        }
        match t.slots.richcompare {
            Some(f) => f(self, a, b, op),
            None => Ok(Value::NotImplemented),
        }
    }

    /// Rich comparison `a op b` (CPython's `do_richcompare`): the reflected operation of a
    /// right operand whose type is a proper subclass goes first; `==`/`!=` fall back to
    /// identity.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        let mut checked_reverse = false;
        if !same && tb.is_subtype(&ta) {
            checked_reverse = true;
            let r = self.richcmp_of(&tb, b, a, op.swapped())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let r = self.richcmp_of(&ta, a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if !checked_reverse {
            let r = self.richcmp_of(&tb, b, a, op.swapped())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(&ta),
                type_name(&tb)
            ))),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(*b),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Str(s) => return Ok(!s.as_str().is_empty()),
            Value::List(l) => return Ok(!l.is_empty()),
            Value::Tuple(t) => return Ok(!t.items.is_empty()),
            Value::Dict(d) => return Ok(!d.is_empty()),
            Value::Long(_) => return Ok(true),
            _ => {}
        }
        let t = self.type_of(v);
        if t.flags.heap || (t.slots.bool.is_none() && t.slots.len.is_none()) {
            let n = &self.types.names;
            let (bool_name, len_name) = (n.bool.clone(), n.len.clone());
            if let Some(f) = attr::lookup_cached(self, &t, &bool_name) {
                let r = self.call_method_value(&f, &t, v, &[])?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(PyErr::type_error(format!(
                        "__bool__ should return bool, returned {}",
                        class::type_name_of(self, &other)
                    ))),
                };
            }
            if attr::lookup_cached(self, &t, &len_name).is_some() {
                return Ok(self.len(v)? > 0);
            }
            return Ok(true);
        }
        if let Some(f) = t.slots.bool {
            return f(self, v);
        }
        if let Some(f) = t.slots.len {
            return Ok(f(self, v)? > 0);
        }
        Ok(true)
    }

    fn bin_handler(&self, t: &Rc<PyType>) -> Option<BinHandler> {
        match t.slots.binary_op {
            Some(f) if !t.flags.heap => Some(BinHandler::Slot(f)),
            _ => Some(BinHandler::Heap(t.clone())),
        }
    }

    /// Run one operand type's handler (`left` tells which side `t` is on).
    fn run_bin_handler(
        &mut self,
        h: &BinHandler,
        a: &Value,
        b: &Value,
        op: BinOpKind,
        left: bool,
    ) -> PyResult<Value> {
        match h {
            BinHandler::Slot(f) => f(self, a, b, op),
            BinHandler::Heap(t) => {
                let names = &self.types.binop_names[op.base() as usize % 13];
                let (name, recv, other) = if left {
                    (names.0.clone(), a, b)
                } else {
                    (names.1.clone(), b, a)
                };
                match attr::lookup_cached(self, t, &name) {
                    Some(Value::None) | None => Ok(Value::NotImplemented),
                    Some(f) => self.call_method_value(&f, t, recv, std::slice::from_ref(other)),
                }
            }
        }
    }

    /// CPython's `binary_op1`: the left type's handler, then the right type's, with a right
    /// operand of a proper subclass type going first.
    fn binary_op1(&mut self, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let slota = self.bin_handler(&ta);
        let mut slotb = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            self.bin_handler(&tb)
        };
        // Two builtin types sharing one slot function: call it once.
        if let (Some(BinHandler::Slot(x)), Some(BinHandler::Slot(y))) = (&slota, &slotb) {
            if *x as usize == *y as usize {
                slotb = None;
            }
        }
        if let Some(ha) = &slota {
            if let Some(hb) = &slotb {
                if tb.is_subtype(&ta) && self.reflected_overloaded(ha, hb, &ta, &tb, op) {
                    let r = self.run_bin_handler(hb, a, b, op, false)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                    slotb = None;
                }
            }
            let r = self.run_bin_handler(ha, a, b, op, true)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(hb) = &slotb {
            return self.run_bin_handler(hb, a, b, op, false);
        }
        Ok(Value::NotImplemented)
    }

    /// Whether a right operand of a subclass type goes first: unless both are builtin types,
    /// only when the subclass overrides the reflected method (`"%s" % S()` for `class S(str)`
    /// runs str's `%`) (CPython's `method_is_overloaded` in
    /// `SLOT1BINFULL`; `V() + W()` where `W(V)` inherits `__radd__` calls `V.__add__` first).
    fn reflected_overloaded(
        &mut self,
        ha: &BinHandler,
        hb: &BinHandler,
        ta: &Rc<PyType>,
        tb: &Rc<PyType>,
        op: BinOpKind,
    ) -> bool {
        if matches!((ha, hb), (BinHandler::Slot(_), BinHandler::Slot(_))) {
            return true;
        }
        let name = self.types.binop_names[op.base() as usize % 13].1.clone();
        match (
            attr::lookup_cached(self, ta, &name),
            attr::lookup_cached(self, tb, &name),
        ) {
            (Some(x), Some(y)) => !x.is(&y),
            (None, None) => false,
            _ => true,
        }
    }

    fn binop_error(&self, a: &Value, b: &Value, op: BinOpKind) -> PyErr {
        // `PyNumber_Add` falls back to the left sequence's `sq_concat`, whose error wins
        // (`"s" + V()` when `V.__radd__` returned NotImplemented).
        if op.base() == BinOpKind::Add {
            let seq = match a {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(seq) = seq {
                return PyErr::type_error(format!(
                    "can only concatenate {seq} (not \"{}\") to {seq}",
                    class::type_name_of(self, b)
                ));
            }
        }
        let sym = if op == BinOpKind::Power {
            "** or pow()"
        } else {
            op.symbol()
        };
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            class::type_name_of(self, a),
            class::type_name_of(self, b)
        ))
    }

    /// `a op b` for a binary operator (inplace kinds try `__iadd__`-style first, then fall back
    /// to the plain operator; CPython's `binary_iop1`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
        if let (Value::Str(x), Value::Str(y), BinOpKind::Add | BinOpKind::InplaceAdd) = (a, b, op) {
            // Exact str + str (`unicode_concatenate`): no slot dispatch.
            return Ok(crate::object::str::str_concat(x, y));
        }
        if op.is_inplace() {
            let ta = self.type_of(a);
            let r = if ta.flags.heap || ta.slots.binary_op.is_none() {
                let name = self.types.binop_names[op.base() as usize % 13].2.clone();
                match attr::lookup_cached(self, &ta, &name) {
                    Some(Value::None) | None => Value::NotImplemented,
                    Some(f) => self.call_method_value(&f, &ta, a, std::slice::from_ref(b))?,
                }
            } else {
                match ta.slots.binary_op {
                    Some(f) => f(self, a, b, op)?,
                    None => Value::NotImplemented,
                }
            };
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            let r = self.binary_op1(a, b, op.base())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            return Err(self.binop_error(a, b, op));
        }
        let r = self.binary_op1(a, b, op)?;
        if matches!(r, Value::NotImplemented) {
            return Err(self.binop_error(a, b, op));
        }
        Ok(r)
    }

    /// `Vm::run_class_body` with a namespace that is not an exact dict (what a metaclass
    /// `__prepare__` returned): the body's `STORE_NAME`s go through its `__setitem__`.
    pub fn run_class_body_mapping(
        &mut self,
        func: &Rc<crate::object::Function>,
        ns: Value,
    ) -> PyResult<Value> {
        let mut frame = self.frame_pool.get(
            func.code.clone(),
            func.globals.clone(),
            self.builtins.clone(),
            Some(ns),
        );
        super::call::init_cells(func, &mut frame.values);
        if let Err(e) = self.enter_frame() {
            self.frame_pool.put(frame);
            return Err(e);
        }
        self.run_frame_reentrant(frame)
    }

    /// Interpreter exit: call `__del__` on the instances still alive (reference cycles, which
    /// CPython's final garbage collection finalises), once each.
    pub fn run_exit_dels(&mut self) {
        for inst in class::take_live_dels() {
            let t = inst.class.clone();
            let Some(f) = t.lookup_str("__del__") else {
                continue;
            };
            let v = Value::Instance(inst);
            if let Err(e) = self.call_method_value(&f, &t, &v, &[]) {
                self.write_unraisable(e, &f, None);
            }
        }
        self.run_pending_finalizers(None);
    }

    /// Call `__del__` on the instances whose last reference went away (CPython's
    /// `slot_tp_finalize`; errors are reported as "Exception ignored in: ..."). False when
    /// none was due.
    #[cold]
    #[inline(never)]
    pub fn run_pending_dels(
        &mut self,
        at: Option<(&Rc<crate::bytecode::CodeObject>, usize)>,
    ) -> bool {
        let due = class::take_pending_dels();
        if due.is_empty() {
            return false;
        }
        for inst in due {
            let t = inst.class.clone();
            let Some(f) = t.lookup_str("__del__") else {
                continue;
            };
            let v = Value::Instance(inst);
            if let Err(e) = self.call_method_value(&f, &t, &v, &[]) {
                self.write_unraisable(e, &f, at);
            }
        }
        true
    }

    /// `iter(v)` ("'int' object is not iterable").
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(it) = crate::object::iter::builtin_iter(v) {
            return Ok(it);
        }
        if crate::object::iter::as_iter(v).is_some() {
            return Ok(v.clone());
        }
        let t = self.type_of(v);
        if t.flags.heap || (t.slots.iter.is_none() && t.slots.getitem.is_none()) {
            let n = &self.types.names;
            let (iter_name, getitem_name) = (n.iter.clone(), n.getitem.clone());
            match attr::lookup_cached(self, &t, &iter_name) {
                Some(Value::None) => {}
                Some(f) => {
                    let it = self.call_method_value(&f, &t, v, &[])?;
                    if !self.is_iterator(&it) {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            class::type_name_of(self, &it)
                        )));
                    }
                    return Ok(it);
                }
                None => {
                    if attr::lookup_cached(self, &t, &getitem_name).is_some() {
                        return Ok(crate::object::iter::seq_iter(v.clone()));
                    }
                }
            }
        } else if let Some(f) = t.slots.iter {
            return f(self, v);
        } else if t.slots.getitem.is_some() && !matches!(v, Value::Type(_)) {
            return Ok(crate::object::iter::seq_iter(v.clone()));
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            type_name(&t)
        )))
    }

    /// True if `v` has `__next__` (CPython's `PyIter_Check`).
    pub fn is_iterator(&self, v: &Value) -> bool {
        if crate::object::iter::as_iter(v).is_some() {
            return true;
        }
        let t = self.type_of(v);
        if t.flags.heap || t.slots.next.is_none() {
            matches!(attr::lookup_cached(self, &t, &self.types.names.next), Some(f) if !f.is_none())
        } else {
            t.slots.next.is_some()
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if crate::object::iter::as_iter(it).is_some() {
            return crate::object::iter::iter_next(self, it);
        }
        let t = self.type_of(it);
        if t.flags.heap || t.slots.next.is_none() {
            let name = self.types.names.next.clone();
            return match attr::lookup_cached(self, &t, &name) {
                Some(Value::None) | None => Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(&t)
                ))),
                Some(f) => match self.call_method_value(&f, &t, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, ExcType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
            };
        }
        match t.slots.next {
            // A native `__next__` may end with StopIteration carrying a value (a
            // `coroutine_wrapper`): for a consumer that is the end too.
            Some(f) => match f(self, it) {
                Err(e) if self.err_matches(&e, ExcType::StopIteration) => Ok(None),
                r => r,
            },
            None => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(&t)
            ))),
        }
    }

    /// `list(v)` as a Vec (fast paths for list/tuple/range/str/dict/set).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Dict(d) => return Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => {
                return Ok(s.table.borrow().iter().map(|(_, k)| k.clone()).collect())
            }
            Value::Range(r) => {
                let n = r.len().max(0) as usize;
                let mut out = Vec::with_capacity(n);
                let mut x = r.start;
                for _ in 0..n {
                    out.push(Value::Int(x));
                    x = x.wrapping_add(r.step);
                }
                return Ok(out);
            }
            Value::Str(s) => {
                let mut buf = [0u8; 4];
                return Ok(s
                    .as_str()
                    .chars()
                    .map(|c| Value::str(c.encode_utf8(&mut buf)))
                    .collect());
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `getattr(v, name)`.
    pub fn getattr(&mut self, v: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        // A set `__slots__` member of a plain slotted instance: straight from its cell.
        if let Value::Instance(i) = v {
            if matches!(i.payload, crate::object::class::Payload::Slots(_))
                && i.class.attr_hooks.get() & crate::object::class::ATTR_HOOK_GETATTRIBUTE == 0
            {
                if let Some(d) = attr::lookup_cached(self, &i.class, name) {
                    if let Some(x) = crate::object::member::slot_fast(&d, v) {
                        return Ok(x);
                    }
                }
            }
        }
        attr::getattr(self, v, name)
    }

    /// `getattr(v, name, None)`-like: `Ok(None)` when the attribute is missing.
    pub fn getattr_opt(&mut self, v: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        attr::getattr_opt(self, v, name)
    }

    /// `v.__index__()` as an int value (`Value::Int` or `Value::Long`); TypeError
    /// "'float' object cannot be interpreted as an integer".
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Long(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            _ => {}
        }
        let t = self.type_of(v);
        let name = self.types.names.index.clone();
        if let Some(f) = attr::lookup_cached(self, &t, &name) {
            if !f.is_none() {
                let r = self.call_method_value(&f, &t, v, &[])?;
                return match r {
                    Value::Int(_) | Value::Long(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        class::type_name_of(self, &other)
                    ))),
                };
            }
        }
        if let Value::Instance(i) = v {
            if let crate::object::class::Payload::Builtin(
                inner @ (Value::Int(_) | Value::Long(_) | Value::Bool(_)),
            ) = &i.payload
            {
                return self.index(&inner.clone());
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&t)
        )))
    }

    /// `obj[key]` (`PyObject_GetItem`).
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        // Exact dicts (subclasses are instances): no type lookup, no slot indirection.
        if let Value::Dict(d) = obj {
            let v = d.lookup(self, key)?;
            if v.is_null() {
                return Err(PyErr::key_error(key.clone()));
            }
            return Ok(v);
        }
        let t = self.type_of(obj);
        if t.flags.heap || t.slots.getitem.is_none() {
            let name = self.types.names.getitem.clone();
            if let Some(r) = self.call_dunder(&t, obj, &name, std::slice::from_ref(key))? {
                return Ok(r);
            }
        } else if let Some(f) = t.slots.getitem {
            return f(self, obj, key);
        }
        if let Value::Type(ty) = obj {
            // `type[int]` (CPython's PyObject_GetItem special case for `type` itself).
            if Rc::ptr_eq(ty, &self.types.type_) {
                return crate::object::genericalias::generic_alias(self, obj.clone(), key.clone());
            }
            let cgi = intern("__class_getitem__");
            if let Some(f) = attr::lookup_cached(self, ty, &cgi) {
                let bound = attr::descr_get(self, &f, None, ty)?;
                return self.call(&bound, std::slice::from_ref(key));
            }
            return Err(PyErr::type_error(format!(
                "type '{}' is not subscriptable",
                type_name(ty)
            )));
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not subscriptable",
            type_name(&t)
        )))
    }

    /// `obj[key] = value` (`PyObject_SetItem`).
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            return d.set_item_ref(self, key, value);
        }
        let t = self.type_of(obj);
        if t.flags.heap || t.slots.setitem.is_none() {
            let name = self.types.names.setitem.clone();
            if self
                .call_dunder(&t, obj, &name, &[key.clone(), value])?
                .is_some()
            {
                return Ok(());
            }
        } else if let Some(f) = t.slots.setitem {
            return f(self, obj, key, Some(value));
        }
        Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            type_name(&t)
        )))
    }

    /// `del obj[key]` (`PyObject_DelItem`).
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if t.flags.heap || t.slots.setitem.is_none() {
            let name = self.types.names.delitem.clone();
            if self
                .call_dunder(&t, obj, &name, std::slice::from_ref(key))?
                .is_some()
            {
                return Ok(());
            }
        } else if let Some(f) = t.slots.setitem {
            return f(self, obj, key, None);
        }
        Err(PyErr::type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(&t)
        )))
    }

    /// `obj.name = value` (`PyObject_SetAttr`).
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        attr::setattr(self, obj, name, Some(value))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        attr::setattr(self, obj, name, None)
    }

    /// `item in container` (`PySequence_Contains`): `__contains__`, else iteration.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Dict(d) = container {
            return d.contains_item(self, item);
        }
        let t = self.type_of(container);
        if t.flags.heap || t.slots.contains.is_none() {
            let name = self.types.names.contains.clone();
            if let Some(f) = attr::lookup_cached(self, &t, &name) {
                if f.is_none() {
                    // `__contains__ = None` blocks the iteration fallback (CPython's
                    // slot_sq_contains).
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not a container",
                        type_name(&t)
                    )));
                }
                let r = self.call_method_value(&f, &t, container, std::slice::from_ref(item))?;
                return self.truthy(&r);
            }
        } else if let Some(f) = t.slots.contains {
            return f(self, container, item);
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.err_matches(&e, ExcType::TypeError) && !self.is_iterable_type(&t) => {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(&t)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn is_iterable_type(&self, t: &Rc<PyType>) -> bool {
        if t.flags.heap {
            let n = &self.types.names;
            attr::lookup_cached(self, t, &n.iter).is_some()
                || attr::lookup_cached(self, t, &n.getitem).is_some()
        } else {
            t.slots.iter.is_some() || t.slots.getitem.is_some()
        }
    }

    /// `-v`, `+v`, `~v`, `abs(v)` ("bad operand type for unary -: 'str'").
    pub fn unary(&mut self, v: &Value, op: UnaryKind) -> PyResult<Value> {
        let t = self.type_of(v);
        let r = if t.flags.heap || t.slots.unary.is_none() {
            let n = &self.types.names;
            let name = match op {
                UnaryKind::Neg => n.neg.clone(),
                UnaryKind::Pos => n.pos.clone(),
                UnaryKind::Invert => n.invert.clone(),
                UnaryKind::Abs => n.abs.clone(),
            };
            // A defined dunder's result is returned as is, NotImplemented included (CPython's
            // unary slots do not treat it specially).
            match self.call_dunder(&t, v, &name, &[])? {
                Some(r) => return Ok(r),
                None => Value::NotImplemented,
            }
        } else {
            match t.slots.unary {
                Some(f) => f(self, v, op)?,
                None => Value::NotImplemented,
            }
        };
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        let what = match op {
            UnaryKind::Neg => "unary -",
            UnaryKind::Pos => "unary +",
            UnaryKind::Invert => "unary ~",
            UnaryKind::Abs => "abs()",
        };
        Err(PyErr::type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            type_name(&t)
        )))
    }

    /// `format(v, spec)` (`PyObject_Format`): `type(v).__format__(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) if spec.is_empty() => return Ok(s.clone()),
            Value::Int(i) if spec.is_empty() => {
                return Ok(Rc::new(crate::object::PyStr::from_string(i.to_string())))
            }
            // Exact builtin numbers and strs: `__format__` cannot be overridden on them.
            Value::Str(_) | Value::Int(_) | Value::Long(_) | Value::Bool(_) | Value::Float(_) => {
                return crate::object::format::format(self, v, spec)
            }
            _ => {}
        }
        let t = self.type_of(v);
        let name = self.types.names.format.clone();
        let r = match attr::lookup_cached(self, &t, &name) {
            // int/float/str.__format__ with an empty spec give str(self) for a subclass
            // instance (CPython's format_obj); the builtin would only see the payload.
            Some(Value::Builtin(b))
                if spec.is_empty()
                    && b.bound.is_none()
                    && matches!(b.owner, "int" | "float" | "str")
                    && matches!(v, Value::Instance(_)) =>
            {
                return self.str(v);
            }
            Some(f) if !f.is_none() => self.call_method_value(&f, &t, v, &[Value::str(spec)])?,
            _ => {
                if spec.is_empty() {
                    return self.str(v);
                }
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(&t)
                )));
            }
        };
        match r {
            Value::Str(s) => Ok(s),
            other => Err(PyErr::type_error(format!(
                "__format__ must return a str, not {}",
                class::type_name_of(self, &other)
            ))),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::List(l) => return Ok(l.len()),
            Value::Tuple(t) => return Ok(t.items.len()),
            Value::Str(s) => return Ok(s.char_len()),
            Value::Dict(d) => return Ok(d.len()),
            _ => {}
        }
        let t = self.type_of(v);
        if t.flags.heap || t.slots.len.is_none() {
            let name = self.types.names.len.clone();
            if let Some(r) = self.call_dunder(&t, v, &name, &[])? {
                let n = match r {
                    Value::Int(i) => i,
                    Value::Bool(b) => b as i64,
                    Value::Long(_) => {
                        return Err(PyErr::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                    other => self.index(&other).and_then(|x| match x {
                        Value::Int(i) => Ok(i),
                        _ => Err(PyErr::overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        )),
                    })?,
                };
                if n < 0 {
                    return Err(PyErr::value_error("__len__() should return >= 0"));
                }
                return Ok(n as usize);
            }
        } else if let Some(f) = t.slots.len {
            return f(self, v);
        }
        Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            type_name(&t)
        )))
    }

    /// `isinstance(v, t)` for a type `t` (subclass check through the mro; no
    /// `__instancecheck__` — see `object::class::isinstance` for the full builtin).
    pub fn isinstance(&mut self, v: &Value, t: &Rc<PyType>) -> bool {
        let vt = self.type_of(v);
        vt.is_subtype(t)
    }

    /// True if the raised `e` is an instance of the builtin exception `kind` (without
    /// materialising lazy errors).
    pub fn err_matches(&self, e: &PyErr, kind: ExcType) -> bool {
        exception::error_matches_type(self, e, self.types.exc(kind))
    }

    /// The exception object for `e` (creating it for lazy errors).
    pub fn materialize(&mut self, e: &PyErr) -> Value {
        exception::materialize(self, e)
    }

    /// "'int' object is not callable".
    pub fn not_callable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!(
            "'{}' object is not callable",
            class::type_name_of(self, v)
        ))
    }

    /// Calling an object that is not a function, builtin, bound method or type: `__call__` on
    /// its class, else "'C' object is not callable". The VM's call path ends here.
    pub fn call_object(
        &mut self,
        f: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Value> {
        let t = self.type_of(f);
        let name = self.types.names.call.clone();
        match attr::lookup_cached(self, &t, &name) {
            Some(c) if !c.is_none() && !class::is_native(&c, |_, _, _| Ok(Value::None)) => {
                if let Value::Type(ty) = f {
                    return class::call_type(self, ty, args, kwargs);
                }
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(f.clone());
                full.extend_from_slice(args);
                match &c {
                    Value::Function(_) | Value::Builtin(_) => self.call_kw(&c, &full, kwargs),
                    _ => {
                        let bound = attr::descr_get(self, &c, Some(f), &t)?;
                        self.call_kw(&bound, args, kwargs)
                    }
                }
            }
            _ => Err(self.not_callable(f)),
        }
    }

    /// The `__main__` module's globals, if it is running (the NameError suggestion candidates).
    pub fn main_globals(&self) -> Option<Rc<crate::object::PyDict>> {
        match self.modules.get_str(&intern("__main__")) {
            Some(Value::Module(m)) => Some(m.dict.clone()),
            _ => None,
        }
    }

    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
            _ => {
                let t = self.type_of(v);
                matches!(attr::lookup_cached(self, &t, &self.types.names.call), Some(c) if !c.is_none())
            }
        }
    }
}

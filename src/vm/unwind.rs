//! Raising: materialising lazy `PyErr`s into exception objects, `raise X from Y`, bare
//! `raise`, implicit `__context__` chaining from the handled exception (CPython's
//! `_PyErr_SetObject`), traceback entries, and `except` matching. The exception-table walk
//! itself is at the end of the dispatch loop in `eval.rs`.
//!
//! Invariants: tracebacks are `(code, ip)` lists, outermost first (the order they print);
//! entries are prepended as the exception leaves frames, so a re-raised exception keeps its
//! older, inner entries. A RERAISE or bare `raise` adds no entry for the re-raising frame.

use super::Vm;
use crate::object::class::{Instance, Payload, PyType, TypeKind};
use crate::object::exception::{ExceptionData, TracebackEntry};
use crate::object::{ExcType, PyDict, PyErr, PyErrRepr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// True if type `t` is the builtin exception `kind` or derives from it.
pub fn type_is_exc(t: &Rc<PyType>, kind: ExcType) -> bool {
    let hit = |k: &TypeKind| matches!(k, TypeKind::Exception(x) if x.is_subclass_of(kind));
    hit(&t.kind) || t.mro.iter().any(|m| hit(&m.kind))
}

/// True if `t` is `base` or a subclass (by the mro).
pub fn is_subtype(t: &Rc<PyType>, base: &Rc<PyType>) -> bool {
    Rc::ptr_eq(t, base) || t.mro.iter().any(|m| Rc::ptr_eq(m, base))
}

/// True if `t` derives from BaseException.
pub fn is_exception_type(t: &Rc<PyType>) -> bool {
    type_is_exc(t, ExcType::BaseException)
}

/// The exception payload of an exception object.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExceptionData>> {
    match v {
        Value::Instance(i) => i.exception_data(),
        _ => None,
    }
}

impl Vm {
    /// The type object of a builtin exception (from the builtins namespace; a bare stand-in
    /// type if the registry has not provided it).
    pub fn exc_type_object(&mut self, kind: ExcType) -> Rc<PyType> {
        let key = super::name(kind.name());
        if let Some(Value::Type(t)) = self.builtins.get_str(&key) {
            return t;
        }
        // The registry always has it (objects helper).
        self.types.exc(kind).clone()
    }

    /// A new exception instance of `t` with `args`, built directly (no `__init__`).
    pub fn new_exception_object(&mut self, t: Rc<PyType>, args: Vec<Value>) -> Value {
        Value::Instance(Rc::new(Instance {
            class: t,
            dict: Some(Rc::new(PyDict::new())),
            payload: Payload::Exception(Box::new(RefCell::new(ExceptionData {
                args: Value::tuple(args),
                traceback: Vec::new(),
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
                notes: Value::Null,
                ..Default::default()
            }))),
        }))
    }

    /// The exception object for an error, materialising a lazy one by calling its type (so
    /// subclass attributes such as `OSError.errno` are set up), or building it directly.
    pub fn exception_object(&mut self, err: PyErr) -> Value {
        match *err.0 {
            PyErrRepr::Object(v) => v,
            // objects helper: builds the instance with its per-class members (and `name` for
            // internal NameErrors, for "Did you mean" suggestions).
            lazy @ PyErrRepr::Lazy { .. } => {
                crate::object::exception::materialize(self, &PyErr(Box::new(lazy)))
            }
        }
    }

    /// Turn whatever was raised into an exception object, chaining `__context__` when the
    /// exception is newly raised (not merely propagating from a nested loop).
    pub(crate) fn normalize_raised(&mut self, err: PyErr, fresh: bool) -> Value {
        let lazy = err.lazy_kind().is_some();
        let exc = self.exception_object(err);
        if fresh {
            let untouched = lazy
                || exc_data(&exc)
                    .map(|d| d.borrow().traceback.is_empty())
                    .unwrap_or(false);
            if untouched {
                self.set_context(&exc);
            }
        }
        exc
    }

    /// `exc.__context__ = <handled exception>`, breaking any cycle that would create
    /// (CPython's `_PyErr_SetObject`).
    pub(crate) fn set_context(&mut self, exc: &Value) {
        let cur = self.exc_info.clone();
        if cur.is_none() || cur.is_null() || cur.is(exc) {
            return;
        }
        // Avoid a cycle: cut exc out of cur's context chain.
        let mut o = cur.clone();
        loop {
            let next = match exc_data(&o) {
                Some(d) => d.borrow().context.clone(),
                None => break,
            };
            if next.is_none() || next.is_null() {
                break;
            }
            if next.is(exc) {
                if let Some(d) = exc_data(&o) {
                    d.borrow_mut().context = Value::None;
                }
                break;
            }
            o = next;
        }
        if let Some(d) = exc_data(exc) {
            let old = std::mem::replace(&mut d.borrow_mut().context, cur);
            drop(old);
        }
    }

    /// Prepend the entries collected while unwinding (innermost first) to the traceback.
    /// The instances with `__del__` the unwinding's frames released become the exception's
    /// (its traceback's frames hold them in CPython).
    pub(crate) fn prepend_traceback(&mut self, exc: &Value, mut new_tb: Vec<TracebackEntry>) {
        if !self.deferred_dels.is_empty() {
            let dels = std::mem::take(&mut self.deferred_dels);
            match exc_data(exc) {
                Some(d) => d.borrow_mut().kept_alive.extend(dels),
                None => crate::object::class::requeue_dels(dels),
            }
        }
        if new_tb.is_empty() {
            return;
        }
        if let Some(d) = exc_data(exc) {
            let mut d = d.borrow_mut();
            new_tb.reverse();
            let old = std::mem::take(&mut d.traceback);
            new_tb.extend(old);
            d.traceback = new_tb;
        }
    }

    /// Bare `raise`: the handled exception, or RuntimeError.
    pub(crate) fn reraise_current(&mut self) -> PyErr {
        let cur = self.exc_info.clone();
        if cur.is_none() || cur.is_null() {
            return PyErr::runtime_error("No active exception to reraise");
        }
        PyErr::from_object(cur)
    }

    /// Instantiate an exception class (`raise ValueError`) or check an instance.
    fn make_raisable(&mut self, v: Value, what: &str) -> PyResult<Value> {
        match &v {
            Value::Type(t) if is_exception_type(t) => {
                let t = t.clone();
                let r = self.call(&Value::Type(t.clone()), &[])?;
                if exc_data(&r).is_some() {
                    Ok(r)
                } else {
                    Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.name.borrow().as_str(),
                        self.type_of(&r).name.borrow().as_str()
                    )))
                }
            }
            Value::Instance(i) if i.exception_data().is_some() => Ok(v),
            _ => Err(PyErr::type_error(what.to_string())),
        }
    }

    /// `raise exc [from cause]` (CPython's `do_raise`).
    pub(crate) fn raise_value(&mut self, exc: Value, cause: Option<Value>) -> PyErr {
        let exc = match self.make_raisable(exc, "exceptions must derive from BaseException") {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                match self.make_raisable(cause, "exception causes must derive from BaseException") {
                    Ok(c) => c,
                    Err(e) => return e,
                }
            };
            if let Some(d) = exc_data(&exc) {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        self.set_context(&exc);
        PyErr::from_object(exc)
    }

    /// CHECK_EXC_MATCH: `isinstance(exc, t)` where `t` is a class or tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let types: Vec<Value> = match t {
            Value::Tuple(tp) => tp.items.to_vec(),
            other => vec![other.clone()],
        };
        for ty in &types {
            match ty {
                Value::Type(tt) if is_exception_type(tt) => {}
                _ => {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        let et = self.type_of(exc);
        Ok(types.iter().any(|ty| match ty {
            Value::Type(tt) => is_subtype(&et, tt),
            _ => false,
        }))
    }

    /// CHECK_EG_MATCH for `except*`: a plain exception matching `t` is wrapped in an
    /// ExceptionGroup; groups are not split yet (the whole group matches or not).
    pub(crate) fn check_eg_match(&mut self, eg: Value, t: &Value) -> PyResult<(Value, Value)> {
        // Validate the match type as CHECK_EXC_MATCH does (error message included).
        let _ = self.exception_matches(&Value::None, t)?;
        // objects helper: CPython's _PyEval_ExceptionGroupMatch.
        crate::object::exception::check_eg_match(self, &eg, t)
    }

    /// PREP_RERAISE_STAR: the exception to re-raise at the end of a `try/except*`
    /// (CPython's `_PyExc_PrepReraiseStar`), or None.
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, raised: Value) -> PyResult<Value> {
        let items = match &raised {
            Value::List(l) => l.items.borrow().clone(),
            _ => Vec::new(),
        };
        crate::object::exception::prep_reraise_star(self, &orig, &items)
    }

    /// A SyntaxError (IndentationError, TabError) exception object for a compile error, with
    /// CPython's attributes: msg, filename, lineno, offset, text, end_lineno, end_offset.
    pub fn syntax_error(
        &mut self,
        e: &crate::error::CompileError,
        src: &crate::source::SourceFile,
    ) -> PyErr {
        use crate::error::CompileErrorKind as K;
        let kind = match e.kind {
            K::SyntaxError => ExcType::SyntaxError,
            K::IndentationError => ExcType::IndentationError,
            K::TabError => ExcType::TabError,
            K::RecursionError => return PyErr::new(ExcType::RecursionError, e.msg.clone()),
        };
        let (lineno, offset, end_lineno, end_offset) = match e.explicit {
            Some(x) => x,
            None => {
                let (l, c) = src.line_col(e.span.start);
                let (el, ec) = src.line_col(e.span.end);
                (l, c + 1, el, ec + 1)
            }
        };
        let text = if lineno >= 1 && lineno <= src.line_count() && !src.text.is_empty() {
            let mut t = src.line_text(lineno).to_string();
            if (src.line_start(lineno + 1) as usize) <= src.text.len() && lineno < src.line_count()
            {
                t.push('\n');
            }
            Value::from_string(t)
        } else {
            Value::None
        };
        let int = |x: u32| Value::Int(x as i64);
        let (lineno_v, offset_v, end_lineno_v, end_offset_v) = if e.explicit == Some((0, 0, 0, 0)) {
            (Value::None, Value::None, Value::None, Value::None)
        } else {
            (int(lineno), int(offset), int(end_lineno), int(end_offset))
        };
        let details = Value::tuple(vec![
            Value::str(&src.name),
            lineno_v.clone(),
            offset_v.clone(),
            text.clone(),
            end_lineno_v.clone(),
            end_offset_v.clone(),
        ]);
        let t = self.exc_type_object(kind);
        let args = vec![Value::str(&e.msg), details];
        let exc = match crate::object::class::call_type(self, &t, &args, &[]) {
            Ok(v) if exc_data(&v).is_some() => v,
            _ => self.new_exception_object(t, args),
        };
        if let Value::Instance(inst) = &exc {
            if let Some(d) = &inst.dict {
                let n = super::name;
                d.set_str(n("msg"), Value::str(&e.msg));
                d.set_str(n("filename"), Value::str(&src.name));
                d.set_str(n("lineno"), lineno_v);
                d.set_str(n("offset"), offset_v);
                d.set_str(n("text"), text);
                d.set_str(n("end_lineno"), end_lineno_v);
                d.set_str(n("end_offset"), end_offset_v);
                d.set_str(n("print_file_and_line"), Value::None);
            }
        }
        PyErr::from_object(exc)
    }
}

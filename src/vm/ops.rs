//! The slower opcode bodies the dispatch loop calls out of line: building sets and dicts,
//! unpacking, imports, `with`, and structural pattern matching (CPython's `match_class`,
//! `match_keys`, ... in `Python/ceval.c`).

use super::eval::lookup_type_attr;
use super::Vm;
use crate::object::class::{PyType, TypeKind};
use crate::object::{BoundMethod, ExcType, PyDict, PyErr, PyResult, PyStr, Value};
use std::rc::Rc;

/// `module.qualname()` as CPython's `_PyObject_FunctionStr` prints a callable in messages.
pub fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let q = func.qualname.borrow().as_str().to_string();
            match &func.module {
                Value::Str(m) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), q),
                _ => format!("{}()", q),
            }
        }
        Value::Builtin(b) => format!("{}()", b.name),
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Type(t) => format!("{}()", t.qualname.borrow().as_str()),
        _ => "function".to_string(),
    }
}

impl Vm {
    pub(crate) fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name.borrow().as_str().to_string()
    }

    /// A new `set` from items (BUILD_SET).
    pub(crate) fn new_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = Value::Set(Rc::new(crate::object::PySet::new()));
        for v in items {
            self.set_add(&s, v.clone())?;
        }
        Ok(s)
    }

    /// `s.add(v)` through the set type's `add` method.
    pub(crate) fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let t = self.type_of(s);
        match lookup_type_attr(&t, &super::name("add")) {
            Some(add) => {
                self.call(&add, &[s.clone(), v])?;
                Ok(())
            }
            None => Err(PyErr::new(ExcType::SystemError, "set.add is missing")),
        }
    }

    /// `d[k] = v` hashing `k` through the protocol.
    pub(crate) fn dict_set(&mut self, d: &Rc<PyDict>, k: Value, v: Value) -> PyResult<()> {
        // `insertdict`: same-hash keys are compared with `__eq__` (stored key first).
        d.set_item(self, k, v)
    }

    /// `{**m}` (DICT_UPDATE) or, with `func`, `f(**m)` (DICT_MERGE) with its duplicate-key and
    /// non-mapping messages.
    pub(crate) fn dict_update(
        &mut self,
        d: &Rc<PyDict>,
        m: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            _ => {
                let keys_fn = match self.getattr_opt(m, &super::name("keys"))? {
                    Some(k) => k,
                    None => {
                        return Err(PyErr::type_error(match func {
                            Some(f) => format!(
                                "{} argument after ** must be a mapping, not {}",
                                function_str(f),
                                self.type_name(m)
                            ),
                            None => format!("'{}' object is not a mapping", self.type_name(m)),
                        }))
                    }
                };
                let keys = self.call(&keys_fn, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if let Some(f) = func {
                let s = match &k {
                    Value::Str(s) => s.clone(),
                    _ => return Err(PyErr::type_error("keywords must be strings")),
                };
                if d.get_str(&s).is_some() {
                    return Err(PyErr::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        function_str(f),
                        s.as_str()
                    )));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// UNPACK_SEQUENCE: push `n` items of `seq`, first item on top.
    pub(crate) fn unpack_sequence(
        &mut self,
        stack: &mut Vec<Value>,
        seq: Value,
        n: usize,
    ) -> PyResult<()> {
        // A temporary tuple (`for i, (a, b) in enumerate(zip(...))`): its items move out.
        let seq = match seq {
            Value::Tuple(t) if t.items.len() == n => match Rc::try_unwrap(t) {
                Ok(mut tup) => {
                    let items = std::mem::take(&mut tup.items);
                    for v in items.into_iter().rev() {
                        stack.push(v);
                    }
                    return Ok(());
                }
                Err(t) => Value::Tuple(t),
            },
            other => other,
        };
        let items: Vec<Value> = match &seq {
            Value::Tuple(t) if t.items.len() == n => {
                for v in t.items.iter().rev() {
                    stack.push(super::eval::clone_fast(v));
                }
                return Ok(());
            }
            Value::List(l) if l.len() == n => {
                let items = l.items.borrow();
                for v in items.iter().rev() {
                    stack.push(super::eval::clone_fast(v));
                }
                return Ok(());
            }
            _ => {
                let it = self.unpack_iter(&seq)?;
                let mut out = Vec::with_capacity(n);
                while out.len() < n {
                    match self.next(&it)? {
                        Some(v) => out.push(v),
                        None => {
                            return Err(PyErr::value_error(format!(
                                "not enough values to unpack (expected {}, got {})",
                                n,
                                out.len()
                            )))
                        }
                    }
                }
                if self.next(&it)?.is_some() {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {})",
                        n
                    )));
                }
                out
            }
        };
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_iter(&mut self, seq: &Value) -> PyResult<Value> {
        match self.iter(seq) {
            Ok(it) => Ok(it),
            Err(e) => {
                if e.lazy_kind() == Some(ExcType::TypeError) {
                    Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(seq)
                    )))
                } else {
                    Err(e)
                }
            }
        }
    }

    /// UNPACK_EX: `a, *b, c = seq`.
    pub(crate) fn unpack_ex(
        &mut self,
        stack: &mut Vec<Value>,
        seq: Value,
        before: usize,
        after: usize,
    ) -> PyResult<()> {
        let items = match &seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                let it = self.unpack_iter(&seq)?;
                self.collect(&it)?
            }
        };
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..mid_end].to_vec()));
        out.extend(items[mid_end..].iter().cloned());
        stack.extend(out.into_iter().rev());
        Ok(())
    }

    /// IMPORT_NAME through `builtins.__import__`.
    pub(crate) fn import_name(
        &mut self,
        name: Value,
        globals: Value,
        fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let imp = self.builtins.get_str(&super::name("__import__"));
        match imp {
            Some(f) => self.call(&f, &[name, globals, Value::None, fromlist, level]),
            None => {
                let n = match &name {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => "?".into(),
                };
                Err(PyErr::new(
                    ExcType::ModuleNotFoundError,
                    format!("No module named '{}'", n),
                ))
            }
        }
    }

    /// IMPORT_FROM: `module.name`, else the submodule from `sys.modules`, else CPython's
    /// ImportError (`modules::importer::import_from`).
    pub(crate) fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        crate::modules::importer::import_from(self, m, name)
    }

    /// `from m import *`: `__all__` if present, else every name not starting with `_`.
    pub(crate) fn import_star(
        &mut self,
        m: &Value,
        locals: Option<Value>,
        globals: &Rc<PyDict>,
    ) -> PyResult<()> {
        let md = match m {
            Value::Module(md) => md.clone(),
            _ => return Ok(()),
        };
        let names: Vec<Value> = match md.dict.get_str(&super::name("__all__")) {
            Some(all) => self.collect(&all)?,
            None => md
                .dict
                .keys()
                .into_iter()
                .filter(|k| matches!(k, Value::Str(s) if !s.as_str().starts_with('_')))
                .collect(),
        };
        for n in names {
            let key = match &n {
                Value::Str(s) => s.clone(),
                _ => continue,
            };
            let v = self.getattr(m, &key)?;
            match &locals {
                Some(Value::Dict(d)) => {
                    d.set_str(key, v);
                }
                Some(l) => self.setitem(l, &n, v)?,
                None => {
                    globals.set_str(key, v);
                }
            }
        }
        Ok(())
    }

    /// A special method looked up on the type and bound to `obj` (`_PyObject_LookupSpecial`).
    pub fn lookup_special(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let t = self.type_of(obj);
        let f = lookup_type_attr(&t, &super::name(name))?;
        Some(match f {
            Value::Function(_) | Value::Builtin(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: f,
                receiver: obj.clone(),
            })),
            other => other,
        })
    }

    /// BEFORE_WITH: `(type(mgr).__exit__ bound, mgr.__enter__())`.
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special(mgr, "__enter__");
        let exit = self.lookup_special(mgr, "__exit__");
        match (enter, exit) {
            (Some(enter), Some(exit)) => {
                let r = self.call(&enter, &[])?;
                Ok((exit, r))
            }
            (None, _) => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            ))),
            (Some(_), None) => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                self.type_name(mgr)
            ))),
        }
    }

    // --- Structural pattern matching. ---

    fn is_builtin_kind(&self, v: &Value, kinds: &[TypeKind]) -> bool {
        let t = self.type_of(v);
        kinds.contains(&t.kind) || t.mro.iter().any(|m| kinds.contains(&m.kind))
    }

    /// MATCH_MAPPING: dicts (and their subclasses) match mapping patterns.
    pub(crate) fn match_mapping(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) if i.class.flags.heap => {
                i.class.collection_flags.get() & crate::object::class::COLLECTION_MAPPING != 0
            }
            _ => self.is_builtin_kind(v, &[TypeKind::Dict]),
        }
    }

    /// MATCH_SEQUENCE: list, tuple, range and their subclasses (not str/bytes).
    pub(crate) fn match_sequence(&mut self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Str(_) | Value::Bytes(_) | Value::Dict(_) => false,
            Value::Instance(i) if i.class.flags.heap => {
                i.class.collection_flags.get() & crate::object::class::COLLECTION_SEQUENCE != 0
            }
            _ => self.is_builtin_kind(v, &[TypeKind::List, TypeKind::Tuple, TypeKind::Range]),
        }
    }

    /// MATCH_KEYS: a tuple of the values for `keys`, or None if any is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = match keys {
            Value::Tuple(t) => t.items.to_vec(),
            _ => self.collect(keys)?,
        };
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let found = match subject {
                Value::Dict(d) => {
                    let h = self.hash(&k)?;
                    d.get_hashed(&k, h)
                }
                _ => match self.getattr_opt(subject, &super::name("get"))? {
                    Some(get) => {
                        let dummy = Value::Ellipsis;
                        let v = self.call(&get, &[k.clone(), dummy])?;
                        if matches!(v, Value::Ellipsis) {
                            None
                        } else {
                            Some(v)
                        }
                    }
                    None => None,
                },
            };
            match found {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    /// COPY_DICT_WITHOUT_KEYS: `{**subject}` minus `keys` (for `**rest`).
    pub(crate) fn copy_dict_without_keys(
        &mut self,
        subject: &Value,
        keys: &Value,
    ) -> PyResult<Value> {
        let d = Rc::new(PyDict::new());
        self.dict_update(&d, subject, None)?;
        let keys = match keys {
            Value::Tuple(t) => t.items.to_vec(),
            _ => self.collect(keys)?,
        };
        for k in keys {
            let h = self.hash(&k)?;
            d.del_hashed(&k, h);
        }
        Ok(Value::Dict(d))
    }

    /// MATCH_CLASS: the tuple of positional-then-keyword attributes, or None on no match.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let t: Rc<PyType> = match cls {
            Value::Type(t) => t.clone(),
            _ => return Err(PyErr::type_error("called match pattern must be a class")),
        };
        if !self.isinstance(subject, &t) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        if npos > 0 {
            let match_args = lookup_type_attr(&t, &super::name("__match_args__"));
            match match_args {
                Some(ma) => {
                    let ma = match &ma {
                        Value::Tuple(tp) => tp.items.to_vec(),
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                t.name.borrow().as_str(),
                                self.type_name(&ma)
                            )))
                        }
                    };
                    if npos > ma.len() {
                        return Err(PyErr::type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            t.name.borrow().as_str(),
                            ma.len(),
                            if ma.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for a in &ma[..npos] {
                        let n = match a {
                            Value::Str(s) => s.clone(),
                            _ => {
                                return Err(PyErr::type_error(format!(
                                    "__match_args__ elements must be strings (got {})",
                                    self.type_name(a)
                                )))
                            }
                        };
                        seen.push(n.clone());
                        match self.getattr_opt(subject, &n)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
                None => {
                    // Builtins that match their own value with one positional sub-pattern.
                    let self_match = [
                        TypeKind::Bool,
                        TypeKind::Bytes,
                        TypeKind::Dict,
                        TypeKind::Float,
                        TypeKind::FrozenSet,
                        TypeKind::Int,
                        TypeKind::List,
                        TypeKind::Set,
                        TypeKind::Str,
                        TypeKind::Tuple,
                    ];
                    let is_self = self_match.contains(&t.kind)
                        || t.mro.iter().any(|m| self_match.contains(&m.kind));
                    if is_self && npos == 1 {
                        out.push(subject.clone());
                    } else {
                        return Err(PyErr::type_error(format!(
                            "{}() accepts 0 positional sub-patterns ({} given)",
                            t.name.borrow().as_str(),
                            npos
                        )));
                    }
                }
            }
        }
        if let Value::Tuple(nt) = names {
            for n in nt.items.iter() {
                let n = match n {
                    Value::Str(s) => s.clone(),
                    _ => continue,
                };
                if seen.iter().any(|s| s.as_str() == n.as_str()) {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple sub-patterns for attribute '{}'",
                        t.name.borrow().as_str(),
                        n.as_str()
                    )));
                }
                match self.getattr_opt(subject, &n)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }
}

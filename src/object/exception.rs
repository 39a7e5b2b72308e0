//! The builtin exception hierarchy (`ExcType`, matching CPython 3.11's tree), the payload of
//! exception instances (args, traceback entries, cause/context, per-class members such as
//! `StopIteration.value` or `OSError.errno`), their classes and methods (`BaseException.__new__`
//! / `__init__`, `with_traceback`, `add_note`, `ExceptionGroup.split`/`subgroup`), `str`/`repr`,
//! and materialising lazy errors (`materialize`). "Did you mean" suggestions live in `exc_suggest.rs`.
//! Traceback objects live in `traceback_obj.rs`.
//!
//! Invariants: every exception instance is a `Value::Instance` with `Payload::Exception`; `args`
//! is always a tuple; `__notes__` lives in the instance `__dict__` (as in CPython).

use super::class::{
    type_name, type_name_of, Instance, Payload, PyType, TypeFlags, TypeKind, TypeSlots,
};
use super::function::NativeFn;
use super::str::intern;
use super::{PyDict, PyErr, PyErrRepr, PyResult, PyStr, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub use super::exc_suggest::{levenshtein_distance, notes_text, suggest_name, suggestion_suffix};
pub use super::traceback_obj::{traceback_chain, TracebackObj};

macro_rules! exc_types {
    ($( $name:ident : $parent:expr ),* $(,)?) => {
        /// Every builtin exception class. `parent()` gives CPython's base class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcType { $( $name ),* }
        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ $( ExcType::$name ),* ];
            pub fn name(self) -> &'static str {
                match self { $( ExcType::$name => stringify!($name) ),* }
            }
            pub fn parent(self) -> Option<ExcType> {
                match self { $( ExcType::$name => $parent ),* }
            }
        }
    };
}

use ExcType as E;
exc_types! {
    BaseException: None,
    BaseExceptionGroup: Some(E::BaseException),
    GeneratorExit: Some(E::BaseException),
    KeyboardInterrupt: Some(E::BaseException),
    SystemExit: Some(E::BaseException),
    Exception: Some(E::BaseException),
    ArithmeticError: Some(E::Exception),
    FloatingPointError: Some(E::ArithmeticError),
    OverflowError: Some(E::ArithmeticError),
    ZeroDivisionError: Some(E::ArithmeticError),
    AssertionError: Some(E::Exception),
    AttributeError: Some(E::Exception),
    BufferError: Some(E::Exception),
    EOFError: Some(E::Exception),
    ExceptionGroup: Some(E::BaseExceptionGroup),
    ImportError: Some(E::Exception),
    ModuleNotFoundError: Some(E::ImportError),
    LookupError: Some(E::Exception),
    IndexError: Some(E::LookupError),
    KeyError: Some(E::LookupError),
    MemoryError: Some(E::Exception),
    NameError: Some(E::Exception),
    UnboundLocalError: Some(E::NameError),
    OSError: Some(E::Exception),
    BlockingIOError: Some(E::OSError),
    ChildProcessError: Some(E::OSError),
    ConnectionError: Some(E::OSError),
    BrokenPipeError: Some(E::ConnectionError),
    ConnectionAbortedError: Some(E::ConnectionError),
    ConnectionRefusedError: Some(E::ConnectionError),
    ConnectionResetError: Some(E::ConnectionError),
    FileExistsError: Some(E::OSError),
    FileNotFoundError: Some(E::OSError),
    InterruptedError: Some(E::OSError),
    IsADirectoryError: Some(E::OSError),
    NotADirectoryError: Some(E::OSError),
    PermissionError: Some(E::OSError),
    ProcessLookupError: Some(E::OSError),
    TimeoutError: Some(E::OSError),
    ReferenceError: Some(E::Exception),
    RuntimeError: Some(E::Exception),
    NotImplementedError: Some(E::RuntimeError),
    RecursionError: Some(E::RuntimeError),
    StopAsyncIteration: Some(E::Exception),
    StopIteration: Some(E::Exception),
    SyntaxError: Some(E::Exception),
    IndentationError: Some(E::SyntaxError),
    TabError: Some(E::IndentationError),
    SystemError: Some(E::Exception),
    TypeError: Some(E::Exception),
    ValueError: Some(E::Exception),
    UnicodeError: Some(E::ValueError),
    UnicodeDecodeError: Some(E::UnicodeError),
    UnicodeEncodeError: Some(E::UnicodeError),
    UnicodeTranslateError: Some(E::UnicodeError),
    Warning: Some(E::Exception),
    BytesWarning: Some(E::Warning),
    DeprecationWarning: Some(E::Warning),
    EncodingWarning: Some(E::Warning),
    FutureWarning: Some(E::Warning),
    ImportWarning: Some(E::Warning),
    PendingDeprecationWarning: Some(E::Warning),
    ResourceWarning: Some(E::Warning),
    RuntimeWarning: Some(E::Warning),
    SyntaxWarning: Some(E::Warning),
    UnicodeWarning: Some(E::Warning),
    UserWarning: Some(E::Warning),
}

impl ExcType {
    /// True if `self` is `other` or derives from it.
    pub fn is_subclass_of(self, other: ExcType) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.parent();
        }
        false
    }
}

/// One traceback entry: the code object and the instruction index that was executing.
/// Tracebacks never hold frames (no frame ↔ exception cycles).
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<crate::bytecode::CodeObject>,
    pub ip: u32,
}

/// The payload of an exception instance.
#[derive(Clone, Debug, Default)]
pub struct ExceptionData {
    /// `args` (a tuple value).
    pub args: Value,
    /// Innermost-last list of traceback entries (`__traceback__`).
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`; `Value::Null` or None when unset.
    pub cause: Value,
    /// `__context__`; `Value::Null` or None when unset.
    pub context: Value,
    pub suppress_context: bool,
    /// Unused: `__notes__` lives in the instance `__dict__` (see `notes`).
    pub notes: Value,
    /// Per-class members (`value`, `code`, `errno`, `name`, `message`, ...).
    pub attrs: Vec<(&'static str, Value)>,
    /// The traceback object last handed out by `__traceback__` and the shape of `traceback`
    /// it snapshots (length, first and last ip), so repeated reads return the same object
    /// while the exception is not propagated further (`tb is e.__traceback__` holds).
    pub tb_cache: Option<((usize, u32, u32), Value)>,
    /// Locals with `__del__` of the frames this exception unwound (`Vm::prepend_traceback`):
    /// finalised when the exception dies or its `__traceback__` is cleared.
    pub kept_alive: KeptAlive,
    /// The `__slots__` values of an exception subclass with slots (`object/member.rs`), by
    /// member index; `Value::Null` (or missing) while unset.
    pub slots: Vec<Value>,
}

/// Instances whose `__del__` waits for an exception's traceback to die (CPython's traceback
/// keeps the unwound frames' locals alive), shared with the traceback objects handed out for
/// it (`TracebackObj::kept`): their `__del__`s come due when the last of those goes. A clone
/// is empty (the frames belong to one exception).
#[derive(Default)]
pub struct KeptAlive(Option<Rc<KeptDels>>);

/// The shared part of `KeptAlive`: dropping it queues the instances' `__del__`.
pub struct KeptDels(RefCell<Vec<Rc<super::class::Instance>>>);

impl KeptAlive {
    /// Keep `dels` alive with the others.
    pub fn extend(&mut self, dels: Vec<Rc<super::class::Instance>>) {
        match &self.0 {
            Some(k) => k.0.borrow_mut().extend(dels),
            None => self.0 = Some(Rc::new(KeptDels(RefCell::new(dels)))),
        }
    }
    /// A reference for a traceback object of the exception.
    pub fn share(&self) -> Option<Rc<KeptDels>> {
        self.0.clone()
    }
}

impl Clone for KeptAlive {
    fn clone(&self) -> Self {
        KeptAlive(None)
    }
}

impl std::fmt::Debug for KeptAlive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.as_ref().map_or(0, |k| k.0.borrow().len());
        write!(f, "<{n} kept alive>")
    }
}

impl Drop for KeptDels {
    fn drop(&mut self) {
        let dels = std::mem::take(self.0.get_mut());
        super::class::requeue_dels(dels);
    }
}

impl ExceptionData {
    fn tb_key(&self) -> (usize, u32, u32) {
        let first = self.traceback.first().map_or(0, |e| e.ip);
        let last = self.traceback.last().map_or(0, |e| e.ip);
        (self.traceback.len(), first, last)
    }
}

impl ExceptionData {
    /// A member by name (`None` when unset).
    pub fn attr(&self, name: &str) -> Option<Value> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }
    pub fn set_attr(&mut self, name: &'static str, v: Value) {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = v,
            None => self.attrs.push((name, v)),
        }
    }
    /// `args` as a slice (empty if not a tuple).
    pub fn args_vec(&self) -> Vec<Value> {
        match &self.args {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        }
    }
}

type Vm = crate::vm::Vm;
type Kw<'a> = &'a [(Rc<PyStr>, Value)];

// ---------------------------------------------------------------------------------------------
// Building the classes.

/// One class per `ExcType`, in `ExcType::ALL` order (parents precede children).
pub fn build_exception_types(object: &Rc<PyType>) -> Vec<Rc<PyType>> {
    let mut out: Vec<Rc<PyType>> = Vec::with_capacity(ExcType::ALL.len());
    for &k in ExcType::ALL {
        let bases: Vec<Rc<PyType>> = match k {
            ExcType::ExceptionGroup => vec![
                out[ExcType::BaseExceptionGroup as usize].clone(),
                out[ExcType::Exception as usize].clone(),
            ],
            _ => match k.parent() {
                Some(p) => vec![out[p as usize].clone()],
                None => vec![object.clone()],
            },
        };
        let mro = super::class::c3_mro(&bases).unwrap_or_else(|_| {
            let mut m = vec![bases[0].clone()];
            m.extend(bases[0].mro.iter().cloned());
            m
        });
        let t = PyType::new_raw(
            intern(k.name()),
            TypeKind::Exception(k),
            bases,
            mro,
            exception_slots(),
            TypeFlags {
                heap: false,
                basetype: true,
                instance_dict: true,
            },
        );
        let methods: &[(&'static str, NativeFn)] = match k {
            ExcType::BaseException => BASE_EXCEPTION_METHODS,
            ExcType::BaseExceptionGroup => GROUP_METHODS,
            _ => &[],
        };
        super::builtin_types::add_methods(&t, methods);
        out.push(t);
    }
    out
}

fn exception_slots() -> TypeSlots {
    TypeSlots {
        repr: Some(exc_repr),
        str: Some(exc_str),
        hash: Some(|_, v| Ok(super::class::identity_hash(v))),
        ..TypeSlots::default()
    }
}

fn data_of(v: &Value) -> PyResult<&RefCell<ExceptionData>> {
    match v {
        Value::Instance(i) => i
            .exception_data()
            .ok_or_else(|| PyErr::type_error("descriptor requires a 'BaseException' object")),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'BaseException' object",
        )),
    }
}

/// The exception payload of `v`, if `v` is an exception instance.
pub fn exception_data(v: &Value) -> Option<&RefCell<ExceptionData>> {
    match v {
        Value::Instance(i) => i.exception_data(),
        _ => None,
    }
}

/// The builtin exception kind an instance's class derives from (its solid base).
pub fn kind_of(v: &Value) -> Option<ExcType> {
    match v {
        Value::Instance(i) => match i.class.base_kind {
            TypeKind::Exception(k) => Some(k),
            _ => None,
        },
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Creation.

/// Map an OSError errno to its subclass (CPython's `errnomap`).
fn errno_subclass(errno: i64) -> Option<ExcType> {
    use ExcType as E;
    Some(match errno {
        11 | 114 | 115 => E::BlockingIOError,
        10 => E::ChildProcessError,
        32 | 108 => E::BrokenPipeError,
        103 => E::ConnectionAbortedError,
        111 => E::ConnectionRefusedError,
        104 => E::ConnectionResetError,
        17 => E::FileExistsError,
        2 => E::FileNotFoundError,
        4 => E::InterruptedError,
        21 => E::IsADirectoryError,
        20 => E::NotADirectoryError,
        1 | 13 => E::PermissionError,
        3 => E::ProcessLookupError,
        110 => E::TimeoutError,
        _ => return None,
    })
}

/// `BaseException.__new__(cls, *args)`: the OSError errno → subclass mapping, the
/// ExceptionGroup argument checks, then a fresh instance with `args` set.
pub fn exc_new(vm: &mut Vm, cls: &Rc<PyType>, args: &[Value]) -> PyResult<Value> {
    let mut cls = cls.clone();
    if let TypeKind::Exception(ExcType::OSError) = cls.kind {
        if args.len() >= 2 {
            if let Value::Int(n) = args[0] {
                if let Some(sub) = errno_subclass(n) {
                    cls = vm.types.exc(sub).clone();
                }
            }
        }
    }
    let is_group = matches!(cls.base_kind, TypeKind::Exception(k) if k.is_subclass_of(ExcType::BaseExceptionGroup));
    if is_group {
        let (msg, excs) = group_check(vm, &cls, args)?;
        let base_group = vm.types.exc(ExcType::BaseExceptionGroup).clone();
        let eg = vm.types.exc(ExcType::ExceptionGroup).clone();
        let exception = vm.types.exc(ExcType::Exception).clone();
        let all_exc = excs.iter().all(|e| vm.type_of(e).is_subtype(&exception));
        if Rc::ptr_eq(&cls, &base_group) {
            if all_exc {
                cls = eg;
            }
        } else if cls.is_subtype(&eg) && !all_exc {
            return Err(PyErr::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        } else if !cls.is_subtype(&exception) && cls.flags.heap && all_exc {
            // A user subclass of BaseExceptionGroup only: fine.
        }
        let obj = new_exception(vm, &cls, args.to_vec());
        if let Some(d) = exception_data(&obj) {
            let mut d = d.borrow_mut();
            d.set_attr("message", msg);
            d.set_attr("exceptions", Value::tuple(excs));
        }
        return Ok(obj);
    }
    Ok(new_exception(vm, &cls, args.to_vec()))
}

fn group_check(vm: &mut Vm, cls: &Rc<PyType>, args: &[Value]) -> PyResult<(Value, Vec<Value>)> {
    let _ = cls;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let msg = match &args[0] {
        Value::Str(_) => args[0].clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                type_name_of(vm, other)
            )))
        }
    };
    let excs = match &args[1] {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => {
            return Err(PyErr::type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if excs.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    for (i, e) in excs.iter().enumerate() {
        if exception_data(e).is_none() {
            return Err(PyErr::value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
        }
    }
    Ok((msg, excs))
}

/// A fresh exception instance of `cls` with `args` (no `__init__` run).
pub fn new_exception(_vm: &mut Vm, cls: &Rc<PyType>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: cls.clone(),
        dict: Some(Rc::new(PyDict::new())),
        payload: Payload::Exception(Box::new(RefCell::new(ExceptionData {
            args: Value::tuple(args),
            ..Default::default()
        }))),
    }))
}

/// `BaseException.__init__(self, *args, **kwargs)` plus the per-class member setup
/// (`StopIteration.value`, `SystemExit.code`, `OSError.errno`, ...).
pub fn exception_init(vm: &mut Vm, obj: &Value, args: &[Value], kwargs: Kw) -> PyResult<()> {
    let kind = kind_of(obj).unwrap_or(ExcType::BaseException);
    let cls_name = type_name_of(vm, obj);
    let allowed: &[&str] = if kind.is_subclass_of(ExcType::NameError) {
        &["name"]
    } else if kind.is_subclass_of(ExcType::AttributeError) {
        &["name", "obj"]
    } else if kind.is_subclass_of(ExcType::ImportError) {
        &["name", "path"]
    } else {
        &[]
    };
    if !kwargs.is_empty() && allowed.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            cls_name
        )));
    }
    for (k, _) in kwargs {
        if !allowed.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                cls_name
            )));
        }
    }
    let data = data_of(obj)?;
    let mut d = data.borrow_mut();
    d.args = Value::tuple(args.to_vec());
    for (k, v) in kwargs {
        let name: &'static str = match k.as_str() {
            "name" => "name",
            "obj" => "obj",
            _ => "path",
        };
        d.set_attr(name, v.clone());
    }
    use ExcType as E;
    if kind.is_subclass_of(E::StopIteration) {
        d.set_attr("value", args.first().cloned().unwrap_or(Value::None));
    } else if kind.is_subclass_of(E::SystemExit) {
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args.to_vec()),
        };
        d.set_attr("code", code);
    } else if kind.is_subclass_of(E::OSError) {
        if (2..=5).contains(&args.len()) {
            d.set_attr("errno", args[0].clone());
            d.set_attr("strerror", args[1].clone());
            if args.len() >= 3 {
                d.set_attr("filename", args[2].clone());
                if args.len() == 5 {
                    d.set_attr("filename2", args[4].clone());
                }
                d.args = Value::tuple(vec![args[0].clone(), args[1].clone()]);
            }
        }
    } else if kind.is_subclass_of(E::ImportError) {
        if args.len() == 1 {
            d.set_attr("msg", args[0].clone());
        }
    } else if kind.is_subclass_of(E::SyntaxError) {
        if let Some(m) = args.first() {
            d.set_attr("msg", m.clone());
        }
        if args.len() == 2 {
            if let Value::Tuple(info) = &args[1] {
                let names = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ];
                if info.items.len() < 4 || info.items.len() > 6 {
                    drop(d);
                    return Err(PyErr::index_error("tuple index out of range"));
                }
                for (i, v) in info.items.iter().enumerate() {
                    d.set_attr(names[i], v.clone());
                }
            }
        }
    } else if kind.is_subclass_of(E::UnicodeError) && args.len() == 5 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            d.set_attr(n, args[i].clone());
        }
    }
    Ok(())
}

/// Turn a `PyErr` into the exception object Python code sees (creating it for lazy errors).
pub fn materialize(vm: &mut Vm, e: &PyErr) -> Value {
    match &*e.0 {
        PyErrRepr::Object(v) => v.clone(),
        PyErrRepr::Lazy { kind, args } => {
            let cls = vm.types.exc(*kind).clone();
            let obj = match exc_new(vm, &cls, args) {
                Ok(o) => o,
                Err(_) => new_exception(vm, &cls, args.clone()),
            };
            let _ = exception_init(vm, &obj, args, &[]);
            // Internal NameErrors are raised lazily; give them `name` as CPython does.
            if *kind == ExcType::NameError || *kind == ExcType::UnboundLocalError {
                if let Some(Value::Str(m)) = args.first() {
                    let m = m.as_str();
                    if let Some(rest) = m.strip_prefix("name '") {
                        if let Some(n) = rest.strip_suffix("' is not defined") {
                            if let Some(d) = exception_data(&obj) {
                                d.borrow_mut().set_attr("name", Value::str(n));
                            }
                        }
                    }
                }
            }
            obj
        }
    }
}

/// Replace a lazy error by its materialised object (idempotent); returns the object.
pub fn materialize_in_place(vm: &mut Vm, e: &mut PyErr) -> Value {
    let v = materialize(vm, e);
    *e.0 = PyErrRepr::Object(v.clone());
    v
}

/// An AttributeError object with `name` and `obj` set (for "Did you mean" suggestions).
pub fn attribute_error_with(vm: &mut Vm, msg: String, name: Value, obj: Value) -> PyErr {
    let cls = vm.types.exc(ExcType::AttributeError).clone();
    let e = new_exception(vm, &cls, vec![Value::from_string(msg)]);
    if let Some(d) = exception_data(&e) {
        let mut d = d.borrow_mut();
        d.set_attr("name", name);
        d.set_attr("obj", obj);
    }
    PyErr::from_object(e)
}

/// A NameError object with `name` set: "name 'x' is not defined".
pub fn name_error(vm: &mut Vm, name: &str) -> PyErr {
    let cls = vm.types.exc(ExcType::NameError).clone();
    let e = new_exception(
        vm,
        &cls,
        vec![Value::from_string(format!(
            "name '{}' is not defined",
            name
        ))],
    );
    if let Some(d) = exception_data(&e) {
        d.borrow_mut().set_attr("name", Value::str(name));
    }
    PyErr::from_object(e)
}

/// The class of a raised error (without materialising lazy ones).
pub fn error_type(vm: &Vm, e: &PyErr) -> Rc<PyType> {
    match &*e.0 {
        PyErrRepr::Lazy { kind, .. } => vm.types.exc(*kind).clone(),
        PyErrRepr::Object(v) => vm.type_of(v),
    }
}

/// True if `e` is an instance of `cls` (CPython's `PyErr_GivenExceptionMatches` for one type).
pub fn error_matches_type(vm: &Vm, e: &PyErr, cls: &Rc<PyType>) -> bool {
    match &*e.0 {
        PyErrRepr::Lazy { kind, .. } => match cls.kind {
            TypeKind::Exception(k) => kind.is_subclass_of(k),
            TypeKind::Object => true,
            _ => vm.types.exc(*kind).is_subtype(cls),
        },
        PyErrRepr::Object(v) => vm.type_of(v).is_subtype(cls),
    }
}

// ---------------------------------------------------------------------------------------------
// str / repr

fn exc_args(v: &Value) -> Vec<Value> {
    exception_data(v)
        .map(|d| d.borrow().args_vec())
        .unwrap_or_default()
}

fn attr_of(v: &Value, name: &str) -> Option<Value> {
    exception_data(v).and_then(|d| d.borrow().attr(name))
}

/// `BaseException.__str__` and the per-class variants (KeyError, OSError, SyntaxError,
/// ImportError, ExceptionGroup, UnicodeError).
pub fn exc_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let kind = kind_of(v).unwrap_or(ExcType::BaseException);
    let args = exc_args(v);
    use ExcType as E;
    if kind.is_subclass_of(E::KeyError) && args.len() == 1 {
        return Ok(vm.repr(&args[0])?.as_str().to_string());
    }
    if kind.is_subclass_of(E::OSError) {
        let errno = attr_of(v, "errno");
        let strerror = attr_of(v, "strerror");
        let filename = attr_of(v, "filename").filter(|f| !f.is_none());
        let filename2 = attr_of(v, "filename2").filter(|f| !f.is_none());
        if let (Some(en), Some(se)) = (&errno, &strerror) {
            let en = vm.str(en)?;
            let se = vm.str(se)?;
            if let Some(f) = filename {
                let f = vm.repr(&f)?;
                if let Some(f2) = filename2 {
                    let f2 = vm.repr(&f2)?;
                    return Ok(format!(
                        "[Errno {}] {}: {} -> {}",
                        en.as_str(),
                        se.as_str(),
                        f.as_str(),
                        f2.as_str()
                    ));
                }
                return Ok(format!(
                    "[Errno {}] {}: {}",
                    en.as_str(),
                    se.as_str(),
                    f.as_str()
                ));
            }
            return Ok(format!("[Errno {}] {}", en.as_str(), se.as_str()));
        }
    }
    if kind.is_subclass_of(E::BaseExceptionGroup) {
        let msg = attr_of(v, "message").unwrap_or(Value::None);
        let n = match attr_of(v, "exceptions") {
            Some(Value::Tuple(t)) => t.items.len(),
            _ => 0,
        };
        let m = vm.str(&msg)?;
        return Ok(format!(
            "{} ({} sub-exception{})",
            m.as_str(),
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
    if kind.is_subclass_of(E::ImportError) {
        if let Some(m) = attr_of(v, "msg").filter(|m| !m.is_none()) {
            return Ok(vm.str(&m)?.as_str().to_string());
        }
    }
    if kind.is_subclass_of(E::SyntaxError) {
        let msg = match attr_of(v, "msg") {
            Some(m) => vm.str(&m)?.as_str().to_string(),
            None => String::new(),
        };
        let filename = match attr_of(v, "filename") {
            Some(Value::Str(s)) => {
                let s = s.as_str();
                Some(s.rsplit('/').next().unwrap_or(s).to_string())
            }
            _ => None,
        };
        let lineno = match attr_of(v, "lineno") {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        return Ok(match (filename, lineno) {
            (Some(f), Some(l)) => format!("{} ({}, line {})", msg, f, l),
            (Some(f), None) => format!("{} ({})", msg, f),
            (None, Some(l)) => format!("{} (line {})", msg, l),
            (None, None) => msg,
        });
    }
    if kind.is_subclass_of(E::UnicodeError) {
        if let (
            Some(enc),
            Some(obj),
            Some(Value::Int(start)),
            Some(Value::Int(end)),
            Some(reason),
        ) = (
            attr_of(v, "encoding"),
            attr_of(v, "object"),
            attr_of(v, "start"),
            attr_of(v, "end"),
            attr_of(v, "reason"),
        ) {
            let enc = vm.str(&enc)?;
            let reason = vm.str(&reason)?;
            if kind == E::UnicodeDecodeError {
                if let Value::Bytes(b) = &obj {
                    if end == start + 1 {
                        if let Some(byte) = b.data.get(start as usize) {
                            return Ok(format!(
                                "'{}' codec can't decode byte {:#04x} in position {}: {}",
                                enc.as_str(),
                                byte,
                                start,
                                reason.as_str()
                            ));
                        }
                    }
                    return Ok(format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        enc.as_str(),
                        start,
                        end - 1,
                        reason.as_str()
                    ));
                }
            }
            if kind == E::UnicodeEncodeError {
                if let Value::Str(s) = &obj {
                    if end == start + 1 {
                        if let Some(c) = s.as_str().chars().nth(start as usize) {
                            let cp = c as u32;
                            let esc = if cp < 0x100 {
                                format!("\\x{:02x}", cp)
                            } else if cp < 0x10000 {
                                format!("\\u{:04x}", cp)
                            } else {
                                format!("\\U{:08x}", cp)
                            };
                            return Ok(format!(
                                "'{}' codec can't encode character '{}' in position {}: {}",
                                enc.as_str(),
                                esc,
                                start,
                                reason.as_str()
                            ));
                        }
                    }
                    return Ok(format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        enc.as_str(),
                        start,
                        end - 1,
                        reason.as_str()
                    ));
                }
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => Ok(vm.str(&args[0])?.as_str().to_string()),
        _ => Ok(vm.str(&Value::tuple(args))?.as_str().to_string()),
    }
}

/// `BaseException.__repr__`: `ValueError('x')`, `KeyError()`, `E(1, 2)`.
pub fn exc_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let name = type_name_of(vm, v);
    let args = exc_args(v);
    if args.len() == 1 {
        let r = vm.repr(&args[0])?;
        return Ok(format!("{}({})", name, r.as_str()));
    }
    let r = vm.repr(&Value::tuple(args))?;
    Ok(format!("{}{}", name, r.as_str()))
}

// ---------------------------------------------------------------------------------------------
// Methods.

fn be_new(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Type(t)) => t.clone(),
        _ => {
            return Err(PyErr::type_error(
                "BaseException.__new__(X): X is not a type object",
            ))
        }
    };
    if !matches!(cls.base_kind, TypeKind::Exception(_)) {
        return Err(PyErr::type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            type_name(&cls),
            type_name(&cls)
        )));
    }
    exc_new(vm, &cls, &a[1..])
}

fn be_init(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let this = a.first().ok_or_else(|| {
        PyErr::type_error("descriptor '__init__' of 'BaseException' object needs an argument")
    })?;
    if kind_of(this).is_some_and(|k| k.is_subclass_of(ExcType::BaseExceptionGroup)) {
        // The group's members were set by __new__; __init__ only records args.
        if let Some(d) = exception_data(this) {
            d.borrow_mut().args = Value::tuple(a[1..].to_vec());
        }
        return Ok(Value::None);
    }
    exception_init(vm, this, &a[1..], k)?;
    Ok(Value::None)
}

fn set_traceback(vm: &mut Vm, this: &Value, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        other => match traceback_chain(other) {
            Some(e) => e,
            None => {
                return Err(PyErr::type_error(
                    "__traceback__ must be a traceback or None",
                ))
            }
        },
    };
    let _ = vm;
    let data = data_of(this)?;
    let mut d = data.borrow_mut();
    d.traceback = entries;
    let new_cache = match tb {
        Value::None => None,
        other => Some((d.tb_key(), other.clone())),
    };
    let old_tb = std::mem::replace(&mut d.tb_cache, new_cache);
    // Clearing the traceback frees the unwound frames (their `__del__`s become due).
    let kept = match tb {
        Value::None => std::mem::take(&mut d.kept_alive),
        _ => KeptAlive::default(),
    };
    drop(d);
    drop(old_tb);
    drop(kept);
    Ok(())
}

fn be_with_traceback(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    set_traceback(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}

fn be_add_note(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let is_str = matches!(a[1], Value::Str(_)) || {
        let str_t = vm.types.str.clone();
        vm.type_of(&a[1]).is_subtype(&str_t)
    };
    if !is_str {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            type_name_of(vm, &a[1])
        )));
    }
    let key = vm.types.names.notes.clone();
    let notes = match vm.getattr_opt(&a[0], &key)? {
        Some(n) => n,
        None => {
            let l = Value::list(Vec::new());
            vm.setattr(&a[0], &key, l.clone())?;
            l
        }
    };
    match &notes {
        Value::List(l) => {
            l.items.borrow_mut().push(a[1].clone());
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error(
            "Cannot add note: __notes__ is not a list",
        )),
    }
}

fn be_reduce(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("needs an argument"))?;
    let t = vm.type_of(this);
    Ok(Value::tuple(vec![
        Value::Type(t),
        Value::tuple(exc_args(this)),
    ]))
}

const BASE_EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__new__", be_new),
    ("__init__", be_init),
    ("with_traceback", be_with_traceback),
    ("add_note", be_add_note),
    ("__reduce__", be_reduce),
];

/// The `__notes__` strings of an exception (for the traceback printer).
pub fn notes(vm: &mut Vm, exc: &Value) -> PyResult<Option<Value>> {
    let key = vm.types.names.notes.clone();
    match exc {
        Value::Instance(i) => Ok(i.dict.as_ref().and_then(|d| d.get_str(&key))),
        _ => Ok(None),
    }
}

// ExceptionGroup

/// A split condition: a Python one (a type, a tuple of types, or a predicate), or "is one of
/// these leaf exceptions" (for `except*` re-raise projection).
enum Cond<'a> {
    Py(&'a Value),
    Leaves(&'a [Value]),
}

/// Does `exc` match the split condition?
fn group_cond_matches(vm: &mut Vm, cond: &Cond, exc: &Value) -> PyResult<bool> {
    match cond {
        Cond::Leaves(ls) => Ok(ls.iter().any(|l| l.is(exc))),
        Cond::Py(c @ (Value::Type(_) | Value::Tuple(_))) => super::class::isinstance(vm, exc, c),
        Cond::Py(c) => {
            let r = vm.call(c, &[exc.clone()])?;
            vm.truthy(&r)
        }
    }
}

fn check_cond(vm: &mut Vm, cond: &Value) -> PyResult<()> {
    let ok = match cond {
        Value::Type(t) => matches!(t.base_kind, TypeKind::Exception(_)),
        Value::Tuple(items) => items
            .items
            .iter()
            .all(|x| matches!(x, Value::Type(t) if matches!(t.base_kind, TypeKind::Exception(_)))),
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => true,
        other => vm
            .type_of(other)
            .lookup(&vm.types.names.call.clone())
            .is_some(),
    };
    if ok {
        Ok(())
    } else {
        Err(PyErr::type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }
}

/// Copy `__traceback__`, `__cause__`, `__context__` and `__notes__` from `src` to `dst`
/// (CPython's `exceptiongroup_subset`).
fn copy_metadata(vm: &mut Vm, src: &Value, dst: &Value) -> PyResult<()> {
    if let (Some(s), Some(d)) = (exception_data(src), exception_data(dst)) {
        let s = s.borrow().clone();
        let mut d = d.borrow_mut();
        d.traceback = s.traceback;
        d.cause = s.cause;
        d.context = s.context;
        d.suppress_context = s.suppress_context;
    }
    if let Some(n) = notes(vm, src)? {
        let key = vm.types.names.notes.clone();
        // The same notes object, as CPython does (`is_same_exception_metadata` relies on it).
        vm.setattr(dst, &key, n)?;
    }
    Ok(())
}

fn is_group(v: &Value) -> bool {
    kind_of(v).is_some_and(|k| k.is_subclass_of(ExcType::BaseExceptionGroup))
}

/// Split `eg` by `cond` into (matching, rest); either may be None.
fn group_split(vm: &mut Vm, eg: &Value, cond: &Cond, want_rest: bool) -> PyResult<(Value, Value)> {
    if group_cond_matches(vm, cond, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    let excs = match attr_of(eg, "exceptions") {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in excs {
        if is_group(&e) {
            let (m, r) = group_split(vm, &e, cond, want_rest)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        } else if group_cond_matches(vm, cond, &e)? {
            matched.push(e);
        } else {
            rest.push(e);
        }
    }
    let derive = intern("derive");
    let mk = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let f = vm.getattr(eg, &derive)?;
        let g = vm.call(&f, &[Value::list(items)])?;
        copy_metadata(vm, eg, &g)?;
        Ok(g)
    };
    let m = mk(vm, matched)?;
    let r = if want_rest {
        mk(vm, rest)?
    } else {
        Value::None
    };
    Ok((m, r))
}

/// `CHECK_EG_MATCH` (CPython's `_PyEval_ExceptionGroupMatch`): `(rest, match)` for `except*
/// match_type` against the exception `exc`. A naked exception that matches is wrapped in an
/// ExceptionGroup; match is None when nothing matches.
pub fn check_eg_match(vm: &mut Vm, exc: &Value, match_type: &Value) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = match match_type {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    for t in &types {
        if let Value::Type(t) = t {
            if matches!(t.base_kind, TypeKind::Exception(k) if k.is_subclass_of(ExcType::BaseExceptionGroup))
            {
                return Err(PyErr::type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if super::class::isinstance(vm, exc, match_type)? {
        if is_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        let cls = vm.types.exc(ExcType::BaseExceptionGroup).clone();
        let wrapped = exc_new(vm, &cls, &[Value::str(""), Value::tuple(vec![exc.clone()])])?;
        if let (Some(s), Some(d)) = (exception_data(exc), exception_data(&wrapped)) {
            let tb = s.borrow().traceback.clone();
            d.borrow_mut().traceback = tb;
        }
        return Ok((Value::None, wrapped));
    }
    if is_group(exc) {
        let (m, r) = group_split(vm, exc, &Cond::Py(match_type), true)?;
        return Ok((r, m));
    }
    Ok((exc.clone(), Value::None))
}

fn same_metadata(a: &Value, b: &Value, vm: &mut Vm) -> bool {
    let (da, db) = match (exception_data(a), exception_data(b)) {
        (Some(x), Some(y)) => (x.borrow().clone(), y.borrow().clone()),
        _ => return false,
    };
    let na = notes(vm, a).ok().flatten().unwrap_or(Value::None);
    let nb = notes(vm, b).ok().flatten().unwrap_or(Value::None);
    let tb_same = da.traceback.len() == db.traceback.len()
        && da
            .traceback
            .iter()
            .zip(db.traceback.iter())
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.ip == y.ip);
    na.is(&nb) && tb_same && da.cause.is(&db.cause) && da.context.is(&db.context)
}

fn collect_leaves(v: &Value, out: &mut Vec<Value>) {
    if is_group(v) {
        if let Some(Value::Tuple(t)) = attr_of(v, "exceptions") {
            for e in t.items.iter() {
                collect_leaves(e, out);
            }
        }
    } else {
        out.push(v.clone());
    }
}

/// `PREP_RERAISE_STAR` (CPython's `_PyExc_PrepReraiseStar`): the exception to raise at the end
/// of a `try/except*` given the original exception and the list of exceptions raised or
/// re-raised by the clauses (None entries skipped), or None.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        return Ok(excs
            .iter()
            .find(|e| !e.is_none() && !e.is_null())
            .cloned()
            .unwrap_or(Value::None));
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if e.is_none() || e.is_null() {
            continue;
        }
        if same_metadata(e, orig, vm) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let mut leaves = Vec::new();
    for e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let reraised_eg = if leaves.is_empty() {
        Value::None
    } else {
        group_split(vm, orig, &Cond::Leaves(&leaves), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() > 1 {
        let cls = vm.types.exc(ExcType::ExceptionGroup).clone();
        return exc_new(vm, &cls, &[Value::str(""), Value::list(raised)]);
    }
    Ok(raised.pop().unwrap_or(Value::None))
}

fn eg_split(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error("split() takes exactly one argument"));
    }
    check_cond(vm, &a[1])?;
    let (m, r) = group_split(vm, &a[0], &Cond::Py(&a[1]), true)?;
    Ok(Value::tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error("subgroup() takes exactly one argument"));
    }
    check_cond(vm, &a[1])?;
    let (m, _) = group_split(vm, &a[0], &Cond::Py(&a[1]), false)?;
    Ok(m)
}

fn eg_derive(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error("derive() takes exactly one argument"));
    }
    let msg = attr_of(&a[0], "message").unwrap_or(Value::None);
    let cls = vm.types.exc(ExcType::BaseExceptionGroup).clone();
    let args = [msg, a[1].clone()];
    let obj = exc_new(vm, &cls, &args)?;
    Ok(obj)
}

fn eg_str(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let this = a
        .first()
        .ok_or_else(|| PyErr::type_error("needs an argument"))?;
    Ok(Value::from_string(exc_str(vm, this)?))
}

const GROUP_METHODS: &[(&str, NativeFn)] = &[
    ("split", eg_split),
    ("subgroup", eg_subgroup),
    ("derive", eg_derive),
    ("__str__", eg_str),
];

/// `BaseExceptionGroup.split(cond)` for the VM's `except*` (CHECK_EG_MATCH): returns
/// (match, rest), each None when empty.
pub fn split_group(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    group_split(vm, eg, &Cond::Py(cond), true)
}

// ---------------------------------------------------------------------------------------------
// Attributes.

macro_rules! members {
    ($( $get:ident / $set:ident = $name:literal ),* $(,)?) => {
        $(
            fn $get(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
                Ok(data_of(v)?.borrow().attr($name).unwrap_or(Value::None))
            }
            #[allow(dead_code)]
            fn $set(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
                data_of(v)?.borrow_mut().set_attr($name, x.unwrap_or(Value::None));
                Ok(())
            }
        )*
    };
}

members! {
    m_value_g / m_value_s = "value",
    m_code_g / m_code_s = "code",
    m_errno_g / m_errno_s = "errno",
    m_strerror_g / m_strerror_s = "strerror",
    m_filename_g / m_filename_s = "filename",
    m_filename2_g / m_filename2_s = "filename2",
    m_name_g / m_name_s = "name",
    m_obj_g / m_obj_s = "obj",
    m_path_g / m_path_s = "path",
    m_msg_g / m_msg_s = "msg",
    m_lineno_g / m_lineno_s = "lineno",
    m_offset_g / m_offset_s = "offset",
    m_text_g / m_text_s = "text",
    m_end_lineno_g / m_end_lineno_s = "end_lineno",
    m_end_offset_g / m_end_offset_s = "end_offset",
    m_pfl_g / m_pfl_s = "print_file_and_line",
    m_encoding_g / m_encoding_s = "encoding",
    m_object_g / m_object_s = "object",
    m_start_g / m_start_s = "start",
    m_end_g / m_end_s = "end",
    m_reason_g / m_reason_s = "reason",
    m_message_g / m_message_s = "message",
    m_exceptions_g / m_exceptions_s = "exceptions",
}

fn opt_exc(v: &Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v.clone()
    }
}

fn check_exc_or_none(v: &Option<Value>, what: &str) -> PyResult<Value> {
    match v {
        None => Err(PyErr::type_error(format!("{} may not be deleted", what))),
        Some(Value::None) => Ok(Value::None),
        Some(x) if exception_data(x).is_some() => Ok(x.clone()),
        Some(_) => Err(PyErr::type_error(format!(
            "exception {} must be None or derive from BaseException",
            if what == "__cause__" {
                "cause"
            } else {
                "context"
            }
        ))),
    }
}

/// Install the getsets of the exception classes.
pub fn add_exception_members(types: &super::builtin_types::BuiltinTypes) {
    use super::builtin_types::add_getsets;
    use super::class::Getter;
    use super::descr::Setter;
    type G = (&'static str, Getter, Option<Setter>);
    let base: Vec<G> = vec![
        (
            "args",
            |_, v| Ok(data_of(v)?.borrow().args.clone()),
            Some(|vm, v, x| {
                let x = x.ok_or_else(|| PyErr::type_error("args may not be deleted"))?;
                let items = vm.collect(&x)?;
                data_of(v)?.borrow_mut().args = Value::tuple(items);
                Ok(())
            }),
        ),
        (
            "__traceback__",
            |vm, v| {
                let data = data_of(v)?;
                let (entries, key, kept) = {
                    let d = data.borrow();
                    if d.traceback.is_empty() {
                        return Ok(Value::None);
                    }
                    let key = d.tb_key();
                    if let Some((k, tb)) = &d.tb_cache {
                        if *k == key {
                            return Ok(tb.clone());
                        }
                    }
                    (
                        crate::traceback::visible_entries(&d.traceback),
                        key,
                        d.kept_alive.share(),
                    )
                };
                if entries.is_empty() {
                    return Ok(Value::None);
                }
                let mut t = TracebackObj::new(entries);
                t.kept = kept;
                let tb = Instance::native(vm.types.traceback.clone(), t);
                data.borrow_mut().tb_cache = Some((key, tb.clone()));
                Ok(tb)
            },
            Some(|vm, v, x| match x {
                Some(tb) => set_traceback(vm, v, &tb),
                None => Err(PyErr::type_error("__traceback__ may not be deleted")),
            }),
        ),
        (
            "__cause__",
            |_, v| Ok(opt_exc(&data_of(v)?.borrow().cause)),
            Some(|_, v, x| {
                let c = check_exc_or_none(&x, "__cause__")?;
                let d = data_of(v)?;
                let mut d = d.borrow_mut();
                d.cause = c;
                d.suppress_context = true;
                Ok(())
            }),
        ),
        (
            "__context__",
            |_, v| Ok(opt_exc(&data_of(v)?.borrow().context)),
            Some(|_, v, x| {
                let c = check_exc_or_none(&x, "__context__")?;
                data_of(v)?.borrow_mut().context = c;
                Ok(())
            }),
        ),
        (
            "__suppress_context__",
            |_, v| Ok(Value::Bool(data_of(v)?.borrow().suppress_context)),
            Some(|vm, v, x| {
                let b = match x {
                    Some(x) => vm.truthy(&x)?,
                    None => {
                        return Err(PyErr::type_error(
                            "can't delete __suppress_context__ attribute",
                        ))
                    }
                };
                data_of(v)?.borrow_mut().suppress_context = b;
                Ok(())
            }),
        ),
        (
            "__dict__",
            super::attr::dict_getset_get,
            Some(super::attr::dict_getset_set),
        ),
    ];
    add_getsets(types.exc(ExcType::BaseException), base.into_iter());
    super::traceback_obj::add_traceback_members(types);
    let per: Vec<(ExcType, Vec<G>)> = vec![
        (
            ExcType::StopIteration,
            vec![("value", m_value_g, Some(m_value_s))],
        ),
        (
            ExcType::SystemExit,
            vec![("code", m_code_g, Some(m_code_s))],
        ),
        (
            ExcType::OSError,
            vec![
                ("errno", m_errno_g, Some(m_errno_s)),
                ("strerror", m_strerror_g, Some(m_strerror_s)),
                ("filename", m_filename_g, Some(m_filename_s)),
                ("filename2", m_filename2_g, Some(m_filename2_s)),
            ],
        ),
        (ExcType::NameError, vec![("name", m_name_g, Some(m_name_s))]),
        (
            ExcType::AttributeError,
            vec![
                ("name", m_name_g, Some(m_name_s)),
                ("obj", m_obj_g, Some(m_obj_s)),
            ],
        ),
        (
            ExcType::ImportError,
            vec![
                ("name", m_name_g, Some(m_name_s)),
                ("path", m_path_g, Some(m_path_s)),
                ("msg", m_msg_g, Some(m_msg_s)),
            ],
        ),
        (
            ExcType::SyntaxError,
            vec![
                ("msg", m_msg_g, Some(m_msg_s)),
                ("filename", m_filename_g, Some(m_filename_s)),
                ("lineno", m_lineno_g, Some(m_lineno_s)),
                ("offset", m_offset_g, Some(m_offset_s)),
                ("text", m_text_g, Some(m_text_s)),
                ("end_lineno", m_end_lineno_g, Some(m_end_lineno_s)),
                ("end_offset", m_end_offset_g, Some(m_end_offset_s)),
                ("print_file_and_line", m_pfl_g, Some(m_pfl_s)),
            ],
        ),
        (
            ExcType::UnicodeError,
            vec![
                ("encoding", m_encoding_g, Some(m_encoding_s)),
                ("object", m_object_g, Some(m_object_s)),
                ("start", m_start_g, Some(m_start_s)),
                ("end", m_end_g, Some(m_end_s)),
                ("reason", m_reason_g, Some(m_reason_s)),
            ],
        ),
        (
            ExcType::BaseExceptionGroup,
            vec![
                ("message", m_message_g, None),
                ("exceptions", m_exceptions_g, None),
            ],
        ),
    ];
    for (k, gs) in per {
        add_getsets(types.exc(k), gs.into_iter());
    }
}

//! The native `io` module: the in-memory streams `StringIO` and `BytesIO` (CPython's
//! `_io.StringIO` / `_io.BytesIO`, `Modules/_io/stringio.c` and `bytesio.c`), plus `open`
//! and the `SEEK_*` constants. Both streams share one payload, `MemIO`: a byte buffer (UTF-8
//! text for StringIO) with a position in units (characters for StringIO, bytes for BytesIO).
//! `open()`'s file objects (`builtins::io`) keep a different model (OS files, lazily decoded
//! readers), so nothing there is shared beyond `print`'s `write_to`, which calls our `write`.
//!
//! Invariants: `units` is the buffer's length in units and `pos` may lie past it (a write
//! there pads with NULs, as CPython does); text is only ever cut at character boundaries, so
//! `buf` stays valid UTF-8; while `ascii` holds (every character one byte) unit offsets are
//! byte offsets and no scan is needed. The payload's `RefCell` is never borrowed across
//! Python code: arguments are converted first. Errors copy CPython 3.11's messages ("I/O
//! operation on closed file" from the stream methods, with a final '.' from the IOBase ones:
//! `__iter__`, `__enter__`, `__next__`).

use crate::builtins::args::{self, Kwargs};
use crate::object::class::{Instance, Payload, PyType, TypeKind, TypeSlots};
use crate::object::{ExcType, PyBytes, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::OnceCell;
use std::rc::Rc;

/// The state of a StringIO or BytesIO.
pub struct MemIO {
    binary: bool,
    buf: Vec<u8>,
    ascii: bool,
    units: usize,
    pos: usize,
    closed: bool,
}

fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| (c & 0xC0) != 0x80).count()
}

impl MemIO {
    fn new(binary: bool) -> MemIO {
        MemIO {
            binary,
            buf: Vec::new(),
            ascii: true,
            units: 0,
            pos: 0,
            closed: false,
        }
    }

    /// The byte offset of unit `u` (clamped to the end).
    fn byte_of(&self, u: usize) -> usize {
        if self.binary || self.ascii {
            return u.min(self.buf.len());
        }
        if u >= self.units {
            return self.buf.len();
        }
        let mut seen = 0;
        for (i, &c) in self.buf.iter().enumerate() {
            if (c & 0xC0) != 0x80 {
                if seen == u {
                    return i;
                }
                seen += 1;
            }
        }
        self.buf.len()
    }

    /// Write `data` (`n` units) at the position; returns `n`.
    /// A write past the end pads with NULs first; padding that cannot be allocated is
    /// CPython's MemoryError.
    fn write(&mut self, data: &[u8], n: usize, ascii: bool) -> PyResult<usize> {
        if n == 0 {
            return Ok(0);
        }
        if self.pos > self.units {
            let pad = self.pos - self.units;
            if self
                .buf
                .try_reserve(pad.saturating_add(data.len()))
                .is_err()
            {
                return Err(PyErr::with_args(ExcType::MemoryError, vec![]));
            }
            self.buf.resize(self.buf.len() + pad, 0);
            self.units = self.pos;
        }
        if self.pos == self.units {
            self.buf.extend_from_slice(data);
        } else {
            let start = self.byte_of(self.pos);
            let end = self.byte_of(self.pos + n);
            self.buf.splice(start..end, data.iter().copied());
        }
        self.ascii &= ascii;
        self.pos += n;
        self.units = self.units.max(self.pos);
        Ok(n)
    }

    /// The bytes of the next `n` units (all when None), advancing the position.
    fn read(&mut self, n: Option<usize>) -> &[u8] {
        if self.pos >= self.units {
            return &[];
        }
        let start = self.byte_of(self.pos);
        let end_unit = match n {
            Some(n) => (self.pos + n).min(self.units),
            None => self.units,
        };
        let end = self.byte_of(end_unit);
        self.pos = end_unit;
        &self.buf[start..end]
    }

    /// The next line (through '\n'), at most `limit` units, advancing the position.
    fn readline(&mut self, limit: Option<usize>) -> &[u8] {
        if self.pos >= self.units {
            return &[];
        }
        let start = self.byte_of(self.pos);
        let mut end = match self.buf[start..].iter().position(|&c| c == b'\n') {
            Some(i) => start + i + 1,
            None => self.buf.len(),
        };
        let mut n = if self.binary || self.ascii {
            end - start
        } else {
            char_count(&self.buf[start..end])
        };
        if let Some(l) = limit {
            if l < n {
                n = l;
                end = self.byte_of(self.pos + l);
            }
        }
        self.pos += n;
        &self.buf[start..end]
    }

    fn value(&self, bytes: &[u8]) -> Value {
        if self.binary {
            Value::Bytes(Rc::new(PyBytes::new(bytes.to_vec())))
        } else {
            Value::from_string(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

thread_local! {
    static TYPES: [OnceCell<Rc<PyType>>; 2] = Default::default();
}

const METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("read", m_read),
    ("read1", m_read),
    ("readline", m_readline),
    ("readlines", m_readlines),
    ("write", m_write),
    ("writelines", m_writelines),
    ("getvalue", m_getvalue),
    ("seek", m_seek),
    ("tell", m_tell),
    ("truncate", m_truncate),
    ("close", m_close),
    ("flush", m_flush),
    ("readable", m_true),
    ("writable", m_true),
    ("seekable", m_true),
    ("isatty", m_isatty),
    ("__enter__", m_enter),
    ("__exit__", m_exit),
    ("__iter__", m_iter),
    ("__next__", m_next),
];

/// `io.StringIO` (binary false) or `io.BytesIO` (binary true).
pub fn stream_type(vm: &Vm, binary: bool) -> Rc<PyType> {
    TYPES.with(|t| {
        t[binary as usize]
            .get_or_init(|| {
                let slots = TypeSlots {
                    new: Some(if binary { bytesio_new } else { stringio_new }),
                    iter: Some(slot_iter),
                    next: Some(slot_next),
                    ..TypeSlots::default()
                };
                let name = if binary { "BytesIO" } else { "StringIO" };
                let ty = crate::object::builtin_types::make_builtin_type(
                    name,
                    TypeKind::Native,
                    Some(&vm.types.object),
                    slots,
                    METHODS,
                    &[
                        ("closed", get_closed),
                        ("newlines", get_none),
                        ("line_buffering", get_false),
                    ],
                    false,
                );
                crate::modules::set(&ty.dict, "__module__", Value::str("_io"));
                let dotted = format!("_io.{name}");
                *ty.name.borrow_mut() = crate::object::str::intern(&dotted);
                ty
            })
            .clone()
    })
}

/// The native `io` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, dict) =
        crate::modules::new_module("io", &[("open", crate::builtins::io::builtin_open)]);
    crate::modules::set(&dict, "StringIO", Value::Type(stream_type(vm, false)));
    crate::modules::set(&dict, "BytesIO", Value::Type(stream_type(vm, true)));
    crate::modules::set(&dict, "SEEK_SET", Value::Int(0));
    crate::modules::set(&dict, "SEEK_CUR", Value::Int(1));
    crate::modules::set(&dict, "SEEK_END", Value::Int(2));
    crate::modules::set(&dict, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    Ok(m)
}

// ---------------------------------------------------------------- construction

fn stringio_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [kinit, knl] = args::take_kwargs("StringIO", kw, ["initial_value", "newline"])?;
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    let init = a.first().cloned().or(kinit);
    let newline = a.get(1).cloned().or(knl);
    match &newline {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => {
            if !matches!(s.as_str(), "" | "\n" | "\r" | "\r\n") {
                return Err(PyErr::value_error(format!(
                    "illegal newline value: {}",
                    s.as_str()
                )));
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "newline must be str or None, not {}",
                args::type_name(vm, other)
            )))
        }
    }
    let mut m = MemIO::new(false);
    match &init {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => {
            m.write(s.as_str().as_bytes(), s.char_len(), s.as_str().is_ascii())?;
            m.pos = 0;
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                args::type_name(vm, other)
            )))
        }
    }
    Ok(Instance::native(stream_type(vm, false), m))
}

fn bytesio_new(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [kinit] = args::take_kwargs("BytesIO", kw, ["initial_bytes"])?;
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "BytesIO() takes at most 1 argument ({} given)",
            a.len() + kw.len()
        )));
    }
    let mut m = MemIO::new(true);
    match a.first().cloned().or(kinit) {
        None | Some(Value::None) => {}
        Some(Value::Bytes(b)) => {
            m.write(&b.data, b.data.len(), true)?;
            m.pos = 0;
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                args::type_name(vm, &other)
            )))
        }
    }
    Ok(Instance::native(stream_type(vm, true), m))
}

// ---------------------------------------------------------------- state access

/// Run `f` on the stream `v` (no Python code may run inside `f`).
fn with<R>(vm: &Vm, name: &str, v: Option<&Value>, f: impl FnOnce(&mut MemIO) -> R) -> PyResult<R> {
    if let Some(Value::Instance(i)) = v {
        if let Payload::Native(n) = &i.payload {
            if let Ok(mut b) = n.try_borrow_mut() {
                if let Some(m) = b.downcast_mut::<MemIO>() {
                    return Ok(f(m));
                }
            }
        }
    }
    Err(match v {
        Some(v) => PyErr::type_error(format!(
            "descriptor '{name}' requires a '_io.StringIO' object but received a '{}'",
            args::type_name(vm, v)
        )),
        None => PyErr::type_error(format!("descriptor '{name}' needs an argument")),
    })
}

/// Like `with`, but "I/O operation on closed file" when closed (`dot` adds IOBase's '.').
fn with_open<R>(
    vm: &Vm,
    name: &str,
    v: Option<&Value>,
    dot: bool,
    f: impl FnOnce(&mut MemIO) -> PyResult<R>,
) -> PyResult<R> {
    with(vm, name, v, |m| {
        if m.closed {
            Err(closed(dot || m.binary))
        } else {
            f(m)
        }
    })?
}

fn closed(dot: bool) -> PyErr {
    PyErr::value_error(if dot {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    })
}

/// An optional size argument: None or negative means "all" (`_Py_convert_optional_to_ssize_t`).
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Long(_))) => {
            let n = args::index_i64(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v) => {
            if vm
                .getattr_opt(v, &crate::object::str::intern("__index__"))?
                .is_none()
            {
                return Err(PyErr::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    args::type_name(vm, v)
                )));
            }
            let n = args::index_i64(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

// ---------------------------------------------------------------- methods

fn m_read(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("read", a.get(1..).unwrap_or(&[]), kw, 0, 1)?;
    let n = size_arg(vm, a.get(1))?;
    with_open(vm, "read", a.first(), false, |m| {
        let bytes = m.read(n).to_vec();
        Ok(m.value(&bytes))
    })
}

fn m_readline(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("readline", a.get(1..).unwrap_or(&[]), kw, 0, 1)?;
    let n = size_arg(vm, a.get(1))?;
    with_open(vm, "readline", a.first(), false, |m| {
        let bytes = m.readline(n).to_vec();
        Ok(m.value(&bytes))
    })
}

fn m_readlines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("readlines", a.get(1..).unwrap_or(&[]), kw, 0, 1)?;
    let hint = size_arg(vm, a.get(1))?.filter(|&h| h > 0);
    let lines = with_open(vm, "readlines", a.first(), true, |m| {
        let mut out = Vec::new();
        let mut total = 0;
        loop {
            let before = m.pos;
            let bytes = m.readline(None).to_vec();
            if bytes.is_empty() {
                break;
            }
            out.push(m.value(&bytes));
            total += m.pos - before;
            // bytesio.c stops once the total reaches the hint; IOBase.readlines (StringIO's)
            // only once it exceeds it.
            if hint.is_some_and(|h| if m.binary { total >= h } else { total > h }) {
                break;
            }
        }
        Ok(out)
    })?;
    Ok(Value::list(lines))
}

fn write_arg(vm: &mut Vm, a: &[Value], v: &Value) -> PyResult<usize> {
    let binary = with(vm, "write", a.first(), |m| m.binary)?;
    match (v, binary) {
        (Value::Str(s), false) => with_open(vm, "write", a.first(), false, |m| {
            m.write(s.as_str().as_bytes(), s.char_len(), s.as_str().is_ascii())
        }),
        (Value::Bytes(b), true) => with_open(vm, "write", a.first(), true, |m| {
            m.write(&b.data, b.data.len(), true)
        }),
        (_, false) => {
            with_open(vm, "write", a.first(), false, |_| Ok(()))?;
            Err(PyErr::type_error(format!(
                "string argument expected, got '{}'",
                args::type_name(vm, v)
            )))
        }
        (_, true) => {
            with_open(vm, "write", a.first(), true, |_| Ok(()))?;
            Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                args::type_name(vm, v)
            )))
        }
    }
}

fn m_write(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = a.get(1..).unwrap_or(&[]);
    args::positional("write", rest, kw, 1, 1)?;
    Ok(Value::Int(write_arg(vm, a, &rest[0])? as i64))
}

fn m_writelines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = a.get(1..).unwrap_or(&[]);
    args::positional("writelines", rest, kw, 1, 1)?;
    with_open(vm, "writelines", a.first(), true, |_| Ok(()))?;
    let it = vm.iter(&rest[0])?;
    while let Some(line) = vm.next(&it)? {
        write_arg(vm, a, &line)?;
    }
    Ok(Value::None)
}

fn m_getvalue(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("getvalue", a.get(1..).unwrap_or(&[]), kw, 0, 0)?;
    let binary = with(vm, "getvalue", a.first(), |m| m.binary)?;
    with_open(vm, "getvalue", a.first(), binary, |m| Ok(m.value(&m.buf)))
}

fn m_seek(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let rest = a.get(1..).unwrap_or(&[]);
    args::positional("seek", rest, kw, 1, 2)?;
    let pos = args::index_i64(vm, &rest[0])?;
    let whence = match rest.get(1) {
        Some(w) => args::index_i64(vm, w)?,
        None => 0,
    };
    let binary = with(vm, "seek", a.first(), |m| m.binary)?;
    with_open(vm, "seek", a.first(), binary, |m| {
        let new = match whence {
            0 => {
                if pos < 0 {
                    return Err(PyErr::value_error(if binary {
                        format!("negative seek value {pos}")
                    } else {
                        format!("Negative seek position {pos}")
                    }));
                }
                pos as usize
            }
            1 | 2 if binary => {
                let base = if whence == 1 { m.pos } else { m.units } as i64;
                (base + pos).max(0) as usize
            }
            1 | 2 => {
                if pos != 0 {
                    return Err(PyErr::new(
                        ExcType::OSError,
                        // CPython 3.11 says "cur-relative" for whence=2 as well.
                        "Can't do nonzero cur-relative seeks",
                    ));
                }
                if whence == 1 {
                    m.pos
                } else {
                    m.units
                }
            }
            _ => {
                return Err(PyErr::value_error(if binary {
                    format!("invalid whence ({whence}, should be 0, 1 or 2)")
                } else {
                    format!("Invalid whence ({whence}, should be 0, 1 or 2)")
                }))
            }
        };
        m.pos = new;
        Ok(Value::Int(new as i64))
    })
}

fn m_tell(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("tell", a.get(1..).unwrap_or(&[]), kw, 0, 0)?;
    let binary = with(vm, "tell", a.first(), |m| m.binary)?;
    with_open(vm, "tell", a.first(), binary, |m| {
        Ok(Value::Int(m.pos as i64))
    })
}

fn m_truncate(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("truncate", a.get(1..).unwrap_or(&[]), kw, 0, 1)?;
    let size = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(args::index_i64(vm, v)?),
    };
    let binary = with(vm, "truncate", a.first(), |m| m.binary)?;
    with_open(vm, "truncate", a.first(), binary, |m| {
        let size = match size {
            None => m.pos,
            Some(s) if s < 0 => {
                return Err(PyErr::value_error(if binary {
                    format!("negative size value {s}")
                } else {
                    format!("Negative size value {s}")
                }))
            }
            Some(s) => s as usize,
        };
        if size < m.units {
            let b = m.byte_of(size);
            m.buf.truncate(b);
            m.units = size;
        }
        Ok(Value::Int(size as i64))
    })
}

fn m_close(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("close", a.get(1..).unwrap_or(&[]), kw, 0, 0)?;
    with(vm, "close", a.first(), |m| {
        m.closed = true;
        m.buf = Vec::new();
    })?;
    Ok(Value::None)
}

fn m_flush(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open(vm, "flush", a.first(), true, |_| Ok(Value::None))
}

fn m_true(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let binary = with(vm, "readable", a.first(), |m| m.binary)?;
    with_open(vm, "readable", a.first(), binary, |_| Ok(Value::Bool(true)))
}

fn m_isatty(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open(vm, "isatty", a.first(), true, |_| Ok(Value::Bool(false)))
}

fn m_enter(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open(vm, "__enter__", a.first(), true, |_| Ok(()))?;
    Ok(a[0].clone())
}

fn m_exit(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    m_close(vm, &a[..a.len().min(1)], &[])
}

fn m_iter(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_open(vm, "__iter__", a.first(), true, |_| Ok(()))?;
    Ok(a[0].clone())
}

fn m_next(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match slot_next(vm, a.first().unwrap_or(&Value::None))? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }
}

fn slot_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with_open(vm, "__iter__", Some(v), true, |_| Ok(()))?;
    Ok(v.clone())
}

fn slot_next(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let binary = with(vm, "__next__", Some(v), |m| m.binary)?;
    with_open(vm, "__next__", Some(v), binary, |m| {
        let bytes = m.readline(None);
        if bytes.is_empty() {
            return Ok(None);
        }
        let bytes = bytes.to_vec();
        Ok(Some(m.value(&bytes)))
    })
}

fn get_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with(vm, "closed", Some(v), |m| Value::Bool(m.closed))
}

fn get_none(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with_open(vm, "newlines", Some(v), false, |_| Ok(Value::None))
}

fn get_false(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    with_open(vm, "line_buffering", Some(v), false, |_| {
        Ok(Value::Bool(false))
    })
}

/// `print`'s fast path: write `s` straight into a StringIO (None when `file` is not one, so
/// the caller goes through its `write` method). Closed streams raise as `write` would.
pub fn fast_write(file: &Value, s: &str) -> Option<PyResult<()>> {
    let Value::Instance(i) = file else {
        return None;
    };
    let Payload::Native(n) = &i.payload else {
        return None;
    };
    let mut b = n.try_borrow_mut().ok()?;
    let m = b.downcast_mut::<MemIO>()?;
    if m.binary {
        return None;
    }
    if m.closed {
        return Some(Err(closed(false)));
    }
    let n = if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    };
    Some(m.write(s.as_bytes(), n, s.is_ascii()).map(|_| ()))
}

/// True for a StringIO (print joins its pieces and writes once).
pub fn is_text_memio(file: &Value) -> bool {
    crate::object::class::with_native::<MemIO, bool>(file, |m| !m.binary).unwrap_or(false)
}

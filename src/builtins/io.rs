//! `print`, `input`, `open` and file objects (`_io.TextIOWrapper` for text files and the
//! standard streams, `_io.BufferedReader`/`BufferedWriter` for binary files).
//!
//! A file object is a native instance whose payload is a `PyFile`; its `__dict__` carries the
//! plain attributes (`name`, `mode`, `encoding`, `closed`). Text files opened for reading are
//! read and decoded (newlines translated) once, at the first read; written files go through a
//! `BufWriter` flushed on `flush()`/`close()`/drop. The standard streams write through
//! `Vm::write_stdout`/`write_stderr`, so `print` and `sys.stdout.write` share one buffer.

use super::args::{self, Kwargs};
use crate::object::class::{Instance, Payload};
use crate::object::{ExcType, PyBytes, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::io::{BufRead, Read, Write};
use std::rc::Rc;

pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
    /// Decoded contents of a file opened for reading (`pos` is a byte offset).
    Reader {
        text: String,
        bytes: Vec<u8>,
        pos: usize,
    },
    /// A file opened for reading, not read yet (`ensure_loaded` turns it into a `Reader`).
    Unread {
        file: std::fs::File,
        latin1: bool,
    },
    Writer(std::io::BufWriter<std::fs::File>),
    /// `+` modes: unbuffered reads and writes at a tracked byte position.
    Rw {
        file: std::fs::File,
        append: bool,
        pos: u64,
    },
}

/// The bytes from `pos` to the end of a `+`-mode file.
fn rw_rest(file: &mut std::fs::File, pos: u64, name: &str) -> PyResult<Vec<u8>> {
    use std::io::Seek;
    file.seek(std::io::SeekFrom::Start(pos))
        .map_err(|e| file_error(&e, name))?;
    let mut buf = Vec::new();
    file.read_to_end(&mut buf)
        .map_err(|e| file_error(&e, name))?;
    Ok(buf)
}

/// Read from a `+`-mode file: up to `n` chars (bytes when binary), or one line.
fn rw_read(f: &mut PyFile, n: Option<usize>, line: bool) -> PyResult<Value> {
    let name = f.name.clone();
    let binary = f.binary;
    let Stream::Rw { file, pos, append } = &mut f.stream else {
        return Err(unsupported("not readable"));
    };
    let rest = rw_rest(file, *pos, &name)?;
    // CPython's buffered reader pulled the whole (small) file in: later writes land at EOF.
    if rest.len() <= 8192 {
        *append = true;
    }
    if binary {
        let mut end = n.unwrap_or(rest.len()).min(rest.len());
        if line {
            if let Some(i) = rest[..end].iter().position(|&b| b == b'\n') {
                end = i + 1;
            }
        }
        *pos += end as u64;
        return Ok(Value::Bytes(Rc::new(PyBytes::new(rest[..end].to_vec()))));
    }
    let text = String::from_utf8_lossy(&rest);
    let mut end = match n {
        Some(n) => text
            .char_indices()
            .nth(n)
            .map(|(i, _)| i)
            .unwrap_or(text.len()),
        None => text.len(),
    };
    if line {
        if let Some(i) = text[..end].find('\n') {
            end = i + 1;
        }
    }
    *pos += end as u64;
    Ok(Value::from_string(text[..end].to_string()))
}

pub struct PyFile {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    pub stream: Stream,
}

fn file_type(binary: bool, readable: bool) -> Rc<crate::object::PyType> {
    let name = match (binary, readable) {
        (false, _) => "_io.TextIOWrapper",
        (true, true) => "_io.BufferedReader",
        (true, false) => "_io.BufferedWriter",
    };
    args::native_type(name, FILE_METHODS)
}

fn new_file(f: PyFile, encoding: &str) -> Value {
    let dict = Rc::new(PyDict::new());
    let key = crate::object::str::intern;
    dict.set_str(key("name"), Value::str(&f.name));
    dict.set_str(key("mode"), Value::str(&f.mode));
    if !f.binary {
        dict.set_str(key("encoding"), Value::str(encoding));
    }
    dict.set_str(key("closed"), Value::Bool(false));
    let class = file_type(f.binary, f.readable);
    Value::Instance(Rc::new(Instance {
        class,
        dict: Some(dict),
        payload: Payload::Native(RefCell::new(Box::new(f))),
    }))
}

/// The standard stream objects for `sys.stdout` / `sys.stderr` / `sys.stdin`.
pub fn std_stream(which: &str) -> Value {
    let (stream, mode, readable) = match which {
        "stdin" => (Stream::Stdin, "r", true),
        "stderr" => (Stream::Stderr, "w", false),
        _ => (Stream::Stdout, "w", false),
    };
    let f = PyFile {
        name: format!("<{which}>"),
        mode: mode.into(),
        binary: false,
        readable,
        writable: !readable,
        closed: false,
        stream,
    };
    new_file(f, "utf-8")
}

/// Run `f` on the `PyFile` payload of `v` (never across Python code).
fn with_file<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut PyFile) -> PyResult<R>) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let Payload::Native(n) = &i.payload {
            let mut b = n.borrow_mut();
            if let Some(file) = b.downcast_mut::<PyFile>() {
                return f(file);
            }
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor requires a file object, not '{}'",
        args::type_name(vm, v)
    )))
}

/// Which standard stream `v` is, if any.
fn std_kind(v: &Value) -> Option<u8> {
    if let Value::Instance(i) = v {
        if let Payload::Native(n) = &i.payload {
            if let Some(f) = n.borrow().downcast_ref::<PyFile>() {
                return match f.stream {
                    Stream::Stdout => Some(1),
                    Stream::Stderr => Some(2),
                    _ => None,
                };
            }
        }
    }
    None
}

/// `sys.stdout` / `sys.stderr` as currently set in the `sys` module (None if unset).
fn sys_stream(vm: &Vm, name: &str) -> Option<Value> {
    thread_local! {
        static NAMES: [Rc<crate::object::PyStr>; 4] = [
            crate::object::str::intern("sys"),
            crate::object::str::intern("stdout"),
            crate::object::str::intern("stderr"),
            crate::object::str::intern("stdin"),
        ];
    }
    let (sys_key, key) = NAMES.with(|n| {
        let k = match name {
            "stdout" => n[1].clone(),
            "stderr" => n[2].clone(),
            _ => n[3].clone(),
        };
        (n[0].clone(), k)
    });
    let sys = vm.modules.get_str(&sys_key)?;
    match sys {
        Value::Module(m) => m.dict.get_str(&key),
        _ => None,
    }
}

/// Write `s` to the file-like `file` (fast path for the standard streams).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    match std_kind(file) {
        Some(1) => vm.write_stdout(s),
        Some(2) => vm.write_stderr(s),
        _ => {
            if let Some(r) = crate::modules::io::fast_write(file, s) {
                return r;
            }
            let w = vm.getattr(file, &crate::object::str::intern("write"))?;
            vm.call(&w, &[Value::str(s)])?;
            Ok(())
        }
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn builtin_print(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in kw {
        let slot = match k.as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => &mut file,
            "flush" => &mut flush,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        };
        *slot = Some(v.clone());
    }
    let text_arg = |vm: &Vm, v: Option<Value>, what: &str, dflt: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(dflt.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(PyErr::type_error(format!(
                "{what} must be None or a string, not {}",
                args::type_name(vm, &other)
            ))),
        }
    };
    let sep = text_arg(vm, sep, "sep", " ")?;
    let end = text_arg(vm, end, "end", "\n")?;
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => match sys_stream(vm, "stdout") {
            Some(f) if !f.is_none() => f,
            Some(_) => return Ok(Value::None),
            None => {
                // No sys module yet: write straight to the sink.
                let mut out = String::new();
                for (i, x) in a.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(vm.str(x)?.as_str());
                }
                out.push_str(&end);
                vm.write_stdout(&out)?;
                if let Some(fl) = flush {
                    if vm.truthy(&fl)? {
                        vm.flush_stdout()?;
                    }
                }
                return Ok(Value::None);
            }
        },
    };
    if std_kind(&file).is_some() || crate::modules::io::is_text_memio(&file) {
        let mut out = String::new();
        for (i, x) in a.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match x {
                Value::Str(s) => out.push_str(s.as_str()),
                _ => out.push_str(vm.str(x)?.as_str()),
            }
        }
        out.push_str(&end);
        write_to(vm, &file, &out)?;
    } else {
        for (i, x) in a.iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, &sep)?;
            }
            let s = vm.str(x)?;
            write_to(vm, &file, s.as_str())?;
        }
        write_to(vm, &file, &end)?;
    }
    if let Some(fl) = flush {
        if vm.truthy(&fl)? {
            match std_kind(&file) {
                Some(1) => vm.flush_stdout()?,
                Some(_) => {}
                None => {
                    let f = vm.getattr(&file, &crate::object::str::intern("flush"))?;
                    vm.call(&f, &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// Read one line from the process's stdin (None at EOF).
fn stdin_line() -> PyResult<Option<String>> {
    let mut s = String::new();
    match std::io::stdin().lock().read_line(&mut s) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(s)),
        Err(e) => Err(crate::vm::io_error(e)),
    }
}

/// `input([prompt])`.
pub fn builtin_input(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("input", a, kw, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        match sys_stream(vm, "stdout") {
            Some(f) if std_kind(&f).is_none() && !f.is_none() => write_to(vm, &f, s.as_str())?,
            _ => vm.write_stdout(s.as_str())?,
        }
    }
    vm.flush_stdout()?;
    match stdin_line()? {
        None => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::from_string(line))
        }
    }
}

/// An OSError subclass for an I/O error on `filename`: `[Errno 2] No such file or directory: 'x'`.
fn file_error(e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5);
    let kind = crate::vm::os_error_kind(errno);
    let msg = crate::vm::strerror(errno).unwrap_or_else(|| e.to_string());
    PyErr::with_args(
        kind,
        vec![
            Value::Int(errno as i64),
            Value::str(&msg),
            Value::str(filename),
        ],
    )
}

fn unsupported(msg: &str) -> PyErr {
    PyErr::new(ExcType::OSError, msg)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn builtin_open(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    if a.len() > 8 {
        return Err(PyErr::type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            a.len()
        )));
    }
    let [kfile, kmode, _kbuf, kenc, _kerr, _knl, _kclose, _kopener] = args::take_kwargs(
        "open",
        kw,
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    let file = a
        .first()
        .cloned()
        .or(kfile)
        .ok_or_else(|| PyErr::type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = a
        .get(1)
        .cloned()
        .or(kmode)
        .unwrap_or_else(|| Value::str("r"));
    let encoding = a.get(3).cloned().or(kenc).filter(|v| !v.is_none());
    let name = match &file {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    let Value::Str(mode) = &mode else {
        return Err(PyErr::type_error(format!(
            "open() argument 'mode' must be str, not {}",
            args::type_name(vm, &mode)
        )));
    };
    let m = mode.as_str();
    let valid = m.chars().all(|c| "rwxabt+U".contains(c)) && {
        let mut seen = std::collections::HashSet::new();
        m.chars().all(|c| seen.insert(c))
    };
    if !valid {
        return Err(PyErr::value_error(format!("invalid mode: '{m}'")));
    }
    let n_main = m.chars().filter(|c| "rwxa".contains(*c)).count();
    if m.contains('b') && m.contains('t') {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if n_main != 1 {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    let binary = m.contains('b');
    if binary && encoding.is_some() {
        return Err(PyErr::value_error(
            "binary mode doesn't take an encoding argument",
        ));
    }
    let enc = match &encoding {
        None => "UTF-8".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "open() argument 'encoding' must be str or None, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    let norm = enc.to_ascii_lowercase().replace('_', "-");
    let latin1 = match norm.as_str() {
        "utf-8" | "utf8" | "ascii" | "us-ascii" => false,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => true,
        _ => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown encoding: {enc}"),
            ))
        }
    };
    let plus = m.contains('+');
    let main = m.chars().find(|c| "rwxa".contains(*c)).unwrap_or('r');
    let mut oo = std::fs::OpenOptions::new();
    match main {
        'r' => {
            oo.read(true).write(plus);
        }
        'w' => {
            oo.write(true).create(true).truncate(true).read(plus);
        }
        'x' => {
            oo.write(true).create_new(true).read(plus);
        }
        _ => {
            oo.append(true).create(true).read(plus);
        }
    }
    if std::fs::metadata(&name)
        .map(|md| md.is_dir())
        .unwrap_or(false)
    {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(file_error(&e, &name));
    }
    let fh = oo.open(&name).map_err(|e| file_error(&e, &name))?;
    let readable = main == 'r' || plus;
    let writable = main != 'r' || plus;
    let stream = if main == 'r' {
        if plus {
            Stream::Rw {
                file: fh,
                append: false,
                pos: 0,
            }
        } else {
            // Read lazily, at the first read (as CPython's buffered reader fills its buffer
            // then): a file opened before another writer appends sees the appended data.
            Stream::Unread { file: fh, latin1 }
        }
    } else if plus {
        Stream::Rw {
            file: fh,
            append: main == 'a',
            pos: 0,
        }
    } else {
        Stream::Writer(std::io::BufWriter::new(fh))
    };
    let f = PyFile {
        name: name.clone(),
        mode: m.to_string(),
        binary,
        readable,
        writable,
        closed: false,
        stream,
    };
    Ok(new_file(f, &enc))
}

fn closed_err(binary: bool, what: &str) -> PyErr {
    if binary {
        PyErr::value_error(format!("{what} of closed file"))
    } else {
        PyErr::value_error("I/O operation on closed file.")
    }
}

fn this_and_rest(a: &[Value]) -> PyResult<(&Value, &[Value])> {
    a.split_first()
        .ok_or_else(|| PyErr::type_error("descriptor needs an argument"))
}

/// Load an `Unread` stream: read the file and decode it (UTF-8 or latin-1, newlines
/// translated) into a `Reader`. Decoding errors surface here, at the first read, as in CPython.
fn ensure_loaded(f: &mut PyFile) -> PyResult<()> {
    let Stream::Unread { file, latin1 } = &mut f.stream else {
        return Ok(());
    };
    let latin1 = *latin1;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| file_error(&e, &f.name))?;
    let text = if f.binary {
        String::new()
    } else {
        let t = if latin1 {
            bytes.iter().map(|&b| b as char).collect()
        } else {
            match String::from_utf8(std::mem::take(&mut bytes)) {
                Ok(s) => s,
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let b = e.as_bytes()[pos];
                    return Err(PyErr::new(
                        ExcType::UnicodeDecodeError,
                        format!("'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: invalid start byte"),
                    ));
                }
            }
        };
        if t.contains('\r') {
            t.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            t
        }
    };
    f.stream = Stream::Reader {
        text,
        bytes,
        pos: 0,
    };
    Ok(())
}

/// Read up to `n` characters (all if None) from a reader stream.
fn read_chars(f: &mut PyFile, n: Option<usize>) -> PyResult<Value> {
    if f.closed {
        return Err(closed_err(f.binary, "read"));
    }
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    ensure_loaded(f)?;
    match &mut f.stream {
        Stream::Reader { text, bytes, pos } => {
            if f.binary {
                let end = match n {
                    Some(n) => (*pos + n).min(bytes.len()),
                    None => bytes.len(),
                };
                let out = bytes[*pos..end].to_vec();
                *pos = end;
                return Ok(Value::Bytes(Rc::new(PyBytes::new(out))));
            }
            let rest = &text[*pos..];
            let end = match n {
                Some(n) => rest
                    .char_indices()
                    .nth(n)
                    .map(|(i, _)| i)
                    .unwrap_or(rest.len()),
                None => rest.len(),
            };
            let out = rest[..end].to_string();
            *pos += end;
            Ok(Value::from_string(out))
        }
        Stream::Rw { .. } => rw_read(f, n, false),
        Stream::Stdin => {
            let mut s = String::new();
            match n {
                None => {
                    std::io::stdin()
                        .read_to_string(&mut s)
                        .map_err(crate::vm::io_error)?;
                }
                Some(n) => {
                    while s.chars().count() < n {
                        match stdin_line()? {
                            Some(l) => s.push_str(&l),
                            None => break,
                        }
                    }
                }
            }
            Ok(Value::from_string(s))
        }
        _ => Err(unsupported("not readable")),
    }
}

/// One line (including its `\n`), or empty at EOF.
fn read_line(f: &mut PyFile, limit: Option<usize>) -> PyResult<Value> {
    if f.closed {
        return Err(closed_err(f.binary, "readline"));
    }
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    ensure_loaded(f)?;
    match &mut f.stream {
        Stream::Reader { text, bytes, pos } => {
            if f.binary {
                let rest = &bytes[*pos..];
                let mut end = rest
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|i| i + 1)
                    .unwrap_or(rest.len());
                if let Some(l) = limit {
                    end = end.min(l);
                }
                let out = rest[..end].to_vec();
                *pos += end;
                return Ok(Value::Bytes(Rc::new(PyBytes::new(out))));
            }
            let rest = &text[*pos..];
            let mut end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
            if let Some(l) = limit {
                let lim = rest
                    .char_indices()
                    .nth(l)
                    .map(|(i, _)| i)
                    .unwrap_or(rest.len());
                end = end.min(lim);
            }
            let out = rest[..end].to_string();
            *pos += end;
            Ok(Value::from_string(out))
        }
        Stream::Rw { .. } => rw_read(f, limit, true),
        Stream::Stdin => Ok(Value::from_string(stdin_line()?.unwrap_or_default())),
        _ => Err(unsupported("not readable")),
    }
}

fn opt_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(x) => {
            let n = args::index_i64(vm, x)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn file_read(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (this, rest) = this_and_rest(a)?;
    args::positional("read", rest, kw, 0, 1)?;
    let n = opt_size(vm, rest.first())?;
    with_file(vm, this, |f| read_chars(f, n))
}

fn file_readline(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (this, rest) = this_and_rest(a)?;
    args::positional("readline", rest, kw, 0, 1)?;
    let n = opt_size(vm, rest.first())?;
    with_file(vm, this, |f| read_line(f, n))
}

fn file_readlines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (this, rest) = this_and_rest(a)?;
    args::positional("readlines", rest, kw, 0, 1)?;
    let mut lines = Vec::new();
    loop {
        let l = with_file(vm, this, |f| read_line(f, None))?;
        let empty = match &l {
            Value::Str(s) => s.as_str().is_empty(),
            Value::Bytes(b) => b.data.is_empty(),
            _ => true,
        };
        if empty {
            break;
        }
        lines.push(l);
    }
    Ok(Value::list(lines))
}

fn write_value(vm: &mut Vm, this: &Value, v: &Value) -> PyResult<usize> {
    if let Some(k) = std_kind(this) {
        let Value::Str(s) = v else {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                args::type_name(vm, v)
            )));
        };
        if k == 1 {
            vm.write_stdout(s.as_str())?;
        } else {
            vm.write_stderr(s.as_str())?;
        }
        return Ok(s.char_len());
    }
    let tn = args::type_name(vm, v);
    with_file(vm, this, |f| {
        if f.closed {
            return Err(closed_err(f.binary, "write"));
        }
        if !f.writable {
            return Err(unsupported("not writable"));
        }
        let (data, n): (&[u8], usize) = match (v, f.binary) {
            (Value::Str(s), false) => (s.as_str().as_bytes(), s.char_len()),
            (Value::Bytes(b), true) => (&b.data, b.data.len()),
            (_, false) => {
                return Err(PyErr::type_error(format!(
                    "write() argument must be str, not {tn}"
                )))
            }
            (_, true) => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{tn}'"
                )))
            }
        };
        let name = f.name.clone();
        match &mut f.stream {
            Stream::Writer(w) => w.write_all(data).map_err(|e| file_error(&e, &name))?,
            Stream::Rw { file, append, pos } => {
                use std::io::Seek;
                let to = if *append {
                    std::io::SeekFrom::End(0)
                } else {
                    std::io::SeekFrom::Start(*pos)
                };
                let at = file.seek(to).map_err(|e| file_error(&e, &name))?;
                file.write_all(data).map_err(|e| file_error(&e, &name))?;
                *pos = at + data.len() as u64;
            }
            _ => return Err(unsupported("not writable")),
        }
        Ok(n)
    })
}

fn file_write(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (this, rest) = this_and_rest(a)?;
    args::positional("write", rest, kw, 1, 1)?;
    Ok(Value::Int(write_value(vm, this, &rest[0])? as i64))
}

fn file_writelines(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (this, rest) = this_and_rest(a)?;
    args::positional("writelines", rest, kw, 1, 1)?;
    let it = vm.iter(&rest[0])?;
    while let Some(line) = vm.next(&it)? {
        write_value(vm, this, &line)?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    if std_kind(this) == Some(1) {
        vm.flush_stdout()?;
        return Ok(Value::None);
    }
    with_file(vm, this, |f| {
        if f.closed {
            return Err(closed_err(f.binary, "flush"));
        }
        let name = f.name.clone();
        if let Stream::Writer(w) = &mut f.stream {
            w.flush().map_err(|e| file_error(&e, &name))?;
        }
        Ok(Value::None)
    })
}

fn file_close(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    if std_kind(this).is_some() {
        vm.flush_stdout()?;
        return Ok(Value::None);
    }
    let r = with_file(vm, this, |f| {
        if f.closed {
            return Ok(());
        }
        f.closed = true;
        let name = f.name.clone();
        let old = std::mem::replace(
            &mut f.stream,
            Stream::Reader {
                text: String::new(),
                bytes: Vec::new(),
                pos: 0,
            },
        );
        if let Stream::Writer(mut w) = old {
            w.flush().map_err(|e| file_error(&e, &name))?;
        }
        Ok(())
    });
    if let Value::Instance(i) = this {
        if let Some(d) = &i.dict {
            d.set_str(crate::object::str::intern("closed"), Value::Bool(true));
        }
    }
    r?;
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    with_file(vm, this, |f| {
        if f.closed {
            Err(closed_err(false, ""))
        } else {
            Ok(())
        }
    })?;
    Ok(this.clone())
}

fn file_exit(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    file_close(vm, &a[..a.len().min(1)], &[])?;
    Ok(Value::None)
}

fn file_iter(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    with_file(vm, this, |f| {
        if f.closed {
            Err(closed_err(false, ""))
        } else {
            Ok(())
        }
    })?;
    Ok(this.clone())
}

fn file_next(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    let l = with_file(vm, this, |f| read_line(f, None))?;
    let empty = match &l {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.data.is_empty(),
        _ => true,
    };
    if empty {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(l)
}

fn file_readable(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    with_file(vm, this, |f| Ok(Value::Bool(f.readable)))
}

fn file_writable(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    with_file(vm, this, |f| Ok(Value::Bool(f.writable)))
}

fn file_isatty(_vm: &mut Vm, _a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn file_repr(vm: &mut Vm, a: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (this, _) = this_and_rest(a)?;
    let enc = match this {
        Value::Instance(i) => i
            .dict
            .as_ref()
            .and_then(|d| d.get_str(&crate::object::str::intern("encoding"))),
        _ => None,
    };
    let s = with_file(vm, this, |f| {
        let name = crate::object::str::PyStr::new(&f.name);
        let qname = format!(
            "'{}'",
            name.as_str().replace('\\', "\\\\").replace('\'', "\\'")
        );
        let tn = match (f.binary, f.readable) {
            (false, _) => "TextIOWrapper",
            (true, true) => "BufferedReader",
            (true, false) => "BufferedWriter",
        };
        Ok(if f.binary {
            format!("<_io.{tn} name={qname}>")
        } else {
            let enc = match &enc {
                Some(Value::Str(e)) => e.as_str().to_string(),
                _ => "UTF-8".into(),
            };
            format!("<_io.{tn} name={qname} mode='{}' encoding='{enc}'>", f.mode)
        })
    })?;
    Ok(Value::from_string(s))
}

pub const FILE_METHODS: &[(&str, crate::object::NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("flush", file_flush),
    ("close", file_close),
    ("readable", file_readable),
    ("writable", file_writable),
    ("isatty", file_isatty),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
    ("__repr__", file_repr),
];

//! `_coil_traceback`: the native half of the `traceback` and `linecache` modules
//! (`py/traceback.py`, `py/linecache.py`).
//!
//! - `tb_summary(tb)`: one `(filename, lineno, name, end_lineno, colno, end_colno)` tuple per
//!   traceback entry, outermost first, read from the entries' code objects without building
//!   frame objects (CPython's `_walk_tb_with_full_positions` + `_get_code_position`).
//! - `code_position(code, lasti)`: `(lineno, end_lineno, colno, end_colno)` of the
//!   instruction at byte offset `lasti` (columns are UTF-8 byte offsets, as `co_positions`).
//! - `caret_line(line, colno, end_colno, same_line)`: the caret row the `traceback` module
//!   prints under a source line (`StackSummary.format_frame_summary`), or None. The anchor
//!   search (`~~^~~` for binary operators, `~~^^^` for subscripts) parses the segment with
//!   coil's own parser, as CPython's module does with `ast.parse`.
//! - `getlines(filename)`: a file's lines, each ending in `\n` (linecache's reading), or `[]`.
//!
//! For Rust callers, `format_exception_text` is the `traceback` module's report of an
//! exception (what asyncio's default exception handler and logging print).
//!
//! Invariant: the module only reads; frames and traceback entries are never modified.

use crate::builtins::args::{self, Kwargs};
use crate::bytecode::CodeObject;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `(lineno, end_lineno, colno, end_colno)` of instruction `ip` (None columns when unknown).
pub fn code_position(code: &CodeObject, ip: usize) -> (Value, Value, Value, Value) {
    let Some(span) = code.locations.get(ip) else {
        let l = Value::Int(code.first_line as i64);
        return (l.clone(), l, Value::None, Value::None);
    };
    let src = &code.source;
    let sl = src.line_of(span.start);
    let el = src.line_of(span.end.max(span.start));
    let sc = span.start.saturating_sub(src.line_start(sl));
    let ec = span.end.saturating_sub(src.line_start(el));
    (
        Value::Int(sl as i64),
        Value::Int(el as i64),
        Value::Int(sc as i64),
        Value::Int(ec as i64),
    )
}

fn tb_summary(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let tb = args::one_arg("tb_summary", a, kw)?;
    if tb.is_none() {
        return Ok(Value::list(Vec::new()));
    }
    let entries = crate::object::exception::traceback_chain(tb)
        .ok_or_else(|| PyErr::type_error("tb_summary() argument must be a traceback"))?;
    let rows = entries
        .iter()
        .map(|e| {
            let (l, el, c, ec) = code_position(&e.code, e.ip as usize);
            Value::tuple(vec![
                Value::str(&e.code.source.name),
                l,
                Value::str(&e.code.name),
                el,
                c,
                ec,
            ])
        })
        .collect();
    Ok(Value::list(rows))
}

fn code_position_native(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("code_position", a, kw, 2, 2)?;
    let code: Rc<CodeObject> = match &a[0] {
        Value::Code(c) => c.clone(),
        _ => return Err(PyErr::type_error("code_position() needs a code object")),
    };
    let lasti = args::index_i64(vm, &a[1])?;
    if lasti < 0 {
        return Ok(Value::tuple(vec![
            Value::Int(code.first_line as i64),
            Value::None,
            Value::None,
            Value::None,
        ]));
    }
    let (l, el, c, ec) = code_position(&code, (lasti / 2) as usize);
    Ok(Value::tuple(vec![l, el, c, ec]))
}

/// Character index of UTF-8 byte offset `b` in `s` (CPython's
/// `_byte_offset_to_character_offset`; a cut inside a character counts it).
fn byte_to_char(s: &str, b: usize) -> usize {
    let bytes = s.as_bytes();
    let b = b.min(bytes.len());
    String::from_utf8_lossy(&bytes[..b]).chars().count()
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The anchors inside `segment` (character offsets `left_end`, `right_start`), as the
/// `traceback` module finds them: binary operators and subscripts only.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::ast::{ExprKind, StmtKind};
    let source = crate::source::SourceFile::new("<segment>", segment);
    let module = crate::parser::parse(&source, crate::ast::Mode::Module).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(expr) = &module.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let norm = |b: usize| byte_to_char(segment, b);
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = norm(left.span.end as usize);
            let op_end = norm(right.span.start as usize);
            let op: &[char] = chars.get(op_start..op_end.max(op_start)).unwrap_or(&[]);
            let op_offset = op.iter().take_while(|c| is_py_space(**c)).count();
            let mut l = op_start + op_offset;
            let mut r = l + 1;
            if op_offset + 1 < op.len() && !is_py_space(op[op_offset + 1]) {
                r += 1;
            }
            while l < chars.len() && (is_py_space(chars[l]) || chars[l] == ')' || chars[l] == '#') {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = norm(value.span.end as usize);
            let mut r = norm(slice.span.end as usize + 1);
            while l < chars.len() && chars[l] != '[' {
                l += 1;
            }
            while r < chars.len() && chars[r] != ']' {
                r += 1;
            }
            if r < chars.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The caret row under `line` (the source line as read, with its newline) for the columns
/// `colno..end_colno` (UTF-8 byte offsets), or None when the carets would span the whole
/// stripped line (`StackSummary.format_frame_summary`).
pub fn caret_line(line: &str, colno: usize, end_colno: usize, same_line: bool) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let stripped = line.trim_matches(is_py_space);
    let stripped_len = stripped.chars().count();
    if stripped_len == 0 {
        return None;
    }
    let stripped_chars = chars.len() - stripped_len;
    let start = byte_to_char(line, colno);
    let mut end = byte_to_char(line, end_colno);
    let mut anc = None;
    if same_line {
        let seg: String = chars
            .get(start.min(chars.len())..end.min(chars.len()).max(start.min(chars.len())))
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        anc = anchors(&seg);
    } else {
        end = line.trim_end_matches(is_py_space).chars().count();
    }
    let show = (end as isize - start as isize) < stripped_len as isize
        || anc.is_some_and(|(l, r)| r as isize - l as isize > 0);
    if !show {
        return None;
    }
    let (ds, de) = (start as isize + 1, end as isize + 1);
    let rep =
        |c: char, n: isize| -> String { std::iter::repeat(c).take(n.max(0) as usize).collect() };
    let mut row = String::from("    ");
    row.push_str(&rep(' ', ds - stripped_chars as isize));
    match anc {
        Some((l, r)) => {
            let (l, r) = (l as isize, r as isize);
            row.push_str(&rep('~', l));
            row.push_str(&rep('^', r - l));
            row.push_str(&rep('~', de - ds - r));
        }
        None => row.push_str(&rep('^', de - ds)),
    }
    row.push('\n');
    Some(row)
}

fn caret_line_native(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("caret_line", a, kw, 4, 4)?;
    let Value::Str(line) = &a[0] else {
        return Err(PyErr::type_error("caret_line() needs a str"));
    };
    let colno = args::index_i64(vm, &a[1])?.max(0) as usize;
    let end_colno = args::index_i64(vm, &a[2])?.max(0) as usize;
    let same_line = vm.truthy(&a[3])?;
    Ok(
        match caret_line(line.as_str(), colno, end_colno, same_line) {
            Some(s) => Value::from_string(s),
            None => Value::None,
        },
    )
}

fn getlines(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = args::one_arg("getlines", a, kw)?;
    let Value::Str(name) = f else {
        return Ok(Value::list(Vec::new()));
    };
    let name = name.as_str();
    if name.is_empty() || (name.starts_with('<') && name.ends_with('>')) {
        return Ok(Value::list(Vec::new()));
    }
    let Ok(bytes) = std::fs::read(name) else {
        return Ok(Value::list(Vec::new()));
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut lines: Vec<Value> = Vec::new();
    for l in text.split_inclusive('\n') {
        if l.ends_with('\n') {
            lines.push(Value::str(l));
        } else {
            lines.push(Value::from_string(format!("{l}\n")));
        }
    }
    Ok(Value::list(lines))
}

/// The report the `traceback` module gives for `exc` (`"".join(traceback.format_exception(exc))`),
/// as CPython's logging and asyncio's default exception handler print it: the Python
/// module's form (no "Did you mean" suffixes, unlike the interpreter's own report).
pub fn format_exception_text(vm: &mut Vm, exc: &Value) -> PyResult<String> {
    let m = super::import(vm, "traceback")?;
    let f = vm.getattr(&m, &crate::object::str::intern("format_exception"))?;
    let lines = vm.call(&f, &[exc.clone()])?;
    let mut out = String::new();
    for line in vm.collect(&lines)? {
        if let Value::Str(s) = line {
            out.push_str(s.as_str());
        }
    }
    Ok(out)
}

pub fn make(_vm: &mut Vm) -> PyResult<Value> {
    let (m, _d) = super::new_module(
        "_coil_traceback",
        &[
            ("tb_summary", tb_summary),
            ("code_position", code_position_native),
            ("caret_line", caret_line_native),
            ("getlines", getlines),
        ],
    );
    Ok(m)
}

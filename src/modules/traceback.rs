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

/// East Asian Wide or Fullwidth (`unicodedata.east_asian_width(c) in "WF"`), by the main
/// ranges of Unicode's EastAsianWidth.txt: the `traceback` module counts those characters as
/// two columns when it lines carets up (`_display_width`).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x231A..=0x231B | 0x2329..=0x232A | 0x23E9..=0x23EC | 0x23F0
        | 0x23F3 | 0x25FD..=0x25FE | 0x2614..=0x2615 | 0x2648..=0x2653 | 0x267F | 0x2693
        | 0x26A1 | 0x26AA..=0x26AB | 0x26BD..=0x26BE | 0x26C4..=0x26C5 | 0x26CE | 0x26D4
        | 0x26EA | 0x26F2..=0x26F3 | 0x26F5 | 0x26FA | 0x26FD | 0x2705 | 0x270A..=0x270B
        | 0x2728 | 0x274C | 0x274E | 0x2753..=0x2755 | 0x2757 | 0x2795..=0x2797 | 0x27B0
        | 0x27BF | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55 | 0x2E80..=0x303E | 0x3041..=0x33FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xA960..=0xA97F
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x16FE0..=0x18CFF | 0x1B000..=0x1B2FF
        | 0x1F004 | 0x1F0CF | 0x1F18E | 0x1F191..=0x1F19A | 0x1F200..=0x1F251
        | 0x1F300..=0x1F320 | 0x1F32D..=0x1F335 | 0x1F337..=0x1F37C | 0x1F37E..=0x1F393
        | 0x1F3A0..=0x1F3CA | 0x1F3CF..=0x1F3D3 | 0x1F3E0..=0x1F3F0 | 0x1F3F4
        | 0x1F3F8..=0x1F43E | 0x1F440 | 0x1F442..=0x1F4FC | 0x1F4FF..=0x1F53D
        | 0x1F54B..=0x1F54E | 0x1F550..=0x1F567 | 0x1F57A | 0x1F595..=0x1F596 | 0x1F5A4
        | 0x1F5FB..=0x1F64F | 0x1F680..=0x1F6C5 | 0x1F6CC | 0x1F6D0..=0x1F6D2
        | 0x1F6D5..=0x1F6D7 | 0x1F6DC..=0x1F6DF | 0x1F6EB..=0x1F6EC | 0x1F6F4..=0x1F6FC
        | 0x1F7E0..=0x1F7EB | 0x1F7F0 | 0x1F90C..=0x1F93A | 0x1F93C..=0x1F945
        | 0x1F947..=0x1F9FF | 0x1FA70..=0x1FAFF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
}

/// Display columns of the first `n` characters (`_display_width`: `n` itself for an ASCII
/// line, even past its end).
fn display_width(chars: &[char], n: usize) -> usize {
    if chars.iter().all(|c| c.is_ascii()) {
        return n;
    }
    let n = n.min(chars.len());
    n + chars[..n].iter().filter(|c| is_wide(**c)).count()
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
    let seg: &[char] = chars
        .get(start.min(chars.len())..end.min(chars.len()).max(start.min(chars.len())))
        .unwrap_or(&[]);
    if same_line {
        let text: String = seg.iter().collect();
        anc = anchors(&text);
    } else {
        end = line.trim_end_matches(is_py_space).chars().count();
    }
    let show = (end as isize - start as isize) < stripped_len as isize
        || anc.is_some_and(|(l, r)| r as isize - l as isize > 0);
    if !show {
        return None;
    }
    // Display columns: wide characters take two (`_display_width`).
    let ds = display_width(&chars, start) as isize + 1;
    let de = display_width(&chars, end) as isize + 1;
    let rep =
        |c: char, n: isize| -> String { std::iter::repeat(c).take(n.max(0) as usize).collect() };
    let mut row = String::from("    ");
    row.push_str(&rep(' ', ds - stripped_chars as isize));
    match anc {
        Some((l, r)) => {
            let l = display_width(seg, l) as isize;
            let r = display_width(seg, r) as isize;
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

#[cfg(test)]
mod tests {
    use super::caret_line;

    #[test]
    fn binary_operator_gets_anchored_carets() {
        assert_eq!(
            caret_line("    return 1 / x\n", 11, 16, true).as_deref(),
            Some("           ~~^~~\n")
        );
    }

    #[test]
    fn whole_line_span_has_no_carets() {
        assert_eq!(caret_line("    f()\n", 4, 7, true), None);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // Expected row from CPython 3.11's `StackSummary.format_frame_summary`.
        let line = "    名前 = 1; 名前 + 1\n";
        let start = line.find("名前 +").unwrap_or(0);
        let row = caret_line(line, start, line.len() - 1, true).unwrap_or_default();
        assert_eq!(row, "              ~~~~~^~~\n");
    }

    #[test]
    fn out_of_range_columns_do_not_panic() {
        let _ = caret_line("", 5, 2, true);
        let _ = caret_line("abc\n", 100, 200, false);
        let _ = caret_line("é+é\n", 1, 5, true);
    }
}

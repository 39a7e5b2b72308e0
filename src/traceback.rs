//! CPython 3.11's exception printing (`PyErr_Display` → `print_exception_recursive`,
//! `tb_printinternal`, `tb_displayline` in `Python/traceback.c` and `pythonrun.c`): the
//! "Traceback (most recent call last):" header, `  File "x.py", line N, in f` entries with the
//! stripped source line and the 3.11 caret line, "[Previous line repeated N more times]"
//! collapsing, chained exceptions, the final `Type: message` line, and SyntaxError's special
//! form.
//!
//! Invariants: source lines are shown only for real files (names not starting with `<`), as
//! CPython re-reads the file; carets are elided when the primary span covers the whole
//! stripped line and there are no anchors; frames of embedded code that stands in for
//! CPython's C code are never shown (`visible_entries`).

use crate::bytecode::CodeObject;
use crate::object::class::{PyType, TypeKind};
use crate::object::exception::TracebackEntry;
use crate::object::Value;
use crate::vm::unwind::exc_data;
use crate::vm::Vm;
use std::rc::Rc;

const TB_RECURSIVE_CUTOFF: usize = 3;
const TRACEBACK_LIMIT: usize = 1000;

/// The whole report for an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    // objects helper: exception groups (boxed sub-exceptions with margins) anywhere in the
    // chain go through `object::exc_print`, which reuses `print_one` for each exception.
    if chain_has_group(exc) {
        return crate::object::exc_print::format_exception(vm, exc, print_one);
    }
    let mut out = String::new();
    let mut seen: Vec<Value> = Vec::new();
    print_recursive(vm, exc, &mut out, &mut seen);
    out
}

/// True if `exc` or an exception in its cause/context chain is an exception group.
fn chain_has_group(exc: &Value) -> bool {
    let mut seen: Vec<Value> = Vec::new();
    let mut stack = vec![exc.clone()];
    while let Some(e) = stack.pop() {
        if seen.iter().any(|s| s.is(&e)) {
            continue;
        }
        if crate::object::exception::kind_of(&e).map_or(false, |k| {
            k.is_subclass_of(crate::object::ExcType::BaseExceptionGroup)
        }) {
            return true;
        }
        if let Some(d) = exc_data(&e) {
            let d = d.borrow();
            for v in [&d.cause, &d.context] {
                if !v.is_none() && !v.is_null() {
                    stack.push(v.clone());
                }
            }
        }
        seen.push(e);
    }
    false
}

fn print_recursive(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(exc.clone());
    if let Some(d) = exc_data(exc) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let live = |v: &Value| !v.is_none() && !v.is_null();
        if live(&cause) {
            if !seen.iter().any(|s| s.is(&cause)) {
                print_recursive(vm, &cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if live(&context) && !suppress && !seen.iter().any(|s| s.is(&context)) {
            print_recursive(vm, &context, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    print_one(vm, exc, out);
}

fn print_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let tb: Vec<TracebackEntry> = exc_data(exc)
        .map(|d| visible_entries(&d.borrow().traceback))
        .unwrap_or_default();
    let limit = traceback_limit(vm);
    if !tb.is_empty() && limit > 0 {
        out.push_str("Traceback (most recent call last):\n");
        format_tb_limited(&tb, limit, out);
    }
    let t = vm.type_of(exc);
    if is_syntax_error(&t) {
        format_syntax_error(vm, exc, &t, out);
        return;
    }
    out.push_str(&exception_line(vm, exc, &t));
}

/// `Type: message` (or just `Type` when `str(exc)` is empty), with the module prefix for
/// classes outside `builtins` and `__main__`.
pub fn exception_line(vm: &mut Vm, exc: &Value, t: &Rc<PyType>) -> String {
    let mut name = type_display_name(t);
    let mut msg = exc_str(vm, exc);
    // objects helper: "Did you mean" suggestions and __notes__ (CPython 3.11).
    let globals = vm.main_globals();
    msg.push_str(&crate::object::exception::suggestion_suffix(
        vm,
        exc,
        globals.as_ref(),
    ));
    if !msg.is_empty() {
        name.push_str(": ");
        name.push_str(&msg);
    }
    name.push('\n');
    name.push_str(&crate::object::exception::notes_text(vm, exc));
    name
}

fn type_display_name(t: &Rc<PyType>) -> String {
    let qual = t.qualname.borrow().as_str().to_string();
    if t.kind != TypeKind::Heap {
        return qual;
    }
    match t.dict.get_str(&crate::vm::name("__module__")) {
        Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
            format!("{}.{}", m.as_str(), qual)
        }
        _ => qual,
    }
}

/// `str(exc)`, falling back to the args when `__str__` fails
/// (CPython prints `<exception str() failed>`).
fn exc_str(vm: &mut Vm, exc: &Value) -> String {
    match vm.str(exc) {
        Ok(s) => s.as_str().to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    }
}

fn is_syntax_error(t: &Rc<PyType>) -> bool {
    crate::vm::unwind::type_is_exc(t, crate::object::ExcType::SyntaxError)
}

/// `sys.tracebacklimit` when it is an int (`_PyTraceBack_Print`): the number of innermost
/// entries shown, none (and no header) when not positive; 1000 by default.
pub fn traceback_limit(vm: &mut Vm) -> usize {
    let sys = match vm.modules.get_str(&crate::vm::name("sys")) {
        Some(m @ Value::Module(_)) => m,
        _ => return TRACEBACK_LIMIT,
    };
    match vm.getattr_opt(&sys, &crate::vm::name("tracebacklimit")) {
        Ok(Some(Value::Int(n))) => n.max(0) as usize,
        Ok(Some(Value::Bool(b))) => b as usize,
        Ok(Some(Value::Long(b))) if b.sign() == num_bigint::Sign::Plus => usize::MAX,
        Ok(Some(Value::Long(_))) => 0,
        _ => TRACEBACK_LIMIT,
    }
}

/// The traceback entries (outermost first) with CPython's recursion collapsing and limit.
pub fn format_tb(tb: &[TracebackEntry], out: &mut String) {
    format_tb_limited(tb, TRACEBACK_LIMIT, out)
}

/// The entries a traceback shows: without the frames of embedded code that CPython
/// implements in C (`modules::pysrc::hidden_in_tracebacks`).
pub fn visible_entries(tb: &[TracebackEntry]) -> Vec<TracebackEntry> {
    tb.iter().filter(|e| !is_hidden(&e.code)).cloned().collect()
}

fn is_hidden(code: &CodeObject) -> bool {
    code.source.name.starts_with("<frozen ")
        && crate::modules::pysrc::hidden_in_tracebacks(&code.source.name, &code.qualname)
}

/// `format_tb` showing at most the innermost `limit` entries.
pub fn format_tb_limited(tb: &[TracebackEntry], limit: usize, out: &mut String) {
    let shown;
    let tb = if tb.iter().any(|e| is_hidden(&e.code)) {
        shown = visible_entries(tb);
        &shown[..]
    } else {
        tb
    };
    let skip = tb.len().saturating_sub(limit);
    let mut last: Option<(&Rc<CodeObject>, u32)> = None;
    let mut cnt = 0usize;
    for e in &tb[skip..] {
        let line = e.code.line_of(e.ip as usize);
        // CPython compares co_filename, tb_lineno and co_name.
        let same = match last {
            Some((c, l)) => {
                l == line
                    && (Rc::ptr_eq(c, &e.code)
                        || (c.name == e.code.name && c.source.name == e.code.source.name))
            }
            None => false,
        };
        if !same {
            if cnt > TB_RECURSIVE_CUTOFF {
                repeated(cnt, out);
            }
            last = Some((&e.code, line));
            cnt = 0;
        }
        cnt += 1;
        if cnt <= TB_RECURSIVE_CUTOFF {
            display_line(&e.code, e.ip as usize, out);
        }
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        repeated(cnt, out);
    }
}

fn repeated(cnt: usize, out: &mut String) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n > 1 { "s" } else { "" }
    ));
}

fn shows_source(code: &CodeObject) -> bool {
    !code.source.name.starts_with('<')
}

/// One `File` entry: header, source line, carets (`tb_displayline`).
fn display_line(code: &CodeObject, ip: usize, out: &mut String) {
    let src = &code.source;
    let lineno = code.line_of(ip);
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        src.name, lineno, code.name
    ));
    if !shows_source(code) || lineno == 0 || lineno > src.line_count() {
        return;
    }
    let line = src.line_text(lineno);
    let leading = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c')
        .count();
    let stripped: String = line.chars().skip(leading).collect();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let span = match code.locations.get(ip) {
        Some(s) => *s,
        None => return,
    };
    let (sl, sc) = src.line_col(span.start);
    let (el, ec) = src.line_col(span.end);
    if sl != lineno {
        return;
    }
    let start = sc as usize;
    let mut end = ec as usize;
    let line_chars: Vec<char> = line.chars().collect();
    let mut anchors: Option<(usize, usize, char, char)> = None;
    if sl == el {
        if end <= start {
            return;
        }
        let seg: String = line_chars[start.min(line_chars.len())..end.min(line_chars.len())]
            .iter()
            .collect();
        anchors = extract_anchors(&seg).map(|(l, r, p, s)| (l + start, r + start, p, s));
    } else {
        let mut i = line_chars.len();
        while i > 0 && matches!(line_chars[i - 1], ' ' | '\t' | '\x0c') {
            i -= 1;
        }
        end = i;
    }
    let stripped_len = line_chars.len() - leading;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    // print_error_location_carets: column c (0-based) is printed at offset c + 1.
    let (left_end, right_start, primary, secondary) = match anchors {
        Some((l, r, p, s)) => (l as isize, r as isize, p, s),
        None => (-1, -1, '^', '^'),
    };
    let special = anchors.is_some();
    out.push_str("    ");
    // CPython starts at `truncation` = leading - 4 after writing no indent of its own; we
    // wrote the 4-space indent, so start at `leading` (column c prints at offset c + 1).
    let mut offset = leading as isize;
    let (s, e) = (start as isize, end as isize);
    while {
        offset += 1;
        offset <= e
    } {
        let ch = if offset <= s {
            ' '
        } else if special && left_end < offset && offset <= right_start {
            secondary
        } else {
            primary
        };
        out.push(ch);
    }
    out.push('\n');
}

/// CPython's `extract_anchors_from_line`: parse the segment; for a binary operation the
/// operator is the secondary range (`~~~^~~~`), for a subscript the `[...]` part
/// (`~~~^^^^`). Returns (left_end, right_start) as character offsets into the segment.
fn extract_anchors(seg: &str) -> Option<(usize, usize, char, char)> {
    use crate::ast::{ExprKind, StmtKind};
    let source = crate::source::SourceFile::new("<segment>", seg);
    let module = crate::parser::parse(&source, crate::ast::Mode::Module).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let expr = match &module.body[0].kind {
        StmtKind::Expr(e) => e,
        _ => return None,
    };
    let bytes = seg.as_bytes();
    let to_char = |b: usize| seg[..b.min(seg.len())].chars().count();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let r0 = right.span.start as usize;
            let mut found = None;
            for i in left.span.end as usize..r0 {
                let c = bytes[i];
                if c == b' ' || c == b'\t' || c == b'\x0c' {
                    continue;
                }
                let mut r = i + 1;
                if r < r0 && !matches!(bytes[r], b' ' | b'\t' | b'\x0c') {
                    r += 1;
                }
                found = Some((i, r));
                // A closing parenthesis of the left operand is not the operator.
                if i + 1 < r0 && c == b')' {
                    continue;
                }
                break;
            }
            found.map(|(l, r)| (to_char(l), to_char(r), '~', '^'))
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = value.span.end as usize;
            let mut r = slice.span.end as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            Some((to_char(l), to_char(r), '~', '^'))
        }
        _ => None,
    }
}

/// SyntaxError's own form (`print_exception` for SyntaxError): `  File "x", line N`, the
/// line, carets from offset to end_offset, then `SyntaxError: msg`.
fn format_syntax_error(vm: &mut Vm, exc: &Value, t: &Rc<PyType>, out: &mut String) {
    let get = |vm: &mut Vm, n: &str| -> Value {
        vm.getattr_opt(exc, &crate::vm::name(n))
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    };
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let end_lineno = get(vm, "end_lineno");
    let text = get(vm, "text");
    let msg = get(vm, "msg");
    let fname = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        _ => "<string>".to_string(),
    };
    let ln = match lineno {
        Value::Int(i) => i,
        _ => -1,
    };
    if !filename.is_none() || ln >= 0 {
        out.push_str(&format!("  File \"{}\", line {}\n", fname, ln.max(0)));
    }
    if let Value::Str(text) = &text {
        let as_int = |v: &Value| match v {
            Value::Int(i) => *i,
            _ => -1,
        };
        let offset = as_int(&offset);
        let mut end_offset = as_int(&end_offset);
        let line_size = text.as_str().chars().count() as i64;
        if as_int(&end_lineno) > ln {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        // CPython's tokenizer-raised IndentationErrors carry no end position when a script is
        // run (one caret), whatever `compile()` reports.
        if crate::vm::unwind::type_is_exc(t, crate::object::ExcType::IndentationError) {
            end_offset = -1;
        }
        print_error_text(out, offset, end_offset, text.as_str());
    }
    let mut name = type_display_name(t);
    let m = match &msg {
        Value::Str(s) => s.as_str().to_string(),
        Value::None => String::new(),
        other => match vm.str(other) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => String::new(),
        },
    };
    if !m.is_empty() {
        name.push_str(": ");
        name.push_str(&m);
    }
    name.push('\n');
    out.push_str(&name);
}

/// CPython 3.11's `print_error_text` (pythonrun.c), offsets in characters.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let caret_repetitions = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut chars: Vec<char> = text.chars().collect();
    let lead = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    chars.drain(..lead);
    offset -= lead as i64;
    let mut len = chars.len() as i64;
    if len > 0 && chars[len as usize - 1] == '\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // Skip past newlines embedded in the text.
    loop {
        let nl = match chars.iter().position(|c| *c == '\n') {
            Some(p) => p as i64,
            None => break,
        };
        if nl >= offset {
            break;
        }
        let inl = nl + 1;
        chars.drain(..inl as usize);
        len -= inl;
        offset -= inl;
    }
    out.push_str("    ");
    let shown: String = chars.iter().collect();
    out.push_str(&shown);
    if chars.get(len.max(0) as usize) != Some(&'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..caret_repetitions {
        out.push('^');
    }
    out.push('\n');
}

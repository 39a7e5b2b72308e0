//! Printing exception groups (CPython 3.11's `print_exception_group` in `Python/pythonrun.c`):
//! the `+ Exception Group Traceback (most recent call last):` header, the boxed, numbered
//! sub-exceptions with `| ` margins, `max_group_width` (15) / `max_group_depth` (10)
//! truncation, and chained exceptions printed with the current margin. The per-exception
//! printing (traceback lines, carets, the `Type: message` line) is the traceback printer's
//! (`traceback.rs`); this module indents its output.
//!
//! Invariant: with no exception group anywhere in the chain the output is exactly what the
//! plain printer produces (depth 0: no indent, no margin).

use super::exception::{exception_data, kind_of, ExcType};
use super::Value;
use crate::vm::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Prints one non-group exception (traceback + message line), without margins.
pub type PlainPrinter = fn(&mut Vm, &Value, &mut String);

struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<Value>,
    plain: PlainPrinter,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }
    /// Append `text` with every line prefixed by the indent and margin
    /// (`write_indented_margin` before each line).
    fn write(&self, text: &str, out: &mut String) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{}", self.indent(), self.margin());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn is_group(v: &Value) -> bool {
    kind_of(v).is_some_and(|k| k.is_subclass_of(ExcType::BaseExceptionGroup))
}

/// The full report for an uncaught exception, chained exceptions first, exception groups
/// boxed. `plain` prints a single non-group exception.
pub fn format_exception(vm: &mut Vm, exc: &Value, plain: PlainPrinter) -> String {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
        plain,
    };
    let mut out = String::new();
    print_recursive(vm, exc, &mut ctx, &mut out);
    out
}

fn print_recursive(vm: &mut Vm, exc: &Value, ctx: &mut Ctx, out: &mut String) {
    ctx.seen.push(exc.clone());
    if let Some(d) = exception_data(exc) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let live = |v: &Value| !v.is_none() && !v.is_null();
        if live(&cause) {
            if !ctx.seen.iter().any(|s| s.is(&cause)) {
                print_recursive(vm, &cause, ctx, out);
                ctx.write(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    out,
                );
            }
        } else if live(&context) && !suppress && !ctx.seen.iter().any(|s| s.is(&context)) {
            print_recursive(vm, &context, ctx, out);
            ctx.write(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                out,
            );
        }
    }
    if is_group(exc) {
        print_group(vm, exc, ctx, out);
    } else {
        let mut s = String::new();
        (ctx.plain)(vm, exc, &mut s);
        ctx.write(&s, out);
    }
}

fn print_group(vm: &mut Vm, exc: &Value, ctx: &mut Ctx, out: &mut String) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.write(
            &format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH),
            out,
        );
        return;
    }
    if ctx.depth == 0 {
        ctx.depth += 1;
    }
    // The group itself: header (with "+ " at the outermost level), traceback, message.
    let tb = exception_data(exc)
        .map(|d| crate::traceback::visible_entries(&d.borrow().traceback))
        .unwrap_or_default();
    let limit = crate::traceback::traceback_limit(vm);
    if !tb.is_empty() && limit > 0 {
        let header_margin = if ctx.depth == 1 { "+ " } else { "| " };
        out.push_str(&ctx.indent());
        out.push_str(header_margin);
        out.push_str("Exception Group Traceback (most recent call last):\n");
        let mut s = String::new();
        crate::traceback::format_tb_limited(&tb, limit, &mut s);
        ctx.write(&s, out);
    }
    let t = vm.type_of(exc);
    let line = crate::traceback::exception_line(vm, exc, &t);
    ctx.write(&line, out);

    let excs: Vec<Value> = match exception_data(exc).and_then(|d| d.borrow().attr("exceptions")) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let n = if excs.len() <= MAX_GROUP_WIDTH {
        excs.len()
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        out.push_str(&ctx.indent());
        let lead = if i == 0 { "+-" } else { "  " };
        if truncated {
            out.push_str(&format!("{}+---------------- ... ----------------\n", lead));
        } else {
            out.push_str(&format!(
                "{}+---------------- {} ----------------\n",
                lead,
                i + 1
            ));
        }
        ctx.depth += 1;
        if !truncated {
            print_recursive(vm, &excs[i], ctx, out);
        } else {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            ctx.write(
                &format!(
                    "and {} more exception{}\n",
                    remaining,
                    if remaining > 1 { "s" } else { "" }
                ),
                out,
            );
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if ctx.depth == 1 {
        ctx.depth -= 1;
    }
}

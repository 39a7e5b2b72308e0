//! "Did you mean" suggestions (a port of CPython's Python/suggestions.c: `levenshtein_distance`,
//! `calculate_suggestions`) and the exception-side helpers of the traceback printer (the
//! suggestion suffix of an uncaught AttributeError/NameError, `__notes__` lines).
//!
//! Invariant: nothing here raises; a failure while computing a suggestion or a note yields no
//! text, as in CPython.

use super::exception::*;
use super::{PyDict, Value};
use crate::vm::Vm;
use std::rc::Rc;

// ---------------------------------------------------------------------------------------------
// Suggestions ("Did you mean: 'x'?"), after CPython's Python/suggestions.c.

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (bytes of the UTF-8 text, costs 2 per edit, 1 per case
/// change), giving up above `max_cost`.
pub fn levenshtein_distance(a: &str, b: &str, max_cost: usize) -> usize {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return 0;
    }
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer = [0usize; MAX_STRING_SIZE];
    let mut tmp = MOVE_COST;
    for slot in buffer.iter_mut().take(a.len()) {
        *slot = tmp;
        tmp += MOVE_COST;
    }
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name` by CPython's rules, if any is close enough
/// (`calculate_suggestions`). Candidates should be in CPython's order (sorted `dir()` for
/// attributes; locals, then globals, then builtins for names — call once per group).
pub fn suggest_name(candidates: &[&str], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_dist = usize::MAX;
    for item in candidates {
        if *item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        max_distance = max_distance.min(best_dist.saturating_sub(1));
        let d = levenshtein_distance(name, item, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.map(|s| s.to_string())
}

// ---------------------------------------------------------------------------------------------
// Helpers for the traceback printer.

/// The " . Did you mean: 'x'?" suffix CPython 3.11 appends to the message line of an uncaught
/// AttributeError (candidates: sorted `dir(obj)`) or NameError (candidates: the innermost
/// traceback entry's `co_varnames`, then `globals`, then the builtins), or "".
pub fn suggestion_suffix(vm: &mut Vm, exc: &Value, globals: Option<&Rc<PyDict>>) -> String {
    let kind = match kind_of(exc) {
        Some(k) => k,
        None => return String::new(),
    };
    let (name, obj, last_code) = match exception_data(exc) {
        Some(d) => {
            let d = d.borrow();
            (
                d.attr("name"),
                d.attr("obj"),
                d.traceback.last().map(|e| e.code.clone()),
            )
        }
        None => return String::new(),
    };
    let name = match name {
        Some(Value::Str(s)) => s,
        _ => return String::new(),
    };
    let found = if kind.is_subclass_of(ExcType::AttributeError) {
        let obj = match obj {
            Some(o) => o,
            None => return String::new(),
        };
        let mut names: Vec<String> = match super::attr::dir_names(vm, &obj) {
            Ok(v) => v
                .iter()
                .filter_map(|x| match x {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect(),
            Err(_) => return String::new(),
        };
        names.sort();
        let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
        suggest_name(&refs, name.as_str())
    } else if kind.is_subclass_of(ExcType::NameError) {
        let code = match last_code {
            Some(c) => c,
            None => return String::new(),
        };
        let keys = |d: &Rc<PyDict>| -> Vec<String> {
            d.keys()
                .iter()
                .filter_map(|x| match x {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect()
        };
        let varnames: Vec<&str> = code.varnames.iter().map(|s| &**s).collect();
        suggest_name(&varnames, name.as_str())
            .or_else(|| {
                let g = globals.map(keys).unwrap_or_default();
                let refs: Vec<&str> = g.iter().map(|s| s.as_str()).collect();
                suggest_name(&refs, name.as_str())
            })
            .or_else(|| {
                let b = keys(&vm.builtins);
                let refs: Vec<&str> = b.iter().map(|s| s.as_str()).collect();
                suggest_name(&refs, name.as_str())
            })
    } else {
        None
    };
    match found {
        Some(s) => format!(". Did you mean: '{}'?", s),
        None => String::new(),
    }
}

/// The lines CPython 3.11 prints after the message line for `__notes__` (each note's `str()`,
/// or the `repr()` of a non-sequence `__notes__`), each ending in a newline; "" when none.
pub fn notes_text(vm: &mut Vm, exc: &Value) -> String {
    let notes = match notes(vm, exc) {
        Ok(Some(n)) => n,
        _ => return String::new(),
    };
    let mut out = String::new();
    let items: Vec<Value> = match &notes {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        Value::Str(s) => {
            let mut buf = [0u8; 4];
            s.as_str()
                .chars()
                .map(|c| Value::str(c.encode_utf8(&mut buf)))
                .collect()
        }
        other => {
            match vm.repr(other) {
                Ok(r) => out.push_str(r.as_str()),
                Err(_) => out.push_str("<__notes__ repr() failed>"),
            }
            out.push('\n');
            return out;
        }
    };
    for n in items {
        match vm.str(&n) {
            Ok(s) => {
                for line in s.as_str().split('\n') {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            Err(_) => out.push_str("<note str() failed>\n"),
        }
    }
    out
}

//! Tab completion at the prompt, after CPython's `rlcompleter`: a plain word completes to
//! keywords (with `rlcompleter`'s trailing space or colon), names of `__main__` and builtins
//! (callables get `(`); `a.b.<TAB>` looks up the dotted name before the last dot (names and
//! attribute reads only, never a call) and completes its `dir()`, hiding `_`-names unless the
//! typed prefix starts with `_`.
//!
//! Invariant: the helper reaches the VM only while `attach`ed, i.e. inside the REPL's
//! `readline` call, when nothing else uses the VM on this thread.

use crate::object::{PyDict, Value};
use crate::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::Rc;

/// Python 3.11's `keyword.kwlist`.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The rustyline helper: completion only (no hints, highlighting or validation).
pub struct ReplHelper {
    globals: Rc<PyDict>,
    vm: Cell<Option<NonNull<Vm>>>,
}

impl ReplHelper {
    pub fn new(globals: Rc<PyDict>) -> ReplHelper {
        ReplHelper {
            globals,
            vm: Cell::new(None),
        }
    }

    /// Let completion use `vm` until `detach`.
    pub fn attach(&mut self, vm: &mut Vm) {
        self.vm.set(Some(NonNull::from(vm)));
    }

    pub fn detach(&mut self) {
        self.vm.set(None);
    }
}

/// The word being completed: the identifier characters and dots just before `pos`.
fn word_start(line: &str, pos: usize) -> usize {
    let before = &line[..pos];
    let mut start = pos;
    for (i, c) in before.char_indices().rev() {
        if c == '.' || c == '_' || c.is_alphanumeric() {
            start = i;
        } else {
            break;
        }
    }
    start
}

/// `rlcompleter.Completer.global_matches`.
pub fn global_matches(vm: &mut Vm, globals: &PyDict, text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    seen.insert("__builtins__".to_string());
    for kw in KEYWORDS {
        if kw.starts_with(text) {
            seen.insert(kw.to_string());
            let w = match *kw {
                "finally" | "try" => format!("{kw}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => {
                    kw.to_string()
                }
                _ => format!("{kw} "),
            };
            out.push(w);
        }
    }
    let builtins = vm.builtins.clone();
    for d in [globals, &*builtins] {
        for (k, v) in d.items() {
            let Value::Str(k) = k else { continue };
            let k = k.as_str();
            if k.starts_with(text) && seen.insert(k.to_string()) {
                out.push(callable_postfix(vm, &v, k));
            }
        }
    }
    out
}

fn callable_postfix(vm: &Vm, v: &Value, word: &str) -> String {
    if vm.is_callable(v) {
        format!("{word}(")
    } else {
        word.to_string()
    }
}

/// `rlcompleter.Completer.attr_matches` for `expr.attr` where `expr` is a dotted name.
pub fn attr_matches(vm: &mut Vm, globals: &PyDict, text: &str) -> Vec<String> {
    let Some(dot) = text.rfind('.') else {
        return Vec::new();
    };
    let (expr, attr) = (&text[..dot], &text[dot + 1..]);
    let mut parts = expr.split('.');
    let Some(first) = parts.next() else {
        return Vec::new();
    };
    if first.is_empty() || first.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    let key = crate::vm::name(first);
    let mut obj = match globals.get_str(&key) {
        Some(v) => v,
        None => match vm.builtins.get_str(&key) {
            Some(v) => v,
            None => return Vec::new(),
        },
    };
    for p in parts {
        if p.is_empty() {
            return Vec::new();
        }
        obj = match vm.getattr(&obj, &crate::vm::name(p)) {
            Ok(v) => v,
            Err(_) => return Vec::new(),
        };
    }
    let names = match crate::builtins::core::builtin_dir(vm, std::slice::from_ref(&obj), &[]) {
        Ok(Value::List(l)) => l.items.borrow().clone(),
        _ => return Vec::new(),
    };
    let noprefix = match attr {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    let mut out = Vec::new();
    for n in names {
        let Value::Str(n) = n else { continue };
        let n = n.as_str();
        if !n.starts_with(attr) || noprefix.is_some_and(|p| n.starts_with(p)) {
            continue;
        }
        let word = format!("{expr}.{n}");
        match vm.getattr(&obj, &crate::vm::name(n)) {
            Ok(v) => out.push(callable_postfix(vm, &v, &word)),
            Err(_) => out.push(word),
        }
    }
    out.sort();
    out
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let Some(mut vm) = self.vm.get() else {
            return Ok((pos, Vec::new()));
        };
        let start = word_start(line, pos);
        let text = &line[start..pos];
        if text.is_empty() {
            // rlcompleter inserts a tab on an empty word.
            return Ok((pos, Vec::new()));
        }
        // SAFETY: `attach` stored a `&mut Vm` whose owner is blocked in `readline`, the only
        // caller of this method, and no other reference to the VM is live meanwhile.
        let vm = unsafe { vm.as_mut() };
        let words = if text.contains('.') {
            attr_matches(vm, &self.globals, text)
        } else {
            global_matches(vm, &self.globals, text)
        };
        let pairs = words
            .into_iter()
            .map(|w| Pair {
                display: w.clone(),
                replacement: w,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl rustyline::Helper for ReplHelper {}

//! The JSON encoder behind `json.dumps`/`JSONEncoder.encode`: CPython 3.11's `c_make_encoder`
//! output (and, with an indent, `_make_iterencode`'s layout: a newline plus `indent * level`
//! after each opening bracket and separator, the closing bracket on its own line; empty
//! containers stay `[]`/`{}`). Strings are escaped as `encode_basestring_ascii` (everything
//! outside `' '..='~'` as `\uXXXX`, non-BMP as surrogate pairs) or `encode_basestring`;
//! floats use `float.__repr__` (`NaN`/`Infinity`/`-Infinity` unless `allow_nan=False`);
//! ints use `int.__repr__`; dict keys are converted as CPython does (str, float, True/False/
//! None, int; `skipkeys` or "keys must be str, int, float, bool or None, not tuple"), sorted
//! first with `sort_keys` (the VM's list sort over `(key, value)` tuples, so mixed keys raise
//! the same TypeError). Anything else goes through `default` (circular references detected
//! by id while `check_circular`).
//!
//! Invariants: containers are snapshotted (items cloned out) before their items are encoded,
//! so no borrow is held while `default` or a `__repr__` runs; nesting deeper than the
//! recursion limit raises RecursionError instead of overflowing the Rust stack.

use crate::object::ns_util::recv;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub struct Encoder {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub default: Value,
    pub markers: Vec<usize>,
    pub out: String,
}

/// `encode_basestring_ascii` / `encode_basestring` of `s`, quotes included, onto `out`.
pub fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c if ascii && !(' '..='~').contains(&c) => {
                let v = c as u32;
                if v >= 0x10000 {
                    let v = v - 0x10000;
                    let hi = 0xd800 | ((v >> 10) & 0x3ff);
                    let lo = 0xdc00 | (v & 0x3ff);
                    out.push_str(&format!("\\u{hi:04x}\\u{lo:04x}"));
                } else {
                    out.push_str(&format!("\\u{v:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn floatstr(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::object::float::float_repr(f));
        }
        if !self.allow_nan {
            return Err(PyErr::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn intstr(v: &Value) -> String {
        match v {
            Value::Int(i) => i.to_string(),
            Value::Long(b) => b.to_string(),
            Value::Bool(b) => (*b as i64).to_string(),
            _ => String::new(),
        }
    }

    fn enter(&mut self, vm: &Vm, o: &Value, level: usize) -> PyResult<Option<usize>> {
        let limit = vm.recursion_limit.min(50_000);
        if vm.depth + level + 1 > limit {
            // With an indent CPython runs its Python encoder, whose recursion trips inside
            // a call from C.
            return Err(crate::vm::call::recursion_error(if self.indent.is_some() {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded while encoding a JSON object"
            }));
        }
        if !self.check_circular {
            return Ok(None);
        }
        let id = o.id();
        if self.markers.contains(&id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            if let Some(p) = self.markers.iter().rposition(|m| *m == id) {
                self.markers.remove(p);
            }
        }
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    /// `_iterencode(o, level)`.
    pub fn encode(&mut self, vm: &mut Vm, o: &Value, level: usize) -> PyResult<()> {
        match recv(o) {
            Value::Str(s) => escape_into(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            v @ (Value::Int(_) | Value::Long(_)) => self.out.push_str(&Self::intstr(v)),
            Value::Float(f) => {
                let s = self.floatstr(*f)?;
                self.out.push_str(&s);
            }
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.encode_list(vm, o, &items, level)?;
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.encode_list(vm, o, &items, level)?;
            }
            Value::Dict(d) => {
                let items = d.items();
                self.encode_dict(vm, o, items, level)?;
            }
            _ => {
                let id = self.enter(vm, o, level)?;
                let r = vm.call(&self.default.clone(), std::slice::from_ref(o))?;
                self.encode(vm, &r, level)?;
                self.leave(id);
            }
        }
        Ok(())
    }

    fn encode_list(
        &mut self,
        vm: &mut Vm,
        o: &Value,
        items: &[Value],
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(vm, o, level)?;
        self.out.push('[');
        let inner = level + 1;
        self.newline(inner);
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(inner);
            }
            self.encode(vm, v, inner)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave(id);
        Ok(())
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        o: &Value,
        items: Vec<(Value, Value)>,
        level: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(vm, o, level)?;
        let items = if self.sort_keys {
            let mut tuples: Vec<Value> = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            crate::object::list::sort_values(vm, &mut tuples, None, false)?;
            tuples
                .into_iter()
                .filter_map(|t| match t {
                    Value::Tuple(t) if t.items.len() == 2 => {
                        Some((t.items[0].clone(), t.items[1].clone()))
                    }
                    _ => None,
                })
                .collect()
        } else {
            items
        };
        self.out.push('{');
        let inner = level + 1;
        self.newline(inner);
        let mut first = true;
        for (k, v) in &items {
            let key = match recv(k) {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(f) => self.floatstr(*f)?,
                Value::Bool(true) => "true".to_string(),
                Value::Bool(false) => "false".to_string(),
                Value::None => "null".to_string(),
                v @ (Value::Int(_) | Value::Long(_)) => Self::intstr(v),
                _ if self.skipkeys => continue,
                _ => {
                    return Err(PyErr::type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        crate::builtins::args::type_name(vm, k)
                    )))
                }
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(inner);
            }
            first = false;
            escape_into(&mut self.out, &key, self.ensure_ascii);
            let sep = std::mem::take(&mut self.key_sep);
            self.out.push_str(&sep);
            self.key_sep = sep;
            self.encode(vm, v, inner)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave(id);
        Ok(())
    }
}

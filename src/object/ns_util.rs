//! Small argument-checking helpers shared by the int/float/str/bytes natives, reproducing
//! CPython's argument-parsing messages (`Python/getargs.c`, Argument Clinic): "takes no
//! arguments (1 given)", "takes at most 2 arguments (3 given)", "expected at least 1 argument,
//! got 0", "'x' is an invalid keyword argument for split()". Nothing here runs Python code
//! except `index_arg`/`slice_index`, which call `Vm::index`.

use super::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

/// `type(v).__name__` (static for builtin values, through the VM for instances and types).
pub fn type_name(vm: &Vm, v: &Value) -> String {
    let s = match v {
        Value::Null => "NULL",
        Value::None => "NoneType",
        Value::NotImplemented => "NotImplementedType",
        Value::Ellipsis => "ellipsis",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::Long(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::Tuple(_) => "tuple",
        Value::List(_) => "list",
        Value::Dict(_) => "dict",
        Value::Set(_) => "set",
        Value::FrozenSet(_) => "frozenset",
        Value::Range(_) => "range",
        Value::Slice(_) => "slice",
        Value::Function(_) => "function",
        Value::Builtin(_) => "builtin_function_or_method",
        Value::BoundMethod(_) => "method",
        Value::Module(_) => "module",
        Value::Code(_) => "code",
        Value::Cell(_) => "cell",
        Value::Gen(_) => {
            return vm.type_of(v).name.borrow().as_str().to_string();
        }
        Value::Type(_) | Value::Instance(_) => {
            return vm.type_of(v).name.borrow().as_str().to_string();
        }
    };
    s.to_string()
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// How arity errors are worded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    Parse,
    /// `_PyArg_CheckPositional`: "center expected at least 1 argument, got 0".
    Check,
}

/// Reject keyword arguments: "{qual}() takes no keyword arguments".
pub fn no_kwargs(qual: &str, kwargs: Kwargs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{qual}() takes no keyword arguments"
        )))
    }
}

/// A method taking no arguments besides self: "str.upper() takes no arguments (1 given)".
pub fn args_none(qual: &str, args: &[Value], kwargs: Kwargs) -> PyResult<()> {
    no_kwargs(qual, kwargs)?;
    let n = args.len().saturating_sub(1);
    if n != 0 {
        return Err(PyErr::type_error(format!(
            "{qual}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// A method taking exactly one argument besides self.
pub fn args_one<'a>(qual: &str, args: &'a [Value], kwargs: Kwargs) -> PyResult<&'a Value> {
    no_kwargs(qual, kwargs)?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "{qual}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(&args[1])
}

/// Positional arity check (arguments after self).
pub fn arity(name: &str, style: Style, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(PyErr::type_error(match style {
            Style::Parse if min == max => {
                format!(
                    "{name}() takes exactly {min} argument{} ({n} given)",
                    plural(min)
                )
            }
            Style::Parse => format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            ),
            Style::Check if min == max => {
                format!("{name} expected {min} argument{}, got {n}", plural(min))
            }
            Style::Check => format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            ),
        }));
    }
    if n > max {
        return Err(PyErr::type_error(match style {
            Style::Parse if min == max => {
                format!(
                    "{name}() takes exactly {max} argument{} ({n} given)",
                    plural(max)
                )
            }
            Style::Parse => format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            ),
            Style::Check if min == max => {
                format!("{name} expected {max} argument{}, got {n}", plural(max))
            }
            Style::Check => format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            ),
        }));
    }
    Ok(())
}

/// Positional-only arguments after self, no keywords: `Vec` of `max` optional slots.
pub fn positional(
    qual: &str,
    name: &str,
    style: Style,
    args: &[Value],
    kwargs: Kwargs,
    min: usize,
    max: usize,
) -> PyResult<Vec<Option<Value>>> {
    no_kwargs(qual, kwargs)?;
    let rest = &args[1.min(args.len())..];
    arity(name, style, rest.len(), min, max)?;
    let mut out: Vec<Option<Value>> = rest.iter().cloned().map(Some).collect();
    out.resize(max, None);
    Ok(out)
}

/// One slot per parameter: the positional `args` first, then each keyword put in its
/// parameter's slot, with Argument Clinic's messages ("'foo' is an invalid keyword argument
/// for f()", "argument for f() given by name ('a') and position (1)"). The caller has already
/// checked that `args` fit in `params`.
pub fn place_arguments(
    name: &str,
    args: &[Value],
    kwargs: Kwargs,
    params: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(params.len(), None);
    for (k, v) in kwargs {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for {name}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

/// Bind arguments after self to named parameters (positional or keyword; Argument Clinic
/// messages). Returns one optional slot per parameter.
pub fn bind(
    name: &str,
    args: &[Value],
    kwargs: Kwargs,
    params: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let rest = &args[1.min(args.len())..];
    let n = rest.len() + kwargs.len();
    if rest.len() > params.len() {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            params.len(),
            plural(params.len()),
            n
        )));
    }
    let out = place_arguments(name, rest, kwargs, params)?;
    if let Some(i) = out.iter().take(min).position(|o| o.is_none()) {
        if rest.len() + kwargs.len() < min && kwargs.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}() takes at least {min} positional argument{} ({} given)",
                plural(min),
                rest.len()
            )));
        }
        return Err(PyErr::type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `operator.index(v)` as an i64 ("'str' object cannot be interpreted as an integer";
/// OverflowError "Python int too large to convert to C ssize_t").
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => return Ok(*i),
        Value::Bool(b) => return Ok(*b as i64),
        _ => {}
    }
    if matches!(
        v,
        Value::Float(_) | Value::Str(_) | Value::None | Value::Bytes(_) | Value::List(_)
    ) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        )));
    }
    match vm.index(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(PyErr::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// Like `index_arg` but big values saturate (for slice bounds).
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Long(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => match vm.index(v)? {
            Value::Int(i) => Ok(i),
            Value::Long(b) => Ok(if num_traits::Signed::is_negative(&*b) {
                i64::MIN
            } else {
                i64::MAX
            }),
            _ => Ok(0),
        },
    }
}

/// A `start`/`end` argument of find/count/startswith: None or an index (saturating).
/// "slice indices must be integers or None or have an __index__ method".
pub fn slice_index(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(v @ Value::Long(_)) => Ok(Some(index_clamped(vm, v)?)),
        Some(v @ Value::Instance(_)) => match vm.index(v) {
            Ok(r) => Ok(Some(index_clamped(vm, &r)?)),
            Err(_) => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
        Some(_) => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// CPython's `ADJUST_INDICES`: clamp `[start, end)` to `0..len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s as usize, e.max(0) as usize)
}

/// Resolve a slice object against a sequence length (CPython's `PySlice_GetIndicesEx`):
/// `(start, stop, step, slicelength)`. "slice step cannot be zero".
pub fn slice_indices(
    vm: &mut Vm,
    sl: &super::PySlice,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let step = match &sl.step {
        Value::None => 1,
        v => index_slice_bound(vm, v)?,
    };
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < lower {
                lower
            } else {
                v
            }
        } else if v > upper {
            upper
        } else {
            v
        }
    };
    let start = match &sl.start {
        Value::None => {
            if step < 0 {
                upper
            } else {
                lower
            }
        }
        v => clamp(index_slice_bound(vm, v)?),
    };
    let stop = match &sl.stop {
        Value::None => {
            if step < 0 {
                lower
            } else {
                upper
            }
        }
        v => clamp(index_slice_bound(vm, v)?),
    };
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn index_slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => index_clamped(vm, v),
        Value::Instance(_) => match vm.index(v) {
            Ok(r) => index_clamped(vm, &r),
            Err(_) => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The builtin value behind `v`: instances of heap subclasses of builtin types
/// (`class S(str)`) carry their value in `Payload::Builtin`; everything else is itself.
#[inline]
pub fn recv(v: &Value) -> &Value {
    if let Value::Instance(i) = v {
        if let super::class::Payload::Builtin(inner) = &i.payload {
            return inner;
        }
    }
    v
}

/// The largest buffer (in bytes or items) a single text/bytes operation may build; beyond it
/// coil raises `MemoryError` instead of letting the allocator abort the process.
pub const MAX_ALLOC: usize = 1 << 31;

/// `MemoryError` when an operation would build more than `MAX_ALLOC` bytes.
#[inline]
pub fn check_alloc(n: usize) -> PyResult<()> {
    if n > MAX_ALLOC {
        Err(PyErr::new(super::ExcType::MemoryError, ""))
    } else {
        Ok(())
    }
}

//! Formatting: the format-spec mini-language (`format(v, spec)`, CPython's
//! `Python/formatter_unicode.c`) for int, float and str; `format()` dispatch through
//! `__format__` for other objects; the f-string `FormatValue` helper; `str.format` /
//! `format_map` (CPython's `Objects/stringlib/unicode_format.h`); and printf-style `%`
//! formatting for str and bytes (`Objects/unicodeobject.c: PyUnicode_Format`,
//! `Objects/bytesobject.c: _PyBytes_FormatEx`). Error messages are CPython 3.11's.

use super::float::{self, format_exp, format_fixed, format_general};
use super::int::{self, as_int, IntRef};
use super::ns_util::{type_name, Kwargs};
use super::str::{intern, new_str, str_ascii};
use super::{ExcType, PyErr, PyResult, PyStr, Value};
use crate::bytecode::format_flags;
use crate::vm::Vm;
use std::rc::Rc;

// ---------------------------------------------------------------------------------------------
// The spec mini-language.

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    fill_given: bool,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse a format spec. `default_align` is `>` for numbers and `<` for strings.
pub fn parse_spec(spec: &str, tname: &str, default_align: char) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alt: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        fill_given: false,
    };
    let mut i = 0;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.fill_given = true;
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if !s.fill_given && i < chars.len() && chars[i] == '0' {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        let w: usize = w
            .parse()
            .map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?;
        super::ns_util::check_alloc(w)?;
        s.width = Some(w);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            if chars[i] == s.grouping.unwrap_or(',') {
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{}' with '{}'.",
                    chars[i], chars[i]
                )));
            }
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?,
        );
    }
    if chars.len() - i > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
    }
    if let Some(g) = s.grouping {
        // A str spec without a type means 's'.
        let ty = s.ty.or(if default_align == '<' {
            Some('s')
        } else {
            None
        });
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(PyErr::value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                ty.unwrap_or(' ')
            )));
        }
    }
    Ok(s)
}

/// Insert `sep` every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Assemble a number: sign, prefix, integer digits (grouped), rest (fraction/exponent/%),
/// honouring fill/align/width (CPython's `fill_number`).
fn render_number(
    s: &Spec,
    neg: bool,
    prefix: &str,
    intdigits: &str,
    rest: &str,
    every: usize,
) -> String {
    let sign = if neg {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = s.align.unwrap_or('>');
    let width = s.width.unwrap_or(0);
    let mut digits = match s.grouping {
        Some(g) => group(intdigits, g, every),
        None => intdigits.to_string(),
    };
    // Zero padding with grouping pads the digits themselves (and groups the zeros).
    if align == '=' && s.fill == '0' && s.grouping.is_some() && !intdigits.is_empty() {
        let target = width.saturating_sub(sign.len() + prefix.len() + rest.chars().count());
        let mut raw = intdigits.to_string();
        let g = s.grouping.unwrap_or(',');
        while digits.chars().count() < target {
            raw.insert(0, '0');
            digits = group(&raw, g, every);
        }
    }
    let body_len = sign.len() + prefix.len() + digits.chars().count() + rest.chars().count();
    let pad = width.saturating_sub(body_len);
    let fill: String = std::iter::repeat_n(s.fill, pad).collect();
    let mut out = String::with_capacity(body_len + pad);
    match align {
        '<' => {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&digits);
            out.push_str(rest);
            out.push_str(&fill);
        }
        '^' => {
            let left = pad / 2;
            let lf: String = std::iter::repeat_n(s.fill, left).collect();
            let rf: String = std::iter::repeat_n(s.fill, pad - left).collect();
            out.push_str(&lf);
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&digits);
            out.push_str(rest);
            out.push_str(&rf);
        }
        '=' => {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&fill);
            out.push_str(&digits);
            out.push_str(rest);
        }
        _ => {
            out.push_str(&fill);
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&digits);
            out.push_str(rest);
        }
    }
    out
}

/// Pad a string to the spec's width with its alignment (default left).
fn pad_str(s: &Spec, text: &str, default_align: char) -> String {
    let n = text.chars().count();
    let width = s.width.unwrap_or(0);
    if n >= width {
        return text.to_string();
    }
    let pad = width - n;
    let (l, r) = match s.align.unwrap_or(default_align) {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad);
    out.extend(std::iter::repeat_n(s.fill, l));
    out.push_str(text);
    out.extend(std::iter::repeat_n(s.fill, r));
    out
}

/// `format(i, spec)` for ints.
pub fn format_int(x: IntRef, spec: &str) -> PyResult<String> {
    format_int_as(x, spec, "int")
}

/// `format(i, spec)` for an int-like whose type is named `tname` in errors (`bool`).
pub fn format_int_as(x: IntRef, spec: &str, tname: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int::int_repr(x);
    }
    let s = parse_spec(spec, tname, '>')?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = x.to_f64()?;
            return format_float_spec(f, &s);
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{c}' for object of type '{tname}'"
            )))
        }
    }
    if s.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.z {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == Some('c') {
        if s.sign.is_some() {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alt {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if x.to_i64().is_none() {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C long",
            ));
        }
        let c = x
            .to_i64()
            .and_then(|i| u32::try_from(i).ok())
            .and_then(char::from_u32);
        let c = match c {
            Some(c) => c,
            None => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
        };
        return Ok(render_number(&s, false, "", &c.to_string(), "", 3));
    }
    let (base, prefix, upper, every) = match s.ty {
        Some('b') => (2, "0b", false, 4),
        Some('o') => (8, "0o", false, 4),
        Some('x') => (16, "0x", false, 4),
        Some('X') => (16, "0X", true, 4),
        _ => (10, "", false, 3),
    };
    let digits = if base == 10 {
        let r = int::int_repr(x)?;
        r.trim_start_matches('-').to_string()
    } else {
        int::int_to_base(x, base, upper)
    };
    let prefix = if s.alt { prefix } else { "" };
    Ok(render_number(
        &s,
        x.is_negative(),
        prefix,
        &digits,
        "",
        every,
    ))
}

/// `format(f, spec)` for floats.
pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float::float_repr(f));
    }
    let s = parse_spec(spec, "float", '>')?;
    format_float_spec(f, &s)
}

fn format_float_spec(f: f64, s: &Spec) -> PyResult<String> {
    if let Some(p) = s.precision {
        if p > i32::MAX as usize {
            return Err(PyErr::value_error("precision too big"));
        }
        super::ns_util::check_alloc(p)?;
    }
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let a = f.abs();
    let (mut body, pct) = match s.ty {
        None => (
            match s.precision {
                None => {
                    let mut r = float::float_repr(a);
                    if s.alt && !r.contains('.') {
                        if let Some(pos) = r.find('e') {
                            r.insert(pos, '.');
                        }
                    }
                    r
                }
                Some(p) => format_general(a, p, false, s.alt, true),
            },
            false,
        ),
        Some('e' | 'E') => (format_exp(a, s.precision.unwrap_or(6), upper, s.alt), false),
        Some('f' | 'F') => (
            format_fixed(a, s.precision.unwrap_or(6), upper, s.alt),
            false,
        ),
        Some('g' | 'G' | 'n') => (
            format_general(a, s.precision.unwrap_or(6), upper, s.alt, false),
            false,
        ),
        Some('%') => (
            format_fixed(a * 100.0, s.precision.unwrap_or(6), false, s.alt),
            true,
        ),
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{c}' for object of type 'float'"
            )))
        }
    };
    if pct {
        body.push('%');
    }
    let mut neg = f.is_sign_negative() && !f.is_nan();
    if neg
        && s.z
        && body
            .bytes()
            .all(|b| matches!(b, b'0' | b'.' | b'%' | b'e' | b'E' | b'+' | b'-'))
    {
        neg = false;
    }
    // Split off the integer digits for grouping and '=' padding.
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (intd, rest) = if f.is_finite() {
        body.split_at(split)
    } else {
        ("", body.as_str())
    };
    let s2;
    let spec = if !f.is_finite() && s.fill == '0' && !s.fill_given {
        // CPython pads inf/nan with the fill char like other numbers ('0000000inf').
        s2 = s.clone();
        &s2
    } else {
        s
    };
    Ok(render_number(spec, neg, "", intd, rest, 3))
}

/// `format(s, spec)` for strs ("Unknown format code 'd' for object of type 'str'").
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse_spec(spec, "str", '<')?;
    match s.ty {
        None | Some('s') => {}
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{c}' for object of type 'str'"
            )))
        }
    }
    if let Some(sign) = s.sign {
        return Err(PyErr::value_error(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if s.z {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alt {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let t: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad_str(&s, &t, '<'))
}

// ---------------------------------------------------------------------------------------------
// format() dispatch and the f-string helper.

/// `object.__format__`: "" means `str(v)`; anything else is a TypeError.
pub fn object_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(vm, v)
        )));
    }
    vm.str(v)
}

/// `format(v, spec)` (CPython's `PyObject_Format`): builtin numbers and strings directly,
/// other objects through `__format__`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
    let s = match v {
        Value::Str(s) if spec.is_empty() => return Ok(s.clone()),
        Value::Str(s) => format_str(s.as_str(), spec)?,
        Value::Bool(b) if spec.is_empty() => return Ok(intern(if *b { "True" } else { "False" })),
        Value::Int(_) | Value::Long(_) | Value::Bool(_) => format_int_as(
            as_int(v).unwrap_or(IntRef::Small(0)),
            spec,
            if matches!(v, Value::Bool(_)) {
                "bool"
            } else {
                "int"
            },
        )?,
        Value::Float(f) => format_float(*f, spec)?,
        Value::Instance(_) => {
            let m = vm.getattr_opt(v, &intern("__format__"))?;
            match m {
                Some(m) => {
                    let r = vm.call(&m, &[Value::str(spec)])?;
                    return match r {
                        Value::Str(s) => Ok(s),
                        o => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            type_name(vm, &o)
                        ))),
                    };
                }
                None => return object_format(vm, v, spec),
            }
        }
        _ => return object_format(vm, v, spec),
    };
    Ok(Rc::new(PyStr::from_string(s)))
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(Rc::new(PyStr::from_string(str_ascii(s.as_str())))),
        _ => {
            let r = vm.repr(v)?;
            if r.is_ascii() {
                return Ok(r);
            }
            Ok(Rc::new(PyStr::from_string(super::str::ascii_escape(
                r.as_str(),
            ))))
        }
    }
}

/// The f-string `FORMAT_VALUE` operation: apply the conversion (`format_flags::CONV_*`:
/// 0 none, 1 `!s`, 2 `!r`, 3 `!a`) and then `format(v, spec)`.
pub fn format_value(
    vm: &mut Vm,
    v: &Value,
    conversion: u32,
    spec: Option<&str>,
) -> PyResult<Value> {
    let converted;
    let v = match conversion & format_flags::CONV_MASK {
        format_flags::CONV_STR => {
            converted = Value::Str(vm.str(v)?);
            &converted
        }
        format_flags::CONV_REPR => {
            converted = Value::Str(vm.repr(v)?);
            &converted
        }
        format_flags::CONV_ASCII => {
            converted = Value::Str(ascii(vm, v)?);
            &converted
        }
        _ => v,
    };
    let spec = spec.unwrap_or("");
    match v {
        Value::Str(_) if spec.is_empty() => Ok(v.clone()),
        Value::Int(i) if spec.is_empty() => Ok(Value::from_string(i.to_string())),
        _ => Ok(Value::Str(format(vm, v, spec)?)),
    }
}

// ---------------------------------------------------------------------------------------------
// str.format / format_map.

struct FormatCtx<'a> {
    args: &'a [Value],
    kwargs: Kwargs<'a>,
    mapping: Option<&'a Value>,
    /// None = not decided, Some(true) = automatic, Some(false) = manual.
    auto: Option<bool>,
    next: usize,
}

/// `fmt.format(*args, **kwargs)` or `fmt.format_map(mapping)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: Kwargs,
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args,
        kwargs,
        mapping,
        auto: None,
        next: 0,
    };
    format_rec(vm, fmt, &mut ctx, 2)
}

fn format_rec(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 >= chars.len() {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        // Find the end of the field as CPython's `MarkupIterator_next` does: scan the field
        // name (skipping `[...]`), then the conversion character, then the format spec with
        // brace nesting.
        let start = i + 1;
        let end = field_end(&chars, start)?;
        let field: String = chars[start..end].iter().collect();
        out.push_str(&render_field(vm, &field, ctx, depth)?);
        i = end + 1;
    }
    Ok(out)
}

fn field_end(chars: &[char], start: usize) -> PyResult<usize> {
    let mut j = start;
    loop {
        let c = match chars.get(j) {
            Some(c) => *c,
            None => return Err(PyErr::value_error("expected '}' before end of string")),
        };
        match c {
            '[' => {
                while j < chars.len() && chars[j] != ']' {
                    j += 1;
                }
                j += 1;
            }
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '}' => return Ok(j),
            ':' => {
                j += 1;
                break;
            }
            '!' => {
                if j + 1 >= chars.len() {
                    return Err(PyErr::value_error(
                        "end of string while looking for conversion specifier",
                    ));
                }
                j += 2;
                break;
            }
            _ => j += 1,
        }
    }
    let mut nest = 1;
    while j < chars.len() {
        match chars[j] {
            '{' => nest += 1,
            '}' => {
                nest -= 1;
                if nest == 0 {
                    return Ok(j);
                }
            }
            _ => {}
        }
        j += 1;
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

fn render_field(vm: &mut Vm, field: &str, ctx: &mut FormatCtx, depth: i32) -> PyResult<String> {
    // Split name / conversion / spec. The name ends at the first '!' or ':' outside brackets.
    let fchars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < fchars.len() {
        match fchars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            '{' | '}' if !in_bracket => {
                return Err(PyErr::value_error("unexpected '{' in field name"));
            }
            _ => {}
        }
        k += 1;
    }
    let name: String = fchars[..k].iter().collect();
    let mut conversion = None;
    let mut spec = String::new();
    if k < fchars.len() && fchars[k] == '!' {
        if k + 1 >= fchars.len() {
            return Err(PyErr::value_error(
                "end of string while looking for conversion specifier",
            ));
        }
        conversion = Some(fchars[k + 1]);
        if k + 2 < fchars.len() {
            if fchars[k + 2] != ':' {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ));
            }
            spec = fchars[k + 3..].iter().collect();
        }
    } else if k < fchars.len() {
        spec = fchars[k + 1..].iter().collect();
    }
    let value = resolve_field(vm, &name, ctx)?;
    let value = match conversion {
        None => value,
        Some('r') => Value::Str(vm.repr(&value)?),
        Some('s') => Value::Str(vm.str(&value)?),
        Some('a') => Value::Str(ascii(vm, &value)?),
        Some(c) => {
            return Err(PyErr::value_error(format!(
                "Unknown conversion specifier {c}"
            )))
        }
    };
    let spec = if spec.contains('{') {
        format_rec(vm, &spec, ctx, depth - 1)?
    } else {
        spec
    };
    Ok(vm.format(&value, &spec)?.as_str().to_string())
}

fn resolve_field(vm: &mut Vm, name: &str, ctx: &mut FormatCtx) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if ctx.auto == Some(false) {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        ctx.auto = Some(true);
        let i = ctx.next;
        ctx.next += 1;
        positional_arg(ctx, i)?
    } else if first.bytes().all(|b| b.is_ascii_digit()) {
        if ctx.auto == Some(true) {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        ctx.auto = Some(false);
        let i: usize = first.parse().unwrap_or(usize::MAX);
        positional_arg(ctx, i)?
    } else {
        match ctx.mapping {
            Some(m) => {
                let m = m.clone();
                vm.getitem(&m, &Value::str(first))?
            }
            None => match ctx.kwargs.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return Err(PyErr::key_error(Value::str(first))),
            },
        }
    };
    // Attribute and index accessors.
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            '.' => {
                let start = i + 1;
                let mut j = start;
                while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                    j += 1;
                }
                if j == start {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let attr: String = rest[start..j].iter().collect();
                obj = vm.getattr(&obj, &intern(&attr))?;
                i = j;
            }
            '[' => {
                let start = i + 1;
                let mut j = start;
                while j < rest.len() && rest[j] != ']' {
                    j += 1;
                }
                if j >= rest.len() {
                    return Err(PyErr::value_error("expected '}' before end of string"));
                }
                if j == start {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let key: String = rest[start..j].iter().collect();
                let key = if key.bytes().all(|b| b.is_ascii_digit()) {
                    match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(&key),
                    }
                } else {
                    Value::str(&key)
                };
                obj = vm.getitem(&obj, &key)?;
                i = j + 1;
                if i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    return Err(PyErr::value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            }
            _ => {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(obj)
}

fn positional_arg(ctx: &FormatCtx, i: usize) -> PyResult<Value> {
    if ctx.mapping.is_some() {
        return Err(PyErr::value_error(
            "Format string contains positional fields",
        ));
    }
    ctx.args.get(i).cloned().ok_or_else(|| {
        PyErr::index_error(format!(
            "Replacement index {i} out of range for positional args tuple"
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting.

enum PctArgs<'a> {
    Seq(&'a [Value]),
    Map(&'a Value),
}

fn is_mapping(v: &Value) -> bool {
    matches!(
        v,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) | Value::Instance(_)
    )
}

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: &Rc<PyStr>, args: &Value) -> PyResult<Value> {
    let out = percent_format(vm, fmt.as_str().as_bytes(), args, false)?;
    Ok(new_str(String::from_utf8(out).unwrap_or_default()))
}

/// `fmt % args` for bytes.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let out = percent_format(vm, fmt, args, true)?;
    Ok(Value::Bytes(Rc::new(super::PyBytes::new(out))))
}

fn pct_next<'a>(args: &PctArgs<'a>, idx: &mut usize) -> PyResult<Value> {
    match args {
        PctArgs::Seq(items) => {
            let v = items
                .get(*idx)
                .cloned()
                .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
            *idx += 1;
            Ok(v)
        }
        PctArgs::Map(m) => Ok((*m).clone()),
    }
}

fn percent_format(vm: &mut Vm, fmt: &[u8], args: &Value, bytes_mode: bool) -> PyResult<Vec<u8>> {
    let single;
    let (pargs, is_map) = match args {
        Value::Tuple(t) => (PctArgs::Seq(&t.items), false),
        v if is_mapping(v) && !matches!(v, Value::Instance(_)) => (PctArgs::Map(v), true),
        v => {
            let is_map = matches!(v, Value::Instance(_))
                && vm.getattr_opt(v, &intern("__getitem__"))?.is_some();
            if is_map {
                (PctArgs::Map(v), true)
            } else {
                single = [v.clone()];
                (PctArgs::Seq(&single), false)
            }
        }
    };
    let mut out: Vec<u8> = Vec::with_capacity(fmt.len() + 16);
    let mut idx = 0usize;
    let mut i = 0usize;
    let mut used_map_key = false;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            // Copy a run of literal bytes.
            let start = i;
            while i < fmt.len() && fmt[i] != b'%' {
                i += 1;
            }
            out.extend_from_slice(&fmt[start..i]);
            continue;
        }
        let spec_start = i;
        i += 1;
        if i >= fmt.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        // Mapping key.
        let mut arg: Option<Value> = None;
        if fmt[i] == b'(' {
            let mut depth = 1;
            let kstart = i + 1;
            let mut j = kstart;
            while j < fmt.len() && depth > 0 {
                match fmt[j] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            if !is_map {
                return Err(PyErr::type_error("format requires a mapping"));
            }
            let key = &fmt[kstart..j - 1];
            let keyv = if bytes_mode {
                Value::Bytes(Rc::new(super::PyBytes::new(key.to_vec())))
            } else {
                Value::str(std::str::from_utf8(key).unwrap_or(""))
            };
            arg = Some(vm.getitem(args, &keyv)?);
            used_map_key = true;
            i = j;
        }
        // Flags.
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while i < fmt.len() {
            match fmt[i] {
                b'-' => left = true,
                b'+' => plus = true,
                b' ' => space = true,
                b'#' => alt = true,
                b'0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width.
        let mut width: usize = 0;
        if i < fmt.len() && fmt[i] == b'*' {
            let w = pct_next(&pargs, &mut idx)?;
            let w = match w {
                Value::Int(n) => n,
                Value::Bool(b) => b as i64,
                _ => return Err(PyErr::type_error("* wants int")),
            };
            if w < 0 {
                left = true;
            }
            width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                width = width
                    .saturating_mul(10)
                    .saturating_add((fmt[i] - b'0') as usize);
                i += 1;
            }
        }
        // Precision.
        let mut prec: Option<usize> = None;
        if i < fmt.len() && fmt[i] == b'.' {
            i += 1;
            if i < fmt.len() && fmt[i] == b'*' {
                let p = pct_next(&pargs, &mut idx)?;
                let p = match p {
                    Value::Int(n) => n,
                    Value::Bool(b) => b as i64,
                    _ => return Err(PyErr::type_error("* wants int")),
                };
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    p = p
                        .saturating_mul(10)
                        .saturating_add((fmt[i] - b'0') as usize);
                    i += 1;
                }
                prec = Some(p);
            }
        }
        super::ns_util::check_alloc(width)?;
        if let Some(p) = prec {
            super::ns_util::check_alloc(p)?;
        }
        // Length modifiers are accepted and ignored.
        while i < fmt.len() && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= fmt.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let conv = fmt[i];
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let v = match arg.take() {
            Some(v) => v,
            None => pct_next(&pargs, &mut idx)?,
        };
        let _ = spec_start;
        let sign_for = |neg: bool| -> &'static str {
            if neg {
                "-"
            } else if plus {
                "+"
            } else if space {
                " "
            } else {
                ""
            }
        };
        // Produce (sign, prefix, body) for numbers, or a plain body for text.
        enum Piece {
            Text(Vec<u8>),
            Num(String, String, String),
        }
        let piece = match conv {
            b's' | b'r' | b'a' | b'b' => {
                let mut body: Vec<u8> = if bytes_mode {
                    match conv {
                        b's' | b'b' => match &v {
                            Value::Bytes(b) => b.data.to_vec(),
                            o => {
                                return Err(PyErr::type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    type_name(vm, o)
                                )))
                            }
                        },
                        _ => ascii(vm, &v)?.as_str().as_bytes().to_vec(),
                    }
                } else {
                    match conv {
                        b's' => vm.str(&v)?.as_str().as_bytes().to_vec(),
                        b'r' => vm.repr(&v)?.as_str().as_bytes().to_vec(),
                        b'a' => ascii(vm, &v)?.as_str().as_bytes().to_vec(),
                        _ => return Err(unsupported(fmt, i - 1, bytes_mode)),
                    }
                };
                if let Some(p) = prec {
                    if bytes_mode {
                        body.truncate(p);
                    } else {
                        let s = String::from_utf8(body).unwrap_or_default();
                        body = s.chars().take(p).collect::<String>().into_bytes();
                    }
                }
                Piece::Text(body)
            }
            b'd' | b'i' | b'u' => {
                let iv = match &v {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => v.clone(),
                    Value::Float(f) => int::float_to_int(*f)?,
                    Value::Instance(_) => super::int::int_from_value(vm, &v).map_err(|_| {
                        PyErr::type_error(format!(
                            "%{} format: a real number is required, not {}",
                            conv as char,
                            type_name(vm, &v)
                        ))
                    })?,
                    o => {
                        return Err(PyErr::type_error(format!(
                            "%{} format: a real number is required, not {}",
                            conv as char,
                            type_name(vm, o)
                        )))
                    }
                };
                let x = as_int(&iv).unwrap_or(IntRef::Small(0));
                let mut digits = int::int_repr(x)?.trim_start_matches('-').to_string();
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                Piece::Num(sign_for(x.is_negative()).into(), String::new(), digits)
            }
            b'x' | b'X' | b'o' => {
                let iv = match &v {
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => v.clone(),
                    Value::Instance(_) => vm.index(&v)?,
                    o => {
                        return Err(PyErr::type_error(format!(
                            "%{} format: an integer is required, not {}",
                            conv as char,
                            type_name(vm, o)
                        )))
                    }
                };
                let x = as_int(&iv).unwrap_or(IntRef::Small(0));
                let (base, pre) = match conv {
                    b'x' => (16, "0x"),
                    b'X' => (16, "0X"),
                    _ => (8, "0o"),
                };
                let mut digits = int::int_to_base(x, base, conv == b'X');
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                Piece::Num(
                    sign_for(x.is_negative()).into(),
                    if alt { pre.into() } else { String::new() },
                    digits,
                )
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let f = match &v {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::Long(_) | Value::Bool(_) => {
                        as_int(&v).map_or(Ok(0.0), |x| x.to_f64())?
                    }
                    Value::Instance(_) => float::float_from_value(vm, &v).map_err(|_| {
                        PyErr::type_error(format!("must be real number, not {}", type_name(vm, &v)))
                    })?,
                    o => {
                        return Err(PyErr::type_error(format!(
                            "must be real number, not {}",
                            type_name(vm, o)
                        )))
                    }
                };
                let p = prec.unwrap_or(6);
                let a = f.abs();
                let upper = conv.is_ascii_uppercase();
                let body = match conv {
                    b'e' | b'E' => format_exp(a, p, upper, alt),
                    b'f' | b'F' => format_fixed(a, p, upper, alt),
                    _ => format_general(a, p, upper, alt, false),
                };
                let neg = f.is_sign_negative() && !f.is_nan();
                Piece::Num(sign_for(neg).into(), String::new(), body)
            }
            b'c' => {
                let ch: Vec<u8> = if bytes_mode {
                    match &v {
                        Value::Int(n) if (0..256).contains(n) => vec![*n as u8],
                        Value::Int(_) => {
                            return Err(PyErr::overflow_error("%c arg not in range(256)"))
                        }
                        Value::Bytes(b) if b.data.len() == 1 => b.data.to_vec(),
                        _ => {
                            return Err(PyErr::type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    }
                } else {
                    let v = match &v {
                        Value::Bool(b) => Value::Int(*b as i64),
                        _ => v.clone(),
                    };
                    match &v {
                        Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                            Some(c) => c.to_string().into_bytes(),
                            None => {
                                return Err(PyErr::overflow_error("%c arg not in range(0x110000)"))
                            }
                        },
                        Value::Long(_) => {
                            return Err(PyErr::overflow_error("%c arg not in range(0x110000)"))
                        }
                        Value::Str(s) if s.char_len() == 1 => s.as_str().as_bytes().to_vec(),
                        _ => return Err(PyErr::type_error("%c requires int or char")),
                    }
                };
                Piece::Text(ch)
            }
            _ => return Err(unsupported(fmt, i - 1, bytes_mode)),
        };
        match piece {
            Piece::Text(body) => {
                let n = if bytes_mode {
                    body.len()
                } else {
                    String::from_utf8_lossy(&body).chars().count()
                };
                let pad = width.saturating_sub(n);
                if !left {
                    out.extend(std::iter::repeat_n(b' ', pad));
                }
                out.extend_from_slice(&body);
                if left {
                    out.extend(std::iter::repeat_n(b' ', pad));
                }
            }
            Piece::Num(sign, prefix, body) => {
                let n = sign.len() + prefix.len() + body.len();
                let pad = width.saturating_sub(n);
                let finite = true;
                if left {
                    out.extend_from_slice(sign.as_bytes());
                    out.extend_from_slice(prefix.as_bytes());
                    out.extend_from_slice(body.as_bytes());
                    out.extend(std::iter::repeat_n(b' ', pad));
                } else if zero && finite {
                    out.extend_from_slice(sign.as_bytes());
                    out.extend_from_slice(prefix.as_bytes());
                    out.extend(std::iter::repeat_n(b'0', pad));
                    out.extend_from_slice(body.as_bytes());
                } else {
                    out.extend(std::iter::repeat_n(b' ', pad));
                    out.extend_from_slice(sign.as_bytes());
                    out.extend_from_slice(prefix.as_bytes());
                    out.extend_from_slice(body.as_bytes());
                }
            }
        }
    }
    if !is_map {
        if let PctArgs::Seq(items) = &pargs {
            if idx < items.len() {
                return Err(PyErr::type_error(
                    "not all arguments converted during string formatting",
                ));
            }
        }
    }
    let _ = used_map_key;
    Ok(out)
}

fn unsupported(fmt: &[u8], at: usize, bytes_mode: bool) -> PyErr {
    // CPython reports the character (and its code) at the conversion position.
    let (c, idx) = if bytes_mode {
        (fmt[at] as char, at)
    } else {
        let s = String::from_utf8_lossy(fmt).into_owned();
        let ci = s[..at.min(s.len())].chars().count();
        (s[at.min(s.len())..].chars().next().unwrap_or('?'), ci)
    };
    PyErr::new(
        ExcType::ValueError,
        format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            c, c as u32, idx
        ),
    )
}

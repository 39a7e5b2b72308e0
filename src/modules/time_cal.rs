//! The calendar half of `time`: `struct_time` (a tuple subclass with the `tm_*` attributes,
//! defined in Python source run once per interpreter), `gmtime`/`localtime`/`mktime`/
//! `asctime`/`ctime`/`strftime` over the C library (`gmtime_r`, `localtime_r`, `mktime`,
//! `strftime`), so results match CPython's on the same machine and `TZ`; `strptime` for the
//! common directives (CPython's `_strptime` rules: case-insensitive names, `%y` pivot at 69,
//! `%I`+`%p`, `%j`, `%z`), the time-zone constants (`timezone`, `altzone`, `daylight`,
//! `tzname`, recomputed by `tzset` as CPython's `init_timezone` does from January and July),
//! and the CPU-time and POSIX clocks (`clock_gettime`, `get_clock_info`).
//!
//! Invariant: every conversion from a Python tuple goes through `gettmarg` + `checktm`,
//! which raise CPython's TypeError/ValueError before libc sees the values.

use crate::builtins::args::{self, Kwargs};
use crate::object::{PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

const STRUCT_TIME_SRC: &str = r#"
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')

class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - n)
        if dict is not None:
            extra = (dict.get('tm_zone', extra[0]), dict.get('tm_gmtoff', extra[1]))
        self._extra = extra
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            f"{n}={v!r}" for n, v in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._extra[0],
                                            'tm_gmtoff': self._extra[1]}))

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]

def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))

for _i, _n in enumerate(_FIELDS):
    setattr(struct_time, _n, _field(_i))
struct_time.__module__ = 'time'
"#;

thread_local! {
    static STRUCT_TIME: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WDAY_FULL: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MON_FULL: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn zeroed_tm() -> libc::tm {
    // SAFETY: `libc::tm` is plain old data (ints and a nullable pointer): all-zero is valid.
    unsafe { std::mem::zeroed() }
}

/// A `struct_time` from a C `tm` (CPython's `tmtotuple`): Monday is weekday 0, yday from 1.
fn tm_to_struct(vm: &mut Vm, tm: &libc::tm, zone: Value, gmtoff: Value) -> PyResult<Value> {
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        gmtoff,
    ];
    make_struct(vm, items)
}

fn make_struct(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let cls = STRUCT_TIME
        .with(|s| s.borrow().clone())
        .ok_or_else(|| PyErr::runtime_error("time.struct_time is not initialised"))?;
    vm.call(&cls, &[Value::tuple(items)])
}

fn tm_zone_of(tm: &libc::tm) -> Value {
    if tm.tm_zone.is_null() {
        return Value::None;
    }
    // SAFETY: a non-null `tm_zone` set by the C library points at a NUL-terminated string
    // that lives as long as the time-zone data.
    let s = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
    Value::from_string(s.to_string_lossy().into_owned())
}

/// `_PyTime_ObjectToTime_t(obj, ROUND_FLOOR)`: None is now.
fn seconds_arg(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<libc::time_t> {
    match a.first() {
        None | Some(Value::None) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as libc::time_t)
            .unwrap_or(0)),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let fl = f.floor();
            if !(-9.2e18..9.2e18).contains(&fl) {
                return Err(PyErr::new(
                    crate::object::ExcType::OverflowError,
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(fl as libc::time_t)
        }
        Some(v) => {
            let _ = fname;
            match args::index_i64(vm, v) {
                Ok(i) => Ok(i as libc::time_t),
                Err(e) if args::err_is(vm, &e, crate::object::ExcType::OverflowError) => {
                    Err(PyErr::new(
                        crate::object::ExcType::OverflowError,
                        "timestamp out of range for platform time_t",
                    ))
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn overflow_time() -> PyErr {
    PyErr::new(
        crate::object::ExcType::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

fn time_gmtime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("gmtime", a, kw, 0, 1)?;
    let t = seconds_arg(vm, a, "gmtime")?;
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; gmtime_r writes only into `tm`.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(PyErr::new(
            crate::object::ExcType::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    let zone = tm_zone_of(&tm);
    tm_to_struct(vm, &tm, zone, Value::Int(0))
}

fn localtime_tm(t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: both pointers are valid for the call; localtime_r writes only into `tm`.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_time());
    }
    Ok(tm)
}

fn time_localtime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("localtime", a, kw, 0, 1)?;
    let t = seconds_arg(vm, a, "localtime")?;
    let tm = localtime_tm(t)?;
    let zone = tm_zone_of(&tm);
    tm_to_struct(vm, &tm, zone, Value::Int(tm.tm_gmtoff))
}

/// CPython's `gettmarg`: a 9-tuple (or struct_time) to a C `tm`.
fn gettmarg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<libc::tm> {
    let items = match crate::object::ns_util::recv(v) {
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        *slot = args::index_i64(vm, item)?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1).rem_euclid(7)) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    if n[6] < 0 {
        tm.tm_wday = -1;
    }
    // struct_time's zone and offset, when it has them.
    if let Ok(Some(Value::Int(off))) = vm.getattr_opt(v, &crate::object::str::intern("tm_gmtoff")) {
        tm.tm_gmtoff = off;
    }
    Ok(tm)
}

/// CPython's `checktm`.
fn checktm(tm: &libc::tm) -> PyResult<()> {
    let err = |m: &str| Err(PyErr::value_error(m.to_string()));
    if !(0..=11).contains(&tm.tm_mon) {
        return err("month out of range");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return err("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return err("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return err("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return err("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return err("day of week out of range");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return err("day of year out of range");
    }
    Ok(())
}

fn asctime_text(tm: &libc::tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.rem_euclid(7) as usize],
        MON[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

/// The struct_time argument of asctime/strftime, or the current local time.
fn tm_arg_or_now(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<libc::tm> {
    match v {
        Some(v) => gettmarg(vm, v, fname),
        None => localtime_tm(seconds_arg(vm, &[], fname)?),
    }
}

fn time_asctime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("asctime", a, kw, 0, 1)?;
    let mut tm = tm_arg_or_now(vm, a.first(), "asctime")?;
    fix_zero_fields(&mut tm);
    checktm(&tm)?;
    Ok(Value::from_string(asctime_text(&tm)))
}

fn time_ctime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("ctime", a, kw, 0, 1)?;
    let t = seconds_arg(vm, a, "ctime")?;
    let tm = localtime_tm(t)?;
    Ok(Value::from_string(asctime_text(&tm)))
}

/// `time.strftime`/`asctime` accept zeros for the month, day and yday (CPython maps them to
/// their first value).
fn fix_zero_fields(tm: &mut libc::tm) {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
}

fn time_mktime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("mktime", a, kw)?;
    let mut tm = gettmarg(vm, v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, initialised struct for the call.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(
            crate::object::ExcType::OverflowError,
            "mktime argument out of range",
        ));
    }
    Ok(Value::Float(t as f64))
}

fn time_strftime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("strftime", a, kw, 1, 2)?;
    let fmt = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "strftime() argument 1 must be str, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    let mut tm = tm_arg_or_now(vm, a.get(1), "strftime")?;
    fix_zero_fields(&mut tm);
    checktm(&tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    if fmt.is_empty() {
        return Ok(Value::str(""));
    }
    let cfmt = std::ffi::CString::new(fmt.clone())
        .map_err(|_| PyErr::value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` and `tm` are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size >= 256 * fmt.len().max(4) {
            buf.truncate(n);
            return Ok(Value::from_string(
                String::from_utf8_lossy(&buf).into_owned(),
            ));
        }
        size *= 2;
    }
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parse up to `max` digits (at least `min`) at `s[*i..]`, preferring the longest that
/// satisfies `ok`.
fn digits(
    s: &[char],
    i: &mut usize,
    min: usize,
    max: usize,
    ok: impl Fn(i64, usize) -> bool,
) -> Option<i64> {
    let mut n = 0;
    while n < max && *i + n < s.len() && s[*i + n].is_ascii_digit() {
        n += 1;
    }
    let mut len = n;
    while len >= min && len > 0 {
        let v: i64 = s[*i..*i + len].iter().collect::<String>().parse().ok()?;
        if ok(v, len) {
            *i += len;
            return Some(v);
        }
        len -= 1;
    }
    None
}

fn name_match(s: &[char], i: &mut usize, names: &[&str]) -> Option<usize> {
    // Longest name first (full names before abbreviations that prefix them).
    let mut best: Option<(usize, usize)> = None;
    for (k, n) in names.iter().enumerate() {
        let len = n.chars().count();
        if *i + len <= s.len() {
            let cand: String = s[*i..*i + len].iter().collect();
            if cand.eq_ignore_ascii_case(n) && best.map_or(true, |(_, l)| len > l) {
                best = Some((k, len));
            }
        }
    }
    let (k, len) = best?;
    *i += len;
    Some(k)
}

#[derive(Default)]
struct Parsed {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    hour: i64,
    hour12: Option<i64>,
    pm: Option<bool>,
    minute: i64,
    second: i64,
    julian: Option<i64>,
    weekday: Option<i64>,
    gmtoff: Option<i64>,
    zone: Option<String>,
    isdst: i64,
}

/// `_strptime._strptime` for the common directives.
fn strptime_parse(text: &str, fmt: &str) -> PyResult<Parsed> {
    let s: Vec<char> = text.chars().collect();
    let f: Vec<char> = fmt.chars().collect();
    let mismatch = || {
        PyErr::value_error(format!(
            "time data {} does not match format {}",
            crate::object::str::str_repr(text),
            crate::object::str::str_repr(fmt)
        ))
    };
    // Validate the directives first, as CPython compiles the whole format up front.
    let mut k = 0;
    while k < f.len() {
        if f[k] == '%' {
            match f.get(k + 1) {
                None => {
                    return Err(PyErr::value_error(format!(
                        "stray % in format {}",
                        crate::object::str::str_repr(fmt)
                    )))
                }
                Some(c) if "YmdHMSyjIpbBaAfzZ%hwU".contains(*c) => k += 2,
                Some(c) => {
                    return Err(PyErr::value_error(format!(
                        "{} is a bad directive in format {}",
                        crate::object::str::str_repr(&c.to_string()),
                        crate::object::str::str_repr(fmt)
                    )))
                }
            }
        } else {
            k += 1;
        }
    }
    let mut p = Parsed {
        isdst: -1,
        ..Default::default()
    };
    let (mut i, mut k) = (0usize, 0usize);
    while k < f.len() {
        let c = f[k];
        if c.is_whitespace() {
            // Whitespace in the format matches one or more whitespace characters.
            while k < f.len() && f[k].is_whitespace() {
                k += 1;
            }
            if i >= s.len() || !s[i].is_whitespace() {
                return Err(mismatch());
            }
            while i < s.len() && s[i].is_whitespace() {
                i += 1;
            }
            continue;
        }
        if c != '%' {
            if i < s.len() && s[i].to_lowercase().eq(c.to_lowercase()) {
                i += 1;
                k += 1;
                continue;
            }
            return Err(mismatch());
        }
        let d = f[k + 1];
        k += 2;
        let r = &mut i;
        let ok = match d {
            'Y' => digits(&s, r, 4, 4, |_, _| true).map(|v| p.year = Some(v)),
            'y' => digits(&s, r, 2, 2, |_, _| true)
                .map(|v| p.year = Some(if v < 69 { v + 2000 } else { v + 1900 })),
            'm' => digits(&s, r, 1, 2, |v, l| {
                (1..=12).contains(&v) && (l == 1 || v >= 1)
            })
            .map(|v| p.month = Some(v)),
            'd' => {
                if *r < s.len() && s[*r] == ' ' {
                    *r += 1;
                }
                digits(&s, r, 1, 2, |v, _| (1..=31).contains(&v)).map(|v| p.day = Some(v))
            }
            'H' => digits(&s, r, 1, 2, |v, _| v <= 23).map(|v| p.hour = v),
            'I' => digits(&s, r, 1, 2, |v, _| (1..=12).contains(&v)).map(|v| p.hour12 = Some(v)),
            'M' => digits(&s, r, 1, 2, |v, _| v <= 59).map(|v| p.minute = v),
            'S' => digits(&s, r, 1, 2, |v, _| v <= 61).map(|v| p.second = v),
            'j' => digits(&s, r, 1, 3, |v, _| (1..=366).contains(&v)).map(|v| p.julian = Some(v)),
            'f' => digits(&s, r, 1, 6, |_, _| true).map(|_| ()),
            'w' => digits(&s, r, 1, 1, |v, _| v <= 6).map(|v| p.weekday = Some((v + 6) % 7)),
            'p' => name_match(&s, r, &["am", "pm"]).map(|k| p.pm = Some(k == 1)),
            'b' | 'h' => name_match(&s, r, &MON).map(|k| p.month = Some(k as i64 + 1)),
            'B' => name_match(&s, r, &MON_FULL).map(|k| p.month = Some(k as i64 + 1)),
            'a' => {
                let short: Vec<&str> = WDAY_FULL.iter().map(|n| &n[..3]).collect();
                name_match(&s, r, &short).map(|k| p.weekday = Some(k as i64))
            }
            'A' => name_match(&s, r, &WDAY_FULL).map(|k| p.weekday = Some(k as i64)),
            'Z' => {
                let start = *r;
                name_match(&s, r, &["utc", "gmt"]).map(|_| {
                    p.isdst = 0;
                    p.zone = Some(s[start..*r].iter().collect());
                })
            }
            'z' => parse_tz_offset(&s, r).map(|off| p.gmtoff = Some(off)),
            '%' => {
                if *r < s.len() && s[*r] == '%' {
                    *r += 1;
                    Some(())
                } else {
                    None
                }
            }
            _ => None,
        };
        if ok.is_none() {
            return Err(mismatch());
        }
    }
    if i < s.len() {
        let rest: String = s[i..].iter().collect();
        return Err(PyErr::value_error(format!(
            "unconverted data remains: {rest}"
        )));
    }
    Ok(p)
}

fn parse_tz_offset(s: &[char], i: &mut usize) -> Option<i64> {
    if *i < s.len() && (s[*i] == 'Z' || s[*i] == 'z') {
        *i += 1;
        return Some(0);
    }
    let sign = match s.get(*i) {
        Some('+') => 1,
        Some('-') => -1,
        _ => return None,
    };
    *i += 1;
    let hh = digits(s, i, 2, 2, |_, _| true)?;
    if s.get(*i) == Some(&':') {
        *i += 1;
    }
    let mm = digits(s, i, 2, 2, |_, _| true)?;
    Some(sign * (hh * 3600 + mm * 60))
}

fn time_strptime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::positional("strptime", a, kw, 1, 2)?;
    let text = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let t = vm.repr(&Value::Type(vm.type_of(other)))?;
            return Err(PyErr::type_error(format!(
                "strptime() argument 0 must be str, not {}",
                t.as_str()
            )));
        }
    };
    let fmt = match a.get(1) {
        None => "%a %b %d %H:%M:%S %Y".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = vm.repr(&Value::Type(vm.type_of(other)))?;
            return Err(PyErr::type_error(format!(
                "strptime() argument 1 must be str, not {}",
                t.as_str()
            )));
        }
    };
    let p = strptime_parse(&text, &fmt)?;
    let year = p.year.unwrap_or(1900);
    let mut hour = p.hour;
    if let Some(h12) = p.hour12 {
        hour = match p.pm {
            Some(true) => {
                if h12 == 12 {
                    12
                } else {
                    h12 + 12
                }
            }
            _ => {
                if h12 == 12 {
                    0
                } else {
                    h12
                }
            }
        };
    }
    let (month, day, julian) = match (p.julian, p.month, p.day) {
        (Some(j), None, None) => {
            let base = days_from_civil(year, 1, 1) + j - 1;
            let (y, m, d) = civil_from_days(base);
            if y != year {
                return Err(PyErr::value_error("day is out of range for month"));
            }
            (m, d, j)
        }
        (j, m, d) => {
            let (m, d) = (m.unwrap_or(1), d.unwrap_or(1));
            if d > days_in_month(year, m) {
                return Err(PyErr::value_error("day is out of range for month"));
            }
            let jul = days_from_civil(year, m, d) - days_from_civil(year, 1, 1) + 1;
            (m, d, j.unwrap_or(jul))
        }
    };
    let wday = p
        .weekday
        .unwrap_or_else(|| (days_from_civil(year, month, day) + 3).rem_euclid(7));
    let items = vec![
        Value::Int(year),
        Value::Int(month),
        Value::Int(day),
        Value::Int(hour),
        Value::Int(p.minute),
        Value::Int(p.second),
        Value::Int(wday),
        Value::Int(julian),
        Value::Int(p.isdst),
        p.zone.map_or(Value::None, Value::from_string),
        p.gmtoff.map_or(Value::None, Value::Int),
    ];
    make_struct(vm, items)
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

extern "C" {
    /// POSIX `tzset(3)` (not exported by the `libc` crate).
    fn tzset();
}

/// CPython's `init_timezone`: the zone names and offsets of January 1 and July 1 this year.
fn timezone_values() -> (i64, i64, bool, String, String) {
    // SAFETY: tzset only reads the environment and updates libc's zone globals.
    unsafe { tzset() };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let year_start = (now / (365 * 24 * 3600)) * (365 * 24 * 3600);
    let jan = localtime_tm(year_start as libc::time_t).unwrap_or_else(|_| zeroed_tm());
    let jul = localtime_tm((year_start + 183 * 24 * 3600) as libc::time_t)
        .unwrap_or_else(|_| zeroed_tm());
    let name = |tm: &libc::tm| match tm_zone_of(tm) {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let (janzone, julzone) = (-jan.tm_gmtoff, -jul.tm_gmtoff);
    if janzone < julzone {
        (julzone, janzone, janzone != julzone, name(&jul), name(&jan))
    } else {
        (janzone, julzone, janzone != julzone, name(&jan), name(&jul))
    }
}

fn set_timezone(d: &PyDict) {
    let (tz, alt, dl, n1, n2) = timezone_values();
    super::set(d, "timezone", Value::Int(tz));
    super::set(d, "altzone", Value::Int(alt));
    super::set(d, "daylight", Value::Int(dl as i64));
    super::set(
        d,
        "tzname",
        Value::tuple(vec![Value::from_string(n1), Value::from_string(n2)]),
    );
}

thread_local! {
    static TIME_DICT: RefCell<Option<Rc<PyDict>>> = const { RefCell::new(None) };
}

fn time_tzset(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("tzset", a, kw)?;
    if let Some(d) = TIME_DICT.with(|t| t.borrow().clone()) {
        set_timezone(&d);
    }
    Ok(Value::None)
}

fn einval() -> PyErr {
    PyErr::with_args(
        crate::object::ExcType::OSError,
        vec![Value::Int(22), Value::str("Invalid argument")],
    )
}

fn clock_ns(clk: libc::clockid_t) -> PyResult<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    if unsafe { libc::clock_gettime(clk, &mut ts) } != 0 {
        return Err(einval());
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

fn clk_arg(vm: &mut Vm, a: &[Value], kw: Kwargs, fname: &str) -> PyResult<libc::clockid_t> {
    let v = args::one_arg(fname, a, kw)?;
    Ok(args::index_i64(vm, v)? as libc::clockid_t)
}

fn time_clock_gettime(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = clk_arg(vm, a, kw, "clock_gettime")?;
    Ok(Value::Float(clock_ns(c)? as f64 / 1e9))
}

fn time_clock_gettime_ns(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = clk_arg(vm, a, kw, "clock_gettime_ns")?;
    Ok(Value::Int(clock_ns(c)? as i64))
}

fn time_clock_getres(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let c = clk_arg(vm, a, kw, "clock_getres")?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    if unsafe { libc::clock_getres(c, &mut ts) } != 0 {
        return Err(einval());
    }
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn time_process_time_ns(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("process_time_ns", a, kw)?;
    Ok(Value::Int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)? as i64))
}

/// `time.process_time()`: the process's CPU time.
pub fn time_process_time(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("process_time", a, kw)?;
    Ok(Value::Float(
        clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)? as f64 / 1e9,
    ))
}

fn time_thread_time(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("thread_time", a, kw)?;
    Ok(Value::Float(
        clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)? as f64 / 1e9,
    ))
}

fn time_thread_time_ns(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("thread_time_ns", a, kw)?;
    Ok(Value::Int(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)? as i64))
}

fn time_get_clock_info(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("get_clock_info", a, kw)?;
    let name = match v {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "get_clock_info() argument 1 must be str, not {}",
                args::type_name(vm, other)
            )))
        }
    };
    let (imp, mono, adj) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(PyErr::value_error("unknown clock")),
    };
    let types = super::import(vm, "types")?;
    let cls = vm.getattr(&types, &crate::object::str::intern("SimpleNamespace"))?;
    let ns = vm.call(&cls, &[])?;
    let attrs = [
        ("implementation", Value::str(imp)),
        ("monotonic", Value::Bool(mono)),
        ("adjustable", Value::Bool(adj)),
        ("resolution", Value::Float(1e-09)),
    ];
    for (k, v) in attrs {
        vm.setattr(&ns, &crate::object::str::intern(k), v)?;
    }
    Ok(ns)
}

/// Add the calendar functions, `struct_time`, the zone constants and the clocks to `time`.
pub fn install(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let ns = Rc::new(PyDict::new());
    super::set(&ns, "__name__", Value::str("time"));
    let code = vm.compile_source(STRUCT_TIME_SRC, "<frozen time>", "exec")?;
    vm.exec_code(code, ns.clone(), None)?;
    if let Some(cls) = ns.get_str(&crate::object::str::intern("struct_time")) {
        STRUCT_TIME.with(|s| *s.borrow_mut() = Some(cls.clone()));
        super::set(d, "struct_time", cls);
    }
    let funcs: &[(&'static str, crate::object::NativeFn)] = &[
        ("gmtime", time_gmtime),
        ("localtime", time_localtime),
        ("mktime", time_mktime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
        ("strftime", time_strftime),
        ("strptime", time_strptime),
        ("tzset", time_tzset),
        ("clock_gettime", time_clock_gettime),
        ("clock_gettime_ns", time_clock_gettime_ns),
        ("clock_getres", time_clock_getres),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_thread_time),
        ("thread_time_ns", time_thread_time_ns),
        ("get_clock_info", time_get_clock_info),
    ];
    for (name, f) in funcs {
        super::set(
            d,
            name,
            Value::Builtin(Rc::new(crate::object::BuiltinFunction {
                name,
                func: *f,
                bound: None,
                owner: "",
            })),
        );
    }
    for (name, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        super::set(d, name, Value::Int(v as i64));
    }
    set_timezone(d);
    TIME_DICT.with(|t| *t.borrow_mut() = Some(d.clone()));
    Ok(())
}

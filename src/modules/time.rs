//! The `time` module: wall clock (`time`, `time_ns`), monotonic clocks (`monotonic`,
//! `perf_counter`, and their `_ns` forms) and `sleep`; the calendar functions, `struct_time`
//! and the CPU-time clocks are in `time_cal.rs`.
//!
//! Under the virtual clock (`coil --virtual-time`, `aio/clock.rs`) the monotonic clocks report
//! the event loop's virtual time and `sleep` advances it instead of blocking, so elapsed times
//! measured around sleeps are the same on every run.

use crate::builtins::args::{self, Kwargs};
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

/// `time.monotonic()` in seconds: the virtual time under the virtual clock.
pub fn monotonic() -> f64 {
    if crate::aio::clock::virtual_time_requested() {
        return crate::aio::clock::virtual_now();
    }
    since_start().as_secs_f64()
}

/// The real monotonic reading (the scale of the loop's real clock).
pub fn real_monotonic() -> f64 {
    since_start().as_secs_f64()
}

fn wall() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time_time(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("time", a, kw)?;
    Ok(Value::Float(wall().as_secs_f64()))
}

fn time_time_ns(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("time_ns", a, kw)?;
    Ok(Value::Int(wall().as_nanos() as i64))
}

fn time_monotonic(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("monotonic", a, kw)?;
    Ok(Value::Float(monotonic()))
}

fn time_monotonic_ns(_vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    args::no_args("monotonic_ns", a, kw)?;
    if crate::aio::clock::virtual_time_requested() {
        return Ok(Value::Int((crate::aio::clock::virtual_now() * 1e9) as i64));
    }
    Ok(Value::Int(since_start().as_nanos() as i64))
}

fn time_sleep(vm: &mut Vm, a: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = args::one_arg("sleep", a, kw)?;
    let secs = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                args::type_name(vm, v)
            )))
        }
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if crate::aio::clock::virtual_time_requested() {
        crate::aio::clock::virtual_advance(secs);
        return Ok(Value::None);
    }
    vm.flush_stdout()?;
    // Ctrl-C wakes the sleep and raises KeyboardInterrupt (CPython's `pysleep` + EINTR).
    if crate::vm::interrupt::sleep(Duration::from_secs_f64(secs.min(1e9))) {
        return Err(crate::vm::interrupt::take_error());
    }
    Ok(Value::None)
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::new_module(
        "time",
        &[
            ("time", time_time),
            ("time_ns", time_time_ns),
            ("monotonic", time_monotonic),
            ("monotonic_ns", time_monotonic_ns),
            ("perf_counter", time_monotonic),
            ("perf_counter_ns", time_monotonic_ns),
            ("sleep", time_sleep),
        ],
    );
    super::time_cal::install(vm, &d)?;
    Ok(m)
}

//! The `time` module's clocks and `sleep`: wall-clock time, a monotonic clock (also serving as
//! `perf_counter`, as on Linux CPython) and process CPU time, in float seconds and int
//! nanoseconds.

use super::{add_function, new_module};
use crate::runtime::builtins::common::index_bigint;
use crate::runtime::object::BuiltinFn;
use crate::runtime::value::Value;
use crate::runtime::vm::{Args, PyResult, Vm};
use num_traits::ToPrimitive;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn install(vm: &mut Vm) {
    let m = new_module(vm, "time");
    let functions: &[(&'static str, BuiltinFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
    ];
    for &(name, func) in functions {
        add_function(vm, m, name, func);
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Nanoseconds as float seconds, exact when whole (CPython's `_PyTime_AsSecondsDouble`).
fn seconds(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// A monotonic clock in nanoseconds. Rust's `Instant` has no public epoch, so the first reading
/// is anchored to the system uptime (what Linux's CLOCK_MONOTONIC counts from).
fn monotonic_ns_now() -> i128 {
    static START: OnceLock<(Instant, i128)> = OnceLock::new();
    let (start, offset) = START.get_or_init(|| (Instant::now(), uptime_ns()));
    offset + start.elapsed().as_nanos() as i128
}

fn uptime_ns() -> i128 {
    std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|secs| (secs * 1e9) as i128)
        .unwrap_or(0)
}

/// CPU time of this process in nanoseconds: the scheduler's account of time on the CPU
/// (stitch runs on one thread), or failing that user+system clock ticks.
fn cpu_ns() -> i128 {
    if let Some(ns) = std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<i128>().ok())
    {
        return ns;
    }
    // Fields 14 and 15 of /proc/self/stat (after the parenthesised command name).
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.get(s.rfind(')')? + 2..)?;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime = fields.get(11)?.parse::<i128>().ok()?;
            let stime = fields.get(12)?.parse::<i128>().ok()?;
            Some(utime + stime)
        });
    match ticks {
        Some(t) => t * 10_000_000, // USER_HZ is 100 on Linux
        None => monotonic_ns_now(),
    }
}

fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time")?;
    Ok(Value::float(seconds(wall_ns())))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time_ns")?;
    Ok(vm.new_bigint(wall_ns().into()))
}

fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "monotonic")?;
    Ok(Value::float(seconds(monotonic_ns_now())))
}

fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "monotonic_ns")?;
    Ok(vm.new_bigint(monotonic_ns_now().into()))
}

fn perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "perf_counter")?;
    Ok(Value::float(seconds(monotonic_ns_now())))
}

fn perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "perf_counter_ns")?;
    Ok(vm.new_bigint(monotonic_ns_now().into()))
}

fn process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "process_time")?;
    Ok(Value::float(seconds(cpu_ns())))
}

fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "process_time_ns")?;
    Ok(vm.new_bigint(cpu_ns().into()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("time.sleep() takes no keyword arguments"));
    }
    let [secs] = args.pos() else {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    // Converted to nanoseconds first (out-of-range values fail there, negative or not), then
    // checked for sign, as CPython's `_PyTime_FromSecondsObject` and `time_sleep` do.
    const LIMIT: f64 = i64::MAX as f64;
    let secs = if secs.is_float() {
        let f = secs.as_float();
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        if !(-LIMIT..LIMIT).contains(&(f * 1e9)) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        f
    } else {
        let n = index_bigint(vm, *secs)?;
        let f = n.to_f64().unwrap_or(f64::INFINITY);
        if !(-LIMIT..LIMIT).contains(&(f * 1e9)) {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        f
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 0.0 {
        vm.flush_stdout();
        std::thread::sleep(Duration::from_secs_f64(secs));
    }
    Ok(Value::NONE)
}

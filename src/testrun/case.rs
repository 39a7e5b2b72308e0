//! Running and judging one case of `coil test`: read its directives and expectation, build the
//! child's command (cwd, argv, the fixed environment, stdin, `{tmpdir}`), run it, strip the
//! case directory from the output, compare, and with `--update` write the new expectation.
//!
//! Invariants: the child's environment is exactly `PATH` (inherited), `PYTHONHASHSEED=0`,
//! `PYTHONIOENCODING=utf-8`, `PYTHONDONTWRITEBYTECODE=1`, `LC_ALL=C.UTF-8`, plus
//! `COIL_VIRTUAL_TIME=1` unless `--real-time`. Timeout precedence: the case's `timeout=N`, then
//! `--timeout`, then coil-test.toml's `timeout`, then 10 s. A timed-out or crashed case is never
//! written by `--update`, nor is an `xfail` case.

use super::compare::{decode, normalize, show_escapes, strip_prefixes, unified_diff};
use super::config::{Config, Loaded, Stream};
use super::directives;
use super::discover::{io_msg, Case};
use super::exec;
use super::{CaseResult, Options, Outcome};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The default per-case timeout in seconds.
pub const DEFAULT_TIMEOUT: f64 = 10.0;

static TMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The stored expectation of a case.
struct Expected {
    stdout: Option<Vec<u8>>,
    stderr: Vec<u8>,
    status: i32,
}

/// Format seconds the way the reports do: `10s`, `0.5s`.
pub fn fmt_secs(s: f64) -> String {
    if s.fract() == 0.0 && s.abs() < 1e15 {
        format!("{}s", s as i64)
    } else {
        format!("{s}s")
    }
}

fn read_expected(case: &Case) -> Result<Expected, String> {
    let stdout = match std::fs::read(case.side(".out")) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}.out: {}", case.name, io_msg(&e))),
    };
    let stderr = match std::fs::read(case.side(".err")) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(format!("cannot read {}.err: {}", case.name, io_msg(&e))),
    };
    let status = match std::fs::read_to_string(case.side(".status")) {
        Ok(s) => s.trim().parse::<i32>().map_err(|_| {
            format!(
                "bad expectation {}.status: {:?} is not an exit code",
                case.name,
                s.trim()
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => return Err(format!("cannot read {}.status: {}", case.name, io_msg(&e))),
    };
    Ok(Expected {
        stdout,
        stderr,
        status,
    })
}

/// Quote a word for display in a command line (`--verbose`).
fn shell_quote(w: &str) -> String {
    if !w.is_empty()
        && w.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:,+@%{}".contains(&b))
    {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', "'\\''"))
    }
}

/// A fresh empty directory for `{tmpdir}`.
fn make_tmpdir() -> Result<PathBuf, String> {
    let n = TMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let p = std::env::temp_dir().join(format!("coil-test-{}-{}", std::process::id(), n));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p)
        .map_err(|e| format!("cannot create {}: {}", p.display(), io_msg(&e)))?;
    Ok(p)
}

fn error(case: &Case, msg: String) -> CaseResult {
    let mut r = CaseResult::new(case, Outcome::Error);
    r.reasons.push(msg);
    r
}

/// Run and judge one case.
pub fn run_case(case: &Case, opts: &Options, interp: &[String], cfg: &Loaded) -> CaseResult {
    let src = match std::fs::read(&case.path) {
        Ok(s) => s,
        Err(e) => return error(case, format!("cannot read {}: {}", case.name, io_msg(&e))),
    };
    let d = match directives::parse(&src) {
        Ok(d) => d,
        Err(e) => return error(case, e),
    };
    if let Some(reason) = d.skip {
        let mut r = CaseResult::new(case, Outcome::Skip);
        if !reason.is_empty() {
            r.reasons.push(reason);
        }
        return r;
    }
    let cfg = match cfg {
        Ok(c) => c.clone(),
        Err(e) => return error(case, e.clone()),
    };
    let mut r = judge(case, opts, interp, &cfg, &d);
    if d.xfail.is_some() {
        match r.outcome {
            Outcome::Pass => {
                r.outcome = Outcome::XPass;
                r.reasons.insert(0, "XPASS (strict)".to_string());
            }
            Outcome::Fail | Outcome::Timeout | Outcome::Crash | Outcome::Error => {
                r.outcome = Outcome::XFail;
            }
            _ => {}
        }
    }
    r
}

/// Everything after the directives: run, compare, update.
fn judge(
    case: &Case,
    opts: &Options,
    interp: &[String],
    cfg: &Config,
    d: &directives::Directives,
) -> CaseResult {
    let updating = opts.update && d.xfail.is_none();
    let exp = match read_expected(case) {
        Ok(e) => e,
        Err(e) => return error(case, e),
    };
    if exp.stdout.is_none() && !updating {
        return error(
            case,
            format!(
                "missing expectation {}.out (run with --update)",
                case.file_name.to_string_lossy()
            ),
        );
    }
    let stdin = match &d.stdin {
        Some(f) => match std::fs::File::open(case.dir.join(f)) {
            Ok(fh) => Stdio::from(fh),
            Err(e) => return error(case, format!("cannot open stdin file {f}: {}", io_msg(&e))),
        },
        None => Stdio::null(),
    };
    let mut tmpdir: Option<PathBuf> = None;
    let mut args: Vec<String> = Vec::with_capacity(d.args.len());
    for a in &d.args {
        if a.contains("{tmpdir}") {
            if tmpdir.is_none() {
                match make_tmpdir() {
                    Ok(p) => tmpdir = Some(p),
                    Err(e) => return error(case, e),
                }
            }
            let t = tmpdir.as_deref().unwrap_or(Path::new(""));
            args.push(a.replace("{tmpdir}", &t.to_string_lossy()));
        } else {
            args.push(a.clone());
        }
    }
    let Some((prog, pre)) = interp.split_first() else {
        return error(case, "empty interpreter command".into());
    };
    let mut cmd = Command::new(prog);
    cmd.args(pre)
        .arg(&case.file_name)
        .args(&args)
        .current_dir(&case.dir)
        .env_clear()
        .stdin(stdin);
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8");
    if !opts.real_time {
        cmd.env("COIL_VIRTUAL_TIME", "1");
    }
    let mut command_line: Vec<String> = interp.iter().map(|w| shell_quote(w)).collect();
    command_line.push(shell_quote(&case.file_name.to_string_lossy()));
    command_line.extend(args.iter().map(|a| shell_quote(a)));
    let timeout = d
        .timeout
        .or(opts.timeout)
        .or(cfg.timeout)
        .unwrap_or(DEFAULT_TIMEOUT);
    let ran = exec::run(&mut cmd, Duration::from_secs_f64(timeout.min(1e9)));
    if let Some(t) = tmpdir {
        let _ = std::fs::remove_dir_all(t);
    }
    let mut r = CaseResult::new(case, Outcome::Pass);
    r.command = command_line.join(" ");
    let got = match ran {
        Ok(g) => g,
        Err(e) => {
            r.outcome = Outcome::Error;
            r.reasons.push(e);
            return r;
        }
    };
    r.duration = got.duration;
    if got.interrupted {
        r.interrupted = true;
        return r;
    }
    // CPython prints the main script's path absolute in tracebacks; expectations store the
    // bare file name.
    let mut prefixes: Vec<Vec<u8>> = Vec::new();
    for d in [case.dir.canonicalize().ok(), Some(case.dir.clone())]
        .into_iter()
        .flatten()
    {
        let mut p = d.into_os_string().into_encoded_bytes();
        if p.last() != Some(&b'/') {
            p.push(b'/');
        }
        if !prefixes.contains(&p) {
            prefixes.push(p);
        }
    }
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let out = strip_prefixes(&got.stdout, &prefixes);
    let err = strip_prefixes(&got.stderr, &prefixes);
    let out_s = decode(&out);
    let err_s = decode(&err);
    let status = got.code;

    if got.timed_out {
        r.outcome = Outcome::Timeout;
        r.reasons
            .push(format!("timed out after {}", fmt_secs(timeout)));
    } else if let Some(sig) = got.signal {
        r.outcome = Outcome::Crash;
        r.reasons.push(format!(
            "crashed: killed by signal {sig} ({})",
            exec::signal_name(sig)
        ));
    }
    let mut differs = false;
    let exp_out = exp.stdout.as_deref();
    if let (Some(code), Some(_)) = (status, exp_out) {
        if code != exp.status {
            differs = true;
            r.reasons
                .push(format!("exit status: expected {}, got {code}", exp.status));
        }
    }
    if let Some(eo) = exp_out {
        let e = normalize(&decode(eo), &cfg.replace, Stream::Stdout);
        let a = normalize(&out_s, &cfg.replace, Stream::Stdout);
        r.stdout_diff = unified_diff(
            &e,
            &a,
            &format!("{}.out (expected)", case.name),
            "stdout (actual)",
        );
        let e = normalize(&decode(&exp.stderr), &cfg.replace, Stream::Stderr);
        let a = normalize(&err_s, &cfg.replace, Stream::Stderr);
        r.stderr_diff = unified_diff(
            &e,
            &a,
            &format!("{}.err (expected)", case.name),
            "stderr (actual)",
        );
        differs |= r.stdout_diff.is_some() || r.stderr_diff.is_some();
    }
    if r.outcome == Outcome::Pass && differs {
        r.outcome = Outcome::Fail;
    }
    if r.outcome != Outcome::Pass || d.xfail.is_some() {
        // Kept for the failure reports (`--verbose`) only.
        r.actual_stdout = show_escapes(&out_s);
        r.actual_stderr = show_escapes(&err_s);
    }

    let missing = exp.stdout.is_none();
    if updating && (r.outcome == Outcome::Fail || (missing && r.outcome == Outcome::Pass)) {
        let code = status.unwrap_or(0);
        match write_expectation(case, &exp, &out, &err, code) {
            Ok(changed) => {
                r.outcome = Outcome::Pass;
                r.reasons.clear();
                r.stdout_diff = None;
                r.stderr_diff = None;
                r.updated = changed;
            }
            Err(e) => {
                r.outcome = Outcome::Error;
                r.reasons.push(e);
            }
        }
    } else if missing {
        // Timed out or crashed while updating a case without an expectation.
        r.reasons.push(format!(
            "missing expectation {}.out (not written: the run did not finish)",
            case.file_name.to_string_lossy()
        ));
    }
    r
}

/// Write `.out` always, `.err` only when non-empty, `.status` only when non-zero (removing
/// stale ones). Returns which of `stdout`, `stderr`, `status` changed.
fn write_expectation(
    case: &Case,
    old: &Expected,
    out: &[u8],
    err: &[u8],
    code: i32,
) -> Result<Vec<&'static str>, String> {
    let mut changed = Vec::new();
    let werr =
        |p: &Path, e: std::io::Error| format!("cannot write {}: {}", p.display(), io_msg(&e));
    let p = case.side(".out");
    if old.stdout.as_deref() != Some(out) {
        changed.push("stdout");
    }
    std::fs::write(&p, out).map_err(|e| werr(&p, e))?;
    let p = case.side(".err");
    if old.stderr != err {
        changed.push("stderr");
    }
    if err.is_empty() {
        if p.exists() {
            std::fs::remove_file(&p).map_err(|e| werr(&p, e))?;
        }
    } else {
        std::fs::write(&p, err).map_err(|e| werr(&p, e))?;
    }
    let p = case.side(".status");
    if old.status != code {
        changed.push("status");
    }
    if code == 0 {
        if p.exists() {
            std::fs::remove_file(&p).map_err(|e| werr(&p, e))?;
        }
    } else {
        std::fs::write(&p, format!("{code}\n")).map_err(|e| werr(&p, e))?;
    }
    Ok(changed)
}

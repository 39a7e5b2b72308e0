//! `coil test [OPTIONS] [PATH...]`: the golden-output test runner (issue 7). Every `.py` case
//! under the PATHs runs in its own child process (coil itself, or `--against CMD`), and what it
//! prints is compared with `case.py.out` / `.err` / `.status` stored beside it.
//!
//! This file owns the options (`Options`, parsed by `parse_args`), the outcome types, and the
//! orchestration (`run`): discovery, one worker thread per job pulling cases from a shared
//! index, results streamed back to the main thread for the progress display, `--fail-fast`
//! (no new case starts after the first failure), then the reports. Submodules: `discover`
//! (which files are cases), `directives` (`# coil-test:` lines), `config` (coil-test.toml),
//! `exec` (child process, timeout, capture), `case` (run + judge + `--update` one case),
//! `compare` (normalisation, diffs), `report` (human output), `json`, `junit`.
//!
//! Exit status: 0 when no case failed, 1 otherwise, 2 for usage errors (bad option, PATH that
//! does not exist), 130 after Ctrl-C (the reports then cover the cases that finished). A bad coil-test.toml does not stop the run: every case under it is an
//! `ERROR` naming the file. The last line of the human output is always the summary,
//! `N passed, M failed[, K skipped][, X xfailed]`.

pub mod case;
pub mod compare;
pub mod config;
pub mod directives;
pub mod discover;
pub mod exec;
pub mod json;
pub mod junit;
pub mod report;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Everything the command line can say.
#[derive(Debug, Clone)]
pub struct Options {
    pub paths: Vec<PathBuf>,
    /// `--timeout SECS` (explicit only; see `case::run_case` for the precedence).
    pub timeout: Option<f64>,
    pub jobs: usize,
    pub filters: Vec<String>,
    pub fail_fast: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub update: bool,
    /// `--against CMD`, split shell-style.
    pub against: Option<Vec<String>>,
    pub real_time: bool,
    pub format: Format,
    pub junit: Option<PathBuf>,
    pub color: ColorChoice,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            paths: Vec::new(),
            timeout: None,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            filters: Vec::new(),
            fail_fast: false,
            quiet: false,
            verbose: false,
            update: false,
            against: None,
            real_time: false,
            format: Format::Human,
            junit: None,
            color: ColorChoice::Auto,
        }
    }
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail,
    Timeout,
    Crash,
    Error,
    Skip,
    XFail,
    XPass,
}

impl Outcome {
    /// The word of the per-case line (`PASS name`).
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Pass => "PASS",
            Outcome::Fail => "FAIL",
            Outcome::Timeout => "TIMEOUT",
            Outcome::Crash => "CRASH",
            Outcome::Error => "ERROR",
            Outcome::Skip => "SKIP",
            Outcome::XFail => "XFAIL",
            Outcome::XPass => "XPASS",
        }
    }

    /// The JSON spelling (`"pass"`).
    pub fn json(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Timeout => "timeout",
            Outcome::Crash => "crash",
            Outcome::Error => "error",
            Outcome::Skip => "skip",
            Outcome::XFail => "xfail",
            Outcome::XPass => "xpass",
        }
    }

    /// Counted in `M failed`.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Outcome::Fail | Outcome::Timeout | Outcome::Crash | Outcome::Error | Outcome::XPass
        )
    }
}

/// The result of one case.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub name: String,
    pub path: PathBuf,
    pub outcome: Outcome,
    pub duration: Duration,
    /// Why it failed (`exit status: expected 0, got 1`), or the skip reason.
    pub reasons: Vec<String>,
    pub stdout_diff: Option<String>,
    pub stderr_diff: Option<String>,
    /// What the case printed (case directory removed), for `--verbose`.
    pub actual_stdout: String,
    pub actual_stderr: String,
    /// The child's command line, shell-quoted (empty when it did not run).
    pub command: String,
    /// With `--update`: which of `stdout`, `stderr`, `status` were rewritten.
    pub updated: Vec<&'static str>,
    /// Stopped by Ctrl-C before it finished: left out of every report.
    pub interrupted: bool,
}

impl CaseResult {
    pub fn new(case: &discover::Case, outcome: Outcome) -> CaseResult {
        CaseResult {
            name: case.name.clone(),
            path: case.path.clone(),
            outcome,
            duration: Duration::ZERO,
            reasons: Vec::new(),
            stdout_diff: None,
            stderr_diff: None,
            actual_stdout: String::new(),
            actual_stderr: String::new(),
            command: String::new(),
            updated: Vec::new(),
            interrupted: false,
        }
    }
}

/// The counts of the summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    pub xfailed: usize,
}

impl Summary {
    pub fn of(results: &[CaseResult]) -> Summary {
        let mut s = Summary::default();
        for r in results {
            match r.outcome {
                Outcome::Pass => s.passed += 1,
                Outcome::Skip => s.skipped += 1,
                Outcome::XFail => s.xfailed += 1,
                o if o.is_failure() => s.failed += 1,
                _ => {}
            }
        }
        s
    }

    /// `N passed, M failed[, K skipped][, X xfailed]`.
    pub fn line(&self) -> String {
        let mut s = format!("{} passed, {} failed", self.passed, self.failed);
        if self.skipped > 0 {
            s.push_str(&format!(", {} skipped", self.skipped));
        }
        if self.xfailed > 0 {
            s.push_str(&format!(", {} xfailed", self.xfailed));
        }
        s
    }
}

pub const USAGE: &str = "usage: coil test [OPTIONS] [PATH...]";

pub const HELP: &str = "usage: coil test [OPTIONS] [PATH...]

Run every .py case under PATH (default: .) and compare its stdout, stderr and exit status
with case.py.out, case.py.err (absent = empty) and case.py.status (absent = 0).

Options:
  --timeout SECS       per-case timeout (default: coil-test.toml's timeout, else 10)
  -j, --jobs N         cases run in parallel (default: available parallelism)
  --filter PATTERN     only cases whose name contains PATTERN (repeatable: any of them)
  --fail-fast          start no new case after the first failure
  -q, --quiet          no per-case lines or progress bar; failures and the summary only
  -v, --verbose        per-case durations and command lines; full output of failures
  --update, --bless    write the actual output as the new expectation of differing cases
  --against CMD        run the cases with CMD (e.g. python3) instead of coil
  --real-time          run asyncio on the real clock (default: --virtual-time)
  --virtual-time       run asyncio on coil's virtual clock (COIL_VIRTUAL_TIME=1)
  --format FMT         human (default) or json (one JSON document on stdout)
  --junit FILE         also write a JUnit XML report to FILE
  --color WHEN         auto (default), always or never (NO_COLOR also disables colour)
  -h, --help           show this help

Directives in a case's leading comment block: # coil-test: skip[=REASON] xfail[=REASON]
timeout=N stdin=FILE args=ARGS... (args takes the rest of the line; {tmpdir} is a fresh
empty directory). Normalisation: `at 0x<hex>` becomes `at 0x...`, then the [[replace]]
rules of the nearest coil-test.toml.
";

/// A usage error: the message for stderr (exit status 2).
#[derive(Debug)]
pub struct UsageError(pub String);

/// What `parse_args` asks for.
#[derive(Debug)]
pub enum Parsed {
    Run(Options),
    Help,
}

fn positive_f64(s: &str, opt: &str) -> Result<f64, UsageError> {
    match s.parse::<f64>() {
        Ok(t) if t.is_finite() && t > 0.0 => Ok(t),
        _ => Err(UsageError(format!(
            "coil test: {opt}: expected a positive number of seconds, got {s:?}"
        ))),
    }
}

/// Parse the arguments after `test`.
pub fn parse_args(args: Vec<String>) -> Result<Parsed, UsageError> {
    use lexopt::prelude::*;
    let mut o = Options::default();
    let mut p = lexopt::Parser::from_args(args);
    let err = |e: lexopt::Error| UsageError(format!("coil test: {e}"));
    let str_value = |p: &mut lexopt::Parser| -> Result<String, UsageError> {
        let v = p.value().map_err(err)?;
        v.into_string()
            .map_err(|v| UsageError(format!("coil test: invalid UTF-8 in {v:?}")))
    };
    while let Some(arg) = p.next().map_err(err)? {
        match arg {
            Long("timeout") => o.timeout = Some(positive_f64(&str_value(&mut p)?, "--timeout")?),
            Short('j') | Long("jobs") => {
                let v = str_value(&mut p)?;
                o.jobs = match v.parse::<usize>() {
                    Ok(n) if n > 0 => n,
                    _ => {
                        return Err(UsageError(format!(
                            "coil test: --jobs: expected a positive integer, got {v:?}"
                        )))
                    }
                };
            }
            Long("filter") => o.filters.push(str_value(&mut p)?),
            Long("fail-fast") => o.fail_fast = true,
            Short('q') | Long("quiet") => o.quiet = true,
            Short('v') | Long("verbose") => o.verbose = true,
            Long("update") | Long("bless") => o.update = true,
            Long("against") => {
                let v = str_value(&mut p)?;
                let words = directives::split_words(&v)
                    .map_err(|e| UsageError(format!("coil test: --against: {e}")))?;
                if words.is_empty() {
                    return Err(UsageError("coil test: --against: empty command".into()));
                }
                o.against = Some(words);
            }
            Long("real-time") => o.real_time = true,
            Long("virtual-time") => o.real_time = false,
            Long("format") => {
                o.format = match str_value(&mut p)?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    v => {
                        return Err(UsageError(format!(
                            "coil test: --format: expected human or json, got {v:?}"
                        )))
                    }
                }
            }
            Long("junit") => o.junit = Some(PathBuf::from(p.value().map_err(err)?)),
            Long("color") | Long("colour") => {
                o.color = match str_value(&mut p)?.as_str() {
                    "auto" => ColorChoice::Auto,
                    "always" => ColorChoice::Always,
                    "never" => ColorChoice::Never,
                    v => {
                        return Err(UsageError(format!(
                            "coil test: --color: expected auto, always or never, got {v:?}"
                        )))
                    }
                }
            }
            Short('h') | Long("help") => return Ok(Parsed::Help),
            Value(v) => o.paths.push(PathBuf::from(v)),
            _ => return Err(UsageError(format!("coil test: {}", arg.unexpected()))),
        }
    }
    if o.paths.is_empty() {
        o.paths.push(PathBuf::from("."));
    }
    Ok(Parsed::Run(o))
}

/// The `coil test` entry point: `args` are the words after `test`. Returns the exit status.
pub fn cli_main(args: Vec<String>) -> i32 {
    match parse_args(args) {
        Ok(Parsed::Help) => {
            print!("{HELP}");
            0
        }
        Ok(Parsed::Run(o)) => run(&o),
        Err(UsageError(msg)) => {
            eprintln!("{msg}");
            eprintln!("{USAGE}");
            eprintln!("Try `coil test --help' for more information.");
            2
        }
    }
}

/// The interpreter command: `--against`'s words, or this executable.
fn interpreter(o: &Options) -> Result<Vec<String>, String> {
    if let Some(a) = &o.against {
        return Ok(a.clone());
    }
    let exe = std::env::current_exe()
        .map_err(|e| format!("coil test: cannot find the coil executable: {e}"))?;
    Ok(vec![exe.to_string_lossy().into_owned()])
}

/// Run the selected cases and print the reports; returns the exit status.
pub fn run(o: &Options) -> i32 {
    let cases = match discover::discover(&o.paths) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let cases: Vec<discover::Case> = cases
        .into_iter()
        .filter(|c| o.filters.is_empty() || o.filters.iter().any(|f| c.name.contains(f)))
        .collect();
    let interp = match interpreter(o) {
        Ok(i) => i,
        Err(msg) => {
            eprintln!("{msg}");
            return 2;
        }
    };
    let mut finder = config::Finder::default();
    let configs: Vec<config::Loaded> = cases.iter().map(|c| finder.for_dir(&c.dir)).collect();

    exec::install_interrupt_handler();
    let start = Instant::now();
    let jobs = o.jobs.max(1).min(cases.len().max(1));
    let mut display = report::Display::new(o, cases.len());
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut slots: Vec<Option<CaseResult>> = (0..cases.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<(usize, CaseResult)>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, stop, cases, configs, interp) = (&next, &stop, &cases, &configs, &interp);
            s.spawn(move || loop {
                if stop.load(Ordering::SeqCst) || exec::INTERRUPTED.load(Ordering::SeqCst) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= cases.len() {
                    break;
                }
                let r = case::run_case(&cases[i], o, interp, &configs[i]);
                if o.fail_fast && r.outcome.is_failure() {
                    stop.store(true, Ordering::SeqCst);
                }
                if tx.send((i, r)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, r) in rx {
            if r.interrupted {
                continue;
            }
            display.finished(&r);
            slots[i] = Some(r);
        }
    });
    let elapsed = start.elapsed();
    display.finish();
    let results: Vec<CaseResult> = slots.into_iter().flatten().collect();
    let summary = Summary::of(&results);
    if let Some(path) = &o.junit {
        if let Err(e) = std::fs::write(path, junit::render(&results, elapsed)) {
            eprintln!(
                "coil test: cannot write {}: {}",
                path.display(),
                discover::io_msg(&e)
            );
        }
    }
    match o.format {
        Format::Json => {
            println!("{}", json::render(&results, &summary, elapsed));
            eprintln!("{}", summary.line());
        }
        Format::Human => report::print_final(o, &results, &summary, elapsed, jobs),
    }
    if exec::INTERRUPTED.load(Ordering::SeqCst) {
        eprintln!("coil test: interrupted");
        130
    } else if summary.failed == 0 {
        0
    } else {
        1
    }
}

/// The arguments after `coil` with which cargo's suite tests (`tests/golden.rs`,
/// `tests/asyncio.rs`, `tests/examples*.rs`) run `coil test --quiet` on `dir`, read from the
/// environment: `COIL_BIN` -> `--against $COIL_BIN`, `GOLDEN_FILTER` -> `--filter`,
/// `GOLDEN_THREADS` -> `--jobs` (default 2). `extra` goes before the directory (e.g.
/// `--real-time`).
pub fn suite_args(dir: &std::path::Path, extra: &[&str]) -> Vec<String> {
    let mut a: Vec<String> = vec!["test".into(), "--quiet".into()];
    let jobs = std::env::var("GOLDEN_THREADS")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "2".into());
    a.extend(["--jobs".into(), jobs]);
    if let Ok(bin) = std::env::var("COIL_BIN") {
        if !bin.is_empty() {
            a.extend(["--against".into(), bin]);
        }
    }
    if let Ok(f) = std::env::var("GOLDEN_FILTER") {
        if !f.is_empty() {
            a.extend(["--filter".into(), f]);
        }
    }
    a.extend(extra.iter().map(|s| s.to_string()));
    a.push(dir.to_string_lossy().into_owned());
    a
}

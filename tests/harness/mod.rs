//! Shared machinery for the acceptance tests (`tests/golden.rs`, `tests/examples.rs`,
//! `tests/malformed.rs`): finding the interpreter under test, running one Python file the way
//! the golden expectations were generated, the golden file format, normalisation and diffs.
//!
//! Invariants (mirrored exactly by `tests/regen.py`, which produces the expectations):
//! - a case `dir/name.py` runs as `<bin> name.py [ARGS]` with `dir` as the working directory,
//!   so tracebacks show the path `name.py` as given on the command line;
//! - the environment is cleared except `PATH`, then `PYTHONHASHSEED=0`,
//!   `PYTHONIOENCODING=utf-8`, `PYTHONDONTWRITEBYTECODE=1`, `LC_ALL=C.UTF-8` are set;
//! - stdin is `/dev/null` unless a `# stdin: FILE` directive names a file (relative to `dir`);
//! - `# args: A B C` (whitespace-separated) appends arguments; the token `{tmpdir}` is replaced by
//!   a fresh empty directory that is deleted afterwards;
//! - expectations: `name.py.out` (stdout, always present), `name.py.err` (stderr, only when
//!   non-empty), `name.py.status` (exit code, only when non-zero);
//! - the absolute case directory plus `/` is removed from stdout and stderr (CPython 3.11 prints
//!   the main script's path absolute in tracebacks; expectations store `File "name.py"`), so an
//!   interpreter printing either the absolute path or the path as given passes;
//! - comparison normalises memory addresses `at 0x[0-9a-f]+` to `at 0x...` on both sides;
//! - `COIL_VIRTUAL_TIME`, when set in the test's environment, is passed through to the case
//!   (coil's virtual event-loop clock; python3 ignores it).
//!
//! The binary is `COIL_BIN` when set (e.g. `COIL_BIN=python3` checks the corpus itself), else
//! the `coil` binary cargo built for this test run.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Per-case wall-clock limit; the child is killed when it is exceeded.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The interpreter under test: `$COIL_BIN` or the cargo-built `coil`.
pub fn coil_bin() -> String {
    match std::env::var("COIL_BIN") {
        Ok(b) if !b.is_empty() => b,
        _ => env!("CARGO_BIN_EXE_coil").to_string(),
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// All files under `dir` (recursively) whose name ends with `suffix`, sorted.
pub fn find_files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .file_name()
                .and_then(|n| n.to_str())
                .map_or(false, |n| n.ends_with(suffix))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// What a run produced.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit code; `None` when killed by a signal or by the timeout.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
}

/// Directives from the leading `#` comment lines of a case.
#[derive(Debug, Default)]
pub struct Directives {
    pub args: Vec<String>,
    pub stdin: Option<String>,
}

pub fn directives(source: &[u8]) -> Directives {
    let mut d = Directives::default();
    let text = String::from_utf8_lossy(source);
    for line in text.lines() {
        let line = line.trim();
        if !line.starts_with('#') {
            break;
        }
        let body = line[1..].trim();
        if let Some(rest) = body.strip_prefix("args:") {
            d.args.extend(rest.split_whitespace().map(str::to_string));
        } else if let Some(rest) = body.strip_prefix("stdin:") {
            d.stdin = Some(rest.trim().to_string());
        }
    }
    d
}

static TMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Run `file` (a path to a .py file) the golden way: cwd = its directory, argv = its file name.
pub fn run_case(bin: &str, file: &Path) -> Outcome {
    let dir = file.parent().unwrap_or(Path::new("."));
    let name = file.file_name().expect("case has a file name");
    let src = std::fs::read(file).unwrap_or_default();
    let d = directives(&src);
    let mut tmpdir: Option<PathBuf> = None;
    let mut args: Vec<String> = Vec::new();
    for a in &d.args {
        if a.contains("{tmpdir}") {
            let t = tmpdir.get_or_insert_with(|| {
                let n = TMP_COUNTER.fetch_add(1, Ordering::SeqCst);
                let p =
                    std::env::temp_dir().join(format!("coil-golden-{}-{}", std::process::id(), n));
                let _ = std::fs::remove_dir_all(&p);
                std::fs::create_dir_all(&p).expect("create tmpdir");
                p
            });
            args.push(a.replace("{tmpdir}", &t.to_string_lossy()));
        } else {
            args.push(a.clone());
        }
    }
    let stdin = match &d.stdin {
        Some(f) => match std::fs::File::open(dir.join(f)) {
            Ok(fh) => Stdio::from(fh),
            Err(e) => panic!("{}: cannot open stdin file {f}: {e}", file.display()),
        },
        None => Stdio::null(),
    };
    let mut cmd = Command::new(bin);
    cmd.arg(name).args(&args).current_dir(dir).env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("LC_ALL", "C.UTF-8");
    // The event-loop suites run coil on its virtual clock; python3 ignores the variable.
    if let Ok(v) = std::env::var("COIL_VIRTUAL_TIME") {
        cmd.env("COIL_VIRTUAL_TIME", v);
    }
    let mut out = run_with_timeout(cmd.stdin(stdin), TIMEOUT);
    if let Some(t) = tmpdir {
        let _ = std::fs::remove_dir_all(t);
    }
    // CPython 3.11 makes the __main__ path absolute (`File "/abs/dir/case.py"`); expectations
    // store it as given on the command line, so strip the case directory from both streams.
    let mut prefixes: Vec<String> = Vec::new();
    if let Ok(c) = dir.canonicalize() {
        prefixes.push(format!("{}/", c.display()));
    }
    if let Ok(a) = std::path::absolute(dir) {
        prefixes.push(format!("{}/", a.display()));
    }
    for p in &prefixes {
        out.stdout = replace_bytes(&out.stdout, p.as_bytes(), b"");
        out.stderr = replace_bytes(&out.stderr, p.as_bytes(), b"");
    }
    out
}

/// Replace every occurrence of `from` in `hay` by `to`.
pub fn replace_bytes(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return hay.to_vec();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// Spawn `cmd`, collect stdout/stderr, kill it after `limit`.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Outcome {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: vec![],
                stderr: format!("harness: cannot spawn {:?}: {e}", cmd.get_program()).into_bytes(),
                code: None,
                signal: None,
                timed_out: false,
            }
        }
    };
    let mut so = child.stdout.take().expect("piped stdout");
    let mut se = child.stderr.take().expect("piped stderr");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status: Option<ExitStatus> = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait().ok();
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = t_out.join().unwrap_or_default();
    let stderr = t_err.join().unwrap_or_default();
    let (code, signal) = match status {
        Some(s) if !timed_out => (s.code(), exit_signal(&s)),
        _ => (None, None), // killed by us on timeout, or wait failed
    };
    Outcome {
        stdout,
        stderr,
        code,
        signal,
        timed_out,
    }
}

#[cfg(unix)]
fn exit_signal(s: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    s.signal()
}
#[cfg(not(unix))]
fn exit_signal(_: &ExitStatus) -> Option<i32> {
    None
}

/// Memory addresses in default reprs become `0x...`: `at 0x[0-9a-f]+` → `at 0x...`
/// (`<__main__.T object at 0x7f3a...>`, `<function f at 0x...>`). Only hex runs preceded by
/// `at ` are rewritten, so `hex()`/`%x`/`format(n, "#x")` output is still compared exactly.
pub fn normalize(s: &str) -> String {
    const PAT: &str = "at 0x";
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(off) = s[from..].find(PAT) {
        let i = from + off;
        let mut j = i + PAT.len();
        while j < b.len() && is_lower_hex(b[j]) {
            j += 1;
        }
        if j > i + PAT.len() {
            out.push_str(&s[last..i]);
            out.push_str("at 0x...");
            last = j;
        }
        from = j.max(i + 1);
    }
    out.push_str(&s[last..]);
    out
}

fn is_lower_hex(c: u8) -> bool {
    c.is_ascii_digit() || (b'a'..=b'f').contains(&c)
}

/// The expectation stored beside a case (golden format).
pub struct Expected {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

pub fn read_expected(case: &Path) -> Result<Expected, String> {
    let side = |ext: &str| {
        let mut p = case.as_os_str().to_owned();
        p.push(ext);
        PathBuf::from(p)
    };
    let stdout = std::fs::read(side(".out")).map_err(|e| {
        format!(
            "missing {}: {e} (run python3 tests/regen.py)",
            side(".out").display()
        )
    })?;
    let stderr = std::fs::read(side(".err")).unwrap_or_default();
    let status = match std::fs::read_to_string(side(".status")) {
        Ok(s) => s
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("bad .status file: {e}"))?,
        Err(_) => 0,
    };
    Ok(Expected {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn normalize_rewrites_addresses_but_not_hex_values() {
        assert_eq!(
            super::normalize("<T object at 0x7f3a00> 0xff at 0x1"),
            "<T object at 0x...> 0xff at 0x..."
        );
        assert_eq!(super::normalize("at 0x"), "at 0x");
        assert_eq!(super::normalize("that 0xzz"), "that 0xzz");
    }
}

/// Compare one outcome against its expectation; `Err` carries a readable report.
pub fn check(case_name: &str, exp: &Expected, got: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    if got.timed_out {
        report.push_str(&format!(
            "  timed out after {}s (killed)\n",
            TIMEOUT.as_secs()
        ));
    }
    if let Some(sig) = got.signal {
        report.push_str(&format!("  killed by signal {sig}\n"));
    }
    let got_status = got.code.unwrap_or(-1);
    if got_status != exp.status {
        report.push_str(&format!(
            "  exit status: expected {}, got {}\n",
            exp.status, got_status
        ));
    }
    let out = normalize(&String::from_utf8_lossy(&got.stdout));
    let err = normalize(&String::from_utf8_lossy(&got.stderr));
    let eout = normalize(&exp.stdout);
    let eerr = normalize(&exp.stderr);
    if out != eout {
        report.push_str("  stdout differs (- expected, + got):\n");
        report.push_str(&diff(&eout, &out));
    }
    if err != eerr {
        report.push_str("  stderr differs (- expected, + got):\n");
        report.push_str(&diff(&eerr, &err));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("FAIL {case_name}\n{report}"))
    }
}

/// A small line diff (LCS for modest sizes, otherwise head-to-head from the first difference).
pub fn diff(a: &str, b: &str) -> String {
    const MAX_SHOWN: usize = 60;
    let al: Vec<&str> = a.split_inclusive('\n').collect();
    let bl: Vec<&str> = b.split_inclusive('\n').collect();
    let mut lines: Vec<String> = Vec::new();
    let show = |tag: char, l: &str| {
        let mut s = format!("    {tag} {}", l.strip_suffix('\n').unwrap_or(l));
        if !l.ends_with('\n') {
            s.push_str("  (no newline at end)");
        }
        s
    };
    if al.len() * bl.len() <= 4_000_000 {
        let (n, m) = (al.len(), bl.len());
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if al[i] == bl[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && al[i] == bl[j] {
                lines.push(show(' ', al[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.push(show('-', al[i]));
                i += 1;
            } else {
                lines.push(show('+', bl[j]));
                j += 1;
            }
        }
    } else {
        for l in &al {
            lines.push(show('-', l));
        }
        for l in &bl {
            lines.push(show('+', l));
        }
    }
    // Trim long runs of context: keep 3 lines around changes.
    let changed: Vec<bool> = lines.iter().map(|l| !l.starts_with("      ")).collect();
    let mut out = String::new();
    let mut shown = 0;
    let mut skipped = false;
    for (k, l) in lines.iter().enumerate() {
        let near = (k.saturating_sub(3)..(k + 4).min(lines.len())).any(|x| changed[x]);
        if near {
            if skipped {
                out.push_str("    ...\n");
                skipped = false;
            }
            if shown < MAX_SHOWN {
                out.push_str(l);
                out.push('\n');
            }
            shown += 1;
        } else {
            skipped = true;
        }
    }
    if shown > MAX_SHOWN {
        out.push_str(&format!(
            "    ... ({} more diff lines)\n",
            shown - MAX_SHOWN
        ));
    }
    out
}

/// Run `f` over `items` on `threads` worker threads; results come back in input order.
pub fn par_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every item processed"))
        .collect()
}

/// Worker threads: `GOLDEN_THREADS` or 2.
pub fn threads() -> usize {
    std::env::var("GOLDEN_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2)
}

/// Run every `.py` under `dir` against its expectation files; print per-case failures and the
/// summary line `N passed, M failed`; panic if anything failed.
pub fn run_expectation_suite(label: &str, dir: &Path) {
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    let bin = coil_bin();
    let cases: Vec<PathBuf> = find_files(dir, ".py")
        .into_iter()
        .filter(|p| filter.is_empty() || p.to_string_lossy().contains(&filter))
        // `_name` files and `_name`/`.name` directories hold modules the cases import.
        .filter(|p| {
            p.strip_prefix(dir).unwrap_or(p).components().all(|c| {
                let c = c.as_os_str().to_string_lossy();
                !c.starts_with('_') && !c.starts_with('.')
            })
        })
        .collect();
    assert!(
        !cases.is_empty() || !filter.is_empty(),
        "no {label} cases found under {}",
        dir.display()
    );
    let start = Instant::now();
    let results = par_map(&cases, threads(), |case| {
        let name = case.strip_prefix(dir).unwrap_or(case).display().to_string();
        let exp = match read_expected(case) {
            Ok(e) => e,
            Err(e) => return Err(format!("FAIL {name}\n  {e}\n")),
        };
        let got = run_case(&bin, case);
        check(&name, &exp, &got)
    });
    let mut failed = Vec::new();
    for r in &results {
        if let Err(msg) = r {
            report(msg);
            failed.push(
                msg.lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("FAIL ")
                    .to_string(),
            );
        }
    }
    let passed = results.len() - failed.len();
    if !failed.is_empty() {
        report(&format!("{label}: failing cases: {}\n", failed.join(" ")));
    }
    // Written to the real stderr (not the captured `eprintln!`) so the summary always shows.
    summary(
        &format!("{label} ({bin}, {:.1}s):", start.elapsed().as_secs_f64()),
        passed,
        failed.len(),
    );
    assert!(
        failed.is_empty(),
        "{label}: {} of {} cases failed",
        failed.len(),
        results.len()
    );
}

/// Write to the process's real stderr, bypassing libtest's output capture, so per-case reports
/// come out in order and before the summary even when the test passes or is run without
/// `--nocapture`.
pub fn report(msg: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{msg}");
}

/// Print `N passed, M failed` on the process's real stderr, bypassing libtest's capture.
pub fn summary(label: &str, passed: usize, failed: usize) {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "{label}\n{passed} passed, {failed} failed"
    );
}

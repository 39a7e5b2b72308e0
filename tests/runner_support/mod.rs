//! Fixture helpers for the `coil test` integration tests (`tests/test_runner.rs`,
//! `tests/test_runner_scale.rs`): a suite built in a fresh temporary directory at test time, and
//! a way to run `coil test ...` on it with a watchdog, capturing exit status, stdout and stderr.
//! Invariants: every suite lives in its own `tempfile::TempDir` (deleted on drop), the child runs
//! with `NO_COLOR` removed so colour depends only on the options under test, and a runner that
//! hangs is killed after `WATCHDOG` and reported as a test failure instead of blocking cargo.

#![allow(dead_code)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest any single `coil test` invocation may take before the fixture kills it.
pub const WATCHDOG: Duration = Duration::from_secs(120);

/// A golden suite under construction in a fresh temporary directory.
pub struct Suite {
    dir: tempfile::TempDir,
}

/// What one `coil test` invocation produced.
#[derive(Debug)]
pub struct Run {
    /// Exit code (`None` when the runner itself was killed by a signal).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Suite {
    pub fn new() -> Suite {
        Suite {
            dir: tempfile::Builder::new()
                .prefix("coil-runner-test")
                .tempdir()
                .expect("create temp dir"),
        }
    }

    /// The suite root (an absolute path).
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `root/rel` as a path.
    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes `root/rel` (creating parent directories).
    pub fn file(&self, rel: &str, content: &str) -> &Suite {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("create dirs");
        }
        fs::write(&p, content).expect("write fixture file");
        self
    }

    /// A case `rel` with source `src` and stdout expectation `out` (no `.err`, no `.status`).
    pub fn case(&self, rel: &str, src: &str, out: &str) -> &Suite {
        self.file(rel, src);
        self.file(&format!("{rel}.out"), out)
    }

    /// Reads `root/rel`, or `None` when it does not exist.
    pub fn read(&self, rel: &str) -> Option<String> {
        fs::read_to_string(self.join(rel)).ok()
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.join(rel).exists()
    }

    /// Runs `coil test ARGS...` with the suite root as working directory.
    pub fn run(&self, args: &[&str]) -> Run {
        run_coil_in(self.path(), args, &[])
    }

    /// Like `run`, with extra environment variables for the runner process.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        run_coil_in(self.path(), args, env)
    }
}

/// Runs `coil test ARGS...` in `cwd` and captures everything, killing it after `WATCHDOG`.
pub fn run_coil_in(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.arg("test")
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .env_remove("COIL_VIRTUAL_TIME")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd.spawn().expect("spawn coil test");
    let mut out_pipe = child.stdout.take().expect("stdout pipe");
    let mut err_pipe = child.stderr.take().expect("stderr pipe");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait for coil test") {
            break st;
        }
        if start.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`coil test {}` still running after {WATCHDOG:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let stdout = String::from_utf8_lossy(&out_t.join().expect("stdout reader")).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().expect("stderr reader")).into_owned();
    Run {
        code: status.code(),
        stdout,
        stderr,
        elapsed,
    }
}

impl Run {
    /// The last non-empty line of stdout (the summary line of the human output).
    pub fn summary(&self) -> &str {
        last_line(&self.stdout)
    }

    /// The last non-empty line of stderr (the summary line with `--format json`).
    pub fn stderr_summary(&self) -> &str {
        last_line(&self.stderr)
    }

    /// Asserts the exit code and the exact summary line, showing the whole output on failure.
    #[track_caller]
    pub fn expect(&self, code: i32, summary: &str) -> &Run {
        assert_eq!(
            (self.code, self.summary()),
            (Some(code), summary),
            "exit code / summary line differ\n{}",
            self.dump()
        );
        self
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    pub fn has(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.dump()
        );
        self
    }

    /// Asserts that stdout does not contain `needle`.
    #[track_caller]
    pub fn lacks(&self, needle: &str) -> &Run {
        assert!(
            !self.stdout.contains(needle),
            "stdout unexpectedly contains {needle:?}\n{}",
            self.dump()
        );
        self
    }

    /// Asserts that stdout has a line exactly equal to `line`.
    #[track_caller]
    pub fn has_line(&self, line: &str) -> &Run {
        assert!(
            self.stdout.lines().any(|l| l == line),
            "stdout has no line {line:?}\n{}",
            self.dump()
        );
        self
    }

    pub fn dump(&self) -> String {
        format!(
            "--- exit code: {:?} (after {:?})\n--- stdout:\n{}\n--- stderr:\n{}",
            self.code, self.elapsed, self.stdout, self.stderr
        )
    }
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// Whether `python3` can be run (the `--against python3` tests need it; the project's machines
/// and CI have it, a bare Rust toolchain may not).
pub fn have_python3() -> bool {
    static HAVE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *HAVE.get_or_init(|| {
        Command::new("python3")
            .arg("-c")
            .arg("pass")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Returns from the calling test, with a notice, when python3 is not available.
#[macro_export]
macro_rules! needs_python3 {
    () => {
        if !runner_support::have_python3() {
            eprintln!("skipped: python3 is not on PATH");
            return;
        }
    };
}

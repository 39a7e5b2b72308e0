//! Shared by the command-line integration tests (`tests/cli.rs`, `tests/imports.rs`): run the
//! `coil` binary with arguments and a stdin text, capturing exit code, stdout and stderr.
//! Invariant: stdin is written whole and closed before the child's output is read.

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Run coil with `args` and `stdin` (in `cwd` if given); (exit code, stdout, stderr).
pub fn run_coil(cwd: Option<&Path>, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let mut child = cmd.spawn().expect("spawn coil");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

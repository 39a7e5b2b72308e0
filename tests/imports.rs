//! Where `import` looks for the user's modules, for the ways of starting coil the golden
//! runner cannot show (it always runs `coil NAME.py` in the case's directory): `-c` and stdin
//! search the working directory (`sys.path[0] == ''`), a script started from elsewhere
//! searches its own directory and not the working directory, and imported modules' `__file__`
//! is absolute in every case. Expectations were checked against CPython 3.11 (`python3`).

mod common;
use std::path::{Path, PathBuf};

/// A fresh directory `coil-imports-PID-TAG` with `files` (relative path, text) written in it.
fn tree(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-imports-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (rel, text) in files {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    // The canonical path: CPython's sys.path[0] is the script's real directory.
    std::fs::canonicalize(&dir).expect("canonical tmp dir")
}

/// Run coil in `cwd` with `args` and `stdin`; (exit code, stdout, stderr).
fn run(cwd: &Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    common::run_coil(Some(cwd), args, stdin)
}

const SHOW: &str = "import sys, helper\nprint(repr(sys.path[0]), helper.__file__, helper.WHERE)\n";

#[test]
fn dash_c_imports_from_the_working_directory() {
    let d = tree("dash-c", &[("helper.py", "WHERE = 'cwd'\n")]);
    let (code, out, err) = run(&d, &["-c", SHOW], "");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, format!("'' {}/helper.py cwd\n", d.display()));
}

#[test]
fn stdin_program_imports_from_the_working_directory() {
    let d = tree("stdin", &[("helper.py", "WHERE = 'cwd'\n")]);
    let (code, out, err) = run(&d, &["-"], SHOW);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, format!("'' {}/helper.py cwd\n", d.display()));
}

#[test]
fn script_imports_from_its_own_directory_not_the_cwd() {
    let d = tree(
        "script",
        &[
            ("helper.py", "WHERE = 'cwd'\n"),
            ("sub/helper.py", "WHERE = 'script dir'\n"),
            ("sub/main.py", SHOW),
        ],
    );
    let (code, out, err) = run(&d, &["sub/main.py"], "");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        format!("'{0}/sub' {0}/sub/helper.py script dir\n", d.display())
    );
}

#[test]
fn dash_c_missing_module_is_module_not_found() {
    let d = tree("missing", &[]);
    let (code, out, err) = run(&d, &["-c", "import helper"], "");
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nModuleNotFoundError: No module named 'helper'\n"
    );
}

//! The `coil` command line against python3's behaviour: exit codes, `-c`, stdin, `-`, `-V`,
//! the missing-file message, `sys.exit` variants, uncaught-exception tracebacks, and a
//! closed stdout, `PYTHONHASHSEED` (CPython's str/bytes hashes per seed, randomised when unset, the fatal
//! error for a bad value). Expectations were generated with CPython 3.11 (`python3`), with the program
//! name replaced by `coil`.

mod common;
use std::process::{Command, Stdio};

fn coil() -> Command {
    Command::new(env!("CARGO_BIN_EXE_coil"))
}

/// Run with `args` and `stdin`; (exit code, stdout, stderr).
fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    common::run_coil(None, args, stdin)
}

fn script(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("coil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write script");
    p.to_string_lossy().into_owned()
}

#[test]
fn dash_c_prints_and_exits_0() {
    assert_eq!(run(&["-c", "print(1+2)"], ""), (0, "3\n".into(), "".into()));
}

#[test]
fn version_flag_prints_a_version() {
    let (code, out, _) = run(&["-V"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("coil "), "{out}");
}

#[test]
fn missing_file_is_exit_2_with_cpythons_message() {
    let (code, out, err) = run(&["/nonexistent/x.py"], "");
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "coil: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn dash_c_without_argument_is_a_usage_error() {
    let (code, _, err) = run(&["-c"], "");
    assert_eq!(code, 2);
    assert!(
        err.starts_with("Argument expected for the -c option\n"),
        "{err}"
    );
}

#[test]
fn piped_stdin_runs_with_empty_argv0() {
    assert_eq!(
        run(&[], "import sys; print(sys.argv)\n"),
        (0, "['']\n".into(), "".into())
    );
    assert_eq!(
        run(&["-", "a", "b"], "import sys; print(sys.argv)\n"),
        (0, "['-', 'a', 'b']\n".into(), "".into())
    );
}

#[test]
fn dash_c_sets_argv() {
    assert_eq!(
        run(&["-c", "import sys; print(sys.argv)", "x", "y"], ""),
        (0, "['-c', 'x', 'y']\n".into(), "".into())
    );
}

#[test]
fn sys_exit_variants_match_cpython() {
    assert_eq!(run(&["-c", "import sys; sys.exit()"], "").0, 0);
    assert_eq!(run(&["-c", "import sys; sys.exit(3)"], "").0, 3);
    assert_eq!(
        run(&["-c", "import sys; sys.exit('msg')"], ""),
        (1, "".into(), "msg\n".into())
    );
    assert_eq!(run(&["-c", "raise SystemExit(None)"], "").0, 0);
    assert_eq!(
        run(&["-c", "raise SystemExit(1, 2)"], ""),
        (1, "".into(), "(1, 2)\n".into())
    );
}

#[test]
fn uncaught_exception_prints_traceback_after_stdout_and_exits_1() {
    let (code, out, err) = run(&["-c", "print('before')\n1/0"], "");
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn traceback_shows_source_lines_and_carets_for_files() {
    let p = script("t1.py", "def foo():\n    return 1/0\nfoo()   \n");
    let (code, _, err) = run(&[&p], "");
    assert_eq!(code, 1);
    let expected = format!(
        "Traceback (most recent call last):\n  File \"{p}\", line 3, in <module>\n    foo()   \n    ^^^^^\n  File \"{p}\", line 2, in foo\n    return 1/0\n           ~^~\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(err, expected);
}

#[test]
fn subscript_and_attribute_carets() {
    let p = script("t3.py", "d={}\nx = d[\"a\"]\n");
    let (_, _, err) = run(&[&p], "");
    assert_eq!(
        err,
        format!("Traceback (most recent call last):\n  File \"{p}\", line 2, in <module>\n    x = d[\"a\"]\n        ~^^^^^\nKeyError: 'a'\n")
    );
    let p = script("t4.py", "a=None\nx = a.b + 1\n");
    let (_, _, err) = run(&[&p], "");
    assert_eq!(
        err,
        format!("Traceback (most recent call last):\n  File \"{p}\", line 2, in <module>\n    x = a.b + 1\n        ^^^\nAttributeError: 'NoneType' object has no attribute 'b'\n")
    );
}

#[test]
fn recursion_error_collapses_repeated_lines() {
    let p = script("t6.py", "def f(x):\n  return f(x)\nf(1)\n");
    let (code, _, err) = run(&[&p], "");
    assert_eq!(code, 1);
    let tail = format!("  File \"{p}\", line 2, in f\n    return f(x)\n           ^^^^\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n");
    assert!(err.ends_with(&tail), "{err}");
}

#[test]
fn chained_exceptions_print_both_banners() {
    let src = "try:\n    1/0\nexcept Exception as e:\n    raise ValueError('x') from e\n";
    let (_, _, err) = run(&["-c", src], "");
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"<string>\", line 4, in <module>\nValueError: x\n");
    let src = "try:\n    1/0\nexcept Exception:\n    {}['k']\n";
    let (_, _, err) = run(&["-c", src], "");
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"<string>\", line 4, in <module>\nKeyError: 'k'\n");
}

#[test]
fn syntax_error_in_file_has_no_traceback_header() {
    let p = script("s2.py", "x = 1\nif x:\n    y = = 2\n");
    let (code, _, err) = run(&[&p], "");
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!("  File \"{p}\", line 3\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n")
    );
}

#[test]
fn syntax_error_from_dash_c_shows_the_text() {
    let (code, _, err) = run(&["-c", "x = = 2"], "");
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "  File \"<string>\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n"
    );
}

#[test]
fn bare_raise_without_active_exception() {
    let (code, _, err) = run(&["-c", "raise"], "");
    assert_eq!(code, 1);
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nRuntimeError: No active exception to reraise\n");
}

#[test]
fn closed_stdout_does_not_panic() {
    let mut child = coil()
        .args(["-c", "while True: print(1)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Read a little, then close our end of the pipe.
    let mut out = child.stdout.take().expect("stdout");
    let mut buf = [0u8; 16];
    let _ = std::io::Read::read(&mut out, &mut buf);
    drop(out);
    let res = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("BrokenPipeError: [Errno 32] Broken pipe"),
        "{err}"
    );
}

/// Run `-c code` with `PYTHONHASHSEED` set to `seed`; (exit code, stdout, stderr).
fn run_with_hash_seed(seed: &str, code: &str) -> (i32, String, String) {
    let out = coil()
        .args(["-c", code])
        .env("PYTHONHASHSEED", seed)
        .stdin(Stdio::null())
        .output()
        .expect("spawn coil");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Values from python3 3.11: `PYTHONHASHSEED=N python3 -c "print(hash('abc'), hash(b'abcdefghij'))"`.
#[test]
fn hash_seed_env_gives_cpythons_str_and_bytes_hashes() {
    let code = "print(hash('abc'), hash(b'abcdefghij'))";
    let cases = [
        ("0", "-4594863902769663758 -829746140550000655\n"),
        ("1", "-4667308735975688587 -5359825416827196841\n"),
        ("+12", "-8299222001689046033 7751562361371998610\n"),
        ("4294967295", "-6122489556238538401 9142768847665015051\n"),
    ];
    for (seed, want) in cases {
        assert_eq!(
            run_with_hash_seed(seed, code),
            (0, want.to_string(), String::new()),
            "seed {seed}"
        );
    }
}

#[test]
fn unset_or_random_hash_seed_randomises_str_hashes_per_process() {
    let code = "print(hash('abc'))";
    let a = run_with_hash_seed("random", code);
    let b = run_with_hash_seed("random", code);
    assert_eq!((a.0, b.0), (0, 0));
    assert_ne!(a.1, b.1, "two processes drew the same hash secret");
}

#[test]
fn invalid_hash_seed_is_cpythons_fatal_error() {
    let (code, out, err) = run_with_hash_seed("abc", "print(1)");
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n"
    );
}

/// Run `args` in directory `dir` with extra environment `env`; (exit code, stdout, stderr).
fn run_in(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = coil();
    cmd.args(args).current_dir(dir).stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run coil");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh directory with `files` (relative path, text) for `-m` runs.
fn module_tree(tag: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-cli-m-{}-{tag}", std::process::id()));
    for (p, text) in files {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// `coil -m NAME` replaces the program path by "coil" in CPython's "EXE: message" lines.
fn exe_prefixed(stderr: &str) -> String {
    stderr
        .lines()
        .map(|l| match l.split_once(": ") {
            Some((exe, rest)) if exe.ends_with("coil") => format!("coil: {rest}"),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn dash_m_runs_a_module_as_main_with_its_path_in_argv() {
    let dir = module_tree(
        "mod",
        &[(
            "mod.py",
            "import sys\nprint(__name__, sys.argv[1:], repr(__package__), __spec__.name, __file__ == sys.argv[0], sys.argv[0].endswith('mod.py'))\n",
        )],
    );
    let (code, out, err) = run_in(&dir, &["-m", "mod", "a", "b"], &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "__main__ ['a', 'b'] '' mod True True\n");
}

#[test]
fn dash_m_package_runs_its_dunder_main_and_submodules_keep_their_package() {
    let dir = module_tree(
        "pkg",
        &[
            ("pkg/__init__.py", "print('init', __name__)\n"),
            (
                "pkg/__main__.py",
                "import sys\nprint('main of pkg', __name__, __package__, __spec__.name, sys.argv[1:])\n",
            ),
            ("pkg/child.py", "print('child', __name__, __package__, __spec__.name)\n"),
        ],
    );
    let (code, out, _) = run_in(&dir, &["-m", "pkg", "x"], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "init pkg\nmain of pkg __main__ pkg pkg.__main__ ['x']\n"
    );
    let (code, out, _) = run_in(&dir, &["-m", "pkg.child"], &[]);
    assert_eq!(code, 0);
    assert_eq!(out, "init pkg\nchild __main__ pkg pkg.child\n");
}

#[test]
fn dash_m_errors_match_python3s_messages_and_exit_1() {
    let dir = module_tree(
        "errs",
        &[
            ("nomain/__init__.py", ""),
            ("plain.py", "x = 1\n"),
            ("bad.py", "raise ValueError('bad init')\n"),
        ],
    );
    let cases = [
        ("nosuch", "coil: No module named nosuch"),
        (
            "nomain",
            "coil: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed",
        ),
        (
            "nosuch.x",
            "coil: Error while finding module specification for 'nosuch.x' (ModuleNotFoundError: No module named 'nosuch')",
        ),
        (
            "plain.x",
            "coil: Error while finding module specification for 'plain.x' (ModuleNotFoundError: __path__ attribute not found on 'plain' while trying to find 'plain.x')",
        ),
        ("sys", "coil: No code object available for sys"),
    ];
    for (name, want) in cases {
        let (code, out, err) = run_in(&dir, &["-m", name], &[]);
        assert_eq!((code, out.as_str()), (1, ""), "{name}");
        assert_eq!(exe_prefixed(&err), want, "{name}");
    }
    let (code, _, err) = run_in(&dir, &["-m", "bad"], &[]);
    assert_eq!(code, 1);
    let file = dir.join("bad.py");
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n  File \"{}\", line 1, in <module>\n    raise ValueError('bad init')\nValueError: bad init\n",
            file.display()
        )
    );
    let (code, _, err) = run_in(&dir, &["-m"], &[]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("Argument expected for the -m option\n"),
        "{err}"
    );
}

#[test]
fn script_main_has_no_spec_or_package() {
    let (code, out, _) = run(&["-c", "print(__spec__, __package__)"], "");
    assert_eq!((code, out.as_str()), (0, "None None\n"));
}

#[test]
fn dash_w_options_set_warning_filters() {
    let dir = std::env::temp_dir();
    let (code, _, err) = run_in(
        &dir,
        &["-W", "error", "-c", "import warnings; warnings.warn('x')"],
        &[],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUserWarning: x\n"
    );
    let (code, out, err) = run_in(
        &dir,
        &[
            "-W",
            "ignore",
            "-c",
            "import warnings, sys; warnings.warn('x'); print(sys.warnoptions)",
        ],
        &[],
    );
    assert_eq!((code, out.as_str(), err.as_str()), (0, "['ignore']\n", ""));
    let (_, out, err) = run_in(
        &dir,
        &["-Wbogus", "-W", "ignore::Foo", "-c", "print(1)"],
        &[],
    );
    assert_eq!(out, "1\n");
    assert_eq!(
        err,
        "Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: unknown warning category: 'Foo'\n"
    );
    let (_, _, err) = run_in(
        &dir,
        &[
            "-W",
            "always::UserWarning",
            "-c",
            "import warnings\nfor i in range(2): warnings.warn('y')",
        ],
        &[],
    );
    assert_eq!(
        err,
        "<string>:2: UserWarning: y\n<string>:2: UserWarning: y\n"
    );
    let (code, out, err) = run_in(
        &dir,
        &[
            "-W",
            "default",
            "-c",
            "import warnings,sys; print(sys.warnoptions); warnings.warn('d', DeprecationWarning)",
        ],
        &[("PYTHONWARNINGS", "error::DeprecationWarning")],
    );
    assert_eq!(code, 0);
    assert_eq!(out, "['error::DeprecationWarning', 'default']\n");
    assert_eq!(err, "<string>:1: DeprecationWarning: d\n");
}

#[test]
fn dash_w_error_makes_a_compile_time_syntax_warning_a_syntax_error() {
    let (status, out, err) = run_in(
        &std::env::temp_dir(),
        &["-W", "error", "-c", "x = 1\nx is 1"],
        &[],
    );
    assert_eq!((status, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "  File \"<string>\", line 2\nSyntaxError: \"is\" with a literal. Did you mean \"==\"?\n"
    );
}

#[test]
fn dash_w_ignore_silences_the_never_awaited_warning() {
    let code = "async def c(): pass\nc()\nprint('end')";
    let (status, out, err) = run_in(&std::env::temp_dir(), &["-W", "ignore", "-c", code], &[]);
    assert_eq!((status, out.as_str(), err.as_str()), (0, "end\n", ""));
}

#[test]
fn uncaught_exception_goes_through_a_user_excepthook() {
    let code = "import sys\nsys.excepthook = lambda t, v, tb: print('hooked', t.__name__, v)\nraise KeyError('k')";
    let (status, out, err) = run(&["-c", code], "");
    assert_eq!(
        (status, out.as_str(), err.as_str()),
        (1, "hooked KeyError 'k'\n", "")
    );
}

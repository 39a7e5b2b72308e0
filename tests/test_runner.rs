//! Integration tests of `coil test` (issue 7, contract in the README section "coil test"): each
//! test builds a small suite in a fresh temporary directory, runs `coil test ...` on it through
//! `CARGO_BIN_EXE_coil`, and checks the exit code and the exact last summary line
//! (`N passed, M failed[, K skipped][, X xfailed]`), plus the report text the behaviour promises.
//! Cases run under coil itself unless the test is about `--against` or needs a module coil lacks
//! (`os`, `signal`, `subprocess`): those run under `--against python3` and are skipped, with a
//! notice, where python3 is not on PATH (`needs_python3!`). Timeout tests use 1-2 s
//! limits so the whole file stays fast. The 2,000-case timing test lives in `test_runner_scale.rs`.

mod runner_support;

use runner_support::Suite;
use std::time::Duration;

const BUSY_LOOP: &str = "while True:\n    pass\n";

// ---------------------------------------------------------------------------------------------
// outcomes

#[test]
fn passing_case_exits_0_with_pass_line_and_summary() {
    let s = Suite::new();
    s.case("hello.py", "print('hello')\n", "hello\n");
    s.run(&["."])
        .expect(0, "1 passed, 0 failed")
        .has_line("PASS hello.py");
}

#[test]
fn stdout_mismatch_fails_with_unified_diff_of_stdout() {
    let s = Suite::new();
    s.case("greet.py", "print('world')\n", "hello\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("FAIL greet.py")
        .has_line("--- greet.py.out (expected)")
        .has_line("+++ stdout (actual)")
        .has_line("-hello")
        .has_line("+world")
        .has("@@")
        .lacks("+++ stderr (actual)");
}

#[test]
fn stderr_mismatch_fails_with_diff_of_stderr_only() {
    let s = Suite::new();
    s.case(
        "warn.py",
        "import sys\nprint('same')\nprint('oops', file=sys.stderr)\n",
        "same\n",
    );
    s.file("warn.py.err", "other\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("FAIL warn.py")
        .has_line("--- warn.py.err (expected)")
        .has_line("+++ stderr (actual)")
        .has_line("-other")
        .has_line("+oops")
        .lacks("+++ stdout (actual)");
}

#[test]
fn stderr_absent_expectation_means_empty_stderr() {
    let s = Suite::new();
    s.case(
        "noisy.py",
        "import sys\nprint('chatter', file=sys.stderr)\n",
        "",
    );
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("+++ stderr (actual)")
        .has_line("+chatter");
}

#[test]
fn wrong_exit_status_is_reported_with_expected_and_actual() {
    let s = Suite::new();
    s.case("quit.py", "import sys\nsys.exit(3)\n", "");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("FAIL quit.py")
        .has("exit status: expected 0, got 3");
}

#[test]
fn status_file_sets_the_expected_exit_code() {
    let s = Suite::new();
    s.case("three.py", "import sys\nsys.exit(3)\n", "");
    s.file("three.py.status", "3\n");
    s.case("zero.py", "print(1)\n", "1\n");
    s.file("zero.py.status", "3\n");
    s.run(&["."])
        .expect(1, "1 passed, 1 failed")
        .has_line("PASS three.py")
        .has_line("FAIL zero.py")
        .has("exit status: expected 3, got 0");
}

#[test]
fn hanging_case_times_out_per_directive_and_runner_continues() {
    let s = Suite::new();
    s.case(
        "spin.py",
        &format!("# coil-test: timeout=1\n{BUSY_LOOP}"),
        "",
    );
    s.case("after.py", "print('still here')\n", "still here\n");
    let r = s.run(&["."]);
    r.expect(1, "1 passed, 1 failed")
        .has_line("TIMEOUT spin.py")
        .has_line("PASS after.py")
        .has("timed out after 1s");
    assert!(r.elapsed < Duration::from_secs(10), "{}", r.dump());
}

#[test]
fn timeout_option_accepts_fractional_seconds() {
    let s = Suite::new();
    s.case("spin.py", BUSY_LOOP, "");
    let r = s.run(&["--timeout", "0.5", "."]);
    r.expect(1, "0 passed, 1 failed")
        .has_line("TIMEOUT spin.py")
        .has("timed out after");
    assert!(r.elapsed < Duration::from_secs(8), "{}", r.dump());
}

#[test]
fn per_case_timeout_directive_beats_timeout_option() {
    // The directive's 1 s wins over --timeout 60: the run ends in seconds, not a minute.
    let s = Suite::new();
    s.case(
        "spin.py",
        &format!("# coil-test: timeout=1\n{BUSY_LOOP}"),
        "",
    );
    let r = s.run(&["--timeout", "60", "."]);
    r.expect(1, "0 passed, 1 failed").has("timed out after 1s");
    assert!(r.elapsed < Duration::from_secs(20), "{}", r.dump());

    // ...and a generous directive lets a slow case finish under a tiny --timeout.
    needs_python3!();
    let s = Suite::new();
    s.case(
        "slow.py",
        "# coil-test: timeout=10\nimport time\ntime.sleep(1)\nprint('done')\n",
        "done\n",
    );
    s.run(&["--against", "python3", "--timeout", "0.3", "."])
        .expect(0, "1 passed, 0 failed");
}

#[test]
fn hanging_grandchild_is_killed_with_the_process_group() {
    needs_python3!();
    // The case leaves a `sleep 30` holding the output pipes; killing only the direct child
    // would keep the runner waiting for EOF for 30 s.
    let s = Suite::new();
    s.case(
        "fork.py",
        "# coil-test: timeout=1\nimport subprocess, time\n\
         subprocess.Popen(['sleep', '30'])\ntime.sleep(30)\n",
        "",
    );
    let r = s.run(&["--against", "python3", "."]);
    r.expect(1, "0 passed, 1 failed")
        .has_line("TIMEOUT fork.py");
    assert!(r.elapsed < Duration::from_secs(15), "{}", r.dump());
}

#[test]
fn crashing_case_reports_signal_name_and_runner_survives() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "segv.py",
        "import os, signal\nprint('before', flush=True)\nos.kill(os.getpid(), signal.SIGSEGV)\n",
        "before\n",
    );
    s.case("ok.py", "print('ok')\n", "ok\n");
    s.run(&["--against", "python3", "."])
        .expect(1, "1 passed, 1 failed")
        .has_line("CRASH segv.py")
        .has_line("PASS ok.py")
        .has("crashed: killed by signal 11 (SIGSEGV)");
}

#[test]
fn crashing_shell_script_interpreter_given_with_against() {
    let s = Suite::new();
    s.file("interp/abort.sh", "#!/bin/sh\nkill -ABRT $$\n");
    s.case(
        "any.py",
        "print('never runs under the fake interpreter')\n",
        "",
    );
    let interp = format!("/bin/sh {}", s.join("interp/abort.sh").display());
    s.run(&["--against", &interp, "any.py"])
        .expect(1, "0 passed, 1 failed")
        .has_line("CRASH any.py")
        .has("crashed: killed by signal 6 (SIGABRT)");
}

#[test]
fn missing_expectation_is_an_error_naming_the_file() {
    let s = Suite::new();
    s.file("lonely.py", "print(1)\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("ERROR lonely.py")
        .has("missing expectation lonely.py.out (run with --update)");
}

// ---------------------------------------------------------------------------------------------
// failure reports

#[test]
fn failure_report_diff_has_headers_hunk_and_three_lines_of_context() {
    let s = Suite::new();
    let expected: String = (1..=10).map(|i| format!("{i}\n")).collect();
    s.case(
        "ten.py",
        "for i in range(1, 11):\n    print('five' if i == 5 else i)\n",
        &expected,
    );
    let r = s.run(&["."]);
    r.expect(1, "0 passed, 1 failed")
        .has_line("--- ten.py.out (expected)")
        .has_line("+++ stdout (actual)")
        .has_line("@@ -2,7 +2,7 @@")
        .has_line(" 2")
        .has_line(" 8")
        .has_line("-5")
        .has_line("+five");
    assert!(
        !r.stdout.lines().any(|l| l == " 1" || l == " 9"),
        "{}",
        r.dump()
    );
}

#[test]
fn no_colour_escapes_when_stdout_is_not_a_tty() {
    let s = Suite::new();
    s.case("bad.py", "print('a')\n", "b\n");
    let r = s.run(&["."]);
    r.expect(1, "0 passed, 1 failed").has_line("-b");
    assert!(!r.stdout.contains('\x1b'), "{}", r.dump());
    assert!(!r.stderr.contains('\x1b'), "{}", r.dump());
}

#[test]
fn colour_always_colours_the_diff_and_never_does_not() {
    let s = Suite::new();
    s.case("bad.py", "print('a')\n", "b\n");
    let r = s.run(&["--color", "always", "."]);
    // The summary line stays plain text even in colour.
    r.expect(1, "0 passed, 1 failed");
    assert!(r.stdout.contains("\x1b["), "{}", r.dump());
    let r = s.run(&["--color", "never", "."]);
    r.expect(1, "0 passed, 1 failed");
    assert!(!r.stdout.contains('\x1b'), "{}", r.dump());
}

#[test]
fn quiet_drops_per_case_lines_but_keeps_reports_and_summary() {
    let s = Suite::new();
    s.case("good.py", "print(1)\n", "1\n");
    s.case("bad.py", "print(1)\n", "2\n");
    s.run(&["--quiet", "."])
        .expect(1, "1 passed, 1 failed")
        .lacks("PASS good.py")
        .has_line("FAIL bad.py")
        .has_line("+1");
    s.run(&["-q", "."])
        .expect(1, "1 passed, 1 failed")
        .lacks("PASS good.py");
}

#[test]
fn verbose_report_includes_full_actual_output() {
    let s = Suite::new();
    let mut expected: String = (1..=9).map(|i| format!("row{i:02}\n")).collect();
    expected.push_str("ROW10\n");
    s.case(
        "rows.py",
        "for i in range(1, 11):\n    print(f'row{i:02}')\n",
        &expected,
    );
    // The diff's context starts at row07: row01 only shows up in the full output.
    s.run(&["."]).expect(1, "0 passed, 1 failed").lacks("row01");
    s.run(&["--verbose", "."])
        .expect(1, "0 passed, 1 failed")
        .has("row01");
}

#[test]
fn verbose_case_lines_carry_duration_and_command_line() {
    needs_python3!();
    let s = Suite::new();
    s.case("good.py", "print(1)\n", "1\n");
    let r = s.run(&["--verbose", "--against", "python3", "."]);
    r.expect(0, "1 passed, 0 failed");
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("PASS good.py"))
        .unwrap_or_else(|| panic!("no PASS line\n{}", r.dump()));
    assert!(
        line != "PASS good.py" && line.contains("python3"),
        "verbose line lacks duration/command: {line:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// collection, paths, options

#[test]
fn underscore_and_dot_entries_are_not_collected() {
    let s = Suite::new();
    s.case("main.py", "print('main')\n", "main\n");
    s.file("_helper.py", "print('helper')\n");
    s.file("__init__.py", "");
    s.file("_fixtures/data.py", "print('x')\n");
    s.file(".hidden/case.py", "print('x')\n");
    s.file("__pycache__/mod.py", "print('x')\n");
    s.file("notes.txt", "not a case\n");
    s.run(&["."])
        .expect(0, "1 passed, 0 failed")
        .lacks("_helper")
        .lacks("__init__")
        .lacks("hidden");
}

#[test]
fn directories_are_searched_recursively_and_named_relative_to_path() {
    let s = Suite::new();
    s.case("top.py", "print('t')\n", "t\n");
    s.case("sub/deep/inner.py", "print('i')\n", "i\n");
    s.run(&["."])
        .expect(0, "2 passed, 0 failed")
        .has_line("PASS top.py")
        .has_line("PASS sub/deep/inner.py");
    s.run(&["sub"])
        .expect(0, "1 passed, 0 failed")
        .has_line("PASS deep/inner.py");
    s.run(&["sub/deep/inner.py"])
        .expect(0, "1 passed, 0 failed")
        .has_line("PASS inner.py");
}

#[test]
fn path_defaults_to_current_directory() {
    let s = Suite::new();
    s.case("a.py", "print('a')\n", "a\n");
    s.case("b/c.py", "print('c')\n", "c\n");
    s.run(&[]).expect(0, "2 passed, 0 failed");
}

#[test]
fn nonexistent_path_exits_2_with_message() {
    let s = Suite::new();
    let r = s.run(&["no/such/dir"]);
    assert_eq!(r.code, Some(2), "{}", r.dump());
    assert!(r.stderr.contains("no/such/dir"), "{}", r.dump());
}

#[test]
fn bad_option_or_value_exits_2() {
    let s = Suite::new();
    s.case("a.py", "print('a')\n", "a\n");
    for args in [
        &["--frobnicate", "."][..],
        &["--jobs", "many", "."],
        &["--timeout", "soon", "."],
        &["--format", "yaml", "."],
        &["--color", "sometimes", "."],
    ] {
        let r = s.run(args);
        assert_eq!(
            r.code,
            Some(2),
            "coil test {}\n{}",
            args.join(" "),
            r.dump()
        );
        assert!(
            r.stderr.to_lowercase().contains("usage"),
            "no usage message for coil test {}\n{}",
            args.join(" "),
            r.dump()
        );
    }
}

#[test]
fn help_exits_0_and_mentions_options() {
    let s = Suite::new();
    let r = s.run(&["--help"]);
    assert_eq!(r.code, Some(0), "{}", r.dump());
    let text = format!("{}{}", r.stdout, r.stderr);
    for opt in ["--update", "--against", "--filter", "--timeout", "--junit"] {
        assert!(text.contains(opt), "help lacks {opt}\n{}", r.dump());
    }
}

#[test]
fn filter_selects_by_substring_and_repeats_as_or() {
    let s = Suite::new();
    s.case("alpha.py", "print(1)\n", "1\n");
    s.case("beta.py", "print(1)\n", "not what it prints\n");
    s.case("gamma.py", "print(1)\n", "1\n");
    s.case("sub/delta.py", "print(1)\n", "1\n");
    s.run(&["--filter", "alp", "--filter", "gam", "."])
        .expect(0, "2 passed, 0 failed")
        .lacks("beta")
        .lacks("delta");
    s.run(&["--filter", "sub/", "."])
        .expect(0, "1 passed, 0 failed")
        .has_line("PASS sub/delta.py");
    s.run(&["--filter", "nothing-matches", "."])
        .expect(0, "0 passed, 0 failed");
}

#[test]
fn fail_fast_starts_no_case_after_the_first_failure() {
    let s = Suite::new();
    for i in 0..6 {
        s.case(&format!("f{i}.py"), "print('actual')\n", "expected\n");
    }
    s.run(&["--fail-fast", "--jobs", "1", "."])
        .expect(1, "0 passed, 1 failed");
    s.run(&["--jobs", "1", "."]).expect(1, "0 passed, 6 failed");
}

#[test]
fn jobs_runs_cases_in_parallel() {
    needs_python3!();
    let s = Suite::new();
    for i in 0..4 {
        s.case(
            &format!("nap{i}.py"),
            "import time\ntime.sleep(1)\nprint('up')\n",
            "up\n",
        );
    }
    let r = s.run(&["--against", "python3", "-j", "4", "."]);
    r.expect(0, "4 passed, 0 failed");
    assert!(
        r.elapsed < Duration::from_millis(3500),
        "4 one-second naps on 4 jobs took {:?}\n{}",
        r.elapsed,
        r.dump()
    );
}

#[test]
fn case_runs_in_its_own_directory_with_bare_file_name_as_argv0() {
    let s = Suite::new();
    s.file("sub/data.txt", "from the case dir\n");
    s.case(
        "sub/where.py",
        "import sys\nprint(sys.argv[0])\nprint(open('data.txt').read(), end='')\n",
        "where.py\nfrom the case dir\n",
    );
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

#[test]
fn child_environment_is_cleared_and_fixed() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "env.py",
        "import os\nfor k in ['PYTHONHASHSEED', 'PYTHONIOENCODING', 'PYTHONDONTWRITEBYTECODE',\n\
         \x20         'LC_ALL', 'COIL_RUNNER_TEST_MARKER']:\n    print(k, os.environ.get(k))\n\
         print('PATH' in os.environ)\n",
        "PYTHONHASHSEED 0\nPYTHONIOENCODING utf-8\nPYTHONDONTWRITEBYTECODE 1\n\
         LC_ALL C.UTF-8\nCOIL_RUNNER_TEST_MARKER None\nTrue\n",
    );
    s.run_env(
        &["--against", "python3", "."],
        &[("COIL_RUNNER_TEST_MARKER", "leaked")],
    )
    .expect(0, "1 passed, 0 failed");
}

#[test]
fn stdin_is_dev_null_by_default() {
    let s = Suite::new();
    s.case(
        "eof.py",
        "try:\n    input()\nexcept EOFError:\n    print('eof')\n",
        "eof\n",
    );
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

// ---------------------------------------------------------------------------------------------
// directives

#[test]
fn skip_directive_skips_without_running() {
    let s = Suite::new();
    // Neither skipped case has an expectation: running them would be an error.
    s.file("later.py", "# coil-test: skip\nprint(1)\n");
    s.file("why.py", "# coil-test: skip=needs a network\nprint(1)\n");
    s.case("runs.py", "print(1)\n", "1\n");
    s.run(&["."])
        .expect(0, "1 passed, 0 failed, 2 skipped")
        .has_line("SKIP later.py")
        .has_line("SKIP why.py")
        .has_line("PASS runs.py");
}

#[test]
fn xfail_that_fails_counts_as_xfailed_not_failed() {
    let s = Suite::new();
    s.case(
        "known_bug.py",
        "# coil-test: xfail\nprint('wrong')\n",
        "right\n",
    );
    s.case(
        "known_hang.py",
        &format!("# coil-test: xfail=loops forever\n# coil-test: timeout=1\n{BUSY_LOOP}"),
        "",
    );
    s.run(&["."])
        .expect(0, "0 passed, 0 failed, 2 xfailed")
        .has_line("XFAIL known_bug.py")
        .has_line("XFAIL known_hang.py");
}

#[test]
fn xfail_that_passes_fails_the_run_strictly() {
    let s = Suite::new();
    s.case(
        "fixed.py",
        "# coil-test: xfail\nprint('right')\n",
        "right\n",
    );
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("XPASS fixed.py")
        .has("XPASS (strict)");
}

#[test]
fn summary_lists_skipped_then_xfailed() {
    let s = Suite::new();
    s.case("p.py", "print(1)\n", "1\n");
    s.case("f.py", "print(1)\n", "2\n");
    s.file("s.py", "# coil-test: skip\n");
    s.case("x.py", "# coil-test: xfail\nprint(1)\n", "2\n");
    s.run(&["."])
        .expect(1, "1 passed, 1 failed, 1 skipped, 1 xfailed");
}

#[test]
fn directives_only_count_in_the_leading_comment_block() {
    let s = Suite::new();
    // After code: not a directive, the case runs.
    s.case("late.py", "print(1)\n# coil-test: skip\n", "1\n");
    // A blank line ends the block.
    s.case(
        "gap.py",
        "# a comment\n\n# coil-test: skip\nprint(1)\n",
        "1\n",
    );
    // Comment lines before the directive are fine; several directive lines accumulate.
    s.case(
        "stack.py",
        "#!/usr/bin/env python3\n# what this checks\n# coil-test: timeout=1\n\
         # coil-test: xfail\nwhile True:\n    pass\n",
        "",
    );
    s.run(&["."])
        .expect(0, "2 passed, 0 failed, 1 xfailed")
        .has_line("PASS late.py")
        .has_line("PASS gap.py")
        .has_line("XFAIL stack.py");
}

#[test]
fn bad_directive_is_an_error_counted_as_failed() {
    let s = Suite::new();
    s.case("unknown.py", "# coil-test: bogus\nprint(1)\n", "1\n");
    s.case(
        "malformed.py",
        "# coil-test: timeout=abc\nprint(1)\n",
        "1\n",
    );
    s.run(&["."])
        .expect(1, "0 passed, 2 failed")
        .has_line("ERROR unknown.py")
        .has_line("ERROR malformed.py")
        .has("bad directive");
}

#[test]
fn args_directive_splits_quotes_and_appends_to_argv() {
    let s = Suite::new();
    s.case(
        "argv.py",
        "# coil-test: args=one \"two words\" 'three  spaced' four\nimport sys\nprint(sys.argv)\n",
        "['argv.py', 'one', 'two words', 'three  spaced', 'four']\n",
    );
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

#[test]
fn args_tmpdir_is_a_fresh_empty_dir_shared_by_the_case_and_deleted_after() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "tmp.py",
        "# coil-test: args={tmpdir} out={tmpdir}/f.txt\nimport os, sys\n\
         d = sys.argv[1]\nprint(os.path.isabs(d), os.path.isdir(d), os.listdir(d))\n\
         print(sys.argv[2] == 'out=' + d + '/f.txt')\n\
         open(os.path.join(d, 'f.txt'), 'w').write('x')\n\
         open('seen.txt', 'w').write(d)\n",
        "True True []\nTrue\n",
    );
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
    let seen = s.read("seen.txt").expect("case wrote seen.txt");
    assert!(
        !std::path::Path::new(&seen).exists(),
        "{{tmpdir}} {seen} still exists after the run"
    );
}

#[test]
fn stdin_directive_feeds_a_file_from_the_case_dir() {
    let s = Suite::new();
    s.file("io/lines.txt", "first\nsecond\n");
    s.case(
        "io/read.py",
        "# coil-test: stdin=lines.txt timeout=5\nprint(input().upper())\nprint(input().upper())\n",
        "FIRST\nSECOND\n",
    );
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

#[test]
fn stdin_directive_naming_a_missing_file_is_an_error() {
    let s = Suite::new();
    s.case(
        "read.py",
        "# coil-test: stdin=absent.txt\nprint(input())\n",
        "x\n",
    );
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("ERROR read.py");
}

// ---------------------------------------------------------------------------------------------
// clocks

const SLEEP_AN_HOUR: &str = "# coil-test: timeout=2\nimport asyncio\n\n\
async def main():\n    await asyncio.sleep(3600)\n    print('woke')\n\nasyncio.run(main())\n";

#[test]
fn virtual_time_is_the_default_so_an_hour_long_sleep_passes() {
    let s = Suite::new();
    s.case("hour.py", SLEEP_AN_HOUR, "woke\n");
    s.run(&["."]).expect(0, "1 passed, 0 failed");
    s.run(&["--virtual-time", "."])
        .expect(0, "1 passed, 0 failed");
}

#[test]
fn real_time_makes_an_hour_long_sleep_time_out() {
    let s = Suite::new();
    s.case("hour.py", SLEEP_AN_HOUR, "woke\n");
    s.run(&["--real-time", "."])
        .expect(1, "0 passed, 1 failed")
        .has_line("TIMEOUT hour.py")
        .has("timed out after 2s");
}

#[test]
fn virtual_time_variable_is_set_unless_real_time() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "clock.py",
        "import os\nprint(os.environ.get('COIL_VIRTUAL_TIME'))\n",
        "1\n",
    );
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
    s.run(&["--against", "python3", "--real-time", "."])
        .expect(1, "0 passed, 1 failed")
        .has_line("+None");
}

// ---------------------------------------------------------------------------------------------
// --update / --bless

#[test]
fn update_round_trip_rewrites_listed_files_then_plain_run_passes() {
    let s = Suite::new();
    // stdout changed
    s.case("changed.py", "print('new')\n", "old\n");
    // stderr and status appear
    s.case(
        "fails.py",
        "import sys\nprint('bad', file=sys.stderr)\nsys.exit(2)\n",
        "",
    );
    // stale .err and .status disappear
    s.case("healed.py", "print('ok')\n", "ok\n");
    s.file("healed.py.err", "old error\n");
    s.file("healed.py.status", "1\n");
    // no expectation yet
    s.file("fresh.py", "print('first')\n");
    // already right: untouched
    s.case("same.py", "print('same')\n", "same\n");

    s.run(&["."]).expect(1, "1 passed, 4 failed");

    s.run(&["--update", "."])
        .expect(0, "5 passed, 0 failed")
        .has_line("updated changed.py (stdout)")
        .has_line("updated fails.py (stderr, status)")
        .has_line("updated healed.py (stderr, status)")
        .has_line("updated fresh.py (stdout)")
        .lacks("updated same.py");

    assert_eq!(s.read("changed.py.out").as_deref(), Some("new\n"));
    assert_eq!(s.read("fails.py.out").as_deref(), Some(""));
    assert_eq!(s.read("fails.py.err").as_deref(), Some("bad\n"));
    assert_eq!(s.read("fails.py.status").as_deref(), Some("2\n"));
    assert_eq!(s.read("healed.py.out").as_deref(), Some("ok\n"));
    assert!(!s.exists("healed.py.err"), "stale .err kept");
    assert!(!s.exists("healed.py.status"), "stale .status kept");
    assert_eq!(s.read("fresh.py.out").as_deref(), Some("first\n"));
    assert!(!s.exists("fresh.py.err") && !s.exists("fresh.py.status"));
    assert!(!s.exists("same.py.err") && !s.exists("same.py.status"));

    s.run(&["."]).expect(0, "5 passed, 0 failed");
}

#[test]
fn bless_is_an_alias_of_update() {
    let s = Suite::new();
    s.case("b.py", "print('blessed')\n", "cursed\n");
    s.run(&["--bless", "."])
        .expect(0, "1 passed, 0 failed")
        .has_line("updated b.py (stdout)");
    assert_eq!(s.read("b.py.out").as_deref(), Some("blessed\n"));
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

#[test]
fn update_does_not_write_timeouts_crashes_or_xfails() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "hang.py",
        &format!("# coil-test: timeout=1\nprint('partial')\n{BUSY_LOOP}"),
        "old\n",
    );
    s.case(
        "xf.py",
        "# coil-test: xfail\nprint('actual')\n",
        "expected\n",
    );
    s.run(&["--update", "."])
        .expect(1, "0 passed, 1 failed, 1 xfailed")
        .has_line("TIMEOUT hang.py")
        .lacks("updated hang.py")
        .lacks("updated xf.py");
    assert_eq!(s.read("hang.py.out").as_deref(), Some("old\n"));
    assert_eq!(s.read("xf.py.out").as_deref(), Some("expected\n"));

    let s = Suite::new();
    s.case(
        "segv.py",
        "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
        "old\n",
    );
    s.run(&["--against", "python3", "--update", "."])
        .expect(1, "0 passed, 1 failed")
        .has_line("CRASH segv.py")
        .lacks("updated segv.py");
    assert_eq!(s.read("segv.py.out").as_deref(), Some("old\n"));
    assert!(!s.exists("segv.py.status"));
}

#[test]
fn update_skips_skipped_cases() {
    let s = Suite::new();
    s.file("later.py", "# coil-test: skip\nprint(1)\n");
    s.run(&["--update", "."])
        .expect(0, "0 passed, 0 failed, 1 skipped");
    assert!(!s.exists("later.py.out"));
}

// ---------------------------------------------------------------------------------------------
// --against

#[test]
fn against_python3_runs_cpython_instead_of_coil() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "impl.py",
        "import sys\nprint(sys.implementation.name)\n",
        "cpython\n",
    );
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("-cpython")
        .has_line("+coil");
}

#[test]
fn against_command_is_split_shell_style() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "dev.py",
        "import sys\nprint(sys.flags.dev_mode)\n",
        "True\n",
    );
    s.run(&["--against", "python3 -X dev", "."])
        .expect(0, "1 passed, 0 failed");
}

#[test]
fn against_python3_update_generates_expectations_with_relative_traceback_paths() {
    needs_python3!();
    let s = Suite::new();
    s.file("sub/tb.py", "x = 1\nprint('before')\n1 / 0\n");
    s.run(&["--against", "python3", "--update", "."])
        .expect(0, "1 passed, 0 failed")
        .has_line("updated sub/tb.py (stdout, stderr, status)");
    assert_eq!(s.read("sub/tb.py.out").as_deref(), Some("before\n"));
    assert_eq!(s.read("sub/tb.py.status").as_deref(), Some("1\n"));
    let err = s.read("sub/tb.py.err").expect("tb.py.err written");
    assert!(err.contains("File \"tb.py\", line 3"), "{err}");
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    let root = s.path().display().to_string();
    assert!(!err.contains(&root), "absolute case dir left in {err}");

    // CPython's expectations hold for coil (same traceback) and for python3 itself.
    s.run(&["."]).expect(0, "1 passed, 0 failed");
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
}

// ---------------------------------------------------------------------------------------------
// normalisation

#[test]
fn memory_addresses_after_at_are_normalised() {
    let s = Suite::new();
    s.case(
        "addr.py",
        "print(object())\nprint('fn at 0x' + 'abc123')\n",
        "<object object at 0x7f0000000000>\nfn at 0xdeadbeef\n",
    );
    s.run(&["."]).expect(0, "1 passed, 0 failed");
    needs_python3!();
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
}

#[test]
fn hex_not_after_at_is_compared_exactly() {
    let s = Suite::new();
    s.case("hex.py", "print(hex(48879))\n", "0xdead\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("-0xdead")
        .has_line("+0xbeef");
}

#[test]
fn coil_test_toml_replacements_apply_in_order_and_per_stream() {
    let s = Suite::new();
    s.file(
        "coil-test.toml",
        r#"[[replace]]
pattern = '\d+\.\d+ ms'
replacement = 'N ms'

[[replace]]
pattern = 'job-(\w+)-\d+'
replacement = 'job-$1-N'
stream = "stdout"

[[replace]]
pattern = 'alpha'
replacement = 'beta'

[[replace]]
pattern = 'beta'
replacement = 'gamma'

[[replace]]
pattern = 'secret\d'
replacement = 'SECRET'
stream = "stderr"
"#,
    );
    s.case("ms.py", "print('took 1.25 ms')\n", "took 98.6 ms\n");
    s.case("capture.py", "print('job-build-4711')\n", "job-build-1\n");
    s.case("ordered.py", "print('alpha')\n", "gamma\n");
    s.case(
        "err_only.py",
        "import sys\nprint('secret1', file=sys.stderr)\n",
        "",
    );
    s.file("err_only.py.err", "secret2\n");
    // The stderr-only replacement does not touch stdout.
    s.case("not_stdout.py", "print('secret1')\n", "secret2\n");
    s.run(&["."])
        .expect(1, "4 passed, 1 failed")
        .has_line("PASS ms.py")
        .has_line("PASS capture.py")
        .has_line("PASS ordered.py")
        .has_line("PASS err_only.py")
        .has_line("FAIL not_stdout.py");
}

#[test]
fn coil_test_toml_is_found_by_walking_up_from_the_case() {
    let s = Suite::new();
    s.file(
        "coil-test.toml",
        "[[replace]]\npattern = 'run \\d+'\nreplacement = 'run N'\n",
    );
    s.case("a/b/deep.py", "print('run 42')\n", "run 7\n");
    s.run(&["a/b"]).expect(0, "1 passed, 0 failed");
    s.run(&["a/b/deep.py"]).expect(0, "1 passed, 0 failed");
}

#[test]
fn coil_test_toml_timeout_is_the_suite_default_below_the_option() {
    needs_python3!();
    let s = Suite::new();
    s.file("coil-test.toml", "timeout = 1\n");
    s.case(
        "nap.py",
        "import time\ntime.sleep(1.5)\nprint('up')\n",
        "up\n",
    );
    s.run(&["--against", "python3", "."])
        .expect(1, "0 passed, 1 failed")
        .has_line("TIMEOUT nap.py");
    s.run(&["--against", "python3", "--timeout", "5", "."])
        .expect(0, "1 passed, 0 failed");
}

#[test]
fn broken_coil_test_toml_is_reported_naming_the_file() {
    for toml in [
        "timeout = [\n",
        "[[replace]]\npattern = '('\nreplacement = ''\n",
    ] {
        let s = Suite::new();
        s.file("coil-test.toml", toml);
        s.case("a.py", "print(1)\n", "1\n");
        let r = s.run(&["."]);
        // Either exit 2 before running, or every case under it fails: both name the file.
        match r.code {
            Some(2) => {}
            Some(1) => assert_eq!(r.summary(), "0 passed, 1 failed", "{}", r.dump()),
            _ => panic!("broken toml {toml:?} not reported\n{}", r.dump()),
        }
        assert!(
            format!("{}{}", r.stdout, r.stderr).contains("coil-test.toml"),
            "{}",
            r.dump()
        );
    }
}

// ---------------------------------------------------------------------------------------------
// machine-readable output

#[test]
fn json_format_is_one_document_with_summary_and_sorted_cases() {
    let s = Suite::new();
    s.case("d_xfail.py", "# coil-test: xfail\nprint(1)\n", "2\n");
    s.case("a_pass.py", "print(1)\n", "1\n");
    s.case("c_skip.py", "# coil-test: skip\n", "");
    s.case("b_fail.py", "print('actual')\n", "expected\n");
    s.case("e_status.py", "import sys\nsys.exit(4)\n", "");
    let r = s.run(&["--format", "json", "."]);
    assert_eq!(r.code, Some(1), "{}", r.dump());
    assert_eq!(
        r.stderr_summary(),
        "1 passed, 2 failed, 1 skipped, 1 xfailed",
        "{}",
        r.dump()
    );
    let doc: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document: {e}\n{}", r.dump()));
    let sum = &doc["summary"];
    assert_eq!(sum["passed"], 1, "{doc:#}");
    assert_eq!(sum["failed"], 2, "{doc:#}");
    assert_eq!(sum["skipped"], 1, "{doc:#}");
    assert_eq!(sum["xfailed"], 1, "{doc:#}");
    assert!(sum["duration_s"].is_number(), "{doc:#}");

    let cases = doc["cases"].as_array().expect("cases array");
    let names: Vec<&str> = cases
        .iter()
        .map(|c| c["name"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        names,
        [
            "a_pass.py",
            "b_fail.py",
            "c_skip.py",
            "d_xfail.py",
            "e_status.py"
        ],
        "{doc:#}"
    );
    let outcomes: Vec<&str> = cases
        .iter()
        .map(|c| c["outcome"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        outcomes,
        ["pass", "fail", "skip", "xfail", "fail"],
        "{doc:#}"
    );

    let pass = &cases[0];
    let path = pass["path"].as_str().expect("path");
    assert!(
        std::path::Path::new(path).is_absolute() && path.ends_with("/a_pass.py"),
        "{doc:#}"
    );
    assert!(pass["duration_s"].is_number(), "{doc:#}");
    assert!(
        pass["stdout_diff"].is_null() && pass["stderr_diff"].is_null(),
        "{doc:#}"
    );

    let fail = &cases[1];
    let diff = fail["stdout_diff"].as_str().expect("stdout_diff string");
    assert!(
        diff.contains("@@") && diff.contains("-expected") && diff.contains("+actual"),
        "{diff}"
    );
    assert!(fail["stderr_diff"].is_null(), "{doc:#}");
    assert!(fail["reasons"].is_array(), "{doc:#}");

    let status = &cases[4];
    let reasons: Vec<&str> = status["reasons"]
        .as_array()
        .expect("reasons array")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(
        reasons.contains(&"exit status: expected 0, got 4"),
        "{doc:#}"
    );
}

#[test]
fn json_format_reports_timeout_and_crash_outcomes() {
    needs_python3!();
    let s = Suite::new();
    s.case(
        "hang.py",
        "# coil-test: timeout=1\nimport time\ntime.sleep(30)\n",
        "",
    );
    s.case(
        "segv.py",
        "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
        "",
    );
    let r = s.run(&["--against", "python3", "--format", "json", "."]);
    assert_eq!(r.code, Some(1), "{}", r.dump());
    assert_eq!(r.stderr_summary(), "0 passed, 2 failed", "{}", r.dump());
    let doc: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document: {e}\n{}", r.dump()));
    assert_eq!(doc["cases"][0]["outcome"], "timeout", "{doc:#}");
    assert_eq!(doc["cases"][1]["outcome"], "crash", "{doc:#}");
}

#[test]
fn junit_file_is_well_formed_xml_with_one_testcase_per_case() {
    needs_python3!();
    let s = Suite::new();
    s.case("a_pass.py", "print(1)\n", "1\n");
    s.case("b_fail.py", "print('<&>')\n", "\"quoted\"\n");
    s.case("c_skip.py", "# coil-test: skip\n", "");
    s.case("d_xfail.py", "# coil-test: xfail\nprint(1)\n", "2\n");
    let junit = s.join("report.xml");
    let r = s.run(&["--junit", junit.to_str().expect("utf-8 path"), "."]);
    r.expect(1, "1 passed, 1 failed, 1 skipped, 1 xfailed");

    // Parse it with CPython's XML parser and print what it found.
    let script = r#"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == 'testsuites', root.tag
suite = root.find('testsuite')
print(suite.get('name'), suite.get('tests'),
      int(suite.get('failures')) + int(suite.get('errors')), suite.get('time') is not None)
for tc in sorted(suite.findall('testcase'), key=lambda t: t.get('name')):
    kids = ','.join(sorted(k.tag + ('=' + k.get('message') if k.tag == 'skipped' and k.get('message') else '') for k in tc))
    print(tc.get('classname'), tc.get('name'), tc.get('time') is not None, kids or '-')
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&junit)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "JUnit file does not parse: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(&junit).unwrap_or_default()
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "coil test 4 1 True\n\
         coil a_pass.py True -\n\
         coil b_fail.py True failure\n\
         coil c_skip.py True skipped\n\
         coil d_xfail.py True skipped=xfail\n"
    );
}

// ---------------------------------------------------------------------------------------------
// edges

#[test]
fn script_named_test_runs_when_written_as_dot_slash_test() {
    let s = Suite::new();
    s.file("test", "print('a script called test')\n");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg("./test")
        .current_dir(s.path())
        .output()
        .expect("run coil ./test");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "a script called test\n"
    );
    assert!(out.status.success());
}

#[test]
fn no_color_env_beats_color_always() {
    let s = Suite::new();
    s.case("bad.py", "print('a')\n", "b\n");
    let r = s.run_env(&["--color", "always", "."], &[("NO_COLOR", "1")]);
    r.expect(1, "0 passed, 1 failed").has_line("+a");
    assert!(!r.stdout.contains('\x1b'), "{}", r.dump());
}

#[test]
fn unbalanced_quote_in_args_is_a_bad_directive() {
    let s = Suite::new();
    s.case("q.py", "# coil-test: args=\"unclosed\nprint(1)\n", "1\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("ERROR q.py")
        .has("bad directive");
}

#[test]
fn interpreter_that_cannot_be_spawned_is_an_error_per_case() {
    let s = Suite::new();
    s.case("a.py", "print(1)\n", "1\n");
    s.case("b.py", "print(1)\n", "1\n");
    s.run(&["--against", "/nonexistent/python9", "."])
        .expect(1, "0 passed, 2 failed")
        .has_line("ERROR a.py")
        .has_line("ERROR b.py");
}

#[test]
fn missing_final_newline_is_a_difference() {
    let s = Suite::new();
    s.case("bare.py", "print('x', end='')\n", "x");
    s.case("nl.py", "print('x', end='')\n", "x\n");
    s.run(&["."])
        .expect(1, "1 passed, 1 failed")
        .has_line("PASS bare.py")
        .has_line("FAIL nl.py");
}

#[test]
fn large_stdout_and_stderr_are_captured_without_deadlock() {
    // Far beyond a pipe buffer on both streams at once.
    let s = Suite::new();
    let line = "y".repeat(99);
    s.case(
        "big.py",
        &format!(
            "import sys\nfor i in range(20000):\n    print('{line}')\n    print('{line}', file=sys.stderr)\n"
        ),
        &format!("{line}\n").repeat(20000),
    );
    s.file("big.py.err", &format!("{line}\n").repeat(20000));
    s.run(&["."]).expect(0, "1 passed, 0 failed");
}

#[test]
fn non_utf8_output_is_compared_and_written_byte_for_byte() {
    needs_python3!();
    let s = Suite::new();
    s.file(
        "raw.py",
        "import sys\nsys.stdout.buffer.write(b'caf\\xe9 \\xff\\n')\n",
    );
    s.run(&["--against", "python3", "--update", "."])
        .expect(0, "1 passed, 0 failed");
    assert_eq!(
        std::fs::read(s.join("raw.py.out")).expect("raw.py.out written"),
        b"caf\xe9 \xff\n"
    );
    s.run(&["--against", "python3", "."])
        .expect(0, "1 passed, 0 failed");
    std::fs::write(s.join("raw.py.out"), b"caf\xe9 \xfe\n").expect("write");
    s.run(&["--against", "python3", "."])
        .expect(1, "0 passed, 1 failed");
}

#[test]
fn traceback_paths_are_stripped_when_the_suite_is_reached_through_a_symlink() {
    needs_python3!();
    let s = Suite::new();
    s.file("real/tb.py", "print('before')\n1 / 0\n");
    std::os::unix::fs::symlink(s.join("real"), s.join("link")).expect("symlink");
    s.run(&["--against", "python3", "--update", "link"])
        .expect(0, "1 passed, 0 failed");
    let err = s.read("real/tb.py.err").expect("tb.py.err written");
    assert!(err.contains("File \"tb.py\", line 2"), "{err}");
    s.run(&["--against", "python3", "link"])
        .expect(0, "1 passed, 0 failed");
    s.run(&["link"]).expect(0, "1 passed, 0 failed");
    s.run(&["real"]).expect(0, "1 passed, 0 failed");
}

#[test]
fn fail_fast_lets_running_cases_finish_and_counts_only_cases_that_ran() {
    needs_python3!();
    let s = Suite::new();
    s.case("a_fail.py", "print('actual')\n", "expected\n");
    for i in 0..8 {
        s.case(
            &format!("b_slow{i}.py"),
            "import time\ntime.sleep(2)\nprint('up')\n",
            "up\n",
        );
    }
    let r = s.run(&["--against", "python3", "--fail-fast", "-j", "2", "."]);
    assert_eq!(r.code, Some(1), "{}", r.dump());
    // a_fail.py starts first; at most the one case started beside it also runs.
    assert!(
        r.summary() == "0 passed, 1 failed" || r.summary() == "1 passed, 1 failed",
        "{}",
        r.dump()
    );
}

#[test]
fn terminal_gets_a_progress_bar_cleared_at_the_end_and_coloured_diffs() {
    use rexpect::process::wait::WaitStatus;
    let s = Suite::new();
    s.case("good.py", "print(1)\n", "1\n");
    s.case("bad.py", "print('a')\n", "b\n");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.args(["test", "."])
        .current_dir(s.path())
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(60_000)).expect("spawn in a pty");
    let out = p.exp_eof().expect("runner output");
    let status = p.process.wait().expect("wait");
    assert!(
        matches!(status, WaitStatus::Exited(_, 1)),
        "{status:?}\n{out:?}"
    );
    let last = out
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    assert_eq!(last.trim_end_matches('\r'), "1 passed, 1 failed", "{out:?}");
    // The bar reached 2/2 and was cleared (`\r` + erase line) after its last draw.
    let bar = out
        .rfind("2/2")
        .unwrap_or_else(|| panic!("no progress bar: {out:?}"));
    assert!(out[bar..].contains("\r\x1b[K"), "bar not cleared: {out:?}");
    // Passing cases get no line of their own on a terminal.
    assert!(!out.contains("PASS good.py"), "{out:?}");
    // stdout is a terminal: the diff is coloured.
    assert!(out.contains("\x1b[31m-b"), "diff not coloured: {out:?}");
}

#[test]
fn interrupt_kills_running_cases_and_reports_what_finished_with_exit_130() {
    needs_python3!();
    let s = Suite::new();
    s.case("a_quick.py", "print(1)\n", "1\n");
    s.case(
        "b_hang.py",
        "# coil-test: timeout=60\nimport subprocess, time\n\
         p = subprocess.Popen(['sleep', '60'])\nopen('grandchild.pid', 'w').write(str(p.pid))\n\
         time.sleep(60)\n",
        "",
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(["test", "--against", "python3", "-j", "1", "."])
        .current_dir(s.path())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn coil test");
    // -j 1: once b_hang.py has started its grandchild, a_quick.py has finished.
    let start = std::time::Instant::now();
    let pid_file = s.join("grandchild.pid");
    let grandchild: i32 = loop {
        if let Some(p) = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|t| t.trim().parse().ok())
        {
            break p;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("b_hang.py never started");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let sent = std::time::Instant::now();
    // SAFETY: signalling our own child process by its id.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().expect("wait for coil test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        sent.elapsed() < Duration::from_secs(10),
        "runner took {:?} to stop",
        sent.elapsed()
    );
    assert_eq!(out.status.code(), Some(130), "{stdout}\n{stderr}");
    assert_eq!(
        stdout.lines().last(),
        Some("1 passed, 0 failed"),
        "{stdout}\n{stderr}"
    );
    assert!(stderr.contains("interrupted"), "{stderr}");
    // The case's grandchild went with its process group (gone, or a zombie awaiting reaping).
    std::thread::sleep(Duration::from_millis(200));
    let state = std::fs::read_to_string(format!("/proc/{grandchild}/stat")).unwrap_or_default();
    let running = state
        .rsplit(')')
        .next()
        .map(|rest| !rest.trim_start().starts_with('Z'))
        .unwrap_or(false);
    assert!(!running, "grandchild {grandchild} still alive: {state}");
}

#[test]
fn huge_diff_is_capped_in_the_report() {
    let s = Suite::new();
    let expected: String = (0..3000).map(|i| format!("expected {i}\n")).collect();
    s.case(
        "flood.py",
        "for i in range(3000):\n    print('actual', i)\n",
        &expected,
    );
    let r = s.run(&["."]);
    r.expect(1, "0 passed, 1 failed")
        .has("more diff lines")
        .has_line("@@ -1,3000 +1,3000 @@")
        .has_line("-expected 0");
    assert!(
        r.stdout.lines().count() < 1000,
        "report has {} lines",
        r.stdout.lines().count()
    );
}

#[test]
fn unreadable_status_expectation_is_an_error() {
    let s = Suite::new();
    s.case("st.py", "print(1)\n", "1\n");
    s.file("st.py.status", "one\n");
    s.run(&["."])
        .expect(1, "0 passed, 1 failed")
        .has_line("ERROR st.py")
        .has("st.py.status");
}

#[test]
fn overlapping_paths_run_each_case_once() {
    let s = Suite::new();
    s.case("top.py", "print(1)\n", "1\n");
    s.case("sub/inner.py", "print(2)\n", "2\n");
    s.run(&[".", "sub", "sub/inner.py"])
        .expect(0, "2 passed, 0 failed");
}

#[test]
fn each_case_gets_its_own_tmpdir() {
    needs_python3!();
    let s = Suite::new();
    for name in ["one", "two"] {
        s.case(
            &format!("{name}.py"),
            &format!(
                "# coil-test: args={{tmpdir}}\nimport sys\n\
                 open('{name}.seen', 'w').write(sys.argv[1])\n"
            ),
            "",
        );
    }
    s.run(&["--against", "python3", "."])
        .expect(0, "2 passed, 0 failed");
    let one = s.read("one.seen").expect("one.seen");
    let two = s.read("two.seen").expect("two.seen");
    assert_ne!(one, two, "two cases shared a {{tmpdir}}");
}

#[test]
fn junit_and_json_can_be_asked_for_together() {
    let s = Suite::new();
    s.case("a.py", "print(1)\n", "1\n");
    let junit = s.join("j.xml");
    let r = s.run(&[
        "--format",
        "json",
        "--junit",
        junit.to_str().expect("utf-8 path"),
        ".",
    ]);
    assert_eq!(r.code, Some(0), "{}", r.dump());
    assert_eq!(r.stderr_summary(), "1 passed, 0 failed", "{}", r.dump());
    let doc: serde_json::Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document: {e}\n{}", r.dump()));
    assert_eq!(doc["summary"]["passed"], 1, "{doc:#}");
    let xml = std::fs::read_to_string(&junit).expect("junit written");
    assert!(
        xml.contains("<testcase classname=\"coil\" name=\"a.py\""),
        "{xml}"
    );
}

#[test]
fn cases_import_uncollected_helper_modules_beside_them() {
    let s = Suite::new();
    s.file("_helper.py", "def greet(n):\n    return 'hi ' + n\n");
    s.file("pkg/__init__.py", "");
    s.file("pkg/_util.py", "TWICE = 2\n");
    s.case(
        "main.py",
        "from _helper import greet\nprint(greet('x'))\n",
        "hi x\n",
    );
    s.case(
        "pkg/user.py",
        "import _util\nprint(_util.TWICE * 21)\n",
        "42\n",
    );
    s.run(&["."])
        .expect(0, "2 passed, 0 failed")
        .lacks("_helper")
        .lacks("_util");
}

//! Ctrl-C (SIGINT) in scripts: KeyboardInterrupt raised in the running code, CPython's
//! traceback on stderr, and the process ending killed by SIGINT (python3 does the same:
//! shells show status 130). Each script prints `ready` once it is about to block, and the
//! signal is sent after that line is read: no sleeps.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Run `code` with `-c`, wait for its `ready` line, send SIGINT; returns (stderr, signal that
/// ended it, seconds from the signal to the exit).
fn interrupt(code: &str) -> (String, Option<i32>, f64) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.args(["-c", code])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only async-signal-safe `signal` between fork and exec. A test runner started in
    // the background may ignore SIGINT, which coil (like CPython) would keep ignoring.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn coil");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("ready line");
    assert_eq!(line, "ready\n");
    let t0 = Instant::now();
    // SAFETY: signalling our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    (err, status.signal(), t0.elapsed().as_secs_f64())
}

/// Generous for a loaded machine; the wake-up itself takes one 20 ms slice at most.
const PROMPT_ENOUGH: f64 = 2.0;

#[test]
fn ctrl_c_interrupts_while_true_with_a_traceback_and_dies_by_sigint() {
    let (err, sig, dt) = interrupt("print('ready', flush=True)\nwhile True: pass");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyboardInterrupt\n"
    );
    assert_eq!(sig, Some(libc::SIGINT));
    assert!(dt < PROMPT_ENOUGH, "{dt}");
}

#[test]
fn ctrl_c_interrupts_deep_recursion_free_calls() {
    let (err, sig, _) = interrupt(
        "def fib(n):\n    if n == 100:\n        print('ready', flush=True)\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(100)",
    );
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert!(err.contains("in fib"), "{err}");
    assert_eq!(sig, Some(libc::SIGINT));
}

#[test]
fn ctrl_c_wakes_time_sleep() {
    let (err, sig, dt) = interrupt("import time\nprint('ready', flush=True)\ntime.sleep(100)");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nKeyboardInterrupt\n"
    );
    assert_eq!(sig, Some(libc::SIGINT));
    assert!(dt < PROMPT_ENOUGH, "{dt}");
}

#[test]
fn ctrl_c_wakes_the_event_loop_waiting_for_a_timer() {
    let (err, sig, dt) = interrupt(
        "import asyncio\nasync def main():\n    print('ready', flush=True)\n    await asyncio.sleep(100)\nasyncio.run(main())",
    );
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert_eq!(sig, Some(libc::SIGINT));
    assert!(dt < PROMPT_ENOUGH, "{dt}");
}

#[test]
fn keyboard_interrupt_can_be_caught() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.args([
        "-c",
        "import time\ntry:\n    print('ready', flush=True)\n    time.sleep(100)\nexcept KeyboardInterrupt:\n    print('caught')",
    ])
    .stdout(Stdio::piped());
    // SAFETY: as in `interrupt`.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("ready");
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest");
    let status = child.wait().expect("wait");
    assert_eq!(rest, "caught\n");
    assert_eq!(status.code(), Some(0));
}

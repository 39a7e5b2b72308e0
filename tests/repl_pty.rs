//! The interactive prompt driven through a pseudo-terminal (rexpect): what a user at a
//! terminal sees. Each test waits for output, never for time; timeouts are generous for a
//! loaded machine. Output checks look for text that the echoed input cannot contain (results
//! are built by expressions such as `"spin" + "ning"`), and result lines are matched with the
//! terminal's line ends around them.

use rexpect::process::wait::WaitStatus;
use rexpect::session::PtySession;
use std::path::PathBuf;
use std::process::Command;

const TIMEOUT_MS: u64 = 30_000;

/// A fresh HOME so that history never touches the user's.
fn temp_home(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("coil-repl-{}-{}", tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp home");
    d
}

fn spawn_in(home: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    cmd.arg("-q").env("HOME", home).env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn coil");
    p.exp_string(">>> ").expect("first prompt");
    p
}

fn spawn(tag: &str) -> PtySession {
    spawn_in(&temp_home(tag))
}

/// rustyline turns bracketed paste on as each read starts: this marks a new prompt, unlike
/// the prompt text itself, which rustyline redraws while the user types.
const NEW_READ: &str = "\x1b[?2004h";

/// Wait for the next fresh `prompt`; returns the output before it.
fn next_prompt(p: &mut PtySession, prompt: &str) -> String {
    let out = p.exp_string(NEW_READ).expect("a new read");
    p.exp_string(prompt).expect("the prompt");
    out
}

/// Send `line`, wait for the next `>>> ` prompt, and return what came before it.
fn entry(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).expect("send");
    next_prompt(p, ">>> ")
}

/// Send a line that continues the entry (the REPL answers with `... `).
fn cont(p: &mut PtySession, line: &str) {
    p.send_line(line).expect("send");
    next_prompt(p, "... ");
}

/// `out` has `line` as a whole output line.
fn has_line(out: &str, line: &str) -> bool {
    out.contains(&format!("\n{line}\r\n"))
}

fn quit(mut p: PtySession) {
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("eof");
}

#[test]
fn multi_line_function_definition_then_call() {
    let mut p = spawn("def");
    cont(&mut p, "def f(x):");
    cont(&mut p, "    y = x * 2");
    cont(&mut p, "    return y");
    let out = entry(&mut p, "");
    assert!(!out.contains("Error"), "{out}");
    let out = entry(&mut p, "f(21)");
    assert!(has_line(&out, "42"), "{out:?}");
    quit(p);
}

#[test]
fn underscore_is_the_last_echoed_result() {
    let mut p = spawn("underscore");
    let out = entry(&mut p, "6 * 7");
    assert!(has_line(&out, "42"), "{out:?}");
    let out = entry(&mut p, "None");
    assert!(!has_line(&out, "None"), "{out:?}");
    let out = entry(&mut p, "_ + 1");
    assert!(has_line(&out, "43"), "{out:?}");
    quit(p);
}

#[test]
fn exception_prints_traceback_and_keeps_state() {
    let mut p = spawn("exc");
    entry(&mut p, "x = 5");
    let out = entry(&mut p, "1/0");
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(
        out.contains("File \"<stdin>\", line 1, in <module>"),
        "{out:?}"
    );
    assert!(
        out.contains("ZeroDivisionError: division by zero"),
        "{out:?}"
    );
    let out = entry(&mut p, "x * 11");
    assert!(has_line(&out, "55"), "{out:?}");
    quit(p);
}

#[test]
fn syntax_error_keeps_state() {
    let mut p = spawn("syntax");
    entry(&mut p, "y = 7");
    let out = entry(&mut p, "y = = 1");
    assert!(out.contains("SyntaxError: invalid syntax"), "{out:?}");
    let out = entry(&mut p, "y * 6");
    assert!(has_line(&out, "42"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_interrupts_while_true_and_returns_to_the_prompt() {
    let mut p = spawn("spin");
    cont(&mut p, "def spin():");
    cont(&mut p, "    print('spin' + 'ning', flush=True)");
    cont(&mut p, "    while True: pass");
    entry(&mut p, "");
    p.send_line("spin()").expect("send");
    p.exp_string("spinning").expect("loop started");
    p.send_control('c').expect("ctrl-c");
    let out = next_prompt(&mut p, ">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    assert!(out.contains("line 3, in spin"), "{out:?}");
    let out = entry(&mut p, "20 + 22");
    assert!(has_line(&out, "42"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_wakes_time_sleep() {
    let mut p = spawn("sleep");
    p.send_line("import time; print('sleep' + 'ing', flush=True); time.sleep(100)")
        .expect("send");
    p.exp_string("sleeping").expect("sleep started");
    p.send_control('c').expect("ctrl-c");
    let out = next_prompt(&mut p, ">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_at_the_prompt_prints_keyboard_interrupt() {
    let mut p = spawn("promptc");
    p.send("partial input").expect("send");
    p.send_control('c').expect("ctrl-c");
    let out = next_prompt(&mut p, ">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    let out = entry(&mut p, "1 + 1");
    assert!(has_line(&out, "2"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_d_on_an_empty_line_exits_with_status_0() {
    let mut p = spawn("eof");
    entry(&mut p, "x = 1");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("eof");
    match p.process.wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 0),
        other => panic!("unexpected status {other:?}"),
    }
}

#[test]
fn exit_call_ends_the_session_with_its_code() {
    let mut p = spawn("exitcall");
    p.send_line("exit(3)").expect("send");
    p.exp_eof().expect("eof");
    match p.process.wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 3),
        other => panic!("unexpected status {other:?}"),
    }
}

#[test]
fn top_level_await_prints_the_result() {
    let mut p = spawn("await");
    entry(&mut p, "import asyncio");
    let out = entry(&mut p, "await asyncio.sleep(0.01, result=5)");
    assert!(has_line(&out, "5"), "{out:?}");
    let out = entry(&mut p, "asyncio.run(asyncio.sleep(0, result=6))");
    assert!(has_line(&out, "6"), "{out:?}");
    quit(p);
}

#[test]
fn task_created_at_the_prompt_finishes_during_a_later_await() {
    let mut p = spawn("task");
    entry(&mut p, "import asyncio");
    cont(&mut p, "async def work():");
    cont(&mut p, "    await asyncio.sleep(0.05)");
    cont(&mut p, "    print('work' + ' done')");
    entry(&mut p, "");
    let out = entry(
        &mut p,
        "t = asyncio.create_task(work()); await asyncio.sleep(0)",
    );
    assert!(!out.contains("work done"), "{out:?}");
    let out = entry(&mut p, "await asyncio.sleep(0.5)");
    assert!(has_line(&out, "work done"), "{out:?}");
    let out = entry(&mut p, "t.done()");
    assert!(has_line(&out, "True"), "{out:?}");
    quit(p);
}

#[test]
fn future_scheduled_before_the_first_await_runs_on_the_session_loop() {
    // ensure_future in a plain entry uses the current event loop; the first awaiting entry
    // adopts it, and an asyncio.run in between does not detach the session's loop.
    let mut p = spawn("ensure");
    entry(&mut p, "import asyncio");
    entry(
        &mut p,
        "t = asyncio.ensure_future(asyncio.sleep(0.01, result='bg'))",
    );
    let out = entry(&mut p, "await asyncio.sleep(0.05, result=5)");
    assert!(has_line(&out, "5"), "{out:?}");
    let out = entry(&mut p, "t.result()");
    assert!(has_line(&out, "'bg'"), "{out:?}");
    entry(&mut p, "asyncio.run(asyncio.sleep(0))");
    entry(
        &mut p,
        "u = asyncio.ensure_future(asyncio.sleep(0.01, result='again'))",
    );
    entry(&mut p, "await asyncio.sleep(0.05)");
    let out = entry(&mut p, "u.result()");
    assert!(has_line(&out, "'again'"), "{out:?}");
    quit(p);
}

#[test]
fn ctrl_c_interrupts_an_awaiting_entry() {
    let mut p = spawn("awaitc");
    entry(&mut p, "import asyncio");
    p.send_line("print('wait' + 'ing', flush=True); await asyncio.sleep(100)")
        .expect("send");
    p.exp_string("waiting").expect("await started");
    p.send_control('c').expect("ctrl-c");
    let out = next_prompt(&mut p, ">>> ");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    let out = entry(&mut p, "await asyncio.sleep(0, result=9)");
    assert!(has_line(&out, "9"), "{out:?}");
    quit(p);
}

#[test]
fn history_is_saved_across_sessions() {
    let home = temp_home("history");
    let mut p = spawn_in(&home);
    let out = entry(&mut p, "'hist' + 'ory'");
    assert!(has_line(&out, "'history'"), "{out:?}");
    quit(p);
    let saved = std::fs::read_to_string(home.join(".coil_history")).expect("history file");
    assert!(saved.contains("'hist' + 'ory'"), "{saved:?}");
    let mut p = spawn_in(&home);
    // Up arrow recalls the previous session's line.
    p.send("\x1b[A").expect("up");
    p.send_line("").expect("enter");
    let out = next_prompt(&mut p, ">>> ");
    assert!(has_line(&out, "'history'"), "{out:?}");
    quit(p);
}

#[test]
fn tab_completes_a_global_name_and_an_attribute() {
    let mut p = spawn("tab");
    entry(&mut p, "my_unique_variable = 41");
    p.send("my_uniq\t").expect("tab");
    p.send_line(" + 1").expect("send");
    let out = next_prompt(&mut p, ">>> ");
    assert!(has_line(&out, "42"), "{out:?}");
    entry(&mut p, "import math");
    p.send("math.fact\t").expect("tab");
    p.send_line("5)").expect("send");
    let out = next_prompt(&mut p, ">>> ");
    assert!(has_line(&out, "120"), "{out:?}");
    quit(p);
}

#[test]
fn bracketed_paste_of_a_function_with_blank_lines() {
    let mut p = spawn("paste");
    p.send("\x1b[200~def g():\n    a = 20\n\n    return a + 22\n\x1b[201~")
        .expect("paste");
    p.send_line("").expect("enter");
    next_prompt(&mut p, "... ");
    entry(&mut p, "");
    let out = entry(&mut p, "g()");
    assert!(has_line(&out, "42"), "{out:?}");
    quit(p);
}

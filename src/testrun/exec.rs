//! Running one child process for `coil test`: spawn in its own process group, capture stdout
//! and stderr, enforce a wall-clock timeout, and report how it ended.
//!
//! One thread drives one child without sleeping: it `poll(2)`s the two pipes and a pidfd of the
//! child (Linux >= 5.3) with the time left as the poll timeout, so a finished case is noticed
//! at once. On timeout the whole process group (`kill(-pgid, SIGKILL)`) is killed, so
//! grandchildren go too. Each stream keeps at most `CAPTURE_LIMIT` bytes (the rest is drained
//! and dropped), so a runaway case cannot exhaust the runner's memory. Never panics.
//!
//! The children run in their own process groups, so a Ctrl-C at the terminal reaches only the
//! runner: `install_interrupt_handler` makes SIGINT/SIGTERM set `INTERRUPTED`, and every
//! running `run` then kills its child's group and returns with `interrupted` set (the poll
//! timeout is capped at `INTERRUPT_POLL` so the flag is seen promptly).

use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set by SIGINT/SIGTERM once `install_interrupt_handler` ran.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The longest a poll waits before looking at `INTERRUPTED` again.
const INTERRUPT_POLL: Duration = Duration::from_millis(100);

extern "C" fn on_interrupt(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Route SIGINT and SIGTERM to `INTERRUPTED` (the runner then stops its children and reports
/// what finished).
pub fn install_interrupt_handler() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as *const () as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGTERM,
            on_interrupt as *const () as libc::sighandler_t,
        );
    }
}

/// Bytes kept per stream.
pub const CAPTURE_LIMIT: usize = 32 << 20;

/// How a child run ended, with what it printed.
#[derive(Debug, Default, Clone)]
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit code when it exited normally.
    pub code: Option<i32>,
    /// The signal that killed it (not set when we killed it on timeout).
    pub signal: Option<i32>,
    pub timed_out: bool,
    /// Stopped because the runner was interrupted (`INTERRUPTED`).
    pub interrupted: bool,
    pub duration: Duration,
}

/// Spawn `cmd` (stdin already set up by the caller) with piped stdout/stderr in a new process
/// group, and wait at most `timeout`. `Err` is a spawn failure message.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Captured, String> {
    let start = Instant::now();
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = cmd.spawn().map_err(|e| {
        format!(
            "cannot run {}: {}",
            cmd.get_program().to_string_lossy(),
            super::discover::io_msg(&e)
        )
    })?;
    let pid = child.id() as libc::pid_t;
    let mut out = Captured::default();
    let mut so = child.stdout.take();
    let mut se = child.stderr.take();
    let pidfd = pidfd_open(pid);
    let deadline = start + timeout;
    let mut exited = false;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let mut fds: Vec<libc::pollfd> = Vec::with_capacity(3);
        if let Some(s) = &so {
            fds.push(pollfd(s.as_raw_fd()));
        }
        if let Some(s) = &se {
            fds.push(pollfd(s.as_raw_fd()));
        }
        let pipes_open = !fds.is_empty();
        if !exited {
            if let Some(p) = &pidfd {
                fds.push(pollfd(p.as_raw_fd()));
            }
        }
        if INTERRUPTED.load(Ordering::Relaxed) {
            out.interrupted = true;
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            out.timed_out = true;
            break;
        }
        if !pipes_open {
            if exited {
                break;
            }
            if pidfd.is_none() {
                // No pidfd: the pipes are closed, so the child is most likely exiting; check
                // its status every millisecond until the deadline.
                match child.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) => {
                        std::thread::sleep(Duration::from_millis(1));
                        continue;
                    }
                }
            }
        }
        let left = (deadline - now).min(INTERRUPT_POLL);
        let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
        // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs for the whole call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            break;
        }
        for f in &fds {
            if f.revents == 0 {
                continue;
            }
            if so.as_ref().is_some_and(|s| s.as_raw_fd() == f.fd) {
                if !drain(&mut so, &mut out.stdout, &mut buf) {
                    so = None;
                }
            } else if se.as_ref().is_some_and(|s| s.as_raw_fd() == f.fd) {
                if !drain(&mut se, &mut out.stderr, &mut buf) {
                    se = None;
                }
            } else {
                exited = true;
            }
        }
    }
    if out.timed_out || out.interrupted {
        // SAFETY: plain kill(2) of the child's process group (the child is its leader).
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    drop(so);
    drop(se);
    let status = child.wait();
    out.duration = start.elapsed();
    if !out.timed_out && !out.interrupted {
        if let Ok(s) = status {
            out.code = s.code();
            out.signal = s.signal();
        }
    }
    Ok(out)
}

/// Read once from a readable pipe into `into` (up to `CAPTURE_LIMIT` kept). Returns false at
/// EOF or on error (the pipe is then done).
fn drain<R: Read>(pipe: &mut Option<R>, into: &mut Vec<u8>, buf: &mut [u8]) -> bool {
    let Some(p) = pipe else { return false };
    loop {
        match p.read(buf) {
            Ok(0) => return false,
            Ok(n) => {
                let room = CAPTURE_LIMIT.saturating_sub(into.len());
                into.extend_from_slice(&buf[..n.min(room)]);
                return true;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        }
    }
}

fn pollfd(fd: i32) -> libc::pollfd {
    libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    }
}

/// `pidfd_open(2)`: a descriptor that becomes readable when the process exits. `None` on
/// kernels without it.
fn pidfd_open(pid: libc::pid_t) -> Option<OwnedFd> {
    // SAFETY: the syscall takes (pid, flags) and returns a new descriptor or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return None;
    }
    // SAFETY: `fd` is a fresh descriptor we own.
    Some(unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

/// The conventional name of a signal number (`SIGSEGV`), for crash reports.
pub fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGUSR1 => "SIGUSR1",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGUSR2 => "SIGUSR2",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGSYS => "SIGSYS",
        _ => "unknown signal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_both_streams_and_the_exit_code() {
        let mut c = Command::new("sh");
        c.args(["-c", "echo out; echo err >&2; exit 3"])
            .stdin(Stdio::null());
        let r = run(&mut c, Duration::from_secs(10)).unwrap();
        assert_eq!(r.stdout, b"out\n");
        assert_eq!(r.stderr, b"err\n");
        assert_eq!(r.code, Some(3));
        assert!(!r.timed_out);
    }

    #[test]
    fn a_hanging_child_and_its_group_are_killed_at_the_timeout() {
        let mut c = Command::new("sh");
        c.args(["-c", "sleep 30 & sleep 30"]).stdin(Stdio::null());
        let r = run(&mut c, Duration::from_millis(200)).unwrap();
        assert!(r.timed_out);
        assert!(r.duration < Duration::from_secs(5));
    }

    #[test]
    fn a_signal_death_is_reported() {
        let mut c = Command::new("sh");
        c.args(["-c", "kill -SEGV $$"]).stdin(Stdio::null());
        let r = run(&mut c, Duration::from_secs(10)).unwrap();
        assert_eq!(r.signal, Some(libc::SIGSEGV));
        assert_eq!(signal_name(libc::SIGSEGV), "SIGSEGV");
    }
}

//! The human output of `coil test`: the live display while cases run (a one-line progress bar
//! redrawn on stderr when stderr is a terminal, else one `PASS name` line per finished case on
//! stdout), then one report per failed case (reasons and unified diffs, coloured when stdout is
//! a terminal or `--color always`, never with `--color never` or `NO_COLOR`), the `updated ...`
//! lines of `--update`, a timing line, and the summary line, which is always the last line.
//!
//! `--quiet` drops the per-case lines and the progress bar; `--verbose` adds durations and
//! command lines to them and the full actual output to failure reports.

use super::compare::{colorize_diff, style};
use super::{CaseResult, ColorChoice, Format, Options, Outcome, Summary};
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Whether the reports on stdout are coloured.
pub fn use_color(o: &Options) -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    match o.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal(),
    }
}

fn outcome_color(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass | Outcome::XFail => style::GREEN,
        Outcome::Skip => style::YELLOW,
        _ => style::RED,
    }
}

fn word(o: Outcome, color: bool) -> String {
    if color {
        format!("{}{}{}", outcome_color(o), o.word(), style::RESET)
    } else {
        o.word().to_string()
    }
}

/// The live display while the cases run.
pub struct Display {
    /// Progress bar on stderr (a terminal, not quiet, human format).
    bar: bool,
    /// Per-case lines on stdout.
    lines: bool,
    verbose: bool,
    color: bool,
    total: usize,
    done: usize,
    last_draw: Option<Instant>,
    width: usize,
}

impl Display {
    pub fn new(o: &Options, total: usize) -> Display {
        let human = o.format == Format::Human && !o.quiet;
        let bar = human && std::io::stderr().is_terminal();
        Display {
            bar,
            // On a terminal only failures (and with --verbose, every case) get a line.
            lines: human,
            verbose: o.verbose,
            color: use_color(o),
            total,
            done: 0,
            last_draw: None,
            width: terminal_width().unwrap_or(80),
        }
    }

    /// A case finished.
    pub fn finished(&mut self, r: &CaseResult) {
        self.done += 1;
        let show_line = self.lines && (!self.bar || self.verbose || r.outcome.is_failure());
        if show_line {
            if self.bar {
                self.clear_bar();
            }
            let mut line = format!("{} {}", word(r.outcome, self.color), r.name);
            if self.verbose {
                line.push_str(&format!(" ({:.2}s)", r.duration.as_secs_f64()));
                if !r.command.is_empty() {
                    line.push_str(&format!("  $ {}", r.command));
                }
            }
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
        if self.bar {
            let now = Instant::now();
            let due = self
                .last_draw
                .is_none_or(|t| now.duration_since(t) >= Duration::from_millis(40));
            if due || show_line || self.done == self.total {
                self.draw(&r.name);
                self.last_draw = Some(now);
            }
        }
    }

    fn draw(&self, name: &str) {
        const BAR: usize = 30;
        let filled = if self.total == 0 {
            BAR
        } else {
            self.done * BAR / self.total
        };
        let mut s = format!(
            "[{}{}] {}/{} ",
            "#".repeat(filled),
            ".".repeat(BAR - filled),
            self.done,
            self.total
        );
        let room = self.width.saturating_sub(s.chars().count() + 1);
        let n: String = name.chars().take(room).collect();
        s.push_str(&n);
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r\x1b[K{s}");
        let _ = e.flush();
    }

    fn clear_bar(&self) {
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r\x1b[K");
        let _ = e.flush();
    }

    /// All cases finished: clear the bar.
    pub fn finish(&mut self) {
        if self.bar {
            self.clear_bar();
        }
    }
}

fn terminal_width() -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills a winsize struct; we pass a valid one.
    unsafe {
        let mut ws: libc::winsize = std::mem::zeroed();
        if libc::ioctl(2, libc::TIOCGWINSZ, &mut ws) == 0 && ws.ws_col > 0 {
            Some(ws.ws_col as usize)
        } else {
            None
        }
    }
}

/// The report of one failed case: `FAIL name`, reason lines, diffs (and with `verbose` the
/// full actual output). Without colour this is also the JUnit failure text.
pub fn failure_report(r: &CaseResult, color: bool, verbose: bool) -> String {
    let mut s = String::new();
    if color {
        s.push_str(&format!(
            "{}{}FAIL{} {}{}{}\n",
            style::BOLD,
            style::RED,
            style::RESET,
            style::BOLD,
            r.name,
            style::RESET
        ));
    } else {
        s.push_str(&format!("FAIL {}\n", r.name));
    }
    for reason in &r.reasons {
        s.push_str(&format!("  {reason}\n"));
    }
    for d in [&r.stdout_diff, &r.stderr_diff].into_iter().flatten() {
        if color {
            s.push_str(&colorize_diff(d));
        } else {
            s.push_str(d);
        }
    }
    if verbose && !r.command.is_empty() {
        s.push_str(&format!("  command: {}\n", r.command));
        for (label, text) in [("stdout", &r.actual_stdout), ("stderr", &r.actual_stderr)] {
            s.push_str(&format!(
                "  ---- actual {label} ({} bytes) ----\n",
                text.len()
            ));
            s.push_str(text);
            if !text.is_empty() && !text.ends_with('\n') {
                s.push('\n');
            }
        }
    }
    s
}

/// Everything after the run: failure reports, `updated` lines, timing line, summary line.
pub fn print_final(
    o: &Options,
    results: &[CaseResult],
    summary: &Summary,
    elapsed: Duration,
    jobs: usize,
) {
    let color = use_color(o);
    let mut out = std::io::stdout().lock();
    let failures: Vec<&CaseResult> = results.iter().filter(|r| r.outcome.is_failure()).collect();
    if !failures.is_empty() {
        let _ = writeln!(out);
    }
    for r in failures {
        let _ = write!(out, "{}", failure_report(r, color, o.verbose));
        let _ = writeln!(out);
    }
    for r in results.iter().filter(|r| !r.updated.is_empty()) {
        let _ = writeln!(out, "updated {} ({})", r.name, r.updated.join(", "));
    }
    if o.verbose {
        for r in results.iter().filter(|r| r.outcome == Outcome::Skip) {
            if let Some(reason) = r.reasons.first() {
                let _ = writeln!(out, "skipped {}: {reason}", r.name);
            }
        }
    }
    let _ = writeln!(
        out,
        "ran {} case{} in {:.1}s ({} job{})",
        results.len(),
        if results.len() == 1 { "" } else { "s" },
        elapsed.as_secs_f64(),
        jobs,
        if jobs == 1 { "" } else { "s" }
    );
    let _ = writeln!(out, "{}", summary.line());
    let _ = out.flush();
}

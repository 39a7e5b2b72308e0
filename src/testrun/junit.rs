//! `coil test --junit FILE`: a JUnit XML report for CI systems.
//! `<testsuites><testsuite name="coil test" tests= failures= errors= skipped= time=>` with one
//! `<testcase classname="coil" name="NAME" time=>` per case that ran; failed cases carry
//! `<failure message="FIRST REASON" type="OUTCOME">` with the plain-text failure report (every
//! failed outcome, timeouts, crashes and errors included, so `errors="0"`), skipped ones
//! `<skipped/>`, xfailed ones `<skipped message="xfail"/>`.
//! Text is escaped for XML; characters XML 1.0 cannot carry are replaced by U+FFFD.

use super::report::failure_report;
use super::{CaseResult, Outcome};
use std::fmt::Write;
use std::time::Duration;

/// Escape text for an XML attribute or element.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The whole document.
pub fn render(results: &[CaseResult], elapsed: Duration) -> String {
    let count = |f: &dyn Fn(Outcome) -> bool| results.iter().filter(|r| f(r.outcome)).count();
    let failures = count(&|o| o.is_failure());
    let errors = 0;
    let skipped = count(&|o| matches!(o, Outcome::Skip | Outcome::XFail));
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    let _ = writeln!(
        s,
        "  <testsuite name=\"coil test\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\" time=\"{:.3}\">",
        results.len(),
        elapsed.as_secs_f64()
    );
    for r in results {
        let _ = write!(
            s,
            "    <testcase classname=\"coil\" name=\"{}\" time=\"{:.3}\"",
            escape(&r.name),
            r.duration.as_secs_f64()
        );
        match r.outcome {
            Outcome::Pass => s.push_str("/>\n"),
            Outcome::Skip => {
                match r.reasons.first() {
                    Some(m) => {
                        let _ = write!(s, ">\n      <skipped message=\"{}\"/>\n", escape(m));
                    }
                    None => s.push_str(">\n      <skipped/>\n"),
                }
                s.push_str("    </testcase>\n");
            }
            Outcome::XFail => {
                s.push_str(">\n      <skipped message=\"xfail\"/>\n    </testcase>\n")
            }
            o => {
                let tag = "failure";
                let message = r.reasons.first().map_or("output differs", |m| m.as_str());
                let _ = write!(
                    s,
                    ">\n      <{tag} message=\"{}\" type=\"{}\">{}</{tag}>\n    </testcase>\n",
                    escape(message),
                    o.json(),
                    escape(&failure_report(r, false, true))
                );
            }
        }
    }
    s.push_str("  </testsuite>\n</testsuites>\n");
    s
}

//! `coil test --format json`: one JSON document on stdout,
//! `{"summary": {...}, "cases": [...]}` with the cases sorted by name. Hand-written (no serde);
//! strings are escaped by the `json` module's encoder (`"`, `\`, control characters as
//! `\n`/`\uXXXX`, RFC 8259), so any output a case produced is representable.

use super::{CaseResult, Summary};
use std::fmt::Write;
use std::time::Duration;

/// A JSON string literal for `s` (the `json` module's encoder, `ensure_ascii=False`).
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    crate::modules::json::encode::escape_into(&mut out, s, false);
    out
}

fn opt_string(s: &Option<String>) -> String {
    match s {
        Some(s) => string(s),
        None => "null".to_string(),
    }
}

fn secs(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64())
}

/// The whole document.
pub fn render(results: &[CaseResult], summary: &Summary, elapsed: Duration) -> String {
    let mut sorted: Vec<&CaseResult> = results.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut s = String::new();
    let _ = write!(
        s,
        "{{\"summary\": {{\"passed\": {}, \"failed\": {}, \"skipped\": {}, \"xfailed\": {}, \"duration_s\": {}}},\n \"cases\": [",
        summary.passed,
        summary.failed,
        summary.skipped,
        summary.xfailed,
        secs(elapsed)
    );
    for (i, r) in sorted.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        let reasons: Vec<String> = r.reasons.iter().map(|x| string(x)).collect();
        let updated: Vec<String> = r.updated.iter().map(|x| string(x)).collect();
        let _ = write!(
            s,
            "\n  {{\"name\": {}, \"path\": {}, \"outcome\": \"{}\", \"duration_s\": {}, \"reasons\": [{}], \"stdout_diff\": {}, \"stderr_diff\": {}, \"updated\": [{}]}}",
            string(&r.name),
            string(&r.path.to_string_lossy()),
            r.outcome.json(),
            secs(r.duration),
            reasons.join(", "),
            opt_string(&r.stdout_diff),
            opt_string(&r.stderr_diff),
            updated.join(", ")
        );
    }
    s.push_str("\n ]}");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(
            super::string("a\"b\\c\n\u{1}é"),
            "\"a\\\"b\\\\c\\n\\u0001é\""
        );
    }
}

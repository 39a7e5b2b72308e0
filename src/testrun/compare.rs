//! Comparing what a case printed with its expectation: removing the case directory from the
//! output, the normalisation applied to both sides (memory addresses, then the suite's
//! coil-test.toml replacements), and unified diffs (optionally coloured) of the difference.
//!
//! Invariants: `strip_case_dir` runs on the raw output before anything else (and is all that
//! `--update` applies before writing); `normalize` is applied identically to expected and
//! actual text; only `at 0x<lower hex>` is rewritten by the address rule, so `hex()` output is
//! still compared exactly. Output that is not valid UTF-8 is decoded losslessly (`decode`:
//! each invalid byte becomes its own private-use character, shown as `\xNN` in diffs), so two
//! outputs compare equal only when their bytes do.

use super::config::{Replace, Stream};
use similar::{ChangeTag, TextDiff};

/// Remove every occurrence of each prefix (the absolute case directory plus `/`, canonical and
/// as given) from `data`.
pub fn strip_prefixes(data: &[u8], prefixes: &[Vec<u8>]) -> Vec<u8> {
    let mut cur = data.to_vec();
    for p in prefixes {
        if p.is_empty() || cur.len() < p.len() {
            continue;
        }
        cur = replace_bytes(&cur, p);
    }
    cur
}

fn replace_bytes(hay: &[u8], from: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        match find(&hay[i..], from) {
            Some(off) => {
                out.extend_from_slice(&hay[i..i + off]);
                i += off + from.len();
            }
            None => {
                out.extend_from_slice(&hay[i..]);
                break;
            }
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        match hay[i..=hay.len() - needle.len()]
            .iter()
            .position(|&b| b == first)
        {
            Some(off) => {
                let j = i + off;
                if &hay[j..j + needle.len()] == needle {
                    return Some(j);
                }
                i = j + 1;
            }
            None => return None,
        }
    }
    None
}

/// Invalid byte `b` decodes to `ESCAPE_BASE + b` (plane 16 private use; never printed by the
/// cases this runner is for).
const ESCAPE_BASE: u32 = 0x10_FF00;

/// Decode output bytes to text without losing anything: valid UTF-8 as is, each byte of an
/// invalid sequence as a distinct private-use character.
pub fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for &b in chunk.invalid() {
            out.push(char::from_u32(ESCAPE_BASE + b as u32).unwrap_or('\u{fffd}'));
        }
    }
    out
}

/// Show `decode`'s escaped bytes as `\xNN` (for reports).
pub fn show_escapes(s: &str) -> String {
    if !s.chars().any(|c| c as u32 >= ESCAPE_BASE) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n >= ESCAPE_BASE {
            out.push_str(&format!("\\x{:02x}", n - ESCAPE_BASE));
        } else {
            out.push(c);
        }
    }
    out
}

/// Memory addresses in default reprs: `at 0x[0-9a-f]+` becomes `at 0x...`.
pub fn normalize_addresses(s: &str) -> String {
    const PAT: &str = "at 0x";
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(off) = s[from..].find(PAT) {
        let i = from + off;
        let mut j = i + PAT.len();
        while j < b.len() && (b[j].is_ascii_digit() || (b'a'..=b'f').contains(&b[j])) {
            j += 1;
        }
        if j > i + PAT.len() {
            out.push_str(&s[last..i]);
            out.push_str("at 0x...");
            last = j;
        }
        from = j.max(i + 1);
    }
    out.push_str(&s[last..]);
    out
}

/// The full normalisation of one stream's text: addresses, then the replacements that apply
/// to `stream`, in order.
pub fn normalize(s: &str, replace: &[Replace], stream: Stream) -> String {
    let mut cur = normalize_addresses(s);
    for r in replace {
        if r.stream.applies_to(stream) {
            if let std::borrow::Cow::Owned(o) = r.regex.replace_all(&cur, r.replacement.as_str()) {
                cur = o;
            }
        }
    }
    cur
}

/// ANSI styles used by the reports.
pub mod style {
    pub const RED: &str = "\x1b[31m";
    pub const GREEN: &str = "\x1b[32m";
    pub const CYAN: &str = "\x1b[36m";
    pub const YELLOW: &str = "\x1b[33m";
    pub const BOLD: &str = "\x1b[1m";
    pub const RESET: &str = "\x1b[0m";
}

/// Diff lines shown per stream; the rest is counted in a `... N more diff lines` line.
pub const MAX_DIFF_LINES: usize = 400;

/// A unified diff of `expected` vs `actual` (3 lines of context) with the given header names,
/// or `None` when they are equal. A missing final newline is shown as
/// `\ No newline at end of file`, as diff(1) does. At most `MAX_DIFF_LINES` lines are shown,
/// and the diff algorithm gives up refining after a second (huge outputs stay fast).
pub fn unified_diff(
    expected: &str,
    actual: &str,
    old_name: &str,
    new_name: &str,
) -> Option<String> {
    if expected == actual {
        return None;
    }
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_secs(1))
        .diff_lines(expected, actual);
    let mut out = String::new();
    out.push_str(&format!("--- {old_name}\n+++ {new_name}\n"));
    let mut shown = 0usize;
    let mut hidden = 0usize;
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        if shown >= MAX_DIFF_LINES {
            hidden += hunk.iter_changes().count();
            continue;
        }
        out.push_str(&format!("{}\n", hunk.header()));
        for change in hunk.iter_changes() {
            if shown >= MAX_DIFF_LINES {
                hidden += 1;
                continue;
            }
            shown += 1;
            let sign = match change.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            };
            out.push(sign);
            let v = change.value();
            out.push_str(v);
            if !v.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    if hidden > 0 {
        out.push_str(&format!("... {hidden} more diff lines\n"));
    }
    Some(show_escapes(&out))
}

/// Colour a unified diff made by `unified_diff`: bold headers, cyan `@@`, red `-`, green `+`.
pub fn colorize_diff(diff: &str) -> String {
    use style::*;
    let mut out = String::with_capacity(diff.len() + 64);
    for line in diff.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let color = if body.starts_with("--- ") || body.starts_with("+++ ") {
            BOLD
        } else if body.starts_with("@@") {
            CYAN
        } else if body.starts_with('-') {
            RED
        } else if body.starts_with('+') {
            GREEN
        } else {
            ""
        };
        if color.is_empty() {
            out.push_str(line);
        } else {
            out.push_str(color);
            out.push_str(body);
            out.push_str(RESET);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_normalised_but_hex_values_are_not() {
        assert_eq!(
            normalize_addresses("<T object at 0x7f3a00> 0xff at 0x1"),
            "<T object at 0x...> 0xff at 0x..."
        );
        assert_eq!(normalize_addresses("at 0x"), "at 0x");
        assert_eq!(normalize_addresses("that 0xzz"), "that 0xzz");
        assert_eq!(normalize_addresses("at 0xABC"), "at 0xABC");
    }

    #[test]
    fn invalid_bytes_decode_distinctly_and_show_as_hex_escapes() {
        let a = decode(b"caf\xe9 \xff\n");
        let b = decode(b"caf\xe9 \xfe\n");
        assert_ne!(a, b);
        assert_eq!(decode("é\n".as_bytes()), "é\n");
        let d = unified_diff(&a, &b, "e", "a").unwrap();
        assert!(d.contains("-caf\\xe9 \\xff\n+caf\\xe9 \\xfe\n"), "{d}");
    }

    #[test]
    fn the_case_dir_prefix_is_removed_everywhere() {
        let p = vec![b"/tmp/x/".to_vec()];
        assert_eq!(
            strip_prefixes(b"File \"/tmp/x/a.py\", /tmp/x/b /tmp/y", &p),
            b"File \"a.py\", b /tmp/y".to_vec()
        );
    }

    #[test]
    fn replacements_apply_in_order_to_their_stream() {
        let r = vec![
            Replace {
                regex: regex::Regex::new(r"\d+\.\d+ ms").unwrap(),
                replacement: "N ms".into(),
                stream: Stream::Stdout,
            },
            Replace {
                regex: regex::Regex::new(r"N (ms)").unwrap(),
                replacement: "<$1>".into(),
                stream: Stream::Both,
            },
        ];
        assert_eq!(normalize("took 1.5 ms", &r, Stream::Stdout), "took <ms>");
        assert_eq!(normalize("took 1.5 ms", &r, Stream::Stderr), "took 1.5 ms");
    }

    #[test]
    fn unified_diff_has_headers_hunks_and_missing_newline_marker() {
        let d = unified_diff(
            "a\nb\nc\n",
            "a\nB\nc",
            "x.py.out (expected)",
            "stdout (actual)",
        )
        .unwrap();
        assert_eq!(
            d,
            "--- x.py.out (expected)\n+++ stdout (actual)\n@@ -1,3 +1,3 @@\n a\n-b\n-c\n+B\n+c\n\\ No newline at end of file\n"
        );
        assert_eq!(unified_diff("same", "same", "a", "b"), None);
    }

    #[test]
    fn huge_diffs_are_cut_with_a_count() {
        let a: String = (0..1000).map(|i| format!("{i}\n")).collect();
        let b: String = (0..1000).map(|i| format!("x{i}\n")).collect();
        let d = unified_diff(&a, &b, "e", "a").unwrap();
        assert_eq!(d.lines().count(), 2 + 1 + MAX_DIFF_LINES + 1);
        assert!(
            d.ends_with("... 1600 more diff lines\n"),
            "{}",
            &d[d.len() - 60..]
        );
    }
}

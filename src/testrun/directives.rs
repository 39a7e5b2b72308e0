//! Per-case directives of `coil test`: the `# coil-test: ITEM ...` lines of a case's leading
//! comment block, and the shell-style word splitting shared with `--against CMD` and `args=`.
//!
//! The leading block is the lines from the top of the file up to the first line that is not a
//! `#` comment after trimming whitespace (a blank line ends it too). Directive lines accumulate.
//! Items: `skip[=REASON...]`, `xfail[=REASON...]` (both take the rest of the line as the reason),
//! `timeout=N` (seconds, float allowed, > 0), `stdin=FILE`, and `args=REST` (the rest of the
//! line, split shell-style). An unknown or malformed item is an error (`bad directive: ...`); the
//! case then fails without running. Parsing never panics on any input.

/// What a case's leading comment block asks for.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Directives {
    /// `skip` / `skip=REASON`: the reason (empty when none was given).
    pub skip: Option<String>,
    /// `xfail` / `xfail=REASON`: the reason (empty when none was given).
    pub xfail: Option<String>,
    /// `timeout=N` in seconds.
    pub timeout: Option<f64>,
    /// `stdin=FILE`, relative to the case's directory.
    pub stdin: Option<String>,
    /// `args=REST`, already split; `{tmpdir}` is still to be substituted.
    pub args: Vec<String>,
}

const MARKER: &str = "coil-test:";

/// Parse the directives of a case source (bytes, decoded leniently).
pub fn parse(source: &[u8]) -> Result<Directives, String> {
    let text = String::from_utf8_lossy(source);
    let mut d = Directives::default();
    for (i, line) in text.lines().enumerate() {
        let mut line = line.trim();
        if i == 0 {
            line = line.trim_start_matches('\u{feff}').trim();
        }
        let Some(body) = line.strip_prefix('#') else {
            break;
        };
        let body = body.trim_start();
        if let Some(items) = body.strip_prefix(MARKER) {
            parse_items(items, &mut d)?;
        }
    }
    Ok(d)
}

/// The items of one directive line (what follows `# coil-test:`).
fn parse_items(mut rest: &str, d: &mut Directives) -> Result<(), String> {
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Ok(());
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        let (key, value) = match word.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (word, None),
        };
        // `skip=`, `xfail=` and `args=` take the rest of the line.
        let line_rest = || rest[key.len() + 1..].trim().to_string();
        match (key, value) {
            ("skip", None) => d.skip = Some(String::new()),
            ("xfail", None) => d.xfail = Some(String::new()),
            ("skip", Some(_)) => {
                d.skip = Some(line_rest());
                return Ok(());
            }
            ("xfail", Some(_)) => {
                d.xfail = Some(line_rest());
                return Ok(());
            }
            ("args", Some(_)) => {
                let words = split_words(&rest[key.len() + 1..])
                    .map_err(|e| format!("bad directive: args: {e}"))?;
                d.args.extend(words);
                return Ok(());
            }
            ("timeout", Some(v)) => match v.parse::<f64>() {
                Ok(t) if t.is_finite() && t > 0.0 => d.timeout = Some(t),
                _ => {
                    return Err(format!(
                        "bad directive: {word} (timeout must be a positive number of seconds)"
                    ))
                }
            },
            ("stdin", Some(v)) if !v.is_empty() => d.stdin = Some(v.to_string()),
            _ => return Err(format!("bad directive: {word}")),
        }
        rest = &rest[end..];
    }
}

/// Split a command line into words the way a POSIX shell does for plain words: whitespace
/// separates, `'...'` is literal, `"..."` allows `\"`, `\\`, `\$`, `` \` `` escapes, and a
/// backslash outside quotes escapes the next character. No expansion of any kind.
pub fn split_words(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated ' quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => cur.push(c),
                            Some(c) => {
                                cur.push('\\');
                                cur.push(c);
                            }
                            None => return Err("unterminated \" quote".into()),
                        },
                        Some(c) => cur.push(c),
                        None => return Err("unterminated \" quote".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(c) => cur.push(c),
                    None => cur.push('\\'),
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_accumulate_over_lines_and_stop_at_code() {
        let d = parse(
            b"#!/usr/bin/env python3\n# coil-test: timeout=2.5 stdin=in.txt\n# coil-test: xfail\n# plain comment\nprint(1)\n# coil-test: skip\n",
        )
        .unwrap();
        assert_eq!(d.timeout, Some(2.5));
        assert_eq!(d.stdin.as_deref(), Some("in.txt"));
        assert_eq!(d.xfail.as_deref(), Some(""));
        assert_eq!(d.skip, None);
    }

    #[test]
    fn blank_line_ends_the_leading_block() {
        let d = parse(b"# hello\n\n# coil-test: skip\n").unwrap();
        assert_eq!(d, Directives::default());
    }

    #[test]
    fn args_take_the_rest_of_the_line_shell_style() {
        let d =
            parse(b"# coil-test: args=first --flag 'two words' \"q\\\"x\" {tmpdir}/a\n").unwrap();
        assert_eq!(
            d.args,
            vec!["first", "--flag", "two words", "q\"x", "{tmpdir}/a"]
        );
    }

    #[test]
    fn skip_and_xfail_reasons_take_the_rest_of_the_line() {
        let d = parse(b"# coil-test: skip=needs a network\n").unwrap();
        assert_eq!(d.skip.as_deref(), Some("needs a network"));
        let d = parse(b"# coil-test: timeout=1 xfail=not yet\n").unwrap();
        assert_eq!(d.xfail.as_deref(), Some("not yet"));
        assert_eq!(d.timeout, Some(1.0));
    }

    #[test]
    fn unknown_or_malformed_items_are_errors() {
        assert_eq!(
            parse(b"# coil-test: bogus\n").unwrap_err(),
            "bad directive: bogus"
        );
        assert!(parse(b"# coil-test: timeout=abc\n")
            .unwrap_err()
            .starts_with("bad directive: timeout=abc"));
        assert!(parse(b"# coil-test: timeout=-1\n").is_err());
        assert!(parse(b"# coil-test: stdin=\n").is_err());
        assert!(parse(b"# coil-test: args='open\n").is_err());
    }

    #[test]
    fn split_words_handles_quotes_and_escapes() {
        assert_eq!(
            split_words("python3 -X dev").unwrap(),
            vec!["python3", "-X", "dev"]
        );
        assert_eq!(split_words("a\\ b ''").unwrap(), vec!["a b", ""]);
        assert_eq!(split_words("  ").unwrap(), Vec::<String>::new());
    }
}

//! `coil-test.toml`, the suite configuration of `coil test`: found by walking up from a case's
//! directory to the filesystem root (the first one found applies), parsed once per file.
//!
//! Format: an optional `timeout = N` (seconds, integer or float) and any number of
//! `[[replace]]` tables with `pattern` (Rust `regex` syntax), `replacement` (`$1` etc.
//! allowed) and an optional `stream` (`"stdout"`, `"stderr"` or `"both"`, the default).
//! Unknown keys are errors, so a typo does not silently disable a replacement. A file that does
//! not parse, or a bad regex, is reported as an error naming the file; every case under it then
//! fails with that error (an `ERROR` outcome) instead of running.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const FILE_NAME: &str = "coil-test.toml";

/// Which captured stream a replacement applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    Both,
}

impl Stream {
    pub fn applies_to(self, s: Stream) -> bool {
        self == Stream::Both || self == s
    }
}

/// One `[[replace]]` entry.
#[derive(Debug, Clone)]
pub struct Replace {
    pub regex: regex::Regex,
    pub replacement: String,
    pub stream: Stream,
}

/// A parsed coil-test.toml.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it was read from (`None` for the empty default).
    pub path: Option<PathBuf>,
    pub timeout: Option<f64>,
    pub replace: Vec<Replace>,
}

/// The config that applies to a case: the default, a parsed file, or the error of a bad file.
pub type Loaded = Result<Arc<Config>, String>;

/// Parse the text of a coil-test.toml (`path` only names it in messages).
pub fn parse(text: &str, path: &Path) -> Result<Config, String> {
    let bad = |msg: String| format!("bad {}: {}", path.display(), msg);
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let msg = e.message().trim().replace('\n', "; ");
        match e.span() {
            Some(sp) => {
                let line = text[..sp.start.min(text.len())].matches('\n').count() + 1;
                bad(format!("line {line}: {msg}"))
            }
            None => bad(msg),
        }
    })?;
    let mut cfg = Config {
        path: Some(path.to_path_buf()),
        ..Config::default()
    };
    for (key, value) in &table {
        match key.as_str() {
            "timeout" => {
                let t = match value {
                    toml::Value::Integer(i) => *i as f64,
                    toml::Value::Float(f) => *f,
                    _ => return Err(bad("timeout must be a number of seconds".into())),
                };
                if !(t.is_finite() && t > 0.0) {
                    return Err(bad("timeout must be a positive number of seconds".into()));
                }
                cfg.timeout = Some(t);
            }
            "replace" => {
                let toml::Value::Array(items) = value else {
                    return Err(bad(
                        "replace must be an array of tables ([[replace]])".into()
                    ));
                };
                for (n, item) in items.iter().enumerate() {
                    let toml::Value::Table(t) = item else {
                        return Err(bad(
                            "replace must be an array of tables ([[replace]])".into()
                        ));
                    };
                    cfg.replace.push(
                        parse_replace(t).map_err(|m| bad(format!("replace #{}: {}", n + 1, m)))?,
                    );
                }
            }
            other => return Err(bad(format!("unknown key {other:?}"))),
        }
    }
    Ok(cfg)
}

fn parse_replace(t: &toml::Table) -> Result<Replace, String> {
    let mut pattern = None;
    let mut replacement = None;
    let mut stream = Stream::Both;
    for (k, v) in t {
        let s = v.as_str().ok_or_else(|| format!("{k} must be a string"))?;
        match k.as_str() {
            "pattern" => pattern = Some(s),
            "replacement" => replacement = Some(s.to_string()),
            "stream" => {
                stream = match s {
                    "stdout" => Stream::Stdout,
                    "stderr" => Stream::Stderr,
                    "both" => Stream::Both,
                    _ => {
                        return Err(format!(
                            "stream must be \"stdout\", \"stderr\" or \"both\", not {s:?}"
                        ))
                    }
                }
            }
            other => return Err(format!("unknown key {other:?}")),
        }
    }
    let pattern = pattern.ok_or("missing pattern")?;
    let replacement = replacement.ok_or("missing replacement")?;
    let regex = regex::Regex::new(pattern).map_err(|e| {
        // regex's syntax errors span several lines (pattern, caret, message): keep the message.
        let text = e.to_string();
        let last = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let msg = last.trim().trim_start_matches("error: ");
        format!("bad regex {pattern:?}: {msg}")
    })?;
    Ok(Replace {
        regex,
        replacement,
        stream,
    })
}

/// Finds and caches the config of each directory.
#[derive(Default)]
pub struct Finder {
    by_dir: HashMap<PathBuf, Loaded>,
    by_file: HashMap<PathBuf, Loaded>,
}

impl Finder {
    /// The config that applies to cases in `dir` (absolute).
    pub fn for_dir(&mut self, dir: &Path) -> Loaded {
        if let Some(l) = self.by_dir.get(dir) {
            return l.clone();
        }
        let mut found = Ok(Arc::new(Config::default()));
        let mut cur = Some(dir);
        while let Some(d) = cur {
            let f = d.join(FILE_NAME);
            if f.is_file() {
                found = self
                    .by_file
                    .entry(f.clone())
                    .or_insert_with(|| match std::fs::read_to_string(&f) {
                        Ok(text) => parse(&text, &f).map(Arc::new),
                        Err(e) => Err(format!(
                            "cannot read {}: {}",
                            f.display(),
                            super::discover::io_msg(&e)
                        )),
                    })
                    .clone();
                break;
            }
            cur = d.parent();
        }
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_timeout_and_replacements_in_order() {
        let c = parse(
            "timeout = 5\n[[replace]]\npattern = '\\d+ ms'\nreplacement = 'N ms'\nstream = \"stdout\"\n[[replace]]\npattern = 'x'\nreplacement = 'y'\n",
            Path::new("coil-test.toml"),
        )
        .unwrap();
        assert_eq!(c.timeout, Some(5.0));
        assert_eq!(c.replace.len(), 2);
        assert_eq!(c.replace[0].stream, Stream::Stdout);
        assert_eq!(c.replace[1].stream, Stream::Both);
        assert_eq!(c.replace[0].regex.as_str(), "\\d+ ms");
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let e = parse("a_ok = 1\ntimeout = \n", Path::new("c.toml")).unwrap_err();
        assert!(e.starts_with("bad c.toml: line 2: "), "{e}");
    }

    #[test]
    fn float_timeout_is_allowed() {
        let c = parse("timeout = 0.5\n", Path::new("t.toml")).unwrap();
        assert_eq!(c.timeout, Some(0.5));
    }

    #[test]
    fn bad_toml_bad_regex_and_unknown_keys_are_errors_naming_the_file() {
        for text in [
            "timeout = \n",
            "[[replace]]\npattern = '('\nreplacement = ''\n",
            "timeuot = 3\n",
            "[[replace]]\npattern = 'a'\nreplacement = 'b'\nstream = 'stdin'\n",
            "[[replace]]\npattern = 'a'\n",
        ] {
            let e = parse(text, Path::new("/s/coil-test.toml")).unwrap_err();
            assert!(e.starts_with("bad /s/coil-test.toml: "), "{e}");
            assert!(!e.contains('\n'), "{e}");
        }
    }
}

//! The lexer: logos raw tokens (`raw.rs`), the layout pass that adds NEWLINE/INDENT/DEDENT,
//! brackets, keywords and soft keywords (`layout.rs`), string/f-string decoding
//! (`strings.rs`), and source decoding (`decode_source`, `decode_source_file`).
//!
//! Contract: `lex(text, mode)` yields LALRPOP-style `(start, Tok, end)` byte-offset triples,
//! starting with the start token for `mode` (zero-width at 0), ending with NEWLINE (if the
//! last logical line lacked one) and one DEDENT per open block. On an error it yields one
//! `Err(CompileError)` (CPython's kind, message and position) and then ends. `text` should
//! have `\n` newlines only (`normalize_newlines`; `decode_source` does it).
//!
//! Token spans follow CPython's tokenizer: NEWLINE is zero-width at the newline character,
//! or starts at a trailing comment on that line; INDENT spans the line's indentation
//! whitespace; DEDENT is zero-width at the first token of the line; at end of input the
//! synthetic NEWLINE/DEDENTs sit at the end of the text.
//!
//! Error positions follow CPython 3.11 (checked against python3 in `tests/lexer.rs`):
//! `span.start` gives the reported line/offset; `explicit` is used where CPython's
//! end_offset is 0 (TabError, "'(' was never closed", ...) or no location exists
//! (`explicit = (0, 0, 0, 0)`: CPython's lineno None). CPython's end_offset -1 cases are
//! zero-width spans. Errors CPython raises while decoding string literals are reported at
//! the token after the group of adjacent strings, like CPython's parser does.
//!
//! Known differences: identifiers are NFKC-normalized one character at a time (no
//! composition of combining sequences); lone surrogate escapes (`"\ud800"`) become U+FFFD;
//! `\N{...}` knows a subset of Unicode names (see `unicode_names.rs`); only UTF-8 sources
//! (no PEP 263 coding cookies); errors in an f-string field's expression syntax are the
//! parser's (CPython reports them before "f-string: expecting '}'"-style errors that follow
//! in the same field; we report those first).

pub mod layout;
pub mod raw;
pub mod strings;
pub mod token;
mod unicode_names;
mod unicode_tables;

pub use layout::{Lexer, Spanned};
pub use token::{FStringPart, Tok};

use crate::ast::Mode;
use crate::error::CompileError;
use crate::source::Span;

/// Tokenizes `text` for `mode`. See the module doc for the token stream contract.
pub fn lex(text: &str, mode: Mode) -> Lexer<'_> {
    Lexer::new(text, mode)
}

/// Tokenizes one REPL entry (`Mode::Interactive`) with CPython's prompt rule: a completely
/// empty line inside a block ends every open block. `compile(..., "single")` should use
/// `lex(text, Mode::Interactive)` instead, where blank lines are ignored.
pub fn lex_repl(text: &str) -> Lexer<'_> {
    Lexer::new(text, Mode::Interactive).repl()
}

/// "source code cannot contain null bytes" (files, reported on the NUL's line with offset 0)
/// or "source code string cannot contain null bytes" (strings: `compile()`, `exec()`, `-c`;
/// no location, given as `explicit = (0, 0, 0, 0)`).
pub(crate) fn null_byte_error(src: &str, pos: usize, from_string: bool) -> CompileError {
    if from_string {
        let mut e = CompileError::syntax(
            "source code string cannot contain null bytes",
            Span::new(pos, pos),
        );
        e.explicit = Some((0, 0, 0, 0));
        e
    } else {
        let line = raw::line_col(src, pos).0;
        let mut e =
            CompileError::syntax("source code cannot contain null bytes", Span::new(pos, pos));
        e.explicit = Some((line, 0, line, 0));
        e
    }
}

/// Decodes source bytes given as a string (`compile(b"...")`, `exec(bytes)`): UTF-8 with
/// CPython's "(unicode error) 'utf-8' codec can't decode ..." message, NUL bytes rejected with
/// "source code string cannot contain null bytes", a leading BOM skipped, `\r\n` and `\r`
/// translated to `\n`.
pub fn decode_source(bytes: &[u8]) -> Result<String, CompileError> {
    decode_source_impl(bytes, None)
}

/// Decodes the bytes of the file at `path` (the main script): like `decode_source`, but
/// invalid UTF-8 gives CPython's file message ("Non-UTF-8 code starting with '\xff' in file
/// PATH on line N, but no encoding declared; see https://peps.python.org/pep-0263/ for
/// details", no location: `explicit = (0, 0, 0, 0)`), and NUL bytes give "source code cannot
/// contain null bytes" on the NUL's line.
pub fn decode_source_file(bytes: &[u8], path: &str) -> Result<String, CompileError> {
    decode_source_impl(bytes, Some(path))
}

/// The PEP 263 coding cookie (`# -*- coding: NAME -*-`) on line 1, or on line 2 when line 1
/// is a comment or blank, normalized like CPython's `get_normal_name`.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    let find = |line: &[u8]| -> Option<String> {
        let line = std::str::from_utf8(line).ok()?;
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        if !t.starts_with('#') {
            return None;
        }
        let i = t.find("coding")?;
        let rest = &t[i + 6..];
        let rest = rest.strip_prefix([':', '='])?;
        let rest = rest.trim_start_matches([' ', '\t']);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        (!name.is_empty()).then_some(name)
    };
    if let Some(n) = find(first) {
        return Some(n);
    }
    let t = String::from_utf8_lossy(first);
    let t = t.trim_start_matches([' ', '\t', '\x0c', '\r']);
    if t.is_empty() || t.starts_with('#') {
        return lines.next().and_then(find);
    }
    None
}

/// The canonical codec for a cookie's encoding name, normalized like Python's
/// `encodings.normalize_encoding` and looked up in the alias table of the `encodings` package.
fn lookup_codec(name: &str) -> Option<&'static str> {
    let mut norm = String::new();
    let mut pending_sep = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !norm.is_empty() {
                norm.push('_');
            }
            pending_sep = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    let t = unicode_tables::CODECS;
    t.binary_search_by(|&(alias, _)| alias.cmp(norm.as_str()))
        .ok()
        .map(|i| t[i].1)
}

fn decode_source_impl(bytes: &[u8], path: Option<&str>) -> Result<String, CompileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let decoded;
    let text = match coding_cookie(bytes) {
        None => None,
        Some(raw_name) => match lookup_codec(&raw_name) {
            None => return Err(encoding_problem(&raw_name, path)),
            Some("utf_8") | Some("utf_8_sig") => None,
            Some("latin_1") | Some("iso8859_1") => {
                decoded = bytes.iter().map(|&b| b as char).collect::<String>();
                Some(decoded.as_str())
            }
            Some("cp1252") => {
                decoded = bytes
                    .iter()
                    .map(|&b| match b {
                        0x80..=0x9F => {
                            char::from_u32(unicode_tables::CP1252_80_9F[(b - 0x80) as usize])
                                .unwrap_or('\u{fffd}')
                        }
                        _ => b as char,
                    })
                    .collect::<String>();
                Some(decoded.as_str())
            }
            Some(codec) => match bytes.iter().position(|&b| b >= 0x80) {
                // Other codecs: only their ASCII subset is supported.
                None => None,
                Some(_) if path.is_some() => return Err(encoding_problem(&raw_name, path)),
                Some(pos) => {
                    let mut e = CompileError::syntax(
                        format!(
                            "'{}' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                            codec, bytes[pos]
                        ),
                        Span::new(0, 0),
                    );
                    e.explicit = Some((0, 0, 0, 0));
                    return Err(e);
                }
            },
        },
    };
    let text = match text {
        Some(t) => t,
        None => match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(err) => return Err(utf8_error(bytes, err, path)),
        },
    };
    if let Some(pos) = text.bytes().position(|b| b == 0) {
        return Err(null_byte_error(text, pos, path.is_none()));
    }
    if text.contains('\r') {
        Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(text.to_string())
    }
}

/// An unsupported coding cookie: "encoding problem: NAME" for files, "unknown encoding:
/// NAME" for strings (both without a location; CPython's offset -1 for strings is not
/// representable and given as 0). Only UTF-8, Latin-1 and ASCII are supported.
fn encoding_problem(name: &str, path: Option<&str>) -> CompileError {
    let msg = match path {
        Some(_) => format!("encoding problem: {name}"),
        None => format!("unknown encoding: {name}"),
    };
    let mut e = CompileError::syntax(msg, Span::new(0, 0));
    e.explicit = Some((0, 0, 0, 0));
    e
}

fn utf8_error(bytes: &[u8], err: std::str::Utf8Error, path: Option<&str>) -> CompileError {
    let pos = err.valid_up_to();
    let line_start = bytes[..pos]
        .iter()
        .rposition(|&b| b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(0);
    let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    if let Some(path) = path {
        let mut e = CompileError::syntax(
            format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[pos], path, line
            ),
            Span::new(0, 0),
        );
        e.explicit = Some((0, 0, 0, 0));
        return e;
    }
    // CPython does not validate string sources up front: the bad byte surfaces when the
    // tokenizer decodes the identifier-like run of bytes containing it (`verify_identifier`).
    // Positions are relative to that run; the offset is the run's end in bytes from the line
    // start. (Bytes inside string literals or comments are reported differently by CPython;
    // we use the same rule for them.)
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let run_start = bytes[line_start..pos]
        .iter()
        .rposition(|&b| !is_ident(b))
        .map(|p| line_start + p + 1)
        .unwrap_or(line_start);
    let run_end = bytes[pos..]
        .iter()
        .position(|&b| !is_ident(b))
        .map(|p| pos + p)
        .unwrap_or(bytes.len());
    let run = &bytes[run_start..run_end];
    let rel = pos - run_start;
    let (n, reason) = match std::str::from_utf8(run) {
        Err(e) if e.valid_up_to() == rel => match e.error_len() {
            None => (run.len() - rel, "unexpected end of data"),
            Some(n) => {
                let b0 = run[rel];
                let r = if (0x80..0xC2).contains(&b0) || b0 > 0xF4 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                (n, r)
            }
        },
        _ => (1, "invalid start byte"),
    };
    let bad = &bytes[pos..];
    let msg = if n <= 1 {
        format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
            bad[0], rel, reason
        )
    } else {
        format!(
            "(unicode error) 'utf-8' codec can't decode bytes in position {}-{}: {}",
            rel,
            rel + n - 1,
            reason
        )
    };
    let width = (run_end - line_start) as u32;
    let mut e = CompileError::syntax(msg, Span::new(0, 0));
    e.explicit = Some((line, width.max(1), line, width.max(1)));
    e
}

/// For the parser: CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`. After the
/// parser raises a SyntaxError (generic "invalid syntax" or a specific message, but not
/// "unexpected indent"/"unexpected unindent", and only when the lexer itself reported no
/// error) at a token on line `err_line`, call this: if the rest of the input has a tokenizer
/// error (an invalid number literal, unterminated string, invalid character, unmatched
/// bracket, ...), CPython reports that one instead; and an unclosed bracket opened on an
/// earlier line than `err_line` is reported as "'(' was never closed".
pub fn check_rest_for_errors(text: &str, mode: Mode, err_line: u32) -> Option<CompileError> {
    let mut lx = Lexer::new(text, mode);
    lx.scan_rest(err_line)
}

/// Translates `\r\n` and lone `\r` to `\n` (CPython's universal newlines). `lex` expects
/// text in this form for correct line numbers; `decode_source` already returns it.
pub fn normalize_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// REPL helper, CPython's rule for when to show the `... ` prompt: whether `text` (the lines
/// typed so far, each ending with `\n`) needs more input before it can be compiled in
/// interactive mode. True for an unclosed bracket, an unterminated triple-quoted string or a
/// trailing backslash, and for a compound statement (`if`, `while`, `for`, `try`, `with`,
/// `def`, `class`, `async`, a decorator, `match`) until an empty line ends it. Other errors
/// return false so that compiling reports them.
pub fn interactive_needs_more(text: &str) -> bool {
    let mut first: Option<Tok> = None;
    for item in lex_repl(text) {
        match item {
            Err(e) => return e.incomplete,
            Ok((_, Tok::StartInteractive, _)) => {}
            Ok((_, t, _)) => {
                if first.is_none() {
                    first = Some(t);
                }
            }
        }
    }
    let compound = matches!(
        first,
        Some(
            Tok::If
                | Tok::While
                | Tok::For
                | Tok::Try
                | Tok::With
                | Tok::Def
                | Tok::Class
                | Tok::Async
                | Tok::At
                | Tok::Match
        )
    );
    let ends_with_empty_line = text.ends_with("\n\n") || text.ends_with("\n\r\n") || text == "\n";
    compound && !ends_with_empty_line
}

/// CPython quirk for a main script file without a PEP 263 coding declaration (no cookie, no
/// BOM, see `has_coding_declaration`): its parser reports `offset`/`end_offset` counted in
/// UTF-8 bytes of the line instead of characters (`p->tok->encoding` is NULL, so
/// `_PyPegen_raise_error_known_location` skips the conversion). Errors CPython's tokenizer
/// raises itself (bad number literals, unterminated strings, invalid characters, unmatched
/// or mismatched brackets, ...) keep character columns. Returns true when `e` is of the first
/// kind: for such a file, convert its 1-based character offsets on the line to 1-based byte
/// offsets (1 + byte length of the line's first `offset - 1` characters) before printing.
/// `compile()`, `exec()` and `-c` sources always use characters.
pub fn error_columns_in_bytes(e: &CompileError) -> bool {
    !layout::tokenizer_raises(e)
}

/// Whether source bytes declare their encoding (a UTF-8 BOM or a PEP 263 coding cookie on
/// line 1 or 2), which makes CPython report character columns (`error_columns_in_bytes`).
pub fn has_coding_declaration(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xEF\xBB\xBF") || coding_cookie(bytes).is_some()
}

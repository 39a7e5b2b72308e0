//! Maps LALRPOP parse errors to CPython 3.11's SyntaxError / IndentationError messages and
//! locations. LALRPOP reports only the offending token and the expected terminals; CPython's
//! specific messages come from its `invalid_*` grammar rules, so on an error we re-lex the
//! source for context and, for a few messages, re-parse a repaired token stream to find the
//! exact expression range CPython reports ("Perhaps you forgot a comma?", "expected 'else'
//! after 'if' expression", "Maybe you meant '==' ..."). This only runs on the error path.

use super::actions::{self, Ctx};
use super::RawError;
use crate::ast::{self, Expr, ExprKind, Mode};
use crate::error::{CompileError, CompileErrorKind};
use crate::lexer::token::Tok;
use crate::source::Span;
use lalrpop_util::ParseError;

type Spanned = (usize, Tok, usize);

fn point(p: usize) -> Span {
    Span::new(p, p)
}

fn lex_all(text: &str, mode: Mode) -> Vec<Spanned> {
    let mut soft = super::SoftKeywords::default();
    crate::lexer::lex(text, mode)
        .map_while(|t| t.ok())
        .map(|(l, mut t, r)| {
            soft.token(&mut t);
            (l, t, r)
        })
        .collect()
}

/// The tokenizer error further on in the file, if any: CPython tokenizes the rest of the
/// source after a generic "invalid syntax" and reports a tokenizer error instead.
fn later_lexer_error(text: &str, mode: Mode) -> Option<CompileError> {
    crate::lexer::lex(text, mode).find_map(|t| t.err())
}

fn has(expected: &[String], term: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == term)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, pos: usize) -> usize {
    text.as_bytes()[..pos.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Maps a raw parse error; `lex_failed` says whether a `User` error came from the lexer.
pub(crate) fn map_error(e: RawError, text: &str, mode: Mode, lex_failed: bool) -> CompileError {
    let from_parser = !matches!(e, ParseError::User { .. }) || !lex_failed;
    let err = map_error_inner(e, text, mode);
    if from_parser && !err.incomplete {
        return tokenizer_override(err, text, mode);
    }
    err
}

/// CPython (`_PyPegen_tokenize_full_source_to_check_for_errors`) tokenizes the rest of the
/// source after a parser SyntaxError: a tokenizer error replaces it, and so does an unclosed
/// bracket opened on a line before the error's line.
fn tokenizer_override(err: CompileError, text: &str, mode: Mode) -> CompileError {
    // CPython reports an unexpected INDENT/DEDENT without looking further.
    if err.kind == CompileErrorKind::IndentationError && err.msg.starts_with("unexpected ") {
        return err;
    }
    let later = match later_lexer_error(text, mode) {
        Some(e) => e,
        None => return err,
    };
    // Indentation errors (E_DEDENT, E_TABSPACE, E_TOODEEP) set no exception in CPython's
    // tokenizer, so they never replace the parser's error.
    if later.kind != CompileErrorKind::SyntaxError {
        return err;
    }
    // String and f-string decoding errors come from CPython's parser actions, not its
    // tokenizer: they do not replace an earlier parser error.
    let m = later.msg.as_str();
    if m.starts_with("f-string")
        || m.starts_with("bytes can only")
        || m.starts_with("(unicode error)")
    {
        return err;
    }
    if later.msg.ends_with("was never closed") {
        let err_line = line_of(text, err.span.start as usize);
        let bracket_line = match later.explicit {
            Some((l, ..)) => l as usize,
            None => line_of(text, later.span.start as usize),
        };
        if err.explicit.is_some() || err_line <= bracket_line {
            return err;
        }
    }
    let mut later = later;
    later.incomplete = false;
    later
}

fn map_error_inner(e: RawError, text: &str, mode: Mode) -> CompileError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            CompileError::syntax("invalid syntax", point(location))
        }
        ParseError::ExtraToken { token: (l, _, r) } => {
            CompileError::syntax("invalid syntax", Span::new(l, r))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let toks = lex_all(text, mode);
            eof_error(location, &expected, &toks, text).incomplete()
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let toks = lex_all(text, mode);
            token_error(token, &expected, &toks, text, mode)
        }
    }
}

/// The index of the token at `(l, r)` in `toks`.
fn find_index(toks: &[Spanned], l: usize, tok: &Tok) -> usize {
    let first = toks.partition_point(|t| t.0 < l);
    let mut i = first;
    while i < toks.len() && toks[i].0 == l {
        if std::mem::discriminant(&toks[i].1) == std::mem::discriminant(tok) {
            return i;
        }
        i += 1;
    }
    first.min(toks.len())
}

/// The first token of the logical line that contains token `i` (after the previous NEWLINE /
/// INDENT / DEDENT).
fn line_start_index(toks: &[Spanned], i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 {
        match toks[j - 1].1 {
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartEval => break,
            _ => j -= 1,
        }
    }
    j
}

/// For an error right after `header: NEWLINE`, CPython's "expected an indented block after ..."
fn indented_block_error(
    toks: &[Spanned],
    err_index: usize,
    text: &str,
    at: Span,
) -> Option<CompileError> {
    // The header line is the logical line ending with the NEWLINE before the error token.
    let nl = (0..err_index)
        .rev()
        .find(|&j| matches!(toks[j].1, Tok::Newline))?;
    let mut s = line_start_index(toks, nl);
    // A decorated definition's header is the `def`/`class` line itself.
    if matches!(toks.get(s).map(|t| &t.1), Some(Tok::Async)) {
        s += 1;
    }
    let (kw_pos, kw) = (toks.get(s)?.0, &toks.get(s)?.1);
    let what = match kw {
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Except => {
            if matches!(toks.get(s + 1).map(|t| &t.1), Some(Tok::Star)) {
                "'except*' statement".to_string()
            } else {
                "'except' statement".to_string()
            }
        }
        Tok::Finally => "'finally' statement".to_string(),
        Tok::Match => "'match' statement".to_string(),
        Tok::Case => "'case' statement".to_string(),
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        _ => return None,
    };
    let mut e = CompileError::indentation(
        format!(
            "expected an indented block after {} on line {}",
            what,
            line_of(text, kw_pos)
        ),
        at,
    );
    if let Some((dl, Tok::Dedent, _)) = toks.get(err_index) {
        if *dl >= text.len() {
            // DEDENTs at the end of input: CPython reports the last NEWLINE.
            let last_nl = toks[..err_index]
                .iter()
                .rev()
                .find(|t| matches!(t.1, Tok::Newline));
            e.span = point(last_nl.map(|t| nl_char(text, t.0)).unwrap_or(*dl));
        } else {
            // An unexpected DEDENT: CPython reports column 0 of its line.
            let line = line_of(text, at.start as usize) as u32;
            e.explicit = Some((line, 0, line, 0));
        }
    }
    Some(e)
}

fn eof_error(location: usize, expected: &[String], toks: &[Spanned], text: &str) -> CompileError {
    let n = toks.len();
    // The last NEWLINE stands in for the end marker, as CPython reports it.
    let last_nl = toks
        .iter()
        .rev()
        .find(|t| matches!(t.1, Tok::Newline))
        .map(|t| nl_char(text, t.0))
        .unwrap_or(location);
    if has(expected, "Indent") {
        if let Some(e) = indented_block_error(toks, n, text, point(last_nl)) {
            return e;
        }
    }
    if has(expected, "except") && has(expected, "finally") {
        return CompileError::syntax("expected 'except' or 'finally' block", point(last_nl));
    }
    // CPython fails on the ENDMARKER: "invalid syntax" at column 0 of the last line.
    let last = toks.iter().rev().find(|t| !matches!(t.1, Tok::Dedent));
    let line = line_of(text, last.map(|t| t.0).unwrap_or(location)) as u32;
    let mut e = CompileError::syntax("invalid syntax", point(location));
    e.explicit = Some((line, 0, line, 0));
    e
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FString(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
    )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FString(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

fn is_string(t: &Tok) -> bool {
    matches!(t, Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_))
}

/// Bracket depth just before token `i`.
fn bracket_depth(toks: &[Spanned], i: usize) -> usize {
    let s = line_start_index(toks, i);
    let mut d: usize = 0;
    for t in &toks[s..i] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => d += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => d = d.saturating_sub(1),
            _ => {}
        }
    }
    d
}

fn token_error(
    token: Spanned,
    expected: &[String],
    toks: &[Spanned],
    text: &str,
    mode: Mode,
) -> CompileError {
    let (l, tok, r) = token;
    let i = find_index(toks, l, &tok);
    if i == 0 || i >= toks.len() {
        // Not reproducible by re-lexing (should not happen): the generic message.
        let at = if matches!(tok, Tok::Newline) {
            point(l)
        } else {
            Span::new(l, r)
        };
        return CompileError::syntax("invalid syntax", at);
    }
    let prev = if i > 0 { toks.get(i - 1) } else { None };
    let at = if matches!(tok, Tok::Newline) {
        newline_span(text, prev.map(|p| p.2).unwrap_or(l), l)
    } else {
        Span::new(l, r)
    };

    if mode == Mode::Interactive {
        if let Some(p) = prev {
            let first_is_compound = matches!(
                toks.get(1).map(|t| &t.1),
                Some(
                    Tok::If
                        | Tok::While
                        | Tok::For
                        | Tok::With
                        | Tok::Try
                        | Tok::Def
                        | Tok::Class
                        | Tok::Match
                        | Tok::Async
                        | Tok::At
                )
            );
            if matches!(p.1, Tok::Newline) && !first_is_compound {
                return CompileError::syntax(
                    "multiple statements found while compiling a single statement",
                    point(p.0),
                );
            }
        }
    }
    if matches!(tok, Tok::Indent) {
        return CompileError::indentation("unexpected indent", point(r.saturating_sub(1)));
    }
    if has(expected, "Indent") {
        let at_tok = match tok {
            Tok::Dedent | Tok::Newline => point(l),
            _ => Span::new(l, r),
        };
        if let Some(e) = indented_block_error(toks, i, text, at_tok) {
            return e;
        }
    }
    if has(expected, "except") && has(expected, "finally") && !has(expected, "Name") {
        return CompileError::syntax("expected 'except' or 'finally' block", at);
    }
    if matches!(tok, Tok::Newline) && has(expected, ":") {
        let s = line_start_index(toks, i);
        let mut k = s;
        if matches!(toks.get(k).map(|t| &t.1), Some(Tok::Async)) {
            k += 1;
        }
        let compound = matches!(
            toks.get(k).map(|t| &t.1),
            Some(
                Tok::If
                    | Tok::Elif
                    | Tok::Else
                    | Tok::While
                    | Tok::For
                    | Tok::With
                    | Tok::Try
                    | Tok::Except
                    | Tok::Finally
                    | Tok::Def
                    | Tok::Class
                    | Tok::Match
                    | Tok::Case
            )
        );
        if compound {
            return CompileError::syntax("expected ':'", at);
        }
    }
    if let Some(e) = forced_colon(toks, i, at) {
        return e;
    }
    if has(expected, "else") && !matches!(tok, Tok::Else) {
        if let Some(e) = expected_else(toks, i, mode) {
            return e;
        }
    }
    if matches!(tok, Tok::Equal) {
        if let Some(e) = equal_in_expression(toks, i, mode) {
            return e;
        }
    }
    if matches!(tok, Tok::ColonEqual) {
        if let Some(e) = walrus_target(toks, i, mode) {
            return e;
        }
    }
    if let Some(e) = misc_error(toks, i) {
        return e;
    }
    if let Some(e) = params_error(toks, i) {
        return e;
    }
    if let Some(e) = comprehension_target_error(toks, i) {
        return e;
    }
    if let Some(e) = dict_error(toks, i, text) {
        return e;
    }
    if let Some(p) = prev {
        let name_string = matches!(p.1, Tok::Name(_)) && is_string(&tok);
        if starts_expression(&tok)
            && ends_expression(&p.1)
            && !name_string
            && bracket_depth(toks, i) > 0
        {
            if let Some(span) = forgot_comma_span(toks, i, mode) {
                return CompileError::syntax("invalid syntax. Perhaps you forgot a comma?", span);
            }
        }
    }
    if i >= 2 && matches!(toks[i - 2].1, Tok::Def) && matches!(toks[i - 1].1, Tok::Name(_)) {
        return CompileError::syntax("expected '('", at);
    }
    if let Some(e) = invalid_target_before(toks, i) {
        return e;
    }
    if let Some(e) = match_subject_error(toks, i, text) {
        return e;
    }
    if let Some(e) = legacy_print(toks, i) {
        return e;
    }
    if matches!(tok, Tok::Dedent) {
        let at = if l >= text.len() {
            let nl = toks[..i].iter().rev().find(|t| matches!(t.1, Tok::Newline));
            point(nl.map(|t| nl_char(text, t.0)).unwrap_or(l))
        } else {
            at
        };
        return CompileError::indentation("unexpected unindent", at);
    }
    CompileError::syntax("invalid syntax", at)
}

/// `print x` / `exec x`: CPython's `invalid_legacy_expression`.
fn legacy_print(toks: &[Spanned], i: usize) -> Option<CompileError> {
    let s = line_start_index(toks, i);
    let name = match &toks.get(s)?.1 {
        Tok::Name(n) if (n == "print" || n == "exec") && i == s + 1 => n.clone(),
        _ => return None,
    };
    if !starts_expression(&toks[i].1) || matches!(toks[i].1, Tok::LPar) {
        return None;
    }
    // The range runs to the end of the longest expression list after the name.
    let stop = expr_prefix_end(toks, i, false)?;
    if stop <= i {
        return None;
    }
    let end = toks[stop - 1].2;
    let msg = format!(
        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
        name, name
    );
    Some(CompileError::syntax(msg, Span::new(toks[s].0, end)))
}

/// The logical line containing token `from` ends before the returned index (NEWLINE or the
/// end of the tokens).
fn line_end(toks: &[Spanned], from: usize) -> usize {
    let mut k = from;
    while k < toks.len() && !matches!(toks[k].1, Tok::Newline) {
        k += 1;
    }
    k
}

/// Parses the tokens from `from` to the end of the line as an expression statement and
/// returns the index of the first token that is not part of it (CPython's PEG rules parse the
/// longest expression prefix before failing).
fn expr_prefix_end(toks: &[Spanned], from: usize, raw: bool) -> Option<usize> {
    let end = line_end(toks, from);
    let mut v = Vec::with_capacity(end - from + 2);
    v.push((toks[from].0, Tok::StartModule, toks[from].0));
    v.extend(toks[from..end].iter().cloned());
    let e_pos = toks
        .get(end)
        .map(|t| t.0)
        .unwrap_or_else(|| toks[end - 1].2);
    v.push((e_pos, Tok::Newline, e_pos));
    let ctx = Ctx::default();
    match super::parse_tokens(v.into_iter().map(Ok), &ctx) {
        Ok(_) => Some(end),
        Err(ParseError::UnrecognizedToken {
            token: (l, _, _), ..
        }) => {
            let k = from
                + toks[from..end]
                    .iter()
                    .position(|t| t.0 >= l)
                    .unwrap_or(end - from);
            // Only a complete expression counts (the prefix must parse alone), unless the raw
            // failure point is wanted.
            if raw {
                Some(k)
            } else {
                parse_segment(toks, from, k).map(|_| k)
            }
        }
        Err(_) => None,
    }
}

/// Parses `toks[a..b]` alone as an expression.
fn parse_segment(toks: &[Spanned], a: usize, b: usize) -> Option<Expr> {
    if a >= b {
        return None;
    }
    let mut v = Vec::with_capacity(b - a + 2);
    v.push((toks[a].0, Tok::StartModule, toks[a].0));
    v.extend(toks[a..b].iter().cloned());
    v.push((toks[b - 1].2, Tok::Newline, toks[b - 1].2));
    let m = reparse(v)?;
    let mut body = m.body;
    match body.pop().map(|s| s.kind) {
        Some(ast::StmtKind::Expr(e)) if body.is_empty() => Some(*e),
        _ => None,
    }
}

/// CPython checks assignment and `for` targets as soon as it sees `=` / `for`, even when what
/// follows fails to parse: "cannot assign to literal" for `1 = $` and `for 1 $`.
fn invalid_target_before(toks: &[Spanned], i: usize) -> Option<CompileError> {
    let s = line_start_index(toks, i);
    let f = if matches!(toks.get(s).map(|t| &t.1), Some(Tok::Async)) {
        s + 1
    } else {
        s
    };
    if matches!(toks.get(f).map(|t| &t.1), Some(Tok::For)) {
        if toks[f..i].iter().any(|t| matches!(t.1, Tok::In)) {
            return None;
        }
        let e = parse_segment(toks, f + 1, i)?;
        let bad = actions::invalid_target(&e, actions::Targets::For)?;
        let msg = format!("cannot assign to {}", actions::expr_name(bad));
        return Some(CompileError::syntax(msg, bad.span));
    }
    // Simple statements: the depth-0 `=` signs before the error in this statement.
    let mut start = s;
    for k in s..i {
        if matches!(toks[k].1, Tok::Semi) {
            start = k + 1;
        }
    }
    let mut depth = 0usize;
    let mut seg = start;
    for k in start..i {
        match toks[k].1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Equal if depth == 0 => {
                let e = parse_segment(toks, seg, k)?;
                if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                    && !matches!(toks[seg].1, Tok::LPar)
                {
                    return Some(CompileError::syntax(
                        "assignment to yield expression not possible",
                        e.span,
                    ));
                }
                if let Some(bad) = actions::invalid_target(&e, actions::Targets::Star) {
                    let msg = format!("cannot assign to {}", actions::expr_name(bad));
                    return Some(CompileError::syntax(msg, bad.span));
                }
                seg = k + 1;
            }
            _ => {}
        }
    }
    None
}

/// `match` read as a name where CPython tries a match statement: its error is where the
/// subject expression ends.
fn match_subject_error(toks: &[Spanned], i: usize, text: &str) -> Option<CompileError> {
    let s = line_start_index(toks, i);
    if i != s + 1
        || !matches!(&toks[s].1, Tok::Name(n) if n == "match")
        || !starts_expression(&toks[i].1)
    {
        return None;
    }
    let stop = expr_prefix_end(toks, i, true)?;
    let t = toks.get(stop)?;
    let at = if matches!(t.1, Tok::Newline) {
        newline_span(text, toks[stop - 1].2, t.0)
    } else {
        Span::new(t.0, t.2)
    };
    Some(CompileError::syntax("invalid syntax", at))
}

/// The index of the unmatched opening bracket before token `i` (None at depth 0).
fn open_bracket(toks: &[Spanned], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    None
}

/// The index of the bracket closing the one at `open`.
fn close_bracket(toks: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// Errors in `def` / `lambda` parameter lists (CPython's `invalid_parameters` family).
fn params_error(toks: &[Spanned], i: usize) -> Option<CompileError> {
    let tok = &toks[i].1;
    // Which parameter list are we in?
    let (kind, start) = match open_bracket(toks, i) {
        Some(o)
            if o >= 2 && matches!(toks[o].1, Tok::LPar) && matches!(toks[o - 2].1, Tok::Def) =>
        {
            ("def", o + 1)
        }
        _ => {
            // lambda: the nearest `lambda` on this line with no `:` after it at its level.
            let s = line_start_index(toks, i);
            let mut found = None;
            let mut depth = 0i32;
            for k in (s..i).rev() {
                match toks[k].1 {
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                    Tok::Colon if depth == 0 => break,
                    Tok::Lambda if depth == 0 => {
                        found = Some(k + 1);
                        break;
                    }
                    _ => {}
                }
                if depth < 0 {
                    break;
                }
            }
            ("lambda", found?)
        }
    };
    let prev = &toks[i - 1];
    if matches!(toks.get(start).map(|t| &t.1), Some(Tok::Slash)) && start <= i {
        let t = &toks[start];
        return Some(CompileError::syntax(
            "at least one argument must precede /",
            Span::new(t.0, t.2),
        ));
    }
    if matches!(prev.1, Tok::Equal) && matches!(tok, Tok::Comma | Tok::RPar | Tok::Colon) {
        // The parameter this `=` belongs to: `*args=` / `**kw=` have their own messages.
        let mut k = i - 1;
        let mut depth = 0i32;
        while k > start {
            match toks[k - 1].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                Tok::Comma if depth == 0 => break,
                _ => {}
            }
            k -= 1;
        }
        let msg = match toks.get(k).map(|t| &t.1) {
            Some(Tok::Star) => Some("var-positional argument cannot have default value"),
            Some(Tok::DoubleStar) => Some("var-keyword argument cannot have default value"),
            _ => None,
        };
        if let Some(msg) = msg {
            return Some(CompileError::syntax(msg, Span::new(prev.0, prev.2)));
        }
    }
    if matches!(tok, Tok::LPar) && (i == start || matches!(prev.1, Tok::Comma)) {
        let close = close_bracket(toks, i)?;
        let msg = if kind == "def" {
            "Function parameters cannot be parenthesized"
        } else {
            "Lambda expression parameters cannot be parenthesized"
        };
        return Some(CompileError::syntax(
            msg,
            Span::new(toks[i].0, toks[close].2),
        ));
    }
    if matches!(prev.1, Tok::Equal) && matches!(tok, Tok::Comma | Tok::RPar | Tok::Colon) {
        return Some(CompileError::syntax(
            "expected default value expression",
            Span::new(prev.0, prev.2),
        ));
    }
    if matches!(prev.1, Tok::Slash) && matches!(tok, Tok::Star | Tok::DoubleStar) {
        return Some(CompileError::syntax(
            "expected comma between / and *",
            Span::new(toks[i].0, toks[i].2),
        ));
    }
    None
}

/// The index of the last token of the expression starting at `i` (up to a depth-0 `,`, `:`,
/// closing bracket, NEWLINE, or one of `stop`).
fn expression_end(toks: &[Spanned], i: usize, stop: &[Tok]) -> usize {
    let mut depth = 0usize;
    let mut last = i;
    for (k, t) in toks.iter().enumerate().skip(i) {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma | Tok::Colon | Tok::Newline if depth == 0 => break,
            ref x if depth == 0 && stop.contains(x) => break,
            _ => {}
        }
        last = k;
    }
    last
}

/// Assorted CPython messages recognisable from the tokens around the error.
fn misc_error(toks: &[Spanned], i: usize) -> Option<CompileError> {
    let tok = &toks[i].1;
    let prev = &toks[i - 1];
    // `{1: *x}`
    if matches!(tok, Tok::Star) && matches!(prev.1, Tok::Colon) {
        if let Some(o) = open_bracket(toks, i) {
            if matches!(toks[o].1, Tok::LBrace) {
                let end = expression_end(toks, i + 1, &[]);
                return Some(CompileError::syntax(
                    "cannot use a starred expression in a dictionary value",
                    Span::new(toks[i].0, toks[end].2),
                ));
            }
        }
    }
    // `f(**x, *)`
    if matches!(prev.1, Tok::Star) && matches!(tok, Tok::RPar | Tok::Comma) {
        if let Some(o) = open_bracket(toks, i) {
            let mut depth = 0usize;
            let kwunpack = toks[o + 1..i].iter().any(|t| {
                match t.1 {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0 && matches!(t.1, Tok::DoubleStar)
            });
            if kwunpack && o > 0 && ends_expression(&toks[o - 1].1) {
                return Some(CompileError::syntax(
                    "iterable argument unpacking follows keyword argument unpacking",
                    Span::new(prev.0, prev.2),
                ));
            }
        }
    }
    let s = line_start_index(toks, i);
    let first = toks.get(s).map(|t| &t.1);
    // `case p as 1+2:`
    if matches!(prev.1, Tok::As) && matches!(first, Some(Tok::Case)) && !matches!(tok, Tok::Name(_))
    {
        let end = expression_end(toks, i, &[Tok::If]);
        return Some(CompileError::syntax(
            "invalid pattern target",
            Span::new(toks[i].0, toks[end].2),
        ));
    }
    // `with (a as b)` without the `:`
    let with_line = matches!(first, Some(Tok::With))
        || matches!(first, Some(Tok::Async))
            && matches!(toks.get(s + 1).map(|t| &t.1), Some(Tok::With));
    // Only the parenthesized form `with (a as b)` reaches here with an error inside the group.
    let in_with_parens =
        matches!(open_bracket(toks, i), Some(o) if o >= 1 && matches!(toks[o - 1].1, Tok::With));
    if with_line && in_with_parens {
        let mut depth = 0usize;
        let mut k = s;
        while k < toks.len() && !(depth == 0 && matches!(toks[k].1, Tok::Newline)) {
            match toks[k].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Colon if depth == 0 => return None,
                _ => {}
            }
            k += 1;
        }
        if k < toks.len() && k > i {
            return Some(CompileError::syntax("expected ':'", point(toks[k].0)));
        }
    }
    None
}

/// `[x, y for x, y in z]`: "did you forget parentheses around the comprehension target?"
fn comprehension_target_error(toks: &[Spanned], i: usize) -> Option<CompileError> {
    if !matches!(toks[i].1, Tok::For | Tok::Async) {
        return None;
    }
    let o = open_bracket(toks, i)?;
    if !matches!(toks[o].1, Tok::LSqb | Tok::LBrace | Tok::LPar) {
        return None;
    }
    let mut depth = 0usize;
    let mut commas = 0;
    for t in &toks[o + 1..i] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            Tok::Comma if depth == 0 => commas += 1,
            Tok::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    if commas == 0 || matches!(toks[i - 1].1, Tok::Comma) {
        return None;
    }
    Some(CompileError::syntax(
        "did you forget parentheses around the comprehension target?",
        Span::new(toks[o + 1].0, toks[i - 1].2),
    ))
}

/// Errors inside a dict display: "':' expected after dictionary key" (a later item without
/// `:`) and "expression expected after dictionary key and ':'" (CPython's
/// `invalid_double_starred_kvpairs` / `invalid_kvpair`).
fn dict_error(toks: &[Spanned], i: usize, text: &str) -> Option<CompileError> {
    // Walk back to the unmatched `{`, noting depth-0 commas and colons.
    let mut depth = 0usize;
    let mut seg_colon = false;
    let mut seen_comma = false;
    let mut earlier_colon = false;
    let mut j = i;
    while j > 0 {
        j -= 1;
        match toks[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::LBrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Tok::Comma if depth == 0 => seen_comma = true,
            Tok::Colon if depth == 0 => {
                if seen_comma {
                    earlier_colon = true;
                } else {
                    seg_colon = true;
                }
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    if j == 0 && !matches!(toks.first().map(|t| &t.1), Some(Tok::LBrace)) {
        return None;
    }
    let prev = &toks[i - 1];
    let tok = &toks[i].1;
    if matches!(prev.1, Tok::Colon)
        && matches!(tok, Tok::RBrace | Tok::Comma)
        && (seg_colon || earlier_colon)
    {
        return Some(CompileError::syntax(
            "expression expected after dictionary key and ':'",
            Span::new(prev.0, prev.2),
        ));
    }
    if earlier_colon
        && !seg_colon
        && !matches!(tok, Tok::Colon)
        && !matches!(prev.1, Tok::Comma | Tok::DoubleStar)
    {
        let sf = crate::source::SourceFile::new("", text);
        let (line, col) = sf.line_col(prev.2 as u32);
        let mut e = CompileError::syntax(
            "':' expected after dictionary key",
            Span::new(prev.2, prev.2),
        );
        e.explicit = Some((line, col, line, 0));
        return Some(e);
    }
    None
}

/// CPython's NEWLINE token starts at a comment before the line break, if there is one.
fn newline_span(text: &str, prev_end: usize, nl: usize) -> Span {
    let end = nl_char(text, nl);
    match text.get(prev_end..end).and_then(|gap| gap.find('#')) {
        Some(h) => Span::new(prev_end + h, end),
        None => point(nl),
    }
}

/// The offset of the line break a NEWLINE token at `pos` stands for (the lexer may start the
/// token at a comment before it).
fn nl_char(text: &str, pos: usize) -> usize {
    text.get(pos..)
        .and_then(|t| t.find('\n'))
        .map(|k| pos + k)
        .unwrap_or(text.len())
}

/// CPython's forced tokens (`'try' &&':'`, `'finally' &&':'`, `'else' &&':'`, and `def`'s
/// `&&':'` after its parameters / return annotation): "expected ':'" at whatever follows.
fn forced_colon(toks: &[Spanned], i: usize, at: Span) -> Option<CompileError> {
    let s = line_start_index(toks, i);
    let prev = &toks[i - 1].1;
    if i == s + 1 && matches!(prev, Tok::Try | Tok::Finally | Tok::Else) {
        return Some(CompileError::syntax("expected ':'", at));
    }
    let d = if matches!(toks.get(s).map(|t| &t.1), Some(Tok::Async)) {
        s + 1
    } else {
        s
    };
    if matches!(toks.get(d).map(|t| &t.1), Some(Tok::Def))
        && matches!(toks.get(d + 2).map(|t| &t.1), Some(Tok::LPar))
    {
        let close = close_bracket(toks, d + 2)?;
        if close < i && open_bracket(toks, i).is_none() && !has_colon_between(toks, close, i) {
            let after_params = i == close + 1;
            let after_annotation = matches!(toks.get(close + 1).map(|t| &t.1), Some(Tok::Arrow));
            if after_params || after_annotation {
                return Some(CompileError::syntax("expected ':'", at));
            }
        }
    }
    None
}

fn has_colon_between(toks: &[Spanned], a: usize, b: usize) -> bool {
    toks[a..b].iter().any(|t| matches!(t.1, Tok::Colon))
}

/// Re-parses `toks` (which start with the mode token) and returns the module when the parse
/// gets past position `pos` (succeeds, or fails later).
fn reparse(toks: Vec<Spanned>) -> Option<ast::Module> {
    let ctx = Ctx::default();
    super::parse_tokens(toks.into_iter().map(Ok), &ctx).ok()
}

/// Token `i` follows an expression inside brackets: insert a comma and find the two adjacent
/// elements CPython reports (`a b` → the range of `a` and `b`).
fn forgot_comma_span(toks: &[Spanned], i: usize, _mode: Mode) -> Option<Span> {
    let pos = toks[i].0;
    let mut v = toks.to_vec();
    v.insert(i, (pos, Tok::Comma, pos));
    let m = reparse(v)?;
    let mut found = None;
    visit_exprs(&m, &mut |e: &Expr| {
        let elts: Vec<&Expr> = match &e.kind {
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => v.iter().collect(),
            ExprKind::Call { args, .. } => args.iter().collect(),
            ExprKind::Dict { keys, values } => keys
                .iter()
                .zip(values)
                .flat_map(|(k, v)| k.iter().chain(std::iter::once(v)))
                .collect(),
            _ => return,
        };
        for w in elts.windows(2) {
            let plain = !matches!(w[0].kind, ExprKind::IfExp { .. } | ExprKind::Lambda { .. });
            if w[1].span.start as usize == pos && found.is_none() && plain {
                found = Some(Span {
                    start: w[0].span.start,
                    end: w[1].span.end,
                });
            }
        }
    });
    found
}

/// `a if b` without `else`: CPython reports the range of `a if b`.
fn expected_else(toks: &[Spanned], i: usize, _mode: Mode) -> Option<CompileError> {
    let pos = toks[i].0;
    let mut v = toks.to_vec();
    v.insert(i, (pos, Tok::None, pos));
    v.insert(i, (pos, Tok::Else, pos));
    let m = reparse(v)?;
    let mut found = None;
    visit_exprs(&m, &mut |e: &Expr| {
        if let ExprKind::IfExp { body, test, orelse } = &e.kind {
            if orelse.span.start as usize == pos && found.is_none() {
                found = Some(Span {
                    start: body.span.start,
                    end: test.span.end,
                });
            }
        }
    });
    found.map(|s| CompileError::syntax("expected 'else' after 'if' expression", s))
}

/// `=` where a named expression was expected (`if x = 1:`, `[x = 1]`): CPython's
/// `invalid_named_expression`.
fn equal_in_expression(toks: &[Spanned], i: usize, mode: Mode) -> Option<CompileError> {
    let pos = toks[i].0;
    let mut v = toks.to_vec();
    v[i] = (pos, Tok::EqEqual, toks[i].2);
    let m = reparse(v)?;
    let mut found: Option<(Expr, Expr, bool)> = None;
    visit_named_contexts(&m, mode != Mode::Eval, &mut |e: &Expr, named: bool| {
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        {
            let mut prev: &Expr = left;
            for (op, c) in ops.iter().zip(comparators) {
                if *op == ast::CmpOp::Eq
                    && prev.span.end as usize <= pos
                    && (c.span.start as usize) > pos
                    && found.is_none()
                {
                    let named = named || after_lpar(toks, e.span.start as usize);
                    found = Some((
                        prev.clone(),
                        c.clone(),
                        named && std::ptr::eq(prev, &**left),
                    ));
                }
                prev = c;
            }
        }
    });
    let (a, b, named) = found?;
    if !named {
        return None;
    }
    if let ExprKind::Name(_) = a.kind {
        return Some(CompileError::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span {
                start: a.span.start,
                end: b.span.end,
            },
        ));
    }
    let excluded = matches!(
        a.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(ast::Constant::Bool(_))
            | ExprKind::Constant(ast::Constant::None)
    );
    if excluded {
        return None;
    }
    Some(CompileError::syntax(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            actions::expr_name(&a)
        ),
        a.span,
    ))
}

/// `(a.b := 1)`: CPython's "cannot use assignment expressions with ..." for a non-name target.
fn walrus_target(toks: &[Spanned], i: usize, mode: Mode) -> Option<CompileError> {
    let pos = toks[i].0;
    let mut v = toks.to_vec();
    v[i] = (pos, Tok::EqEqual, toks[i].2);
    let m = reparse(v)?;
    let mut found: Option<Expr> = None;
    visit_named_contexts(&m, mode != Mode::Eval, &mut |e: &Expr, named: bool| {
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        {
            let after = comparators
                .first()
                .map(|c| c.span.start as usize > pos)
                .unwrap_or(false);
            let eq = ops.first() == Some(&ast::CmpOp::Eq);
            let named = named || after_lpar(toks, e.span.start as usize);
            if named && eq && left.span.end as usize <= pos && after && found.is_none() {
                found = Some((**left).clone());
            }
        }
    });
    let a = found?;
    if matches!(a.kind, ExprKind::Name(_)) && !matches!(toks[i - 1].1, Tok::RPar) {
        return None;
    }
    let msg = format!(
        "cannot use assignment expressions with {}",
        actions::expr_name(&a)
    );
    Some(CompileError::syntax(msg, a.span))
}

/// Whether the token before offset `start` is `(` (the expression is parenthesized, a
/// `named_expression` context in CPython's grammar).
fn after_lpar(toks: &[Spanned], start: usize) -> bool {
    let k = toks.partition_point(|t| t.0 < start);
    let call = k >= 2 && ends_expression(&toks[k - 2].1);
    k > 0 && matches!(toks[k - 1].1, Tok::LPar) && !call
}

/// Calls `f` on every expression of the module (pre-order).
pub(crate) fn visit_exprs(m: &ast::Module, f: &mut dyn FnMut(&Expr)) {
    visit_named_contexts(m, true, &mut |e, _| f(e));
}

/// Calls `f(e, named)` on every expression; `named` is true when `e` sits where CPython's
/// grammar parses a `named_expression` (conditions, display elements, call arguments,
/// subscripts, comprehension elements, group contents).
pub(crate) fn visit_named_contexts(
    m: &ast::Module,
    top_named: bool,
    f: &mut dyn FnMut(&Expr, bool),
) {
    let mut w = Walker { f, top_named };
    for s in &m.body {
        w.stmt(s);
    }
}

struct Walker<'a> {
    f: &'a mut dyn FnMut(&Expr, bool),
    top_named: bool,
}

impl Walker<'_> {
    fn stmts(&mut self, v: &[ast::Stmt]) {
        for s in v {
            self.stmt(s);
        }
    }
    fn stmt(&mut self, s: &ast::Stmt) {
        use ast::StmtKind as S;
        match &s.kind {
            S::FunctionDef(fd) => {
                for d in &fd.decorators {
                    self.expr(d, true);
                }
                self.stmts(&fd.body);
            }
            S::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d, true);
                }
                for b in &c.bases {
                    self.expr(b, true);
                }
                for k in &c.keywords {
                    self.expr(&k.value, false);
                }
                self.stmts(&c.body);
            }
            S::Return(e) => {
                if let Some(e) = e {
                    self.expr(e, false)
                }
            }
            S::Delete(v) => v.iter().for_each(|e| self.expr(e, false)),
            S::Assign { targets, value } => {
                targets.iter().for_each(|e| self.expr(e, false));
                self.expr(value, false);
            }
            S::AugAssign { target, value, .. } => {
                self.expr(target, false);
                self.expr(value, false);
            }
            S::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target, false);
                self.expr(annotation, false);
                if let Some(v) = value {
                    self.expr(v, false);
                }
            }
            S::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target, false);
                self.expr(iter, false);
                self.stmts(body);
                self.stmts(orelse);
            }
            S::While { test, body, orelse } | S::If { test, body, orelse } => {
                self.expr(test, true);
                self.stmts(body);
                self.stmts(orelse);
            }
            S::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr, false);
                }
                self.stmts(body);
            }
            S::Match { subject, cases } => {
                self.expr(subject, true);
                for c in cases {
                    if let Some(g) = &c.guard {
                        self.expr(g, true);
                    }
                    self.stmts(&c.body);
                }
            }
            S::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e, false);
                }
                if let Some(e) = cause {
                    self.expr(e, false);
                }
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t, false);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            S::Assert { test, msg } => {
                self.expr(test, false);
                if let Some(m) = msg {
                    self.expr(m, false);
                }
            }
            S::Expr(e) => self.expr(e, self.top_named),
            _ => {}
        }
    }
    fn expr(&mut self, e: &Expr, named: bool) {
        (self.f)(e, named);
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v, false)),
            ExprKind::NamedExpr { value, .. } => self.expr(value, false),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, false);
                self.expr(right, false);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, false),
            ExprKind::Lambda { body, .. } => self.expr(body, false),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(body, false);
                self.expr(test, false);
                self.expr(orelse, false);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k, false));
                values.iter().for_each(|v| self.expr(v, false));
            }
            ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => {
                v.iter().for_each(|x| self.expr(x, true))
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt, true);
                self.comps(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key, false);
                self.expr(value, false);
                self.comps(generators);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => {
                self.expr(v, false)
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v, false);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, false);
                comparators.iter().for_each(|c| self.expr(c, false));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, false);
                args.iter().for_each(|a| self.expr(a, false));
                keywords.iter().for_each(|k| self.expr(&k.value, false));
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value, false);
                if let Some(s) = format_spec {
                    self.expr(s, false);
                }
            }
            ExprKind::JoinedStr(v) => v.iter().for_each(|x| self.expr(x, false)),
            ExprKind::Attribute { value, .. } => self.expr(value, false),
            ExprKind::Subscript { value, slice } => {
                self.expr(value, false);
                self.expr(slice, true);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x, false);
                }
            }
            ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
    }
    fn comps(&mut self, gens: &[ast::Comprehension]) {
        for g in gens {
            self.expr(&g.target, false);
            self.expr(&g.iter, false);
            g.ifs.iter().for_each(|i| self.expr(i, false));
        }
    }
}

/// Converts an error from an f-string field sub-parse (positions in the parenthesized field
/// text) to CPython 3.11's form: "f-string: " prefix, location relative to that text.
pub(crate) fn fstring_error(mut e: CompileError, wrapped: &str, _offset: usize) -> CompileError {
    if e.msg.starts_with("f-string: ") || e.kind == CompileErrorKind::RecursionError {
        return e;
    }
    if e.kind == CompileErrorKind::SyntaxError || e.kind == CompileErrorKind::IndentationError {
        e.kind = CompileErrorKind::SyntaxError;
    }
    e.msg = format!("f-string: {}", e.msg);
    if e.explicit.is_none() {
        let sf = crate::source::SourceFile::new("<fstring>", wrapped);
        let (l1, c1) = sf.line_col(e.span.start.min(wrapped.len() as u32));
        let (l2, c2) = sf.line_col(e.span.end.min(wrapped.len() as u32));
        e.explicit = Some((l1, c1 + 1, l2, c2 + 1));
    }
    e.incomplete = false;
    e
}

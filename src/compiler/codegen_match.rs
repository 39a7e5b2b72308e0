//! `match` statements, after CPython 3.11's `compiler_match` and `compiler_pattern_*`.
//! The pattern context tracks the captured names (kept on the stack under the items still
//! being examined until the whole pattern succeeds, so names are bound only on success), the
//! number of items `on_top` of them, and the chain of `fail_pop` labels that pop exactly the
//! right number of items on failure. Or-patterns must bind the same names; captures are
//! reordered to the first alternative's order.

use super::codegen::*;
use super::dis::const_repr;
use crate::ast::*;
use crate::bytecode::{BinOpKind, CmpKind, Instr};
use crate::object::Value;

#[derive(Clone, Default)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

/// Equality class of a constant mapping key (`1`, `1.0` and `True` are the same key).
fn key_class(v: &Value) -> ConstKey {
    match v {
        Value::Bool(b) => ConstKey::Int(*b as i64),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => ConstKey::Int(*f as i64),
        other => const_key(other),
    }
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(
        &mut self,
        _s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_label();
        let ncases = cases.len();
        if ncases == 0 {
            self.emit(Instr::PopTop);
            return Ok(());
        }
        let has_default = is_wildcard(&cases[ncases - 1].pattern) && ncases > 1;
        let n = ncases - has_default as usize;
        for (i, m) in cases[..n].iter().enumerate() {
            let saved = self.set_loc(m.pattern.span);
            if i != n - 1 {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternContext {
                allow_irrefutable: m.guard.is_some() || i == ncases - 1,
                ..Default::default()
            };
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, Ctx::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(g, l, false)?;
            }
            if i != n - 1 {
                self.emit(Instr::PopTop);
            }
            self.visit_stmts(&m.body)?;
            self.jump(Instr::Jump, end);
            self.set_loc(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
            self.set_loc(saved);
        }
        if has_default {
            let m = &cases[ncases - 1];
            let saved = self.set_loc(m.pattern.span);
            if ncases == 1 {
                self.emit(Instr::PopTop);
            } else {
                self.emit(Instr::Nop);
            }
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&m.body)?;
            self.set_loc(saved);
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, f: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(f, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[k]);
            self.emit(Instr::PopTop);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Instr::Swap(count as u32));
            count -= 1;
        }
    }

    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult {
        let span = self.ur().loc;
        let Some(n) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(err("cannot assign to __debug__", span));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(err(
                format!("multiple assignments to name '{}' in pattern", n),
                span,
            ));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_rotate(rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Like CPython's `compiler_pattern`, the location is left at the last pattern compiled
    /// (later errors such as "alternative patterns bind different names" point there).
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.span);
        self.pattern_inner(p, pc)
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.visit_expr(v)?;
                self.emit(Instr::CompareOp(CmpKind::Eq as u32));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSingleton(c) => {
                let v = match c {
                    Constant::Bool(b) => Value::Bool(*b),
                    _ => Value::None,
                };
                self.load_const(v);
                self.emit(Instr::IsOp(0));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(p, patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.pattern_store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        if let Some(n) = name {
                            return Err(err(
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n
                                ),
                                p.span,
                            ));
                        }
                        return Err(err("wildcard makes remaining patterns unreachable", p.span));
                    }
                    self.pattern_store_name(name.as_deref(), pc)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_deref(), pc)
                }
            },
            PatternKind::MatchOr(alts) => self.pattern_or(p, alts, pc),
        }
    }

    fn pattern_sequence(
        &mut self,
        p: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, x) in patterns.iter().enumerate() {
            if matches!(x.kind, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return Err(err("multiple starred names in sequence pattern", p.span));
                }
                star_wildcard = is_star_wildcard(x);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(x);
        }
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64));
                self.emit(Instr::CompareOp(CmpKind::Eq as u32));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int(size as i64 - 1));
                self.emit(Instr::CompareOp(CmpKind::Ge as u32));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, x) in patterns.iter().enumerate() {
                if is_wildcard(x) || i == star {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if i < star {
                    self.load_const(Value::Int(i as i64));
                } else {
                    self.emit(Instr::GetLen);
                    self.load_const(Value::Int((size - i) as i64));
                    self.emit(Instr::BinaryOp(BinOpKind::Subtract as u32));
                }
                self.emit(Instr::BinarySubscr);
                self.pattern_subpattern(x, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
        } else {
            match star {
                Some(i) => {
                    if i >= (1 << 8) || size - i > (i32::MAX as usize >> 8) {
                        return Err(err(
                            "too many expressions in star-unpacking sequence pattern",
                            p.span,
                        ));
                    }
                    self.emit(Instr::UnpackEx((i + ((size - i - 1) << 8)) as u32));
                }
                None => self.emit(Instr::UnpackSequence(size as u32)),
            }
            pc.on_top += size;
            for x in patterns {
                pc.on_top -= 1;
                self.pattern_subpattern(x, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(err(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    patterns.len()
                ),
                p.span,
            ));
        }
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Instr::CompareOp(CmpKind::Ge as u32));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<ConstKey> = Vec::new();
        for k in keys {
            if let Some(v) = Self::const_value(k) {
                let kc = key_class(&v);
                if seen.contains(&kc) {
                    return Err(err(
                        format!("mapping pattern checks duplicate key ({})", const_repr(&v)),
                        p.span,
                    ));
                }
                seen.push(kc);
            } else if !matches!(
                k.kind,
                ExprKind::Attribute { .. } | ExprKind::BinOp { .. } | ExprKind::Constant(_)
            ) {
                return Err(err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    p.span,
                ));
            }
            self.visit_expr(k)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_none();
        self.emit(Instr::IsOp(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for x in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(x, pc)?;
        }
        // [subject, keys] remain, counted in on_top.
        match rest {
            Some(name) => {
                self.emit(Instr::CopyDictWithoutKeys);
                pc.on_top -= 1;
                self.pattern_store_name(Some(name), pc)?;
            }
            None => {
                self.emit(Instr::PopTop);
                pc.on_top -= 1;
            }
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(err(
                format!(
                    "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                    nattrs,
                    kwd_patterns.len()
                ),
                p.span,
            ));
        }
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a == "__debug__" {
                return Err(err("cannot assign to __debug__", kwd_patterns[i].span));
            }
            for (j, b) in kwd_attrs.iter().enumerate().skip(i + 1) {
                if a == b {
                    return Err(err(
                        format!("attribute name repeated in class pattern: {}", a),
                        kwd_patterns[j].span,
                    ));
                }
            }
        }
        self.visit_expr(cls)?;
        let names: Vec<Value> = kwd_attrs.iter().map(|a| Self::str_value(a)).collect();
        self.load_const(Value::tuple(names));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        self.load_none();
        self.emit(Instr::IsOp(1));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for x in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(x) {
                self.emit(Instr::PopTop);
                continue;
            }
            self.pattern_subpattern(x, pc)?;
        }
        Ok(())
    }

    fn pattern_or(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let end = self.new_label();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let saved = self.set_loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if nstores != ctrl.len() {
                        return Err(err(
                            "alternative patterns bind different names",
                            self.ur().loc,
                        ));
                    }
                    if nstores > 0 {
                        let mut icontrol = nstores;
                        while icontrol > 0 {
                            icontrol -= 1;
                            let name = &ctrl[icontrol];
                            let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                                return Err(err(
                                    "alternative patterns bind different names",
                                    alt.span,
                                ));
                            };
                            if icontrol != istores {
                                let rotations = istores + 1;
                                let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                                let at = icontrol - istores;
                                for (k, r) in rotated.into_iter().enumerate() {
                                    pc.stores.insert(at + k, r);
                                }
                                for _ in 0..rotations {
                                    self.pattern_rotate(icontrol + 1);
                                }
                            }
                        }
                    }
                }
            }
            self.jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(pc);
            self.set_loc(saved);
        }
        *pc = old;
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(err(
                    format!("multiple assignments to name '{}' in pattern", name),
                    p.span,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

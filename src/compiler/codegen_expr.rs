//! Expression code generation, after CPython 3.11's `compiler_visit_expr1`: short-circuit
//! boolean operators, chained comparisons (middle operands evaluated once), conditional jumps
//! (`jump_if`), calls (LoadMethod/CallMethod, keyword names, `*`/`**` via CallFunctionEx),
//! displays with star-unpacking, f-strings, comprehensions and generator expressions (each its
//! own code object called with the first iterator), `yield`/`yield from`/`await`, and constant
//! folding of unary minus and tuples of constants.

use super::codegen::*;
use super::codegen_stmt::binop_kind;
use super::symtable::BlockType;
use crate::ast::*;
use crate::bytecode::{format_flags, CmpKind, CodeObject, Instr, Intrinsic1};
use crate::object::{PyBytes, Value};
use std::rc::Rc;

/// CPython's STACK_USE_GUIDELINE.
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    /// The compile-time value of a constant expression (with CPython's folding of `-c` and
    /// tuples of constants), if it is one.
    pub fn const_value(e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant(c) => constant_value(c),
            ExprKind::Name(n) if n == "__debug__" => Some(Value::Bool(true)),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match &operand.kind {
                ExprKind::Constant(Constant::Int(i)) => Some(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
                }),
                ExprKind::Constant(Constant::BigInt(b)) => Some(Value::from_bigint(-(**b).clone())),
                ExprKind::Constant(Constant::Float(f)) => Some(Value::Float(-f)),
                _ => None,
            },
            ExprKind::Tuple(elts) => {
                let mut v = Vec::with_capacity(elts.len());
                for x in elts {
                    v.push(Self::const_value(x)?);
                }
                Some(Value::tuple(v))
            }
            _ => None,
        }
    }

    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.set_loc(e.span);
        let r = self.visit_expr_inner(e);
        self.set_loc(saved);
        r
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if !matches!(e.kind, ExprKind::Constant(_)) {
            if let Some(v) = Self::const_value(e) {
                self.load_const(v);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::Constant(c) => {
                match constant_value(c) {
                    Some(v) => self.load_const(v),
                    None => {
                        // An imaginary literal: complex(0.0, imag).
                        if let Constant::Imag(im) = c {
                            let i = self.add_name("complex");
                            self.emit(Instr::LoadGlobal(i));
                            self.load_const(Value::Float(0.0));
                            self.load_const(Value::Float(*im));
                            self.emit(Instr::Call(2));
                        }
                    }
                }
                Ok(())
            }
            // CPython's AST optimizer folds `__debug__` (asserts are always on: True).
            ExprKind::Name(n) if n == "__debug__" => {
                self.load_const(Value::Bool(true));
                Ok(())
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Load),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let f = if *op == BoolOp::And {
                    Instr::JumpIfFalseOrPop
                } else {
                    Instr::JumpIfTrueOrPop
                };
                let n = values.len();
                for v in &values[..n.saturating_sub(1)] {
                    self.visit_expr(v)?;
                    self.jump(f, end);
                }
                if let Some(last) = values.last() {
                    self.visit_expr(last)?;
                }
                self.use_label(end);
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Instr::Copy(1));
                self.visit_target(target, Ctx::Store)
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Instr::BinaryOp(binop_kind(*op, false)));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::CallIntrinsic1(Intrinsic1::UnaryPositive as u32),
                    UnaryOp::USub => Instr::UnaryNegative,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.jump(Instr::Jump, end);
                self.use_label(next);
                self.visit_expr(orelse)?;
                self.use_label(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set(elts) => self.starunpack(elts, 0, SeqKind::Set),
            ExprKind::List(elts) => self.starunpack(elts, 0, SeqKind::List),
            ExprKind::Tuple(elts) => self.starunpack(elts, 0, SeqKind::Tuple),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompType::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompType::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                CompType::Dict,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompType::Gen, "<genexpr>", generators, elt, None)
            }
            ExprKind::Yield(v) => {
                if self.scope_type_of() != BlockType::Function {
                    return Err(err("'yield' outside function", e.span));
                }
                match v {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_none(),
                }
                self.emit_yield();
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                if self.scope_type_of() != BlockType::Function {
                    return Err(err("'yield' outside function", e.span));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(err("'yield from' inside async function", e.span));
                }
                self.visit_expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_none();
                self.add_yield_from(false);
                Ok(())
            }
            ExprKind::Await(v) => {
                let top_level = self.top_level_async_ok();
                if self.scope_type_of() != BlockType::Function && !top_level {
                    return Err(err("'await' outside function", e.span));
                }
                if !top_level
                    && !matches!(
                        self.ur().scope_type,
                        ScopeType::AsyncFunction | ScopeType::Comprehension
                    )
                {
                    return Err(err("'await' outside async function", e.span));
                }
                self.visit_expr(v)?;
                self.emit(Instr::GetAwaitable(0));
                self.load_none();
                self.add_yield_from(true);
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Self::str_value(""));
                    return Ok(());
                }
                for p in parts {
                    self.visit_expr(p)?;
                }
                if parts.len() > 1 {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.visit_expr(value)?;
                let i = self.add_name_mangled(attr);
                self.emit(Instr::LoadAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.check_subscripter(value);
                self.check_index(value, slice);
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(Instr::BinarySubscr);
                Ok(())
            }
            ExprKind::Starred(_) => Err(err("can't use starred expression here", e.span)),
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_none(),
                }
                match upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_none(),
                }
                if let Some(x) = step {
                    self.visit_expr(x)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
                Ok(())
            }
        }
    }

    /// An iterable in `for x in [..]` / `x in [..]`: a list of constants becomes a tuple constant.
    pub fn visit_iterable(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::List(elts) = &e.kind {
            if !elts.is_empty() {
                let consts: Option<Vec<Value>> = elts.iter().map(Self::const_value).collect();
                if let Some(c) = consts {
                    let saved = self.set_loc(e.span);
                    self.load_const(Value::tuple(c));
                    self.set_loc(saved);
                    return Ok(());
                }
            }
        }
        self.visit_expr(e)
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Option<char>,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.visit_expr(value)?;
        let mut flags = match conversion {
            Some('s') => format_flags::CONV_STR,
            Some('r') => format_flags::CONV_REPR,
            Some('a') => format_flags::CONV_ASCII,
            _ => format_flags::CONV_NONE,
        };
        if let Some(s) = spec {
            self.visit_expr(s)?;
            flags |= format_flags::HAVE_SPEC;
        }
        self.emit(Instr::FormatValue(flags));
        Ok(())
    }

    // ---- comparisons and conditional jumps ----

    fn emit_compare(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instr::CompareOp(CmpKind::Eq as u32),
            CmpOp::NotEq => Instr::CompareOp(CmpKind::Ne as u32),
            CmpOp::Lt => Instr::CompareOp(CmpKind::Lt as u32),
            CmpOp::LtE => Instr::CompareOp(CmpKind::Le as u32),
            CmpOp::Gt => Instr::CompareOp(CmpKind::Gt as u32),
            CmpOp::GtE => Instr::CompareOp(CmpKind::Ge as u32),
            CmpOp::Is => Instr::IsOp(0),
            CmpOp::IsNot => Instr::IsOp(1),
            CmpOp::In => Instr::ContainsOp(0),
            CmpOp::NotIn => Instr::ContainsOp(1),
        });
    }

    fn visit_comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iterable(e)
        } else {
            self.visit_expr(e)
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.check_compare(left, ops, comparators);
        self.visit_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.visit_comparator(ops[0], &comparators[0])?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.visit_comparator(ops[i], &comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_compare(ops[i]);
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.visit_comparator(ops[n - 1], &comparators[n - 1])?;
        self.emit_compare(ops[n - 1]);
        let end = self.new_label();
        self.jump(Instr::Jump, end);
        self.use_label(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.use_label(end);
        Ok(())
    }

    /// CPython's `compiler_jump_if`: jump to `next` if `e` is truthy (`cond`) / falsy (`!cond`).
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult {
        let saved = self.set_loc(e.span);
        let r = self.jump_if_inner(e, next, cond);
        self.set_loc(saved);
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                let n = values.len();
                for v in &values[..n.saturating_sub(1)] {
                    self.jump_if(v, next2, cond2)?;
                }
                if let Some(last) = values.last() {
                    self.jump_if(last, next, cond)?;
                }
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump(Instr::Jump, end);
                self.use_label(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                self.check_compare(left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_comparator(ops[i], &comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit_compare(ops[i]);
                    self.jump(Instr::PopJumpIfFalse, cleanup);
                }
                self.visit_comparator(ops[n], &comparators[n])?;
                self.emit_compare(ops[n]);
                self.jump(
                    if cond {
                        Instr::PopJumpIfTrue
                    } else {
                        Instr::PopJumpIfFalse
                    },
                    next,
                );
                let end = self.new_label();
                self.jump(Instr::Jump, end);
                self.use_label(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.jump(Instr::Jump, next);
                }
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 && matches!(ops[0], CmpOp::Is | CmpOp::IsNot) => {
                // `x is None` / `x is not None` → POP_JUMP_IF_(NOT_)NONE.
                if let ExprKind::Constant(Constant::None) = comparators[0].kind {
                    self.visit_expr(left)?;
                    let is = ops[0] == CmpOp::Is;
                    let f = if is == cond {
                        Instr::PopJumpIfNone
                    } else {
                        Instr::PopJumpIfNotNone
                    };
                    self.jump(f, next);
                    return Ok(());
                }
            }
            _ => {}
        }
        if let Some(v) = Self::const_value(e) {
            if const_truthy(&v) == cond {
                self.jump(Instr::Jump, next);
            }
            return Ok(());
        }
        self.visit_expr(e)?;
        self.jump(
            if cond {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            next,
        );
        Ok(())
    }

    // ---- displays ----

    fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: SeqKind) -> CResult {
        let n = elts.len();
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        // A display of >2 constants: build from a constant tuple.
        if n > 2 && !seen_star && kind != SeqKind::Tuple {
            let consts: Option<Vec<Value>> = elts.iter().map(Self::const_value).collect();
            if let Some(c) = consts {
                match kind {
                    SeqKind::List => {
                        self.emit(Instr::BuildList(pushed));
                        self.load_const(Value::tuple(c));
                        self.emit(Instr::ListExtend(1));
                    }
                    SeqKind::Set => {
                        // CPython folds the display into a frozenset constant (built twice,
                        // see `const_frozenset`); SET_UPDATE copies its table layout, which
                        // decides the printed order.
                        self.emit(Instr::BuildSet(pushed));
                        let k = match crate::object::set::const_frozenset(&c) {
                            Some(f) => f,
                            None => Value::tuple(c),
                        };
                        self.load_const(k);
                        self.emit(Instr::SetUpdate(1));
                    }
                    SeqKind::Tuple => {}
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            let total = n as u32 + pushed;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList(total),
                SeqKind::Set => Instr::BuildSet(total),
                SeqKind::Tuple => Instr::BuildTuple(total),
            });
            return Ok(());
        }
        type Mk = fn(u32) -> Instr;
        let (build, add, extend): (Mk, Mk, Mk) = match kind {
            SeqKind::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
            _ => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
        };
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred(v) = &e.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.visit_expr(v)?;
                self.emit(extend(1));
            } else {
                self.visit_expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
        }
        self.emit(Instr::BuildMap((end - begin) as u32));
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len().min(keys.len());
        let mut elements = 0usize;
        let mut have_dict = false;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    // ---- calls ----

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return Err(err("cannot assign to __debug__", self.ur().loc));
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name.as_str()) {
                    return Err(err(
                        format!("keyword argument repeated: {}", name),
                        other.span,
                    ));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        self.check_caller(func);
        // Method call: obj.meth(args) → LoadMethod + CallMethod.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
                && !keywords.iter().any(|k| k.arg.is_none())
                && args.len() + keywords.len() < STACK_USE_GUIDELINE;
            if simple {
                self.visit_expr(value)?;
                let saved = self.set_loc(func.span);
                let i = self.add_name_mangled(attr);
                self.emit(Instr::LoadMethod(i));
                self.set_loc(saved);
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                let n = (args.len() + keywords.len()) as u32;
                if keywords.is_empty() {
                    self.emit(Instr::CallMethod(n));
                } else {
                    self.load_kwnames(keywords);
                    self.emit(Instr::CallMethodKw(n));
                }
                return Ok(());
            }
        }
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn load_kwnames(&mut self, keywords: &[Keyword]) {
        let names: Vec<Value> = keywords
            .iter()
            .map(|k| Self::str_value(k.arg.as_deref().unwrap_or("")))
            .collect();
        self.load_const(Value::tuple(names));
    }

    /// CPython's `compiler_call_helper`: the callable (and `n` extra positional arguments) are
    /// already on the stack.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        let total = n as usize + args.len() + keywords.len();
        if !has_star && !has_dstar && total < STACK_USE_GUIDELINE {
            for a in args {
                self.visit_expr(a)?;
            }
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            let count = n + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(count));
            } else {
                self.load_kwnames(keywords);
                self.emit(Instr::CallKw(count));
            }
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional args as a tuple.
        if n == 0 && args.len() == 1 && has_star {
            if let ExprKind::Starred(v) = &args[0].kind {
                // f(*a): CallFunctionEx converts a non-tuple itself (for CPython's message
                // "f() argument after * must be an iterable, not int").
                self.visit_expr(v)?;
            }
        } else {
            self.starunpack(args, n, SeqKind::Tuple)?;
        }
        let mut have_kwargs = false;
        if !keywords.is_empty() {
            let mut nseen = 0u32;
            let mut have_dict = false;
            let mut begin = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.kwargs_subdict(&keywords[begin..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                    begin = i + 1;
                } else {
                    if nseen == 0 {
                        begin = i;
                    }
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.kwargs_subdict(&keywords[begin..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
            have_kwargs = true;
        }
        self.emit(Instr::CallFunctionEx(have_kwargs as u32));
        Ok(())
    }

    fn kwargs_subdict(&mut self, kws: &'a [Keyword]) -> CResult {
        for k in kws {
            self.load_const(Self::str_value(k.arg.as_deref().unwrap_or("")));
            self.visit_expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(kws.len() as u32));
        Ok(())
    }

    // ---- comprehensions ----

    fn comprehension(
        &mut self,
        e: &'a Expr,
        typ: CompType,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let Some(outermost) = generators.first() else {
            return Err(err("comprehension without generators", e.span));
        };
        let Some(sid) = self.st.scope_for(e) else {
            return Err(err("internal compiler error: missing scope", e.span));
        };
        let outer_scope_type = self.ur().scope_type;
        let is_async_generator = self.st.scopes[sid].coroutine;
        let key = e as *const Expr as usize;
        if let Some(code) = self.code_cache.get(&key).cloned() {
            return self.finish_comprehension(
                code,
                outermost,
                is_async_generator && typ != CompType::Gen,
            );
        }
        let first_line = self.line_of(e.span);
        // An awaited async comprehension in the module's own code under top-level await.
        let top_level = is_async_generator && typ != CompType::Gen && self.top_level_async_ok();
        self.enter_scope(name, ScopeType::Comprehension, sid, first_line, e.span);
        let r = (|| -> CResult {
            if is_async_generator
                && typ != CompType::Gen
                && !top_level
                && !matches!(
                    outer_scope_type,
                    ScopeType::AsyncFunction | ScopeType::Comprehension
                )
            {
                return Err(err(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.span,
                ));
            }
            self.u().argcount = 1;
            match typ {
                CompType::List => self.emit(Instr::BuildList(0)),
                CompType::Set => self.emit(Instr::BuildSet(0)),
                CompType::Dict => self.emit(Instr::BuildMap(0)),
                CompType::Gen => {}
            }
            self.comprehension_generator(generators, 0, 0, elt, val, typ)?;
            if typ != CompType::Gen {
                self.emit(Instr::ReturnValue);
            }
            Ok(())
        })();
        if let Err(er) = r {
            self.units.pop();
            return Err(er);
        }
        if self.is_gen_scope() {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.exit_scope(typ == CompType::Gen)?;
        self.code_cache.insert(key, code.clone());
        self.finish_comprehension(code, outermost, is_async_generator && typ != CompType::Gen)
    }

    /// Make the comprehension function, call it with the first iterator (awaiting the result
    /// for an async list/set/dict comprehension).
    fn finish_comprehension(
        &mut self,
        code: Rc<CodeObject>,
        outermost: &'a Comprehension,
        awaited: bool,
    ) -> CResult {
        self.make_closure(code, 0)?;
        self.visit_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if awaited {
            self.emit(Instr::GetAwaitable(0));
            self.load_none();
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        idx: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
    ) -> CResult {
        if gens[idx].is_async {
            self.async_comprehension_generator(gens, idx, depth, elt, val, typ)
        } else {
            self.sync_comprehension_generator(gens, idx, depth, elt, val, typ)
        }
    }

    fn comprehension_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
    ) -> CResult {
        match typ {
            CompType::Gen => {
                self.visit_expr(elt)?;
                let saved = self.set_loc(elt.span);
                self.emit_yield();
                self.emit(Instr::PopTop);
                self.set_loc(saved);
            }
            CompType::List => {
                self.visit_expr(elt)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            CompType::Set => {
                self.visit_expr(elt)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            CompType::Dict => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        idx: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
    ) -> CResult {
        let gen = &gens[idx];
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if idx == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            // `for y in [f(x)]`: assign without a loop.
            let single = match &gen.iter.kind {
                ExprKind::List(elts) | ExprKind::Tuple(elts) if elts.len() == 1 => {
                    if matches!(elts[0].kind, ExprKind::Starred(_)) {
                        None
                    } else {
                        Some(&elts[0])
                    }
                }
                _ => None,
            };
            if let Some(x) = single {
                self.visit_expr(x)?;
                start = None;
            } else {
                self.visit_iterable(&gen.iter)?;
                self.emit(Instr::GetIter);
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_label(st);
            self.jump(Instr::ForIter, anchor);
        }
        self.visit_target(&gen.target, Ctx::Store)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comprehension_generator(gens, idx + 1, depth, elt, val, typ)?;
        } else {
            self.comprehension_element(depth, elt, val, typ)?;
        }
        self.use_label(if_cleanup);
        if let Some(st) = start {
            self.jump(Instr::Jump, st);
            self.use_label(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        gens: &'a [Comprehension],
        idx: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
    ) -> CResult {
        let gen = &gens[idx];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if idx == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.visit_expr(&gen.iter)?;
            self.emit(Instr::GetAIter);
        }
        self.use_label(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, None)?;
        self.emit_op(Op::SetupFinally(except));
        self.emit(Instr::GetANext);
        self.load_none();
        self.add_yield_from(true);
        self.emit_op(Op::PopBlock);
        self.visit_target(&gen.target, Ctx::Store)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if idx + 1 < gens.len() {
            self.comprehension_generator(gens, idx + 1, depth, elt, val, typ)?;
        } else {
            self.comprehension_element(depth, elt, val, typ)?;
        }
        self.use_label(if_cleanup);
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.use_label(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }
}

/// CPython's `infer_type`: the type name of a display/literal expression, if evident.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(Constant::Imag(_)) => "complex",
        _ => match Compiler::const_value(e)? {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Long(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::Ellipsis => "ellipsis",
            _ => return None,
        },
    })
}

/// A constant after CPython's AST folding (literals, `-literal`, tuples of constants).
fn is_folded_constant(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_)) || Compiler::const_value(e).is_some()
}

impl<'a> Compiler<'a> {
    /// CPython's `check_compare`: `is`/`is not` with a literal other than None/True/False/...
    fn check_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let is_arg = |e: &Expr| {
            matches!(
                e.kind,
                ExprKind::Constant(Constant::None | Constant::Bool(_) | Constant::Ellipsis)
            ) || !is_folded_constant(e)
        };
        let mut l = is_arg(left);
        for (op, c) in ops.iter().zip(comparators) {
            let r = is_arg(c);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!l || !r) {
                self.warn(if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                });
                return;
            }
            l = r;
        }
    }

    /// CPython's `check_caller`.
    fn check_caller(&mut self, func: &Expr) {
        let warn = is_folded_constant(func)
            || matches!(
                func.kind,
                ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::ListComp { .. }
                    | ExprKind::Dict { .. }
                    | ExprKind::DictComp { .. }
                    | ExprKind::Set(_)
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::JoinedStr(_)
                    | ExprKind::FormattedValue { .. }
            );
        if warn {
            if let Some(t) = infer_type(func) {
                self.warn(format!(
                    "'{}' object is not callable; perhaps you missed a comma?",
                    t
                ));
            }
        }
    }

    /// CPython's `check_subscripter`.
    fn check_subscripter(&mut self, value: &Expr) {
        let warn = match &value.kind {
            ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            ExprKind::Constant(Constant::Imag(_)) => true,
            _ => matches!(
                Self::const_value(value),
                Some(
                    Value::None
                        | Value::Ellipsis
                        | Value::Int(_)
                        | Value::Long(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                )
            ),
        };
        if warn {
            if let Some(t) = infer_type(value) {
                self.warn(format!(
                    "'{}' object is not subscriptable; perhaps you missed a comma?",
                    t
                ));
            }
        }
    }

    /// CPython's `check_index`.
    fn check_index(&mut self, value: &Expr, slice: &Expr) {
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        let warn = match &value.kind {
            ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. } => true,
            _ => matches!(
                Self::const_value(value),
                Some(Value::Str(_) | Value::Bytes(_) | Value::Tuple(_))
            ),
        };
        if warn {
            if let Some(t) = infer_type(value) {
                self.warn(format!(
                    "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                    t, index_type
                ));
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Set,
    Tuple,
}

/// A literal's value (None for imaginary literals, which have no constant representation).
pub fn constant_value(c: &Constant) -> Option<Value> {
    Some(match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint((**b).clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imag(_) => return None,
        Constant::Str(s) => {
            // Identifier-like strings are interned (as CPython does); others are plain.
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Value::Str(crate::object::str::intern(s))
            } else {
                Value::str(s)
            }
        }
        Constant::Bytes(b) => Value::Bytes(Rc::new(PyBytes::new(b.clone()))),
        Constant::Ellipsis => Value::Ellipsis,
    })
}

/// Truthiness of a constant (for folding `while True:` / `if 0:`).
pub fn const_truthy(v: &Value) -> bool {
    match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Long(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.data.is_empty(),
        Value::Tuple(t) => !t.as_slice().is_empty(),
        _ => true,
    }
}

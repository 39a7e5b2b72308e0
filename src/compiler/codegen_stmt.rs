//! Statement code generation, after CPython 3.11's `compiler_visit_stmt` and friends: loops,
//! `try`/`except`/`except*`/`finally` (finally bodies duplicated onto every exit), `with`,
//! `async for`/`async with`, imports, assignments (including unpacking and augmented
//! assignment with a single evaluation of the container), `assert`, `raise`, `return`,
//! `break`/`continue` through the frame-block stack.

use super::codegen::*;
use super::symtable::BlockType;
use crate::ast::*;
use crate::bytecode::{BinOpKind, Instr, Intrinsic1};
use crate::object::Value;

pub fn binop_kind(op: BinOp, inplace: bool) -> u32 {
    let k = match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Subtract,
        BinOp::Mult => BinOpKind::Multiply,
        BinOp::MatMult => BinOpKind::MatrixMultiply,
        BinOp::Div => BinOpKind::TrueDivide,
        BinOp::Mod => BinOpKind::Remainder,
        BinOp::Pow => BinOpKind::Power,
        BinOp::LShift => BinOpKind::Lshift,
        BinOp::RShift => BinOpKind::Rshift,
        BinOp::BitOr => BinOpKind::Or,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitAnd => BinOpKind::And,
        BinOp::FloorDiv => BinOpKind::FloorDivide,
    };
    k as u32 + if inplace { 13 } else { 0 }
}

impl<'a> Compiler<'a> {
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        let saved = self.set_loc(s.span);
        let r = self.visit_stmt_inner(s);
        self.set_loc(saved);
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(fd) => self.function_def(s, fd),
            StmtKind::ClassDef(cd) => self.class_def(s, cd),
            StmtKind::Return(v) => self.return_stmt(s, v.as_deref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t, Ctx::Del)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_loop(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                if orelse.is_empty() {
                    self.jump_if(test, end, false)?;
                    self.visit_stmts(body)?;
                } else {
                    let next = self.new_label();
                    self.jump_if(test, next, false)?;
                    self.visit_stmts(body)?;
                    self.jump(Instr::Jump, end);
                    self.use_label(next);
                    self.visit_stmts(orelse)?;
                }
                self.use_label(end);
                Ok(())
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    if self.ur().scope_type != ScopeType::AsyncFunction
                        && !self.top_level_async_ok()
                    {
                        return Err(err("'async with' outside async function", s.span));
                    }
                    self.async_with(s, items, body, 0)
                } else {
                    self.with(s, items, body, 0)
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if !finalbody.is_empty() {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)
                } else if *is_star {
                    self.try_star_except(body, handlers, orelse)
                } else {
                    self.try_except(body, handlers, orelse)
                }
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple(elts) if !elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?");
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // CPython 3.11 locates the raise at the test when it is a comparison (carets
                // under it in tracebacks), else at the statement (checked with python3).
                let at_test = matches!(test.kind, ExprKind::Compare { .. });
                if at_test {
                    self.set_loc(test.span);
                }
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.use_label(end);
                Ok(())
            }
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.visit_expr(e)?;
                    self.emit(Instr::CallIntrinsic1(Intrinsic1::Print as u32));
                    self.emit(Instr::PopTop);
                    return Ok(());
                }
                if let ExprKind::Constant(_) = e.kind {
                    return Ok(());
                }
                self.visit_expr(e)?;
                self.emit(Instr::PopTop);
                Ok(())
            }
            StmtKind::Break => {
                let loop_ = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = loop_ else {
                    return Err(err("'break' outside loop", s.span));
                };
                self.unwind_fblock(&lp, false)?;
                if let Some(exit) = lp.exit {
                    self.jump(Instr::Jump, exit);
                }
                Ok(())
            }
            StmtKind::Continue => {
                let loop_ = self.unwind_fblock_stack(false, true)?;
                let Some(lp) = loop_ else {
                    return Err(err("'continue' not properly in loop", s.span));
                };
                self.jump(Instr::Jump, lp.block);
                Ok(())
            }
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if self.scope_type_of() != BlockType::Function {
            return Err(err("'return' outside function", s.span));
        }
        let sc = &self.st.scopes[self.ur().scope];
        if value.is_some() && sc.coroutine && sc.generator {
            return Err(err("'return' with value in async generator", s.span));
        }
        let preserve_tos = matches!(value, Some(v) if !matches!(v.kind, ExprKind::Constant(_)));
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            // CPython keeps the constant's location for the unwinding (and its errors).
            if self.line_of(v.span) == self.line_of(s.span) {
                self.set_loc(v.span);
            }
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_none(),
            Some(v) if !preserve_tos => {
                let saved = self.set_loc(v.span);
                self.visit_expr(v)?;
                self.set_loc(saved);
            }
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    // ---- assignment ----

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        // `a, b = b, a`: skip building the tuple (CPython's BUILD_TUPLE+UNPACK_SEQUENCE → SWAP).
        if targets.len() == 1 {
            if let (
                ExprKind::Tuple(te) | ExprKind::List(te),
                ExprKind::Tuple(ve) | ExprKind::List(ve),
            ) = (&targets[0].kind, &value.kind)
            {
                let no_star =
                    |v: &[Expr]| !v.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
                if te.len() == ve.len() && (1..=3).contains(&te.len()) && no_star(te) && no_star(ve)
                {
                    for e in ve {
                        self.visit_expr(e)?;
                    }
                    let saved = self.set_loc(value.span);
                    match te.len() {
                        2 => self.emit(Instr::Swap(2)),
                        3 => self.emit(Instr::Swap(3)),
                        _ => {}
                    }
                    self.set_loc(saved);
                    for t in te {
                        self.visit_target(t, Ctx::Store)?;
                    }
                    return Ok(());
                }
            }
        }
        self.visit_expr(value)?;
        let n = targets.len();
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.visit_target(t, Ctx::Store)?;
        }
        Ok(())
    }

    /// Store into / delete a target expression (the value, if any, is on the stack).
    pub fn visit_target(&mut self, t: &'a Expr, ctx: Ctx) -> CResult {
        let saved = self.set_loc(t.span);
        let r = self.visit_target_inner(t, ctx);
        self.set_loc(saved);
        r
    }

    fn visit_target_inner(&mut self, t: &'a Expr, ctx: Ctx) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.nameop(n, ctx),
            ExprKind::Attribute { value, attr } => {
                if attr == "__debug__" {
                    return Err(forbidden_debug(ctx, t.span));
                }
                self.visit_expr(value)?;
                let i = self.add_name_mangled(attr);
                self.emit(if ctx == Ctx::Store {
                    Instr::StoreAttr(i)
                } else {
                    Instr::DeleteAttr(i)
                });
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(if ctx == Ctx::Store {
                    Instr::StoreSubscr
                } else {
                    Instr::DeleteSubscr
                });
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                if ctx == Ctx::Store {
                    self.unpack_helper(elts, t)?;
                    for e in elts {
                        let inner = if let ExprKind::Starred(v) = &e.kind {
                            v
                        } else {
                            e
                        };
                        self.visit_target(inner, Ctx::Store)?;
                    }
                } else {
                    for e in elts {
                        self.visit_target(e, Ctx::Del)?;
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => {
                if ctx == Ctx::Store {
                    Err(err(
                        "starred assignment target must be in a list or tuple",
                        t.span,
                    ))
                } else {
                    Err(err("cannot delete starred", t.span))
                }
            }
            _ => Err(err("cannot assign to expression", t.span)),
        }
    }

    fn unpack_helper(&mut self, elts: &'a [Expr], t: &'a Expr) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred(_)) {
                if seen_star {
                    return Err(err("multiple starred expressions in assignment", t.span));
                }
                if i >= (1 << 8) || n - i > (i32::MAX as usize >> 8) {
                    return Err(err(
                        "too many expressions in star-unpacking assignment",
                        e.span,
                    ));
                }
                self.emit(Instr::UnpackEx((i + ((n - i - 1) << 8)) as u32));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let saved = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr } => {
                self.visit_expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.add_name_mangled(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Load)?,
            _ => {
                self.set_loc(saved);
                return Err(err(
                    "illegal expression for augmented assignment",
                    target.span,
                ));
            }
        }
        self.set_loc(saved);
        self.visit_expr(value)?;
        self.emit(Instr::BinaryOp(binop_kind(op, true)));
        let saved = self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(Instr::Swap(2));
                let i = self.add_name_mangled(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name(n) => self.nameop(n, Ctx::Store)?,
            _ => {}
        }
        self.set_loc(saved);
        Ok(())
    }

    /// CPython's `compiler_annassign`: annotations of simple names in module/class bodies go
    /// into `__annotations__`; other targets are checked (evaluated) when there is no value, and
    /// their annotation is evaluated (and discarded) in module/class bodies.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_target(target, Ctx::Store)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                if n == "__debug__" {
                    return Err(forbidden_debug(Ctx::Store, target.span));
                }
                if simple && module_or_class {
                    self.visit_annexpr(annotation)?;
                    let i = self.add_name("__annotations__");
                    self.emit(Instr::LoadName(i));
                    let m = self.mangle(n);
                    self.load_const(Self::str_value(&m));
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                if attr == "__debug__" {
                    return Err(forbidden_debug(Ctx::Store, target.span));
                }
                if value.is_none() {
                    self.visit_expr(obj)?;
                    self.emit(Instr::PopTop);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.visit_expr(obj)?;
                    self.emit(Instr::PopTop);
                    self.visit_expr(slice)?;
                    self.emit(Instr::PopTop);
                }
            }
            _ => return Err(err("illegal target for annotation", target.span)),
        }
        if !simple && module_or_class && !self.future.annotations {
            self.visit_expr(annotation)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    // ---- loops ----

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockKind::ForLoop, start, Some(end))?;
        self.visit_iterable(iter)?;
        self.emit(Instr::GetIter);
        self.use_label(start);
        self.jump(Instr::ForIter, cleanup);
        self.visit_target(target, Ctx::Store)?;
        self.visit_stmts(body)?;
        self.jump(Instr::Jump, start);
        self.use_label(cleanup);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if self.ur().scope_type != ScopeType::AsyncFunction && !self.top_level_async_ok() {
            return Err(err("'async for' outside async function", s.span));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.emit(Instr::GetAIter);
        self.use_label(start);
        self.push_fblock(FBlockKind::ForLoop, start, Some(end))?;
        self.emit_op(Op::SetupFinally(except));
        self.emit(Instr::GetANext);
        self.load_none();
        self.add_yield_from(true);
        self.emit_op(Op::PopBlock);
        self.visit_target(target, Ctx::Store)?;
        self.visit_stmts(body)?;
        self.jump(Instr::Jump, start);
        self.pop_fblock();
        self.use_label(except);
        let saved = self.set_loc(iter.span);
        self.emit(Instr::EndAsyncFor);
        self.set_loc(saved);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_loop(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let lp = self.new_label();
        let body_l = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, Some(end))?;
        self.jump_if(test, anchor, false)?;
        self.use_label(body_l);
        self.visit_stmts(body)?;
        let saved = self.set_loc(s.span);
        self.jump_if(test, body_l, true)?;
        self.set_loc(saved);
        self.pop_fblock();
        self.use_label(anchor);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ---- try ----

    fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CResult {
        let body_l = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_op(Op::SetupFinally(end));
        self.use_label(body_l);
        self.push_fblock_full(FBlock {
            kind: FBlockKind::FinallyTry,
            block: body_l,
            exit: Some(end),
            finally: Some(finalbody),
            name: None,
            span: Default::default(),
        })?;
        if !handlers.is_empty() {
            if is_star {
                self.try_star_except(body, handlers, orelse)?;
            } else {
                self.try_except(body, handlers, orelse)?;
            }
        } else {
            self.visit_stmts(body)?;
        }
        self.emit_op(Op::PopBlock);
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.jump(Instr::Jump, exit);
        self.use_label(end);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, end, None)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let body_l = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_op(Op::SetupFinally(except));
        self.use_label(body_l);
        self.push_fblock(FBlockKind::TryExcept, body_l, None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.emit_op(Op::PopBlock);
        self.visit_stmts(orelse)?;
        self.jump(Instr::Jump, end);
        self.use_label(except);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, Label(u32::MAX), None)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let saved = self.set_loc(h.span);
            if h.typ.is_none() && i + 1 < n {
                return Err(err("default 'except:' must be last", h.span));
            }
            except = self.new_label();
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.jump(Instr::PopJumpIfFalse, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(name, Ctx::Store)?;
                self.emit_op(Op::SetupCleanup(cleanup_end));
                self.use_label(cleanup_body);
                self.push_fblock_full(FBlock {
                    kind: FBlockKind::HandlerCleanup,
                    block: cleanup_body,
                    exit: None,
                    finally: None,
                    name: Some(name),
                    span: Default::default(),
                })?;
                self.visit_stmts(&h.body)?;
                // The cleanup (`name = None; del name`) carries the line of the handler's
                // last statement, as CPython's compiler leaves its current location there.
                if let Some(sp) = last_stmt_span(&h.body) {
                    self.set_loc(sp);
                }
                self.pop_fblock();
                self.emit_op(Op::PopBlock);
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.jump(Instr::Jump, end);
                self.use_label(cleanup_end);
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit(Instr::Reraise(1));
            } else {
                let cleanup_body = self.new_label();
                self.emit(Instr::PopTop);
                self.use_label(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None)?;
                self.visit_stmts(&h.body)?;
                if let Some(sp) = last_stmt_span(&h.body) {
                    self.set_loc(sp);
                }
                self.pop_fblock();
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
                self.jump(Instr::Jump, end);
            }
            self.use_label(except);
            self.set_loc(saved);
        }
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(end);
        Ok(())
    }

    fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let body_l = self.new_label();
        let mut except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit_op(Op::SetupFinally(except));
        self.use_label(body_l);
        self.push_fblock(FBlockKind::TryExcept, body_l, None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.emit_op(Op::PopBlock);
        self.jump(Instr::Jump, orelse_l);
        self.use_label(except);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, Label(u32::MAX), None)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let saved = self.set_loc(h.span);
            let next_except = self.new_label();
            except = next_except;
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Copy(2));
            }
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckEgMatch);
                self.emit(Instr::Copy(1));
                self.jump(Instr::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store)?,
                None => self.emit(Instr::PopTop),
            }
            self.emit_op(Op::SetupCleanup(cleanup_end));
            self.use_label(cleanup_body);
            self.push_fblock_full(FBlock {
                kind: FBlockKind::HandlerCleanup,
                block: cleanup_body,
                exit: None,
                finally: None,
                name: h.name.as_deref(),
                span: Default::default(),
            })?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
            self.emit_op(Op::PopBlock);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.jump(Instr::Jump, except);
            self.use_label(cleanup_end);
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::PopTop);
            self.jump(Instr::Jump, except_with_error);
            self.use_label(except);
            self.emit(Instr::Nop);
            self.jump(Instr::Jump, except_with_error);
            self.use_label(no_match);
            self.emit(Instr::PopTop);
            self.use_label(except_with_error);
            if i + 1 == n {
                self.emit(Instr::ListAppend(1));
                self.jump(Instr::Jump, reraise_star);
            }
            self.set_loc(saved);
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.jump(Instr::PopJumpIfNotNone, reraise);
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::PopExcept);
        self.jump(Instr::Jump, end);
        self.use_label(reraise);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(0));
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(orelse_l);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ---- with ----

    fn with_except_finish(&mut self, cleanup: Label) {
        let exit = self.new_label();
        self.jump(Instr::PopJumpIfTrue, exit);
        self.emit(Instr::Reraise(2));
        self.use_label(cleanup);
        self.pop_except_and_reraise();
        self.use_label(exit);
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
    }

    fn with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body);
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        self.emit_op(Op::SetupWith(final_));
        self.use_label(block);
        self.push_fblock_full(FBlock {
            kind: FBlockKind::With,
            block,
            exit: Some(final_),
            finally: None,
            name: None,
            span: s.span,
        })?;
        match &item.optional_vars {
            Some(v) => self.visit_target(v, Ctx::Store)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with(s, items, body, pos + 1)?;
        }
        let saved = self.set_loc(s.span);
        self.emit_op(Op::PopBlock);
        self.pop_fblock();
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, exit);
        self.use_label(final_);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        self.set_loc(saved);
        Ok(())
    }

    fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return self.visit_stmts(body);
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.emit(Instr::BeforeAsyncWith);
        self.emit(Instr::GetAwaitable(1));
        self.load_none();
        self.add_yield_from(true);
        self.emit_op(Op::SetupWith(final_));
        self.use_label(block);
        self.push_fblock_full(FBlock {
            kind: FBlockKind::AsyncWith,
            block,
            exit: Some(final_),
            finally: None,
            name: None,
            span: s.span,
        })?;
        match &item.optional_vars {
            Some(v) => self.visit_target(v, Ctx::Store)?,
            None => self.emit(Instr::PopTop),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        let saved = self.set_loc(s.span);
        self.emit_op(Op::PopBlock);
        self.call_exit_with_nones();
        self.emit(Instr::GetAwaitable(2));
        self.load_none();
        self.add_yield_from(true);
        self.emit(Instr::PopTop);
        self.jump(Instr::Jump, exit);
        self.use_label(final_);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.emit(Instr::GetAwaitable(2));
        self.load_none();
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        self.set_loc(saved);
        Ok(())
    }

    // ---- imports ----

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Value::Int(0));
            self.load_none();
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportName(i));
            if let Some(asname) = &a.asname {
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (k, attr) in parts[1..].iter().enumerate() {
                        let i = self.add_name(attr);
                        self.emit(Instr::ImportFrom(i));
                        if k + 2 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.nameop(asname, Ctx::Store)?;
                    self.emit(Instr::PopTop);
                } else {
                    self.nameop(asname, Ctx::Store)?;
                }
            } else {
                let first = a.name.split('.').next().unwrap_or(&a.name);
                self.nameop(first, Ctx::Store)?;
            }
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        if module == Some("__future__") && self.line_of(self.ur().loc) > self.future.lineno {
            return Err(err(
                "from __future__ imports must occur at the beginning of the file",
                self.ur().loc,
            ));
        }
        self.load_const(Value::Int(level as i64));
        let fromlist: Vec<Value> = names.iter().map(|a| Self::str_value(&a.name)).collect();
        self.load_const(Value::tuple(fromlist));
        let i = self.add_name(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        for (k, a) in names.iter().enumerate() {
            if k == 0 && a.name == "*" {
                self.emit(Instr::CallIntrinsic1(Intrinsic1::ImportStar as u32));
                self.emit(Instr::PopTop);
                return Ok(());
            }
            let i = self.add_name(&a.name);
            self.emit(Instr::ImportFrom(i));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, Ctx::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// The span of the statement compiled last in `stmts` (descending into the last block of a
/// compound statement): where CPython's compiler leaves its current location.
fn last_stmt_span(stmts: &[Stmt]) -> Option<crate::source::Span> {
    let last = stmts.last()?;
    let inner = match &last.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. } => {
            if orelse.is_empty() {
                last_stmt_span(body)
            } else {
                last_stmt_span(orelse)
            }
        }
        StmtKind::With { body, .. } => last_stmt_span(body),
        _ => None,
    };
    Some(inner.unwrap_or(last.span))
}

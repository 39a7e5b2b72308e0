//! The assembler, after CPython 3.11's `assemble()` in `Python/compile.c`: splits a unit's
//! instruction stream into basic blocks, threads jumps to unconditional jumps, walks the
//! control-flow graph to compute every block's entry stack depth and active handler stack
//! (SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH push a handler, POP_BLOCK pops it; a handler block
//! becomes reachable from the instructions it protects), drops unreachable blocks and jumps
//! to the next instruction, resolves labels to absolute instruction indices, removes the
//! pseudo-instructions and builds the exception table (runs of instructions sharing their
//! innermost handler) and `max_stack`. Invariants: a block reached along two edges must be
//! reached at the same stack depth (checked; `debug_assert!` so tests catch it) and the depth
//! never goes negative; `max_stack` is exactly the deepest point of the final code.

use super::codegen::{is_jump, with_target, CResult, Label, Op, Unit};
use crate::bytecode::{CodeObject, ExceptionTableEntry, Instr};
use crate::error::CompileError;
use crate::object::Value;
use crate::source::{SourceFile, Span};
use std::rc::Rc;

/// Stack effect of an instruction: (fall-through effect, effect when jumping).
pub fn stack_effect(i: &Instr) -> (i32, i32) {
    use Instr::*;
    let e = |n: i32| (n, n);
    match *i {
        Nop | Swap(_) | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_)
        | LoadAttr(_) | UnaryNegative | UnaryNot | UnaryInvert | ListToTuple | GetIter
        | Jump(_) | CheckExcMatch | CheckEgMatch | SetupAnnotations | CallIntrinsic1(_)
        | YieldValue(_) | GetYieldFromIter | GetAwaitable(_) | GetAIter | CopyDictWithoutKeys => {
            e(0)
        }
        PopTop => e(-1),
        PushNull | Copy(_) | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_)
        | LoadClosure(_) | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | LoadBuildClass
        | ImportFrom(_) | PushExcInfo | BeforeWith | WithExceptStart | LoadAssertionError
        | GetANext | BeforeAsyncWith | MatchMapping | MatchSequence | MatchKeys | GetLen => e(1),
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | ListAppend(_)
        | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | ReturnValue
        | ImportName(_) | Reraise(_) | PopExcept | PrepReraiseStar | EndSend | CleanupThrow => {
            e(-1)
        }
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor | MatchClass(_) => e(-2),
        StoreSubscr => e(-3),
        BuildSlice(n) => e(1 - n as i32),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => e(1 - n as i32),
        BuildMap(n) => e(1 - 2 * n as i32),
        UnpackSequence(n) => e(n as i32 - 1),
        UnpackEx(op) => e(((op & 0xff) + (op >> 8)) as i32),
        FormatValue(f) => e(if f & crate::bytecode::format_flags::HAVE_SPEC != 0 {
            -1
        } else {
            0
        }),
        ForIter(_) => (1, -1),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => e(-1),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (-1, 0),
        Call(n) => e(-(n as i32)),
        CallKw(n) | CallMethod(n) => e(-(n as i32) - 1),
        CallMethodKw(n) => e(-(n as i32) - 2),
        CallFunctionEx(f) => e(-1 - (f & 1) as i32),
        MakeFunction(f) => e(-((f & 0xf).count_ones() as i32)),
        RaiseVarargs(n) => e(-(n as i32)),
        Send(_) => (0, -1),
        BinaryOpFF(..)
        | BinaryOpFC(..)
        | BinaryOpFFStore(..)
        | BinaryOpFCStore(..)
        | BinaryOpStore(..)
        | BinaryOpStoreSubscr(_)
        | SubscrFC(..)
        | SubscrFF(..)
        | SubscrFCKeep(..)
        | CompareFCJump(..)
        | CompareFFJump(..)
        | CompareOpJump(_)
        | ReturnFast(_)
        | ReturnConst(_)
        | BinaryOpReturn(_)
        | LoadFastLoadFast(..)
        | BinaryOpC(..)
        | BinaryOpF(..)
        | LoadFastAttr(..)
        | LoadFastMethod(..)
        | LoadFastStoreAttr(..)
        | CopyLoadAttr(..)
        | SwapStoreAttr(..) => stack_effect(&unfused(*i)),
    }
}

/// The instruction a superinstruction replaced (the first of its sequence); any other
/// instruction unchanged. `dis` lists this, so listings show the unfused code, as CPython's
/// `dis` shows unquickened bytecode.
pub fn unfused(i: Instr) -> Instr {
    use Instr::*;
    match i {
        BinaryOpFF(a, ..)
        | BinaryOpFC(a, ..)
        | BinaryOpFFStore(a, ..)
        | BinaryOpFCStore(a, ..)
        | SubscrFC(a, _)
        | SubscrFF(a, _)
        | SubscrFCKeep(a, _)
        | CompareFCJump(a, ..)
        | CompareFFJump(a, ..)
        | ReturnFast(a)
        | LoadFastLoadFast(a, _)
        | LoadFastAttr(a, ..)
        | LoadFastMethod(a, ..)
        | LoadFastStoreAttr(a, ..)
        | BinaryOpF(a, _) => LoadFast(a as u32),
        CopyLoadAttr(..) => Copy(1),
        SwapStoreAttr(..) => Swap(2),
        ReturnConst(c) => LoadConst(c),
        BinaryOpC(c, _) => LoadConst(c as u32),
        BinaryOpStore(_, op) | BinaryOpStoreSubscr(op) | BinaryOpReturn(op) => BinaryOp(op as u32),
        CompareOpJump(op) => CompareOp(op as u32),
        other => other,
    }
}

/// The superinstruction peephole (see the `Instr` superinstruction docs in `bytecode.rs`):
/// replaces the first instruction of each recognised sequence by its fused form, leaving the
/// rest in place. Patterns are matched on the original code, so overlapping sequences fuse
/// independently (a fused op that falls back continues into the original instructions, which
/// may themselves start a fused sequence). Only sequences whose operands fit the fused
/// encoding are fused; constants must be ints/floats where a fast path needs them.
/// The return forms (`ReturnFast`, ...) are used only when `flags` says the code is a plain
/// function or module (generator and coroutine frames return through RETURN_VALUE itself).
pub fn fuse(instrs: &mut [Instr], consts: &[Value], flags: u32) {
    use crate::bytecode::code_flags::{ASYNC_GENERATOR, COROUTINE, GENERATOR, ITERABLE_COROUTINE};
    use Instr::*;
    let plain = flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR | ITERABLE_COROUTINE) == 0;
    let orig = instrs.to_vec();
    let at = |k: usize| orig.get(k).copied().unwrap_or(Nop);
    let w = |x: u32| u16::try_from(x).ok();
    let num_const = |c: u32| {
        matches!(
            consts.get(c as usize),
            Some(Value::Int(_) | Value::Float(_))
        )
    };
    let int_const = |c: u32| matches!(consts.get(c as usize), Some(Value::Int(_)));
    let is_cond_jump = |i: Instr| matches!(i, PopJumpIfFalse(_) | PopJumpIfTrue(_));
    // The inline-cache site of each instruction (`vm::attrcache::build_sites` numbers the
    // attribute instructions in order; fusing never adds or removes one).
    let mut site = Vec::with_capacity(orig.len());
    let mut n_sites = 0u32;
    for i in &orig {
        site.push(n_sites);
        if crate::vm::attrcache::is_attr_site(i) {
            n_sites += 1;
        }
    }
    let site_at = |k: usize| site.get(k).and_then(|&s| u16::try_from(s).ok());
    for k in 0..orig.len() {
        let fused = match (at(k), at(k + 1), at(k + 2), at(k + 3), at(k + 4)) {
            (LoadFast(a), LoadConst(c), Copy(2), Copy(2), BinarySubscr) if int_const(c) => {
                w(a).zip(w(c)).map(|(a, c)| SubscrFCKeep(a, c))
            }
            (LoadFast(a), LoadFast(b), BinaryOp(op), StoreFast(d), _) => match (w(a), w(b), w(d)) {
                (Some(a), Some(b), Some(d)) => Some(BinaryOpFFStore(a, b, d, op as u8)),
                _ => None,
            },
            (LoadFast(a), LoadConst(c), BinaryOp(op), StoreFast(d), _) if num_const(c) => {
                match (w(a), w(c), w(d)) {
                    (Some(a), Some(c), Some(d)) => Some(BinaryOpFCStore(a, c, d, op as u8)),
                    _ => None,
                }
            }
            (LoadFast(a), LoadFast(b), BinaryOp(op), _, _) => {
                w(a).zip(w(b)).map(|(a, b)| BinaryOpFF(a, b, op as u8))
            }
            (LoadFast(a), LoadConst(c), BinaryOp(op), _, _) if num_const(c) => {
                w(a).zip(w(c)).map(|(a, c)| BinaryOpFC(a, c, op as u8))
            }
            (LoadFast(a), LoadConst(c), BinarySubscr, _, _) if int_const(c) => {
                w(a).zip(w(c)).map(|(a, c)| SubscrFC(a, c))
            }
            (LoadFast(a), LoadFast(b), BinarySubscr, _, _) => {
                w(a).zip(w(b)).map(|(a, b)| SubscrFF(a, b))
            }
            (LoadFast(a), LoadConst(c), CompareOp(op), j, _) if num_const(c) && is_cond_jump(j) => {
                w(a).zip(w(c)).map(|(a, c)| CompareFCJump(a, c, op as u8))
            }
            (LoadFast(a), LoadFast(b), CompareOp(op), j, _) if is_cond_jump(j) => {
                w(a).zip(w(b)).map(|(a, b)| CompareFFJump(a, b, op as u8))
            }
            (BinaryOp(op), Swap(3), Swap(2), StoreSubscr, _) => Some(BinaryOpStoreSubscr(op as u8)),
            (BinaryOp(op), StoreFast(d), _, _, _) => w(d).map(|d| BinaryOpStore(d, op as u8)),
            (CompareOp(op), j, _, _, _) if is_cond_jump(j) => Some(CompareOpJump(op as u8)),
            (LoadFast(a), ReturnValue, _, _, _) if plain => w(a).map(ReturnFast),
            (LoadFast(a), BinaryOp(op), _, _, _) => w(a).map(|a| BinaryOpF(a, op as u8)),
            (LoadConst(c), BinaryOp(op), _, _, _) if num_const(c) => {
                w(c).map(|c| BinaryOpC(c, op as u8))
            }
            (LoadFast(a), LoadFast(b), _, _, _) => {
                w(a).zip(w(b)).map(|(a, b)| LoadFastLoadFast(a, b))
            }
            (LoadFast(a), LoadAttr(n), _, _, _) => match (w(a), w(n), site_at(k + 1)) {
                (Some(a), Some(n), Some(s)) => Some(LoadFastAttr(a, n, s)),
                _ => None,
            },
            (LoadFast(a), LoadMethod(n), _, _, _) => match (w(a), w(n), site_at(k + 1)) {
                (Some(a), Some(n), Some(s)) => Some(LoadFastMethod(a, n, s)),
                _ => None,
            },
            (LoadFast(a), StoreAttr(n), _, _, _) => match (w(a), w(n), site_at(k + 1)) {
                (Some(a), Some(n), Some(s)) => Some(LoadFastStoreAttr(a, n, s)),
                _ => None,
            },
            (Copy(1), LoadAttr(n), _, _, _) => {
                w(n).zip(site_at(k + 1)).map(|(n, s)| CopyLoadAttr(n, s))
            }
            (Swap(2), StoreAttr(n), _, _, _) => {
                w(n).zip(site_at(k + 1)).map(|(n, s)| SwapStoreAttr(n, s))
            }
            (LoadConst(c), ReturnValue, _, _, _) if plain => Some(ReturnConst(c)),
            (BinaryOp(op), ReturnValue, _, _, _) if plain => Some(BinaryOpReturn(op as u8)),
            _ => None,
        };
        if let Some(f) = fused {
            instrs[k] = f;
        }
    }
}

/// Does control never fall through to the next instruction?
pub fn is_terminator(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise(_)
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Handler {
    block: usize,
    depth: u32,
    lasti: bool,
}

struct Block {
    ops: Vec<(Op, Span)>,
    depth: Option<i32>,
    except: Option<Vec<Handler>>,
}

fn internal(msg: String, span: Span) -> CompileError {
    debug_assert!(false, "{}", msg);
    CompileError::syntax(format!("internal compiler error: {}", msg), span)
}

pub fn assemble(unit: Unit<'_>, flags: u32, source: Rc<SourceFile>) -> CResult<CodeObject> {
    // 1. Basic blocks.
    let mut blocks: Vec<Block> = vec![Block {
        ops: Vec::new(),
        depth: None,
        except: None,
    }];
    let mut label_block: Vec<usize> = vec![usize::MAX; unit.next_label as usize];
    for (op, span) in unit.ops.iter().copied() {
        match op {
            Op::Label(Label(l)) => {
                if !blocks.last().map(|b| b.ops.is_empty()).unwrap_or(true) {
                    blocks.push(Block {
                        ops: Vec::new(),
                        depth: None,
                        except: None,
                    });
                }
                if let Some(slot) = label_block.get_mut(l as usize) {
                    *slot = blocks.len() - 1;
                }
            }
            Op::Real(i) => {
                let ends = is_jump(&i).is_some() || is_terminator(&i);
                if let Some(b) = blocks.last_mut() {
                    b.ops.push((op, span));
                }
                if ends {
                    blocks.push(Block {
                        ops: Vec::new(),
                        depth: None,
                        except: None,
                    });
                }
            }
            _ => {
                if let Some(b) = blocks.last_mut() {
                    b.ops.push((op, span));
                }
            }
        }
    }
    let target_of = |l: u32, span: Span| -> CResult<usize> {
        match label_block.get(l as usize) {
            Some(&b) if b != usize::MAX => Ok(b),
            _ => Err(internal(format!("unplaced label {}", l), span)),
        }
    };

    // 1b. Jump threading (CPython's optimize_basic_block): a jump whose target starts with an
    // unconditional `Jump` (no pseudo-instruction in between) goes straight to its target.
    // A `Jump` leaves the stack as it is, so depths at the final target are unchanged.
    let thread = |mut l: u32| -> u32 {
        for _ in 0..8 {
            let Some(&b0) = label_block.get(l as usize) else {
                return l;
            };
            if b0 == usize::MAX {
                return l;
            }
            let mut b = b0;
            let next = loop {
                match blocks.get(b).and_then(|blk| blk.ops.first()) {
                    None if b + 1 < blocks.len() => b += 1,
                    None => break None,
                    Some((Op::Real(Instr::Jump(l2)), _)) => break Some(*l2),
                    Some(_) => break None,
                }
            };
            match next {
                Some(l2) if l2 != l => l = l2,
                _ => return l,
            }
        }
        l
    };
    let mut threaded: Vec<(usize, usize, Instr)> = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        for (k, (op, _)) in b.ops.iter().enumerate() {
            if let Op::Real(i) = op {
                if let Some(l) = is_jump(i) {
                    let t = thread(l);
                    if t != l {
                        threaded.push((bi, k, with_target(*i, t)));
                    }
                }
            }
        }
    }
    for (bi, k, i) in threaded {
        blocks[bi].ops[k].0 = Op::Real(i);
    }

    // 2. Walk the CFG: entry depths and handler stacks.
    let nblocks = blocks.len();
    let mut handlers: Vec<Vec<Option<Handler>>> =
        blocks.iter().map(|b| vec![None; b.ops.len()]).collect();
    let mut max_depth: i32 = 0;
    let mut work: Vec<usize> = Vec::new();
    fn reach(
        blocks: &mut [Block],
        work: &mut Vec<usize>,
        max_depth: &mut i32,
        b: usize,
        depth: i32,
        stack: &[Handler],
        span: Span,
    ) -> CResult {
        *max_depth = (*max_depth).max(depth);
        let blk = &mut blocks[b];
        match blk.depth {
            None => {
                blk.depth = Some(depth);
                blk.except = Some(stack.to_vec());
                work.push(b);
                Ok(())
            }
            Some(d) if d == depth => Ok(()),
            Some(d) => Err(internal(
                format!(
                    "inconsistent stack depth at block {}: {} vs {}",
                    b, d, depth
                ),
                span,
            )),
        }
    }
    let first_span = blocks[0].ops.first().map(|o| o.1).unwrap_or_default();
    reach(
        &mut blocks,
        &mut work,
        &mut max_depth,
        0,
        0,
        &[],
        first_span,
    )?;
    while let Some(b) = work.pop() {
        let mut d = blocks[b].depth.unwrap_or(0);
        let mut stk = blocks[b].except.clone().unwrap_or_default();
        let mut falls = true;
        let ops = blocks[b].ops.clone();
        for (k, (op, span)) in ops.iter().enumerate() {
            match *op {
                Op::SetupFinally(l) | Op::SetupCleanup(l) | Op::SetupWith(l) => {
                    let tb = target_of(l.0, *span)?;
                    // Table depth and lasti (CPython: handler start depth - 1 - lasti, where
                    // SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH push 1/2/1 at the handler).
                    let (lasti, table_depth) = match op {
                        Op::SetupFinally(_) => (false, d),
                        Op::SetupCleanup(_) => (true, d),
                        _ => (true, d - 1),
                    };
                    if table_depth < 0 {
                        return Err(internal("negative handler depth".into(), *span));
                    }
                    stk.push(Handler {
                        block: tb,
                        depth: table_depth as u32,
                        lasti,
                    });
                }
                Op::PopBlock => {
                    stk.pop();
                }
                Op::Label(_) => {}
                Op::Real(i) => {
                    handlers[b][k] = stk.last().copied();
                    // The handler is reachable once an instruction it protects is: it is
                    // entered with `lasti` (maybe) and the exception above its table depth,
                    // and runs under the handlers outside its own block. Nothing raises at a NOP or a forward jump; a backward jump may (the
                    // VM's periodic checks, e.g. KeyboardInterrupt in `while True: pass`).
                    let can_raise = match i {
                        Instr::Nop => false,
                        Instr::Jump(l) => target_of(l, *span)? <= b,
                        _ => true,
                    };
                    if let (true, Some(h)) = (can_raise, stk.last().copied()) {
                        let entry = h.depth as i32 + h.lasti as i32 + 1;
                        match blocks[h.block].depth {
                            Some(_) => reach(
                                &mut blocks,
                                &mut work,
                                &mut max_depth,
                                h.block,
                                entry,
                                &[],
                                *span,
                            )?,
                            None => {
                                let below = stk[..stk.len() - 1].to_vec();
                                reach(
                                    &mut blocks,
                                    &mut work,
                                    &mut max_depth,
                                    h.block,
                                    entry,
                                    &below,
                                    *span,
                                )?
                            }
                        }
                    }
                    let (fall, jmp) = stack_effect(&i);
                    if let Some(l) = is_jump(&i) {
                        let tb = target_of(l, *span)?;
                        if d + jmp < 0 {
                            return Err(internal(
                                format!("negative stack depth at {:?}", i),
                                *span,
                            ));
                        }
                        reach(
                            &mut blocks,
                            &mut work,
                            &mut max_depth,
                            tb,
                            d + jmp,
                            &stk,
                            *span,
                        )?;
                    }
                    d += fall;
                    if d < 0 {
                        return Err(internal(
                            format!("negative stack depth after {:?}", i),
                            *span,
                        ));
                    }
                    max_depth = max_depth.max(d);
                    if is_terminator(&i) {
                        falls = false;
                        break;
                    }
                }
            }
        }
        if falls && b + 1 < nblocks {
            let span = blocks[b].ops.last().map(|o| o.1).unwrap_or_default();
            reach(&mut blocks, &mut work, &mut max_depth, b + 1, d, &stk, span)?;
        } else if falls {
            // The dispatch loop fetches without a bounds check (`vm::eval`): reachable code
            // must never run off the end.
            let span = blocks[b].ops.last().map(|o| o.1).unwrap_or_default();
            return Err(internal("control reaches the end of the code".into(), span));
        }
    }

    // 3. Layout: instruction indices of reachable blocks, dropping a block-ending `Jump` to
    // the code that follows it anyway.
    let has_code =
        |b: &Block| b.depth.is_some() && b.ops.iter().any(|o| matches!(o.0, Op::Real(_)));
    // The block whose first instruction a jump to block `b` really lands on.
    let mut landing = vec![usize::MAX; nblocks + 1];
    for bi in (0..nblocks).rev() {
        landing[bi] = if has_code(&blocks[bi]) {
            bi
        } else {
            landing[bi + 1]
        };
    }
    let mut skip_last = vec![false; nblocks];
    for (bi, b) in blocks.iter().enumerate() {
        if b.depth.is_none() {
            continue;
        }
        if let Some((Op::Real(Instr::Jump(l)), span)) = b.ops.last() {
            let t = target_of(*l, *span)?;
            if landing[t] == landing[bi + 1] {
                skip_last[bi] = true;
            }
        }
    }
    let mut block_start = vec![0u32; nblocks];
    let mut n = 0u32;
    for (bi, b) in blocks.iter().enumerate() {
        block_start[bi] = n;
        if b.depth.is_some() {
            n += b.ops.iter().filter(|o| matches!(o.0, Op::Real(_))).count() as u32;
            if skip_last[bi] {
                n -= 1;
            }
        }
    }
    let mut instrs = Vec::with_capacity(n as usize);
    let mut locations = Vec::with_capacity(n as usize);
    let mut instr_handlers: Vec<Option<Handler>> = Vec::with_capacity(n as usize);
    for (bi, b) in blocks.iter().enumerate() {
        if b.depth.is_none() {
            continue;
        }
        for (k, (op, span)) in b.ops.iter().enumerate() {
            if skip_last[bi] && k + 1 == b.ops.len() {
                continue;
            }
            if let Op::Real(i) = *op {
                let i = match is_jump(&i) {
                    Some(l) => with_target(i, block_start[target_of(l, *span)?]),
                    None => i,
                };
                instrs.push(i);
                locations.push(*span);
                // A handler nothing can raise into was never reached: no table entry.
                instr_handlers.push(handlers[bi][k].filter(|h| blocks[h.block].depth.is_some()));
            }
        }
    }

    // 4. Exception table: runs of instructions sharing a handler.
    let mut exc_table = Vec::new();
    let mut k = 0;
    while k < instr_handlers.len() {
        let Some(h) = instr_handlers[k] else {
            k += 1;
            continue;
        };
        let start = k;
        while k < instr_handlers.len() && instr_handlers[k] == Some(h) {
            k += 1;
        }
        exc_table.push(ExceptionTableEntry {
            start: start as u32,
            end: k as u32,
            target: block_start[h.block],
            depth: h.depth,
            push_lasti: h.lasti,
        });
    }

    fuse(&mut instrs, &unit.consts, flags);

    // 5. The code object.
    let rc = |s: &String| -> Rc<str> { Rc::from(s.as_str()) };
    let nparams = unit.argcount as usize
        + unit.kwonlyargcount as usize
        + (flags & crate::bytecode::code_flags::VARARGS != 0) as usize
        + (flags & crate::bytecode::code_flags::VARKEYWORDS != 0) as usize;
    let cell2arg = unit
        .cellvars
        .items
        .iter()
        .map(|c| unit.varnames.get(c).filter(|&i| (i as usize) < nparams))
        .collect();
    let first_line = unit.first_line.max(1);
    Ok(CodeObject {
        name: Rc::from(unit.name.as_str()),
        qualname: Rc::from(unit.qualname.as_str()),
        source,
        flags,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        varnames: unit.varnames.items.iter().map(rc).collect(),
        cellvars: unit.cellvars.items.iter().map(rc).collect(),
        freevars: unit.freevars.items.iter().map(rc).collect(),
        cell2arg,
        names: unit
            .names
            .items
            .iter()
            .map(|s| Value::Str(crate::object::str::intern(s)))
            .collect(),
        consts: unit.consts,
        instrs,
        locations,
        exc_table,
        max_stack: max_depth as u32,
        iterable_coroutine: std::cell::Cell::new(false),
        ic: Default::default(),
        first_line,
        doc: unit.doc.as_deref().map(Rc::from),
    })
}

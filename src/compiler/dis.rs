//! `dis`-style listings of code objects for `coil --dis` and the bytecode snapshot tests:
//! a header per code object (name, file, first line, counts, flags, variable names), one
//! line per instruction (source line when it changes, `>>` on jump targets, index, CPython's
//! opname, operand and its meaning), the exception table, then every nested code object found
//! in `consts`, recursively. Output is deterministic (no addresses).

use crate::bytecode::{code_flags, format_flags, BinOpKind, CmpKind, CodeObject, Instr};
use crate::object::Value;
use std::collections::HashSet;
use std::fmt::Write;

/// The listing of `code` and of every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn flag_names(flags: u32) -> String {
    let all = [
        (code_flags::OPTIMIZED, "OPTIMIZED"),
        (code_flags::NEWLOCALS, "NEWLOCALS"),
        (code_flags::VARARGS, "VARARGS"),
        (code_flags::VARKEYWORDS, "VARKEYWORDS"),
        (code_flags::NESTED, "NESTED"),
        (code_flags::GENERATOR, "GENERATOR"),
        (code_flags::NOFREE, "NOFREE"),
        (code_flags::COROUTINE, "COROUTINE"),
        (code_flags::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (code_flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let v: Vec<&str> = all
        .iter()
        .filter(|(f, _)| flags & f != 0)
        .map(|(_, n)| *n)
        .collect();
    if v.is_empty() {
        "0".to_string()
    } else {
        v.join("|")
    }
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {}, file \"{}\", line {}>:",
        code.qualname, code.source.name, code.first_line
    );
    let _ = writeln!(
        out,
        "  -- args={} posonly={} kwonly={} stack={} flags={}",
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack,
        flag_names(code.flags)
    );
    let join = |v: &[std::rc::Rc<str>]| v.iter().map(|s| &**s).collect::<Vec<_>>().join(", ");
    if !code.varnames.is_empty() || !code.cellvars.is_empty() || !code.freevars.is_empty() {
        let _ = writeln!(
            out,
            "  -- varnames: [{}] cellvars: [{}] freevars: [{}]",
            join(&code.varnames),
            join(&code.cellvars),
            join(&code.freevars)
        );
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  -- doc: {}", str_repr(doc));
    }
    let targets: HashSet<u32> = code
        .instrs
        .iter()
        .filter_map(crate::compiler::codegen::is_jump)
        .chain(code.exc_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (i, instr) in code.instrs.iter().enumerate() {
        let instr = &crate::compiler::assemble::unfused(*instr);
        let line = code.line_of(i);
        let line_s = if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            ""
        };
        let (name, arg) = opname(instr);
        let meaning = describe(code, instr);
        let mut l = format!("{:>4} {:>3} {:>5} {}", line_s, mark, i, name);
        if let Some(a) = arg {
            while l.len() < 38 {
                l.push(' ');
            }
            let _ = write!(l, "{:>5}", a);
            if let Some(m) = meaning {
                let _ = write!(l, " ({})", m);
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}

fn opname(i: &Instr) -> (&'static str, Option<u32>) {
    use Instr::*;
    match *i {
        Nop => ("NOP", None),
        PopTop => ("POP_TOP", None),
        PushNull => ("PUSH_NULL", None),
        Copy(n) => ("COPY", Some(n)),
        Swap(n) => ("SWAP", Some(n)),
        LoadConst(n) => ("LOAD_CONST", Some(n)),
        LoadFast(n) => ("LOAD_FAST", Some(n)),
        StoreFast(n) => ("STORE_FAST", Some(n)),
        DeleteFast(n) => ("DELETE_FAST", Some(n)),
        LoadDeref(n) => ("LOAD_DEREF", Some(n)),
        StoreDeref(n) => ("STORE_DEREF", Some(n)),
        DeleteDeref(n) => ("DELETE_DEREF", Some(n)),
        LoadClassDeref(n) => ("LOAD_CLASSDEREF", Some(n)),
        LoadClosure(n) => ("LOAD_CLOSURE", Some(n)),
        LoadGlobal(n) => ("LOAD_GLOBAL", Some(n)),
        StoreGlobal(n) => ("STORE_GLOBAL", Some(n)),
        DeleteGlobal(n) => ("DELETE_GLOBAL", Some(n)),
        LoadName(n) => ("LOAD_NAME", Some(n)),
        StoreName(n) => ("STORE_NAME", Some(n)),
        DeleteName(n) => ("DELETE_NAME", Some(n)),
        LoadAttr(n) => ("LOAD_ATTR", Some(n)),
        StoreAttr(n) => ("STORE_ATTR", Some(n)),
        DeleteAttr(n) => ("DELETE_ATTR", Some(n)),
        LoadMethod(n) => ("LOAD_METHOD", Some(n)),
        BinarySubscr => ("BINARY_SUBSCR", None),
        StoreSubscr => ("STORE_SUBSCR", None),
        DeleteSubscr => ("DELETE_SUBSCR", None),
        BuildSlice(n) => ("BUILD_SLICE", Some(n)),
        BinaryOp(n) => ("BINARY_OP", Some(n)),
        UnaryNegative => ("UNARY_NEGATIVE", None),
        UnaryNot => ("UNARY_NOT", None),
        UnaryInvert => ("UNARY_INVERT", None),
        CompareOp(n) => ("COMPARE_OP", Some(n)),
        IsOp(n) => ("IS_OP", Some(n)),
        ContainsOp(n) => ("CONTAINS_OP", Some(n)),
        BuildTuple(n) => ("BUILD_TUPLE", Some(n)),
        BuildList(n) => ("BUILD_LIST", Some(n)),
        BuildSet(n) => ("BUILD_SET", Some(n)),
        BuildMap(n) => ("BUILD_MAP", Some(n)),
        BuildString(n) => ("BUILD_STRING", Some(n)),
        ListAppend(n) => ("LIST_APPEND", Some(n)),
        SetAdd(n) => ("SET_ADD", Some(n)),
        MapAdd(n) => ("MAP_ADD", Some(n)),
        ListExtend(n) => ("LIST_EXTEND", Some(n)),
        SetUpdate(n) => ("SET_UPDATE", Some(n)),
        DictUpdate(n) => ("DICT_UPDATE", Some(n)),
        DictMerge(n) => ("DICT_MERGE", Some(n)),
        ListToTuple => ("LIST_TO_TUPLE", None),
        UnpackSequence(n) => ("UNPACK_SEQUENCE", Some(n)),
        UnpackEx(n) => ("UNPACK_EX", Some(n)),
        FormatValue(n) => ("FORMAT_VALUE", Some(n)),
        GetIter => ("GET_ITER", None),
        ForIter(n) => ("FOR_ITER", Some(n)),
        Jump(n) => ("JUMP", Some(n)),
        PopJumpIfFalse(n) => ("POP_JUMP_IF_FALSE", Some(n)),
        PopJumpIfTrue(n) => ("POP_JUMP_IF_TRUE", Some(n)),
        PopJumpIfNone(n) => ("POP_JUMP_IF_NONE", Some(n)),
        PopJumpIfNotNone(n) => ("POP_JUMP_IF_NOT_NONE", Some(n)),
        JumpIfFalseOrPop(n) => ("JUMP_IF_FALSE_OR_POP", Some(n)),
        JumpIfTrueOrPop(n) => ("JUMP_IF_TRUE_OR_POP", Some(n)),
        Call(n) => ("CALL", Some(n)),
        CallKw(n) => ("CALL_KW", Some(n)),
        CallMethod(n) => ("CALL_METHOD", Some(n)),
        CallMethodKw(n) => ("CALL_METHOD_KW", Some(n)),
        CallFunctionEx(n) => ("CALL_FUNCTION_EX", Some(n)),
        MakeFunction(n) => ("MAKE_FUNCTION", Some(n)),
        ReturnValue => ("RETURN_VALUE", None),
        LoadBuildClass => ("LOAD_BUILD_CLASS", None),
        ImportName(n) => ("IMPORT_NAME", Some(n)),
        ImportFrom(n) => ("IMPORT_FROM", Some(n)),
        RaiseVarargs(n) => ("RAISE_VARARGS", Some(n)),
        Reraise(n) => ("RERAISE", Some(n)),
        PushExcInfo => ("PUSH_EXC_INFO", None),
        PopExcept => ("POP_EXCEPT", None),
        CheckExcMatch => ("CHECK_EXC_MATCH", None),
        CheckEgMatch => ("CHECK_EG_MATCH", None),
        PrepReraiseStar => ("PREP_RERAISE_STAR", None),
        BeforeWith => ("BEFORE_WITH", None),
        WithExceptStart => ("WITH_EXCEPT_START", None),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None),
        SetupAnnotations => ("SETUP_ANNOTATIONS", None),
        CallIntrinsic1(n) => ("CALL_INTRINSIC_1", Some(n)),
        YieldValue(n) => ("YIELD_VALUE", Some(n)),
        Send(n) => ("SEND", Some(n)),
        EndSend => ("END_SEND", None),
        GetYieldFromIter => ("GET_YIELD_FROM_ITER", None),
        GetAwaitable(n) => ("GET_AWAITABLE", Some(n)),
        CleanupThrow => ("CLEANUP_THROW", None),
        GetAIter => ("GET_AITER", None),
        GetANext => ("GET_ANEXT", None),
        EndAsyncFor => ("END_ASYNC_FOR", None),
        BeforeAsyncWith => ("BEFORE_ASYNC_WITH", None),
        MatchClass(n) => ("MATCH_CLASS", Some(n)),
        MatchMapping => ("MATCH_MAPPING", None),
        MatchSequence => ("MATCH_SEQUENCE", None),
        MatchKeys => ("MATCH_KEYS", None),
        GetLen => ("GET_LEN", None),
        CopyDictWithoutKeys => ("COPY_DICT_WITHOUT_KEYS", None),
        // Superinstructions are listed as the instruction they replaced.
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
        | SwapStoreAttr(..) => opname(&crate::compiler::assemble::unfused(*i)),
    }
}

fn name_at(code: &CodeObject, i: u32) -> String {
    match code.names.get(i as usize) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => format!("<bad name {}>", i),
    }
}

fn deref_name(code: &CodeObject, i: u32) -> String {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].to_string()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into())
    }
}

fn describe(code: &CodeObject, i: &Instr) -> Option<String> {
    use Instr::*;
    Some(match *i {
        LoadConst(n) => code
            .consts
            .get(n as usize)
            .map(const_repr)
            .unwrap_or_else(|| "?".into()),
        LoadFast(n) | StoreFast(n) | DeleteFast(n) => code
            .varnames
            .get(n as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| "?".into()),
        LoadDeref(n) | StoreDeref(n) | DeleteDeref(n) | LoadClassDeref(n) | LoadClosure(n) => {
            deref_name(code, n)
        }
        LoadGlobal(n) | StoreGlobal(n) | DeleteGlobal(n) | LoadName(n) | StoreName(n)
        | DeleteName(n) | LoadAttr(n) | StoreAttr(n) | DeleteAttr(n) | LoadMethod(n)
        | ImportName(n) | ImportFrom(n) => name_at(code, n),
        BinaryOp(n) => BinOpKind::from_u8(n as u8).symbol().to_string(),
        CompareOp(n) => {
            let k = match n {
                0 => CmpKind::Lt,
                1 => CmpKind::Le,
                2 => CmpKind::Eq,
                3 => CmpKind::Ne,
                4 => CmpKind::Gt,
                _ => CmpKind::Ge,
            };
            k.symbol().to_string()
        }
        IsOp(n) => (if n == 1 { "is not" } else { "is" }).to_string(),
        ContainsOp(n) => (if n == 1 { "not in" } else { "in" }).to_string(),
        ForIter(t) | Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t)
        | PopJumpIfNotNone(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | Send(t) => {
            format!("to {}", t)
        }
        UnpackEx(n) => format!("{} before, {} after", n & 0xff, n >> 8),
        FormatValue(f) => {
            let conv = match f & format_flags::CONV_MASK {
                format_flags::CONV_STR => "str",
                format_flags::CONV_REPR => "repr",
                format_flags::CONV_ASCII => "ascii",
                _ => "",
            };
            let spec = if f & format_flags::HAVE_SPEC != 0 {
                "with format"
            } else {
                ""
            };
            let v: Vec<&str> = [conv, spec].into_iter().filter(|s| !s.is_empty()).collect();
            if v.is_empty() {
                return None;
            }
            v.join(", ")
        }
        MakeFunction(f) => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let v: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(k, _)| f & (1 << k) != 0)
                .map(|(_, n)| *n)
                .collect();
            if v.is_empty() {
                return None;
            }
            v.join(", ")
        }
        CallIntrinsic1(n) => match n {
            1 => "INTRINSIC_PRINT",
            2 => "INTRINSIC_IMPORT_STAR",
            3 => "INTRINSIC_STOPITERATION_ERROR",
            4 => "INTRINSIC_ASYNC_GEN_WRAP",
            5 => "INTRINSIC_UNARY_POSITIVE",
            6 => "INTRINSIC_LIST_TO_TUPLE",
            _ => "?",
        }
        .to_string(),
        CallFunctionEx(1) => "kwargs".to_string(),
        _ => return None,
    })
}

/// A Python-like repr of a constant (no VM needed).
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Value::Int(i) => i.to_string(),
        Value::Long(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => str_repr(s.as_str()),
        Value::Bytes(b) => {
            let mut s = String::from("b'");
            for &c in b.data.iter() {
                match c {
                    b'\'' => s.push_str("\\'"),
                    b'\\' => s.push_str("\\\\"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(c as char),
                    _ => {
                        let _ = write!(s, "\\x{:02x}", c);
                    }
                }
            }
            s.push('\'');
            s
        }
        Value::Tuple(t) => {
            let items: Vec<String> = t.as_slice().iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Value::Code(c) => format!("<code object {}, line {}>", c.name, c.first_line),
        _ => "<const>".into(),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{:?}", f);
    if s.contains('e') {
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        let m = m.strip_suffix(".0").unwrap_or(m);
        format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
    } else {
        s
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

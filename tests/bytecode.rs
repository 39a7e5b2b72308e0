//! Bytecode tests: insta snapshots of `disassemble` output for the compiler's main shapes,
//! SyntaxErrors raised by the symtable and the code generator (messages and positions checked
//! against python3 3.11), and symtable cell/free classification. Every compile also runs the
//! assembler's stack-depth consistency checks (debug assertions).

use coil::ast::Mode;
use coil::compiler::{compile, disassemble};
use coil::source::SourceFile;
use std::rc::Rc;

fn compile_src(
    src: &str,
    mode: Mode,
) -> Result<Rc<coil::bytecode::CodeObject>, coil::error::CompileError> {
    let source = Rc::new(SourceFile::new("t.py", src));
    let module = coil::parser::parse(&source, mode)?;
    compile(&module, source, mode)
}

fn dis(src: &str) -> String {
    match compile_src(src, Mode::Module) {
        Ok(code) => {
            verify_stack(&code);
            disassemble(&code)
        }
        Err(e) => panic!("compile error: {:?}", e),
    }
}

/// Independent check of an assembled code object (and its nested ones): walking the final
/// instructions from index 0 plus every exception-table edge, each instruction has exactly
/// one stack depth, never negative; every handler is entered at `entry.depth + lasti + 1`
/// consistently; every covered instruction has at least `entry.depth` items; and the
/// deepest point is exactly `max_stack`.
fn verify_stack(code: &coil::bytecode::CodeObject) {
    use coil::compiler::assemble::{is_terminator, stack_effect};
    use coil::compiler::codegen::is_jump;
    use coil::object::Value;
    let n = code.instrs.len();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    let mut max = 0i64;
    let name = &code.qualname;
    while let Some((i, d)) = work.pop() {
        if i >= n {
            panic!("{}: fell off the end of the code", name);
        }
        match depth[i] {
            Some(old) => {
                assert_eq!(
                    old, d,
                    "{}: instruction {} reached at depths {} and {}",
                    name, i, old, d
                );
                continue;
            }
            None => depth[i] = Some(d),
        }
        assert!(d >= 0, "{}: negative depth at {}", name, i);
        max = max.max(d);
        let ins = &code.instrs[i];
        if let Some(e) = code.find_handler(i as u32) {
            assert!(
                d >= e.depth as i64,
                "{}: depth {} at {} below handler depth {}",
                name,
                d,
                i,
                e.depth
            );
            let hd = e.depth as i64 + e.push_lasti as i64 + 1;
            max = max.max(hd);
            work.push((e.target as usize, hd));
        }
        let (fall, jump) = stack_effect(ins);
        let (fall, jump) = (fall as i64, jump as i64);
        if let Some(t) = is_jump(ins) {
            work.push((t as usize, d + jump));
            max = max.max(d + jump);
        }
        if !is_terminator(ins) {
            work.push((i + 1, d + fall));
            max = max.max(d + fall);
        }
    }
    assert_eq!(max, code.max_stack as i64, "{}: max_stack", name);
    for c in &code.consts {
        if let Value::Code(c) = c {
            verify_stack(c);
        }
    }
}

/// (msg, line, offset, end_line, end_offset) as python3 reports them.
fn syntax_error(src: &str) -> (String, u32, u32, u32, u32) {
    let source = Rc::new(SourceFile::new("t.py", src));
    let e = match compile_src(src, Mode::Module) {
        Ok(_) => panic!("expected a SyntaxError for {:?}", src),
        Err(e) => e,
    };
    let (l1, c1) = source.line_col(e.span.start);
    let (l2, c2) = source.line_col(e.span.end);
    (e.msg, l1, c1 + 1, l2, c2 + 1)
}

#[test]
#[ignore]
fn dev_dis_file() {
    if let Ok(path) = std::env::var("COIL_DIS_FILE") {
        let text = std::fs::read_to_string(path).unwrap();
        print!("{}", dis(&text));
    }
}

/// Compile every `.py` file under `COIL_COMPILE_DIR` (e.g. the CPython stdlib); internal
/// compiler errors (stack-depth inconsistencies) panic through debug assertions.
#[test]
#[ignore]
fn dev_compile_dir() {
    let Ok(dir) = std::env::var("COIL_COMPILE_DIR") else {
        return;
    };
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut parse_err, mut comp_err) = (0, 0, 0);
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).unwrap().flatten() {
                stack.push(e.path());
            }
            continue;
        }
        if p.extension().map(|e| e != "py").unwrap_or(true) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let source = Rc::new(SourceFile::new(p.display().to_string(), text));
        let module = match coil::parser::parse(&source, Mode::Module) {
            Ok(m) => m,
            Err(_) => {
                parse_err += 1;
                continue;
            }
        };
        match coil::compiler::compile_with_warnings(&module, source.clone(), Mode::Module) {
            Ok((code, ws)) => {
                verify_stack(&code);
                ok += 1;
                for w in ws {
                    println!(
                        "WARN {}:{}: {}",
                        p.display(),
                        source.line_of(w.span.start),
                        w.msg
                    );
                }
            }
            Err(e) => {
                comp_err += 1;
                let (l, c) = source.line_col(e.span.start);
                println!("{}:{}:{}: {}", p.display(), l, c + 1, e.msg);
            }
        }
    }
    println!("ok={} parse_err={} compile_err={}", ok, parse_err, comp_err);
}

fn code_summaries(co: &coil::bytecode::CodeObject, out: &mut Vec<String>) {
    use coil::object::Value;
    let j = |v: &[Rc<str>]| v.iter().map(|s| &**s).collect::<Vec<_>>().join(",");
    out.push(format!(
        "{}|{}|{}|{}|{}|{:#x}|{}|{}|{}",
        co.qualname,
        co.first_line,
        co.argcount,
        co.posonlyargcount,
        co.kwonlyargcount,
        co.flags & 0x2BF,
        j(&co.varnames),
        j(&co.cellvars),
        j(&co.freevars)
    ));
    for c in &co.consts {
        if let Value::Code(c) = c {
            code_summaries(c, out);
        }
    }
}

/// Qualnames, first lines, argument counts, flags, varnames, cellvars and freevars of every
/// code object match CPython's (expected file generated with python3 3.11).
#[test]
fn code_objects_match_cpython_scopes_and_flags() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compiler_data");
    let src = std::fs::read_to_string(dir.join("scopes.py")).unwrap();
    let want = std::fs::read_to_string(dir.join("scopes.py.codeinfo")).unwrap();
    let code = compile_src(&src, Mode::Module).expect("compiles");
    verify_stack(&code);
    let mut got = Vec::new();
    code_summaries(&code, &mut got);
    got.sort();
    let got = got.join("\n") + "\n";
    assert_eq!(got, want);
}

/// Print code-object summaries (as `/tmp/cc/codeinfo.py` does with python3) for differential
/// checks of the symtable against CPython.
#[test]
#[ignore]
fn dev_codeinfo_dir() {
    use coil::bytecode::CodeObject;
    use coil::object::Value;
    fn walk(co: &CodeObject, out: &mut Vec<String>) {
        let j = |v: &[Rc<str>]| v.iter().map(|s| &**s).collect::<Vec<_>>().join(",");
        out.push(format!(
            "{}|{}|{}|{}|{}|{:#x}|{}|{}|{}",
            co.qualname,
            co.first_line,
            co.argcount,
            co.posonlyargcount,
            co.kwonlyargcount,
            co.flags & 0x2BF,
            j(&co.varnames),
            j(&co.cellvars),
            j(&co.freevars)
        ));
        for c in &co.consts {
            if let Value::Code(c) = c {
                walk(c, out);
            }
        }
    }
    let Ok(dir) = std::env::var("COIL_COMPILE_DIR") else {
        return;
    };
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for e in std::fs::read_dir(&p).unwrap().flatten() {
                stack.push(e.path());
            }
        } else if p.extension().map(|e| e == "py").unwrap_or(false) {
            files.push(p);
        }
    }
    files.sort();
    for p in files {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let source = Rc::new(SourceFile::new(p.display().to_string(), text));
        let Ok(module) = coil::parser::parse(&source, Mode::Module) else {
            continue;
        };
        let Ok(code) = compile(&module, source.clone(), Mode::Module) else {
            continue;
        };
        let mut out = Vec::new();
        walk(&code, &mut out);
        out.sort();
        for l in out {
            println!("{}|{}", p.display(), l);
        }
    }
}

/// (source, message, line, offset, end_line, end_offset), generated with python3 3.11
/// (`compile(src, "t.py", "exec")`) for errors raised by the symtable and the compiler.
const SYNTAX_ERRORS: &[(&str, &str, u32, u32, u32, u32)] = &[
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
        3,
        13,
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
        3,
        13,
    ),
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
        2,
        13,
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        2,
        5,
        2,
        15,
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
        1,
        11,
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
        2,
        15,
    ),
    (
        "def f(x, x): pass\n",
        "duplicate argument 'x' in function definition",
        1,
        10,
        1,
        11,
    ),
    ("return 1\n", "'return' outside function", 1, 1, 1, 9),
    ("yield 1\n", "'yield' outside function", 1, 1, 1, 8),
    ("break\n", "'break' outside loop", 1, 1, 1, 6),
    ("continue\n", "'continue' not properly in loop", 1, 1, 1, 9),
    ("await x\n", "'await' outside function", 1, 1, 1, 8),
    (
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
        2,
        12,
    ),
    (
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
        2,
        17,
    ),
    (
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        3,
        5,
        3,
        13,
    ),
    (
        "async def f():\n    return 2\n    yield 1\n",
        "'return' with value in async generator",
        2,
        5,
        2,
        13,
    ),
    (
        "def f():\n    [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        5,
        2,
        25,
    ),
    (
        "[x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        1,
        1,
        1,
        21,
    ),
    (
        "match x:\n    case [a, a]:\n        pass\n",
        "multiple assignments to name 'a' in pattern",
        2,
        14,
        2,
        15,
    ),
    (
        "match x:\n    case a | b:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
        2,
        11,
    ),
    (
        "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
        2,
        11,
    ),
    (
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        "wildcard makes remaining patterns unreachable",
        2,
        10,
        2,
        11,
    ),
    (
        "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
        "mapping pattern checks duplicate key ('a')",
        2,
        10,
        2,
        26,
    ),
    (
        "match x:\n    case C(a=1, a=2):\n        pass\n",
        "attribute name repeated in class pattern: a",
        2,
        19,
        2,
        20,
    ),
    ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11),
    (
        "a, *b, *c = x\n",
        "multiple starred expressions in assignment",
        1,
        1,
        1,
        10,
    ),
    (
        "*a = x\n",
        "starred assignment target must be in a list or tuple",
        1,
        1,
        1,
        3,
    ),
    ("*a\n", "can't use starred expression here", 1, 1, 1, 3),
    (
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
        "name 'x' is nonlocal and global",
        4,
        9,
        4,
        19,
    ),
    (
        "class C:\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
        2,
        15,
    ),
    (
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
        2,
        5,
        2,
        13,
    ),
    (
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        3,
        5,
        3,
        13,
    ),
    (
        "def f():\n    global x\n    x: int\n",
        "annotated name 'x' can't be global",
        3,
        5,
        3,
        11,
    ),
    (
        "[(yield) for x in y]\n",
        "'yield' inside list comprehension",
        1,
        3,
        1,
        8,
    ),
    (
        "def f():\n    [(yield) for x in y]\n",
        "'yield' inside list comprehension",
        2,
        7,
        2,
        12,
    ),
    (
        "def f():\n    [i := 0 for i in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        2,
        6,
        2,
        7,
    ),
    (
        "[x for x in (y := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
        1,
        22,
    ),
    (
        "class C:\n    [(z := 1) for x in y]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        7,
        2,
        8,
    ),
    (
        "def f():\n    for x in y:\n        def g():\n            continue\n",
        "'continue' not properly in loop",
        4,
        13,
        4,
        21,
    ),
    (
        "from x import *\ndef f():\n    from y import *\n",
        "import * only allowed at module level",
        3,
        19,
        3,
        20,
    ),
    (
        "def f():\n    from y import *\n",
        "import * only allowed at module level",
        2,
        19,
        2,
        20,
    ),
    (
        "match x:\n    case 1 | a:\n        pass\n",
        "alternative patterns bind different names",
        2,
        14,
        2,
        15,
    ),
    (
        "match x:\n    case a | 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
        2,
        11,
    ),
    (
        "match x:\n    case [*a, *b]:\n        pass\n",
        "multiple starred names in sequence pattern",
        2,
        10,
        2,
        18,
    ),
    (
        "match x:\n    case (a as b) | c:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        11,
        2,
        12,
    ),
    (
        "match x:\n    case (a):\n        pass\n    case 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        11,
        2,
        12,
    ),
    (
        "match x:\n    case a | b if 1:\n        pass\n",
        "name capture 'a' makes remaining patterns unreachable",
        2,
        10,
        2,
        11,
    ),
    (
        "def f():\n    x = 1\n    global x\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
        3,
        13,
    ),
    (
        "x = 1\nglobal x\n",
        "name 'x' is assigned to before global declaration",
        2,
        1,
        2,
        9,
    ),
    (
        "def f(*, a, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        13,
        1,
        14,
    ),
    (
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        1,
        11,
        1,
        12,
    ),
    ("__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 10),
    (
        "f(__debug__=1)\n",
        "cannot assign to __debug__",
        1,
        1,
        1,
        15,
    ),
    (
        "def f():\n    async with x: pass\n",
        "'async with' outside async function",
        2,
        5,
        2,
        23,
    ),
    (
        "def f():\n    async for x in y: pass\n",
        "'async for' outside async function",
        2,
        5,
        2,
        27,
    ),
    (
        "async def f():\n    def g(): await x\n",
        "'await' outside async function",
        2,
        14,
        2,
        21,
    ),
    (
        "def f():\n   [await x for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        4,
        2,
        24,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "name 'x' is used prior to nonlocal declaration",
        5,
        9,
        5,
        19,
    ),
    (
        "def f():\n    def g():\n        x = 1\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
        4,
        9,
        4,
        19,
    ),
    (
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        16,
        5,
        17,
    ),
    (
        "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        9,
        5,
        14,
    ),
    (
        "def f(a):\n    def g():\n        global a\n        a = 1\n    nonlocal a\n",
        "name 'a' is parameter and nonlocal",
        5,
        5,
        5,
        15,
    ),
    (
        "def f():\n    {(yield) for x in y}\n",
        "'yield' inside set comprehension",
        2,
        7,
        2,
        12,
    ),
    (
        "def f():\n    {x: (yield) for x in y}\n",
        "'yield' inside dict comprehension",
        2,
        10,
        2,
        15,
    ),
    (
        "def f():\n    ((yield) for x in y)\n",
        "'yield' inside generator expression",
        2,
        7,
        2,
        12,
    ),
    (
        "def f():\n    [x for x in y for i in (j := z)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        2,
        29,
        2,
        35,
    ),
    (
        "def f():\n    [[(i := 1) for j in k] for i in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        2,
        8,
        2,
        9,
    ),
    (
        "f(x for x in y, z=1, z=2)\n",
        "Generator expression must be parenthesized",
        1,
        3,
        1,
        15,
    ),
    (
        "match x:\n    case {1: a, True: b}:\n        pass\n",
        "mapping pattern checks duplicate key (True)",
        2,
        10,
        2,
        25,
    ),
    (
        "match x:\n    case [a, *b, c] | [a, c]:\n        pass\n",
        "alternative patterns bind different names",
        2,
        27,
        2,
        28,
    ),
    (
        "match x:\n    case A(x=a) | B(a, b):\n        pass\n",
        "alternative patterns bind different names",
        2,
        24,
        2,
        25,
    ),
    (
        "match x:\n    case {'k': a, **a}:\n        pass\n",
        "multiple assignments to name 'a' in pattern",
        2,
        16,
        2,
        17,
    ),
    (
        "class C:\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        3,
        5,
        3,
        13,
    ),
    (
        "def f():\n    global x\n    x: int = 1\n",
        "annotated name 'x' can't be global",
        3,
        5,
        3,
        15,
    ),
    (
        "async def f():\n    yield from g()\n",
        "'yield from' inside async function",
        2,
        5,
        2,
        19,
    ),
    (
        "lambda: await x\n",
        "'await' outside async function",
        1,
        9,
        1,
        16,
    ),
    (
        "def f(**__debug__): pass\n",
        "cannot assign to __debug__",
        1,
        1,
        1,
        25,
    ),
    ("del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14),
    (
        "class C:\n    def f(self):\n        nonlocal x\n",
        "no binding for nonlocal 'x' found",
        3,
        9,
        3,
        19,
    ),
];

#[test]
fn compiler_syntax_errors_match_python3() {
    let mut failures = Vec::new();
    for &(src, msg, l, c, el, ec) in SYNTAX_ERRORS {
        let source = Rc::new(SourceFile::new("t.py", src));
        let got = match coil::parser::parse(&source, Mode::Module) {
            Err(e) => Err(e),
            Ok(m) => compile(&m, source.clone(), Mode::Module).map(|_| ()),
        };
        match got {
            Ok(()) => failures.push(format!("{:?}: compiled, expected {:?}", src, msg)),
            Err(e) => {
                let (l1, c1) = source.line_col(e.span.start);
                let (l2, c2) = source.line_col(e.span.end);
                let got = (e.msg.as_str(), l1, c1 + 1, l2, c2 + 1);
                if got != (msg, l, c, el, ec) {
                    failures.push(format!(
                        "{:?}: got {:?}, expected {:?}",
                        src,
                        got,
                        (msg, l, c, el, ec)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(dis($src));
        }
    };
}

snap!(
    dis_closures_and_nonlocal,
    "def outer(a, b=2, *args, k, **kw):\n    x = 1\n    def inner():\n        nonlocal x\n        x += a\n        return x\n    return inner\n"
);
snap!(
    dis_try_except_finally_with_return_and_break,
    "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                break\n            return x\n        except ValueError as e:\n            print(e)\n        except:\n            raise\n        else:\n            continue\n        finally:\n            print('done')\n    return None\n"
);
snap!(
    dis_with_statement,
    "def f(path):\n    with open(path) as fh, lock:\n        return fh.read()\n"
);
snap!(
    dis_comprehensions,
    "def f(xs):\n    a = [x * 2 for x in xs if x]\n    b = {x: y for x in xs for y in x}\n    c = {x for x in xs}\n    d = (x for x in xs)\n    e = [y := x for x in xs]\n    return a, b, c, d, e, y\n"
);
snap!(
    dis_class_with_super,
    "class C(Base, metaclass=Meta):\n    'doc'\n    x: int = 1\n    def __init__(self, v):\n        super().__init__()\n        self.__v = v\n    @property\n    def v(self):\n        return self.__v\n"
);
snap!(
    dis_match_statement,
    "def f(p):\n    match p:\n        case 0 | 1 as n:\n            return n\n        case [x, *rest] if x:\n            return rest\n        case {'k': v, **kw}:\n            return v, kw\n        case Point(x=0, y=yy) | Point(yy, 1):\n            return yy\n        case None:\n            return None\n        case _:\n            return p\n"
);
snap!(
    dis_fstrings,
    "def f(a, b):\n    return f'{a!r:>{b}} and {b=} {a + b:.2f}' + f'{a}'\n"
);
snap!(
    dis_star_unpacking,
    "def f(a, b, *c, **d):\n    x, *y, z = a\n    g(*a, b, *c, k=1, **d)\n    return [*a, *b], {*a, 1}, {**d, 'k': 2}, (*a, b)\n"
);
snap!(
    dis_chained_comparison,
    "def f(a, b, c):\n    if a < b <= c:\n        return a == b != c\n"
);
snap!(
    dis_generators,
    "def gen(xs):\n    x = yield 1\n    yield from xs\n    return x\n"
);
snap!(
    dis_async_await,
    "async def f(xs):\n    async with lock as l:\n        async for x in xs:\n            await g(x)\n    return [y async for y in xs]\n\nasync def agen():\n    yield 1\n    await sleep(0)\n"
);
snap!(
    dis_augmented_assignment,
    "def f(a, i):\n    a[i] += 1\n    a.x -= 2\n    a[1:2] *= 3\n"
);
snap!(
    dis_import_forms,
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z\nfrom m import *\n"
);
snap!(
    dis_except_star,
    "try:\n    f()\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\n"
);
snap!(
    dis_lambda_defaults_and_decorators,
    "@dec\n@dec2(1)\ndef f(a, b=1, *, c=2, d):\n    return lambda x=a: x + c\n"
);
snap!(
    dis_assert_del_global,
    "def f(x):\n    global g\n    assert x, 'msg'\n    del x\n    g = 1\n"
);

snap!(
    dis_while_else_and_conditions,
    "def f(n):\n    while n > 0 and not done(n):\n        n -= 1\n        if n is None or n == 3:\n            continue\n    else:\n        n = -1 if n else 2\n    while True:\n        break\n    return (1, (2, 3)), -5, [1, 2, 3], x in [1, 2]\n"
);

#[test]
fn dis_interactive_mode_prints_expression_statements() {
    let code = compile_src("if 1:\n    x = 1\n    x + 1\n", Mode::Interactive).expect("compiles");
    verify_stack(&code);
    insta::assert_snapshot!(disassemble(&code));
}

#[test]
fn dis_eval_mode_returns_the_value() {
    let code = compile_src("a if b else c\n", Mode::Eval).expect("compiles");
    verify_stack(&code);
    insta::assert_snapshot!(disassemble(&code));
}

/// Symtable classification: which names are cells and which are free, per scope.
fn scopes_of(src: &str) -> Vec<String> {
    use coil::compiler::symtable::{build, NameScope};
    let source = SourceFile::new("t.py", src);
    let module = coil::parser::parse(&source, Mode::Module).expect("parses");
    let st = build(&module).expect("symtable");
    st.scopes
        .iter()
        .map(|s| {
            let mut names: Vec<String> = s
                .symbols
                .iter()
                .filter(|(_, sym)| sym.scope != NameScope::Unknown)
                .map(|(n, sym)| format!("{}:{:?}", n, sym.scope))
                .collect();
            names.sort();
            format!("{} [{}]", s.name, names.join(" "))
        })
        .collect()
}

#[test]
fn symtable_cells_and_free_vars_through_nested_functions() {
    let got = scopes_of("def f(a):\n    b = 1\n    def g():\n        def h():\n            return a + b + c\n        return h\n    return g\nc = 3\n");
    assert_eq!(
        got,
        vec![
            "top [c:Local f:Local]",
            "f [a:Cell b:Cell g:Local]",
            "g [a:Free b:Free h:Local]",
            "h [a:Free b:Free c:GlobalImplicit]",
        ]
    );
}

#[test]
fn symtable_class_scope_is_skipped_for_closures() {
    let got = scopes_of("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n        y = x\n    return C\n");
    assert_eq!(
        got,
        vec![
            "top [f:Local]",
            "f [C:Local x:Cell]",
            "C [m:Local x:Local y:Local]",
            "m [self:Local x:Free]",
        ]
    );
}

#[test]
fn symtable_super_creates_class_cell() {
    use coil::compiler::symtable::build;
    let source = SourceFile::new(
        "t.py",
        "class C:\n    def m(self):\n        return super().m()\n",
    );
    let module = coil::parser::parse(&source, Mode::Module).expect("parses");
    let st = build(&module).expect("symtable");
    assert!(st.scopes[1].needs_class_closure);
    assert_eq!(format!("{:?}", st.scopes[2].scope_of("__class__")), "Free");
}

#[test]
fn symtable_global_and_nonlocal_declarations() {
    let got = scopes_of("def f():\n    global g\n    g = 1\n    y = 2\n    def h():\n        nonlocal y\n        y = 3\n");
    assert_eq!(
        got,
        vec![
            "top [f:Local g:GlobalExplicit]",
            "f [g:GlobalExplicit h:Local y:Cell]",
            "h [y:Free]"
        ]
    );
}

#[test]
fn symtable_comprehension_scopes_and_walrus() {
    let got = scopes_of("def f(xs):\n    return [(t := x) for x in xs], t\n");
    assert_eq!(
        got,
        vec![
            "top [f:Local]",
            "f [t:Cell xs:Local]",
            "listcomp [.0:Local t:Free x:Local]"
        ]
    );
}

#[test]
fn code_flags_for_generators_and_coroutines() {
    use coil::bytecode::code_flags as cf;
    use coil::object::Value;
    let code = compile_src(
        "def g():\n    yield\nasync def c():\n    await x\nasync def ag():\n    yield\nx = (i for i in ())\n",
        Mode::Module,
    )
    .expect("compiles");
    let flags: Vec<(String, u32)> = code
        .consts
        .iter()
        .filter_map(|c| {
            if let Value::Code(c) = c {
                Some((c.name.to_string(), c.flags))
            } else {
                None
            }
        })
        .collect();
    let get = |n: &str| {
        flags
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, f)| *f)
            .unwrap_or(0)
    };
    assert!(get("g") & cf::GENERATOR != 0);
    assert!(get("c") & cf::COROUTINE != 0);
    assert!(get("ag") & cf::ASYNC_GENERATOR != 0);
    assert!(get("<genexpr>") & cf::GENERATOR != 0);
}

/// Deep but parser-accepted nesting compiles on a big-stack thread (as the CLI runs it).
#[test]
fn deeply_nested_expressions_compile_on_a_big_stack() {
    let t = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let chain = format!("x = {}1\n", "1 + ".repeat(20000));
            let parens = format!("x = {}1{}\n", "(".repeat(150), ")".repeat(150));
            let lists = format!("x = {}1{}\n", "[".repeat(150), "]".repeat(150));
            let mut results = Vec::new();
            for src in [chain, parens, lists] {
                let source = Rc::new(SourceFile::new("t.py", src));
                match coil::parser::parse(&source, Mode::Module) {
                    Ok(m) => results.push(
                        compile(&m, source.clone(), Mode::Module)
                            .map(|_| ())
                            .map_err(|e| e.msg),
                    ),
                    Err(e) => results.push(Err(format!("parse: {}", e.msg))),
                }
            }
            results
        })
        .unwrap();
    let results = t.join().unwrap();
    for r in &results {
        if let Err(m) = r {
            assert!(m.starts_with("parse:"), "compile error {}", m);
        }
    }
}

#[test]
fn too_many_statically_nested_blocks() {
    // python3: "too many statically nested blocks" at the 21st `for` (line 21, 81..89).
    let mut src = String::new();
    for i in 0..21 {
        src += &format!("{}for x{} in y:\n", "    ".repeat(i), i);
    }
    src += &format!("{}pass\n", "    ".repeat(21));
    let (msg, l, c, el, ec) = syntax_error(&src);
    assert_eq!(
        (msg.as_str(), l, c, el, ec),
        ("too many statically nested blocks", 21, 81, 22, 89)
    );
}

/// (annotation source, the string python3 stores under `from __future__ import annotations`).
const FUTURE_ANNOTATIONS: &[(&str, &str)] = &[
    ("List[ 'int' ]", "List['int']"),
    ("1+2", "1 + 2"),
    ("x.y", "x.y"),
    ("(1, 2)", "(1, 2)"),
    ("Callable[[int], str]", "Callable[[int], str]"),
    ("Dict[str,int]", "Dict[str, int]"),
    ("Foo[Bar]", "Foo[Bar]"),
    ("a if b else c", "a if b else c"),
    ("lambda q, *r, s=1, **t: q", "lambda q, *r, s=1, **t: q"),
    ("lambda: 0", "lambda: 0"),
    ("lambda a, /, b: a", "lambda a, /, b: a"),
    ("[i for i in range(3) if i]", "[i for i in range(3) if i]"),
    ("{1: 2, **k} | {3} | {*()}", "{1: 2, **k} | {3} | {*()}"),
    ("(-x) ** 2 ** -y", "(-x) ** 2 ** (-y)"),
    (
        "not a and (b or c) < d is not e",
        "not a and (b or c) < d is not e",
    ),
    ("f\"{x!r:>{w}} {{lit}}\"", "f'{x!r:>{w}} {{lit}}'"),
    (
        "x[1:2, ::3] @ q if 0 else -q",
        "x[1:2, ::3] @ q if 0 else -q",
    ),
    (
        "1 .real + 1.5e300 * 1e309 + 2j",
        "1 .real + 1.5e+300 * 1e309 + 2j",
    ),
    ("'it''s' + b'bytes' + ...", "'its' + b'bytes' + ..."),
    ("(a, *b)", "(a, *b)"),
    ("x[()]", "x[()]"),
    ("x[a,]", "x[a,]"),
    ("{a: b for a, b in c}", "{a: b for a, b in c}"),
    ("(x for x in y)", "(x for x in y)"),
    ("f(x for x in y)", "f(x for x in y)"),
    ("f(a, *b, c=1, **d)", "f(a, *b, c=1, **d)"),
    ("~a | b ^ c & d << e >> f", "~a | b ^ c & d << e >> f"),
    ("a // b % c @ d", "a // b % c @ d"),
    ("(a or b) and c", "(a or b) and c"),
    ("a < b < c", "a < b < c"),
    ("a.b.c[d](e)", "a.b.c[d](e)"),
    ("-1", "-1"),
    ("1e100", "1e+100"),
    ("0.1", "0.1"),
    ("None", "None"),
    ("True", "True"),
    ("'a\\nb'", "'a\\nb'"),
    ("'\"'", "'\"'"),
    ("{1, 2}", "{1, 2}"),
    ("[]", "[]"),
    ("{}", "{}"),
    ("a[b:c]", "a[b:c]"),
    ("a[:]", "a[:]"),
    ("a[::]", "a[:]"),
    ("x if y else (z if w else v)", "x if y else z if w else v"),
    ("(a if b else c) if d else e", "(a if b else c) if d else e"),
    ("(lambda: 1)()", "(lambda: 1)()"),
    ("(a, b)[0]", "(a, b)[0]"),
    ("f'{a=}'", "f'a={a!r}'"),
    ("f'{x:{y}.{z}}'", "f'{x:{y}.{z}}'"),
    ("'\\x00\\t'", "'\\x00\\t'"),
    ("r'\\d'", "'\\\\d'"),
    (
        "123456789012345678901234567890",
        "123456789012345678901234567890",
    ),
    ("0x10", "16"),
    ("1_000", "1000"),
];

#[test]
fn future_annotations_are_unparsed_like_cpython() {
    use coil::object::Value;
    let mut failures = Vec::new();
    for &(src, want) in FUTURE_ANNOTATIONS {
        let text = format!("from __future__ import annotations\nx: {}\n", src);
        let code = match compile_src(&text, Mode::Module) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{:?}: {}", src, e.msg));
                continue;
            }
        };
        let found = code
            .consts
            .iter()
            .any(|c| matches!(c, Value::Str(s) if s.as_str() == want));
        if !found {
            let strs: Vec<String> = code
                .consts
                .iter()
                .filter_map(|c| {
                    if let Value::Str(s) = c {
                        Some(s.as_str().to_string())
                    } else {
                        None
                    }
                })
                .collect();
            failures.push(format!("{:?}: want {:?}, consts {:?}", src, want, strs));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn future_statement_errors() {
    // python3: ('not a chance', 1, 1), ('future feature nope is not defined', 1, 1),
    // ('from __future__ imports must occur at the beginning of the file', 2, 1, 2, 35).
    assert_eq!(
        syntax_error("from __future__ import braces\n").0,
        "not a chance"
    );
    assert_eq!(
        syntax_error("from __future__ import nope\n").0,
        "future feature nope is not defined"
    );
    let e = syntax_error("x=1\nfrom __future__ import annotations\n");
    assert_eq!(
        (e.0.as_str(), e.1, e.2, e.3, e.4),
        (
            "from __future__ imports must occur at the beginning of the file",
            2,
            1,
            2,
            35
        )
    );
    assert!(compile_src(
        "\"doc\"\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1\n",
        Mode::Module
    )
    .is_ok());
}

snap!(
    dis_return_in_finally_overrides,
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n"
);
snap!(
    dis_async_with_return_and_break,
    "async def f(cm, xs):\n    for x in xs:\n        async with cm:\n            if x:\n                break\n            return x\n"
);
snap!(
    dis_nested_functions_in_finally_share_code,
    "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                break\n        finally:\n            g = lambda: x\n    return g\n"
);

/// (source, [(SyntaxWarning message, line)]) from python3 with warnings recorded.
const SYNTAX_WARNINGS: &[(&str, &[(&str, u32)])] = &[
    (
        "x is 1\n",
        &[("\"is\" with a literal. Did you mean \"==\"?", 1)],
    ),
    (
        "x is not ()\n",
        &[("\"is not\" with a literal. Did you mean \"!=\"?", 1)],
    ),
    (
        "1 is x\n",
        &[("\"is\" with a literal. Did you mean \"==\"?", 1)],
    ),
    ("x is None\n", &[]),
    (
        "x is -1\n",
        &[("\"is\" with a literal. Did you mean \"==\"?", 1)],
    ),
    (
        "(1)(2)\n",
        &[(
            "'int' object is not callable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "[1](2)\n",
        &[(
            "'list' object is not callable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "f\"a\"(1)\n",
        &[(
            "'str' object is not callable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "(x for x in y)(1)\n",
        &[(
            "'generator' object is not callable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "1[0]\n",
        &[(
            "'int' object is not subscriptable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "None[0]\n",
        &[(
            "'NoneType' object is not subscriptable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "{1}[0]\n",
        &[(
            "'set' object is not subscriptable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "(lambda: 0)[0]\n",
        &[(
            "'function' object is not subscriptable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "\"abc\"[\"x\"]\n",
        &[(
            "str indices must be integers or slices, not str; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "[1][\"a\"]\n",
        &[(
            "list indices must be integers or slices, not str; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "(1,2)[1.5]\n",
        &[(
            "tuple indices must be integers or slices, not float; perhaps you missed a comma?",
            1,
        )],
    ),
    ("[1][x]\n", &[]),
    (
        "(1, 2)[\"k\"]\n",
        &[(
            "tuple indices must be integers or slices, not str; perhaps you missed a comma?",
            1,
        )],
    ),
    ("\"s\"[1:2]\n", &[]),
    ("x[\"a\"]\n", &[]),
    (
        "assert (x, \"msg\")\n",
        &[("assertion is always true, perhaps remove parentheses?", 1)],
    ),
    ("assert ()\n", &[]),
    (
        "x = 1 if y is 2 else 3\n",
        &[("\"is\" with a literal. Did you mean \"==\"?", 1)],
    ),
    (
        "f\"{x}\"[\"a\"]\n",
        &[(
            "str indices must be integers or slices, not str; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "if x is 'a' or y is not 2:\n    pass\n",
        &[
            ("\"is\" with a literal. Did you mean \"==\"?", 1),
            ("\"is not\" with a literal. Did you mean \"!=\"?", 1),
        ],
    ),
    (
        "while x is 3: pass\n",
        &[
            ("\"is\" with a literal. Did you mean \"==\"?", 1),
            ("\"is\" with a literal. Did you mean \"==\"?", 1),
        ],
    ),
    (
        "(1, 2)(3)\n",
        &[(
            "'tuple' object is not callable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "x = [\n (1, 2)\n (3, 4)\n]\n",
        &[(
            "'tuple' object is not callable; perhaps you missed a comma?",
            2,
        )],
    ),
    (
        "True[0]\n",
        &[(
            "'bool' object is not subscriptable; perhaps you missed a comma?",
            1,
        )],
    ),
    (
        "b'x'[1.0]\n",
        &[(
            "bytes indices must be integers or slices, not float; perhaps you missed a comma?",
            1,
        )],
    ),
    ("print((1, 2)[0], 'ab'[True])\n", &[]),
    ("x is True\n", &[]),
    ("... is x\n", &[]),
];

#[test]
fn syntax_warnings_match_python3() {
    let mut failures = Vec::new();
    for &(src, want) in SYNTAX_WARNINGS {
        let source = Rc::new(SourceFile::new("t.py", src));
        let module = coil::parser::parse(&source, Mode::Module).expect("parses");
        let (_, warnings) =
            coil::compiler::compile_with_warnings(&module, source.clone(), Mode::Module)
                .expect("compiles");
        let got: Vec<(String, u32)> = warnings
            .iter()
            .map(|w| (w.msg.clone(), source.line_of(w.span.start)))
            .collect();
        // The warnings filter shows a message once per location (CPython compiles a `while`
        // test twice).
        let mut want_dedup: Vec<(String, u32)> = Vec::new();
        for &(m, l) in want {
            if !want_dedup.contains(&(m.to_string(), l)) {
                want_dedup.push((m.to_string(), l));
            }
        }
        if got != want_dedup {
            failures.push(format!("{:?}: got {:?}, want {:?}", src, got, want_dedup));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

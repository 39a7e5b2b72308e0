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
        Ok(code) => disassemble(&code),
        Err(e) => panic!("compile error: {:?}", e),
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
        match compile(&module, source.clone(), Mode::Module) {
            Ok(_) => ok += 1,
            Err(e) => {
                comp_err += 1;
                let (l, c) = source.line_col(e.span.start);
                println!("{}:{}:{}: {}", p.display(), l, c + 1, e.msg);
            }
        }
    }
    println!("ok={} parse_err={} compile_err={}", ok, parse_err, comp_err);
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

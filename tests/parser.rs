//! Parser tests: AST snapshots for representative programs and CPython-checked error messages
//! and locations (expectations generated with python3 3.11, see `tools/cpy_err.py`).

use coil::ast::Mode;
use coil::parser::parse_str;

fn dump(src: &str) -> String {
    match parse_str(src, Mode::Module) {
        Ok(m) => format!("{:#?}", m),
        Err(e) => format!("ERR {:?}", e),
    }
}

#[test]
fn scratch() {
    if let Ok(src) = std::env::var("COIL_PARSE") {
        println!("{}", dump(&src));
    }
}

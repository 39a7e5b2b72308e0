//! asyncio and event-loop cases (`tests/asyncio/*.py`): `coil test --quiet tests/asyncio`
//! (src/testrun) must pass. The expectations were produced by python3 on the real clock; the
//! cases run here on coil's virtual clock (`coil test`'s default, `COIL_VIRTUAL_TIME=1`), so
//! the suite is fast and deterministic: the order of events is the same on both clocks and no
//! case prints unrounded times. Select with `GOLDEN_FILTER=substr`; regenerate with
//! `coil test --against python3 --update tests/asyncio`. There is no skip list.

use std::io::Write;
use std::path::Path;
use std::process::Command;

#[test]
fn asyncio_cases_match_python3() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/asyncio");
    let args = coil::testrun::suite_args(&dir, &["--virtual-time"]);
    let _ = writeln!(std::io::stdout(), "asyncio: coil {}", args.join(" "));
    let st = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(&args)
        .status()
        .expect("run coil test");
    assert!(st.success(), "coil test tests/asyncio failed ({st})");
}

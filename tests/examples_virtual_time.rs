//! The example programs again, on coil's virtual clock (`coil test --virtual-time examples`,
//! i.e. `COIL_VIRTUAL_TIME=1`): every example prints exactly what python3 prints on the real
//! clock (issue 5: the order of events is the same on both clocks; the examples print
//! elapsed times rounded, so the virtual clock's exact times give the same lines).

use std::io::Write;
use std::path::Path;
use std::process::Command;

#[test]
fn examples_print_what_python3_prints_under_virtual_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let args = coil::testrun::suite_args(&dir, &["--virtual-time"]);
    let _ = writeln!(
        std::io::stdout(),
        "examples (virtual time): coil {}",
        args.join(" ")
    );
    let st = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(&args)
        .status()
        .expect("run coil test");
    assert!(
        st.success(),
        "coil test --virtual-time examples failed ({st})"
    );
}

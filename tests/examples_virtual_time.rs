//! The example programs again, on coil's virtual clock (`COIL_VIRTUAL_TIME=1`, as
//! `coil --virtual-time`): every example prints exactly what python3 prints on the real
//! clock (issue 5: the order of events is the same on both clocks; the examples print
//! elapsed times rounded, so the virtual clock's exact times give the same lines). A
//! separate test binary, because the clock is chosen through the process environment.

mod harness;

#[test]
fn examples_print_what_python3_prints_under_virtual_time() {
    std::env::set_var("COIL_VIRTUAL_TIME", "1");
    let dir = harness::repo_root().join("examples");
    harness::run_expectation_suite("examples (virtual time)", &dir);
}

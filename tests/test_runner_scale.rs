//! Scale test of `coil test` (issue 7, acceptance 3): 2,000 trivial cases (`print(N)` with its
//! `.py.out`) must run in under 15 s with `--jobs 2`. Kept in its own test binary so it never
//! competes with the other runner tests for the machine's cores; prints the measured time.

mod runner_support;

use runner_support::Suite;
use std::time::Duration;

#[test]
fn two_thousand_trivial_cases_run_in_under_15_seconds_on_2_jobs() {
    let s = Suite::new();
    for n in 0..2000 {
        s.case(
            &format!("case_{n:04}.py"),
            &format!("print({n})\n"),
            &format!("{n}\n"),
        );
    }
    let r = s.run(&["--jobs", "2", "."]);
    println!(
        "coil test --jobs 2: 2000 trivial cases in {:.2}s",
        r.elapsed.as_secs_f64()
    );
    r.expect(0, "2000 passed, 0 failed");
    assert!(
        r.elapsed < Duration::from_secs(15),
        "2000 cases took {:?} (limit 15 s)",
        r.elapsed
    );
}

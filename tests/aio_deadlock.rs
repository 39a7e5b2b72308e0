//! The virtual clock's deadlock report (issue 5): when every task waits and nothing is
//! scheduled, `coil --virtual-time` prints each pending task with the line it is suspended at
//! and exits with status 1, instead of waiting forever as python3 does.

use std::process::Command;

const PROGRAM: &str = "import asyncio

async def waiter(fut):
    await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut), name='w')
    print('waiting')
    await t

asyncio.run(main())
";

#[test]
fn deadlock_under_virtual_time_reports_pending_tasks_and_exits() {
    let dir = std::env::temp_dir().join(format!("coil-deadlock-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmpdir");
    let file = dir.join("dl.py");
    std::fs::write(&file, PROGRAM).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .arg("--virtual-time")
        .arg(&file)
        .output()
        .expect("run coil");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "waiting\n");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("coil: deadlock at virtual time "),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing can wake the 2 pending tasks"),
        "{stderr}"
    );
    assert!(stderr.contains("<Task pending name='w'"), "{stderr}");
    assert!(
        stderr.contains(", line 4, in waiter\n    await fut\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains(", line 10, in main\n    await t\n"),
        "{stderr}"
    );
}

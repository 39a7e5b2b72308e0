//! The `coil` command line (see `coil -h`).
fn main() {
    eprintln!("coil: not yet runnable");
    std::process::exit(2);
}

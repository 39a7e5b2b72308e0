//! The `coil` command line, python3-compatible: `coil FILE [ARGS]`, `coil -c CODE [ARGS]`,
//! `coil -` / piped stdin, `coil -V`, `coil -h`, `coil --dis FILE`; the interactive prompt
//! (`coil` on a terminal, `coil -i [FILE]`, `-q` without the banner: `repl`). Exit codes: 0, 1 for an
//! uncaught exception, 2 for usage errors and unreadable files, or `sys.exit`'s code.
//! `coil test ...` (first argument `test`) is the golden-output runner, `testrun::cli_main`.

use coil::Program;

/// mimalloc: coil allocates many small, short-lived objects (`Rc` payloads, frames' buffers,
/// strings); glibc malloc's consolidation showed up at ~25% of dict_str.
/// Built with `no_thp` (no `MADV_HUGEPAGE`: 2 MiB pages counted whole in RSS and zeroed on first
/// touch cost both memory and time on dict_str).
/// Requests with alignment <= 8 (every block mimalloc hands out is 8-aligned) go straight to
/// `mi_malloc`/`mi_realloc`: the `mimalloc` crate routes everything through the `_aligned`
/// entry points, which re-check the alignment on every allocation.
#[global_allocator]
static GLOBAL: CoilAlloc = CoilAlloc;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;
use std::io::Read;

struct CoilAlloc;

/// Small blocks are size-classed in 16-byte steps up to `SMALL_MAX` bytes.
const SMALL_MAX: usize = 128;
const SMALL_CLASSES: usize = SMALL_MAX / 16;
/// Blocks kept per class by `RECENT`.
const RECENT_CAP: usize = 512;

/// The most recently freed small blocks of this thread, per 16-byte size class, reused first
/// (LIFO), as CPython's pymalloc and its tuple/frame free lists do. mimalloc puts a freed
/// block on its page's `local_free` list and allocates from the page's other (`free`) list
/// until that runs dry, so a block freed and wanted again at once (the `(prev, w)` tuple of a
/// loop, a `range` iterator, a bound method) came back cold: in dict_str a quarter of the
/// allocation time was the cache miss on the next-block pointer of a long-freed block.
/// A block in class `c` is a `mi_malloc` block of at least `16 * (c + 1)` bytes, so it serves
/// any request of that class. Const-initialised with no destructor (no allocation on first use
/// or at thread exit; a thread's cached blocks are left to the process).
struct Recent {
    len: [u16; SMALL_CLASSES],
    blocks: [[*mut u8; RECENT_CAP]; SMALL_CLASSES],
}

thread_local! {
    static RECENT: std::cell::UnsafeCell<Recent> = const {
        std::cell::UnsafeCell::new(Recent {
            len: [0; SMALL_CLASSES],
            blocks: [[std::ptr::null_mut(); RECENT_CAP]; SMALL_CLASSES],
        })
    };
}

/// The size class of a small request (None: not small, or over-aligned).
#[inline(always)]
fn small_class(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size.wrapping_sub(1) < SMALL_MAX && layout.align() <= 16 {
        Some((size - 1) >> 4)
    } else {
        None
    }
}

impl CoilAlloc {
    #[inline(always)]
    unsafe fn small_alloc(c: usize) -> *mut u8 {
        let hit = RECENT.with(|r| {
            // SAFETY: this thread's cache; no reference outlives the closure and nothing in
            // it allocates.
            let r = unsafe { &mut *r.get() };
            let n = r.len[c] as usize;
            if n > 0 {
                r.len[c] = (n - 1) as u16;
                r.blocks[c][n - 1]
            } else {
                std::ptr::null_mut()
            }
        });
        if !hit.is_null() {
            return hit;
        }
        // 16-byte classes keep every block 16-aligned (mimalloc aligns blocks of a multiple
        // of 16 bytes to 16).
        let p = mi_malloc((c + 1) << 4) as *mut u8;
        debug_assert!(p as usize % 16 == 0);
        p
    }
    #[inline(always)]
    unsafe fn small_free(ptr: *mut u8, c: usize) {
        let kept = RECENT.with(|r| {
            // SAFETY: as in `small_alloc`.
            let r = unsafe { &mut *r.get() };
            let n = r.len[c] as usize;
            if n < RECENT_CAP {
                r.blocks[c][n] = ptr;
                r.len[c] = (n + 1) as u16;
                true
            } else {
                false
            }
        });
        if !kept {
            mi_free(ptr as *mut c_void)
        }
    }
}

// SAFETY: every path returns mimalloc memory suitably aligned for `layout` (mimalloc blocks
// are at least 8-aligned, multiples of 16 bytes 16-aligned; larger alignments use the crate's
// aligned allocator), and `mi_free`/`mi_realloc` accept any pointer mimalloc returned,
// aligned or not. A small block is only ever reused for a request of its own class.
unsafe impl GlobalAlloc for CoilAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(c) = small_class(&layout) {
            Self::small_alloc(c)
        } else if layout.align() <= 8 {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if let Some(c) = small_class(&layout) {
            let p = Self::small_alloc(c);
            if !p.is_null() {
                std::ptr::write_bytes(p, 0, layout.size());
            }
            p
        } else if layout.align() <= 8 {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(c) = small_class(&layout) {
            Self::small_free(ptr, c)
        } else {
            mi_free(ptr as *mut c_void)
        }
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let small_old = small_class(&layout);
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let small_new = small_class(&new_layout);
        if small_old.is_some() || small_new.is_some() {
            if small_old.is_some() && small_old == small_new {
                return ptr;
            }
            let q = self.alloc(new_layout);
            if !q.is_null() {
                std::ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            return q;
        }
        if layout.align() <= 8 {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

extern "C" {
    fn mi_malloc(size: usize) -> *mut c_void;
    fn mi_zalloc(size: usize) -> *mut c_void;
    fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
    fn mi_free(p: *mut c_void);
    /// mimalloc's `mi_option_set` (`libmimalloc-sys` exports it only with its `extended`
    /// feature, so declared here).
    fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
}
/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t`.
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

/// Return freed memory to the OS after 30 ms (mimalloc v3 waits 1 s by default): CPython frees
/// big blocks immediately, and peak RSS is a benchmark figure (dict_str: 68 -> 44 MiB). 0 ms
/// would save 2 MiB more but refaults memory freed and reused within a phase (dict growth,
/// per-round temporaries): ~15% more CPU on dict_str.
/// `MIMALLOC_PURGE_DELAY` in the environment still wins.
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: a plain option store, valid at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 30) };
    }
}

const USAGE: &str = "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script (also when stdin is not a terminal)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
--dis  : print the bytecode of file and exit
--virtual-time : run asyncio's event loop on a virtual clock (also COIL_VIRTUAL_TIME=1):
         when nothing is ready, time jumps to the next timer at once
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

fn usage_error(msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `coil -h' for more information.");
    std::process::exit(2)
}

fn read_stdin() -> String {
    let mut buf = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut buf);
    match coil::lexer::decode_source(&buf) {
        Ok(s) => s,
        Err(_) => String::from_utf8_lossy(&buf).into_owned(),
    }
}

fn main() {
    tune_allocator();
    if let Err(msg) = coil::object::pyhash::check_hash_seed_env() {
        eprint!("{msg}");
        std::process::exit(1);
    }
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("test") {
        // `coil test ...`: the golden-output runner (a script named `test` runs as `./test`).
        std::process::exit(coil::testrun::cli_main(raw[1..].to_vec()));
    }
    let mut i = 0;
    let mut dis = false;
    let mut prog: Option<Program> = None;
    let mut inspect = false;
    let mut quiet = false;
    let mut warnoptions: Vec<String> = Vec::new();
    while i < raw.len() {
        let a = raw[i].as_str();
        match a {
            "-c" => {
                i += 1;
                match raw.get(i) {
                    Some(code) => {
                        prog = Some(Program::Command(code.clone()));
                        i += 1;
                    }
                    None => usage_error("Argument expected for the -c option"),
                }
                break;
            }
            "-V" | "--version" => {
                println!("coil 0.1.0 (Python 3.11 compatible)");
                return;
            }
            "-h" | "-?" | "--help" => {
                print!("{}", USAGE);
                return;
            }
            "--dis" => {
                dis = true;
                i += 1;
            }
            "--virtual-time" => {
                // Read by the event loop when it starts (`aio::runner::virtual_time_requested`);
                // set before the interpreter thread exists.
                std::env::set_var("COIL_VIRTUAL_TIME", "1");
                i += 1;
            }
            "-" => {
                i += 1;
                prog = Some(Program::Stdin {
                    text: String::new(),
                    dash: true,
                });
                break;
            }
            "-i" => {
                inspect = true;
                i += 1;
            }
            "-q" => {
                quiet = true;
                i += 1;
            }
            "-W" => {
                i += 1;
                match raw.get(i) {
                    Some(w) => {
                        warnoptions.push(w.clone());
                        i += 1;
                    }
                    None => usage_error("Argument expected for the -W option"),
                }
            }
            _ if a.starts_with("-W") => {
                warnoptions.push(a[2..].to_string());
                i += 1;
            }
            "-m" => {
                i += 1;
                match raw.get(i) {
                    Some(m) => {
                        prog = Some(Program::Module(m.clone()));
                        i += 1;
                    }
                    None => usage_error("Argument expected for the -m option"),
                }
                break;
            }
            _ if a.starts_with("-m") && a.len() > 2 => {
                prog = Some(Program::Module(a[2..].to_string()));
                i += 1;
                break;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" => {
                i += 1;
            }
            _ if a.starts_with("-c") && a.len() > 2 => {
                prog = Some(Program::Command(a[2..].to_string()));
                i += 1;
                break;
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                let opt = a.trim_start_matches('-');
                let shown = if a.starts_with("--") {
                    format!("unknown option --{}", opt)
                } else {
                    format!("Unknown option: -{}", opt.chars().next().unwrap_or('?'))
                };
                usage_error(&shown);
            }
            _ => {
                prog = Some(Program::File(a.to_string()));
                i += 1;
                break;
            }
        }
    }
    let args: Vec<String> = raw[i.min(raw.len())..].to_vec();
    coil::modules::sys_info::set_warnoptions(warnoptions);
    if !dis && (inspect || (prog.is_none() && coil::repl::stdin_is_tty())) {
        // The interactive prompt: after the program with `-i`, or `coil` alone on a terminal.
        let prog = match prog {
            Some(Program::Stdin { dash, .. }) => Some(Program::Stdin {
                text: read_stdin(),
                dash,
            }),
            p => p,
        };
        std::process::exit(coil::run::run_interactive(prog, args, quiet));
    }
    let prog = match prog {
        Some(Program::Stdin { dash, .. }) => Program::Stdin {
            text: read_stdin(),
            dash,
        },
        Some(p) => p,
        None => Program::Stdin {
            text: read_stdin(),
            dash: false,
        },
    };
    if dis {
        let path = match &prog {
            Program::File(p) => p.clone(),
            _ => usage_error("--dis needs a file"),
        };
        std::process::exit(coil::run::dis_file(&path));
    }
    let code = coil::run_main(prog, args);
    std::process::exit(code);
}

#[cfg(test)]
mod alloc_tests {
    use super::*;

    /// A block reused from `RECENT` serves any request of its class: contents survive growth
    /// through every small class into mimalloc proper and back down.
    #[test]
    fn realloc_across_size_classes_keeps_contents() {
        let mut v: Vec<u8> = Vec::new();
        for i in 0..400u32 {
            v.push(i as u8);
        }
        assert!(v.iter().enumerate().all(|(i, &b)| b == i as u8));
        v.truncate(5);
        v.shrink_to_fit();
        assert_eq!(v, [0, 1, 2, 3, 4]);
    }

    /// Freed small blocks come back LIFO, and 16-aligned requests stay aligned.
    #[test]
    fn small_blocks_are_reused_most_recent_first_and_aligned() {
        let l = Layout::from_size_align(24, 16).unwrap();
        // SAFETY: paired alloc/dealloc with the same layout.
        unsafe {
            let a = GLOBAL.alloc(l);
            assert_eq!(a as usize % 16, 0);
            GLOBAL.dealloc(a, l);
            let b = GLOBAL.alloc(Layout::from_size_align(32, 8).unwrap());
            assert_eq!(a, b, "the block just freed is the next one of its class");
            GLOBAL.dealloc(b, Layout::from_size_align(32, 8).unwrap());
            let z = GLOBAL.alloc_zeroed(Layout::from_size_align(30, 8).unwrap());
            assert!(std::slice::from_raw_parts(z, 30).iter().all(|&x| x == 0));
            GLOBAL.dealloc(z, Layout::from_size_align(30, 8).unwrap());
        }
    }
}

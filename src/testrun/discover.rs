//! Case discovery for `coil test`: which `.py` files under the PATH arguments are cases, their
//! display names, and where their expectation files live.
//!
//! A case is every `*.py` file under a directory PATH (recursively) or a `.py` file given
//! directly, except files whose name starts with `_` (helper modules, `__init__.py`) and
//! anything inside a directory whose name starts with `_` or `.` (`__pycache__`, `.git`).
//! Cases of one PATH come sorted by path in byte order; a file found twice (overlapping PATHs)
//! is kept once, under the first PATH that found it. The display name is the path relative to
//! the PATH argument that found it (for a file PATH, the file name), with `/` separators.

use std::ffi::OsString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// One case to run.
#[derive(Debug, Clone)]
pub struct Case {
    /// Relative to the PATH argument that found it, `/`-separated.
    pub name: String,
    /// Absolute path of the `.py` file (as given, made absolute; not canonicalised).
    pub path: PathBuf,
    /// Absolute directory of the case (the child's cwd).
    pub dir: PathBuf,
    /// The bare file name, `NAME.py` (argv[1] of the child).
    pub file_name: OsString,
}

impl Case {
    /// The path of a side file: `case.py` + `ext` (`.out`, `.err`, `.status`).
    pub fn side(&self, ext: &str) -> PathBuf {
        let mut p = self.path.clone().into_os_string();
        p.push(ext);
        PathBuf::from(p)
    }
}

/// Find the cases under `paths`. `Err` carries the usage message for a PATH that does not exist.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for root in paths {
        let meta = std::fs::metadata(root)
            .map_err(|e| format!("coil test: {}: {}", root.display(), io_msg(&e)))?;
        let abs_root = std::path::absolute(root).unwrap_or_else(|_| root.clone());
        let mut found: Vec<PathBuf> = Vec::new();
        if meta.is_dir() {
            walk(&abs_root, &mut found, 0);
            found.sort_by(|a, b| a.as_os_str().as_bytes().cmp(b.as_os_str().as_bytes()));
        } else {
            found.push(abs_root.clone());
        }
        for path in found {
            let key = path.canonicalize().unwrap_or_else(|_| path.clone());
            if !seen.insert(key) {
                continue;
            }
            let name = if meta.is_dir() {
                let rel = path.strip_prefix(&abs_root).unwrap_or(&path);
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/")
            } else {
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            let file_name = path.file_name().map(OsString::from).unwrap_or_default();
            cases.push(Case {
                name,
                path,
                dir,
                file_name,
            });
        }
    }
    Ok(cases)
}

/// The message of an I/O error without Rust's ` (os error N)` suffix.
pub fn io_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

fn is_case_file(name: &[u8]) -> bool {
    name.ends_with(b".py") && !name.starts_with(b"_")
}

/// Directory levels followed below a PATH (a symlink loop stops here instead of recursing
/// forever).
const MAX_DEPTH: usize = 64;

fn walk(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name();
        let nb = name.as_bytes();
        let Ok(ft) = e.file_type() else { continue };
        // Follow symlinks to decide what the entry is.
        let is_dir = if ft.is_symlink() {
            e.path().is_dir()
        } else {
            ft.is_dir()
        };
        if is_dir {
            if !nb.starts_with(b"_") && !nb.starts_with(b".") {
                walk(&e.path(), out, depth + 1);
            }
        } else if is_case_file(nb) {
            out.push(e.path());
        }
    }
}

//! Where the REPL's lines come from: rustyline on a terminal (line editing, history in
//! `~/.coil_history`, tab completion, bracketed paste), or plain stdin otherwise (`coil -i`
//! with piped input: prompts go to stderr, as CPython does without readline).
//!
//! Invariant: a read returns one line without its newline, except that a bracketed paste may
//! return several lines joined by `\n`; the REPL splits those (`super::paste_lines`).

use super::complete::ReplHelper;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// The result of one read.
pub enum Read {
    Line(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// A source of lines for the REPL.
pub trait LineReader {
    fn read(&mut self, vm: &mut crate::vm::Vm, prompt: &str) -> Read;
    /// Remember an entry's line in the history.
    fn add_history(&mut self, _line: &str) {}
    /// Save the history (at exit).
    fn save(&mut self) {}
}

/// `$HOME/.coil_history`, if `$HOME` is set.
pub fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME")?;
    if home.is_empty() {
        return None;
    }
    Some(PathBuf::from(home).join(".coil_history"))
}

/// Lines from a terminal through rustyline.
pub struct Rusty {
    ed: rustyline::Editor<ReplHelper, rustyline::history::DefaultHistory>,
    history: Option<PathBuf>,
}

impl Rusty {
    /// A rustyline editor with coil's completer and the saved history loaded; None when the
    /// terminal cannot be set up.
    pub fn new(globals: std::rc::Rc<crate::object::PyDict>) -> Option<Rusty> {
        let config = rustyline::Config::builder()
            .auto_add_history(false)
            .bracketed_paste(true)
            .completion_type(rustyline::CompletionType::List)
            .max_history_size(10_000)
            .ok()?
            .build();
        let mut ed = rustyline::Editor::with_config(config).ok()?;
        ed.set_helper(Some(ReplHelper::new(globals)));
        let history = history_path();
        if let Some(p) = &history {
            let _ = ed.load_history(p);
        }
        Some(Rusty { ed, history })
    }
}

impl LineReader for Rusty {
    fn read(&mut self, vm: &mut crate::vm::Vm, prompt: &str) -> Read {
        if let Some(h) = self.ed.helper_mut() {
            h.attach(vm);
        }
        let r = self.ed.readline(prompt);
        if let Some(h) = self.ed.helper_mut() {
            h.detach();
        }
        match r {
            Ok(line) => Read::Line(line),
            Err(rustyline::error::ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    fn add_history(&mut self, line: &str) {
        if !line.trim().is_empty() {
            let _ = self.ed.add_history_entry(line);
        }
    }

    fn save(&mut self) {
        if let Some(p) = &self.history {
            let _ = self.ed.save_history(p);
        }
    }
}

/// Lines from non-terminal stdin; prompts are written to stderr (CPython's
/// `PyOS_StdioReadline`).
pub struct Plain {
    stdin: std::io::StdinLock<'static>,
}

impl Plain {
    pub fn new() -> Plain {
        Plain {
            stdin: std::io::stdin().lock(),
        }
    }
}

impl Default for Plain {
    fn default() -> Self {
        Plain::new()
    }
}

impl LineReader for Plain {
    fn read(&mut self, vm: &mut crate::vm::Vm, prompt: &str) -> Read {
        let _ = vm.flush_stdout();
        let mut err = std::io::stderr();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut buf = Vec::new();
        match self.stdin.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => {
                // CPython ends the last prompt's line at the end of the input.
                let _ = vm.write_stdout("\n");
                Read::Eof
            }
            Ok(_) => {
                if buf.ends_with(b"\n") {
                    buf.pop();
                    if buf.ends_with(b"\r") {
                        buf.pop();
                    }
                }
                Read::Line(String::from_utf8_lossy(&buf).into_owned())
            }
        }
    }
}

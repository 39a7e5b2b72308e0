//! The builtin exception hierarchy (`ExcType`, matching CPython 3.11's tree) and the payload of
//! exception instances (args, traceback entries, cause/context, notes).

use super::Value;
use std::rc::Rc;

macro_rules! exc_types {
    ($( $name:ident : $parent:expr ),* $(,)?) => {
        /// Every builtin exception class. `parent()` gives CPython's base class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcType { $( $name ),* }
        impl ExcType {
            pub const ALL: &'static [ExcType] = &[ $( ExcType::$name ),* ];
            pub fn name(self) -> &'static str {
                match self { $( ExcType::$name => stringify!($name) ),* }
            }
            pub fn parent(self) -> Option<ExcType> {
                match self { $( ExcType::$name => $parent ),* }
            }
        }
    };
}

use ExcType as E;
exc_types! {
    BaseException: None,
    BaseExceptionGroup: Some(E::BaseException),
    GeneratorExit: Some(E::BaseException),
    KeyboardInterrupt: Some(E::BaseException),
    SystemExit: Some(E::BaseException),
    Exception: Some(E::BaseException),
    ArithmeticError: Some(E::Exception),
    FloatingPointError: Some(E::ArithmeticError),
    OverflowError: Some(E::ArithmeticError),
    ZeroDivisionError: Some(E::ArithmeticError),
    AssertionError: Some(E::Exception),
    AttributeError: Some(E::Exception),
    BufferError: Some(E::Exception),
    EOFError: Some(E::Exception),
    ExceptionGroup: Some(E::BaseExceptionGroup),
    ImportError: Some(E::Exception),
    ModuleNotFoundError: Some(E::ImportError),
    LookupError: Some(E::Exception),
    IndexError: Some(E::LookupError),
    KeyError: Some(E::LookupError),
    MemoryError: Some(E::Exception),
    NameError: Some(E::Exception),
    UnboundLocalError: Some(E::NameError),
    OSError: Some(E::Exception),
    BlockingIOError: Some(E::OSError),
    ChildProcessError: Some(E::OSError),
    ConnectionError: Some(E::OSError),
    BrokenPipeError: Some(E::ConnectionError),
    ConnectionAbortedError: Some(E::ConnectionError),
    ConnectionRefusedError: Some(E::ConnectionError),
    ConnectionResetError: Some(E::ConnectionError),
    FileExistsError: Some(E::OSError),
    FileNotFoundError: Some(E::OSError),
    InterruptedError: Some(E::OSError),
    IsADirectoryError: Some(E::OSError),
    NotADirectoryError: Some(E::OSError),
    PermissionError: Some(E::OSError),
    ProcessLookupError: Some(E::OSError),
    TimeoutError: Some(E::OSError),
    ReferenceError: Some(E::Exception),
    RuntimeError: Some(E::Exception),
    NotImplementedError: Some(E::RuntimeError),
    RecursionError: Some(E::RuntimeError),
    StopAsyncIteration: Some(E::Exception),
    StopIteration: Some(E::Exception),
    SyntaxError: Some(E::Exception),
    IndentationError: Some(E::SyntaxError),
    TabError: Some(E::IndentationError),
    SystemError: Some(E::Exception),
    TypeError: Some(E::Exception),
    ValueError: Some(E::Exception),
    UnicodeError: Some(E::ValueError),
    UnicodeDecodeError: Some(E::UnicodeError),
    UnicodeEncodeError: Some(E::UnicodeError),
    UnicodeTranslateError: Some(E::UnicodeError),
    Warning: Some(E::Exception),
    BytesWarning: Some(E::Warning),
    DeprecationWarning: Some(E::Warning),
    EncodingWarning: Some(E::Warning),
    FutureWarning: Some(E::Warning),
    ImportWarning: Some(E::Warning),
    PendingDeprecationWarning: Some(E::Warning),
    ResourceWarning: Some(E::Warning),
    RuntimeWarning: Some(E::Warning),
    SyntaxWarning: Some(E::Warning),
    UnicodeWarning: Some(E::Warning),
    UserWarning: Some(E::Warning),
}

impl ExcType {
    /// True if `self` is `other` or derives from it.
    pub fn is_subclass_of(self, other: ExcType) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.parent();
        }
        false
    }
}

/// One traceback entry: the code object and the instruction index that was executing.
/// Tracebacks never hold frames (no frame ↔ exception cycles).
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<crate::bytecode::CodeObject>,
    pub ip: u32,
}

/// The payload of an exception instance.
#[derive(Clone, Debug, Default)]
pub struct ExceptionData {
    /// `args` (a tuple value).
    pub args: Value,
    /// Innermost-last list of traceback entries (`__traceback__`).
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// `__notes__` (a list) or Null.
    pub notes: Value,
}

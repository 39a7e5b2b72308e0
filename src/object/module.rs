//! Module objects: a name and a namespace dict.

use super::{PyDict, PyStr};
use std::rc::Rc;

#[derive(Debug)]
pub struct Module {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

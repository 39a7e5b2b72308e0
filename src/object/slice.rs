//! `slice` objects and index normalisation (CPython's `PySlice_GetIndicesEx` / `adjust_indices`).

use super::Value;

#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

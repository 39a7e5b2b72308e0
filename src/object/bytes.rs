//! `bytes`: an immutable byte string payload and its methods.

#[derive(Debug)]
pub struct PyBytes {
    pub data: Box<[u8]>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes { data: data.into_boxed_slice() }
    }
}

// Std types: Box, Vec and String are pointer-sized handles; Option of them is free.
use std::rc::Rc;

pub struct Handles {
    name: String,
    bytes: Vec<u8>,
    boxed: Box<u32>,
    shared: Rc<u64>,
}

pub fn probe(_: Handles, _: Option<Box<u32>>, _: Option<String>, _: Option<Vec<u8>>, _: Box<[u8]>) {}

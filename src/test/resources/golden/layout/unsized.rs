// Unsized types: a struct whose last field is a slice or a trait object has no size of its own;
// pointers to it carry the length or the vtable next to the address.
use std::fmt::Debug;

pub struct Packet {
    id: u32,
    kind: u8,
    payload: [u16],
}

pub struct Dynamic {
    count: u64,
    value: dyn Debug,
}

pub fn probe(_: &Packet, _: &Dynamic, _: Box<Packet>, _: &[u8], _: &str, _: Option<&Packet>) {}

// Unions overlap their fields at offset 0; uninhabited variants take no tag value and an enum
// without variants has no bytes at all.
use std::convert::Infallible;

pub union Bits {
    byte: u8,
    word: u32,
    five: [u8; 5],
}

#[repr(C)]
pub union CUnion {
    a: u8,
    b: [u16; 3],
}

pub enum Void {}

pub enum MaybeNever {
    A,
    B(u32),
    C(Infallible),
}

pub enum Only {
    One(u32, u8),
}

pub fn probe(_: Bits, _: CUnion, _: Option<Void>, _: MaybeNever, _: Only, _: Result<u32, Infallible>, _: Void) {}

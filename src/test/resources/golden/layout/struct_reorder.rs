// Field reordering: rustc sorts fields by alignment so that padding disappears; repr(C) keeps
// declaration order. Zero-sized fields, packed structs and tuple structs.
use std::marker::PhantomData;

pub struct S1 {
    a: u8,
    b: u32,
    c: u16,
}

#[repr(C)]
pub struct C1 {
    a: u8,
    b: u32,
    c: u16,
}

pub struct Mixed {
    flag: bool,
    id: u64,
    small: u8,
    count: u32,
    unit: (),
    marker: PhantomData<u64>,
}

#[repr(packed)]
pub struct Packed {
    a: u8,
    b: u32,
}

pub struct Tuple(u8, u64, u8);

#[repr(align(16))]
pub struct Aligned(u32);

pub struct Empty;

pub fn probe(_: S1, _: C1, _: Mixed, _: Packed, _: Tuple, _: Aligned, _: Empty, _: (u8, u32), _: [u16; 3]) {}

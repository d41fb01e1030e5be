// Corner cases of rustc's -Zprint-type-sizes rules: negative and explicit discriminants, repr(C, u8),
// niche variants placed before or after the niche, packed(2), zero-sized fields, u128 tags, unions
// with a zero-sized member.
use std::num::NonZeroU32;
#[repr(i8)] pub enum Neg { A = -1, B = 5, C(u8) = 7 }
#[repr(C, u8)] pub enum CU { A(u16), B }
pub enum Before { A(u8), B(u8, NonZeroU32) }
pub enum After { A(NonZeroU32, u8), B(u16, u8, u8, u8) }
#[repr(packed(2))] pub struct P2 { a: u8, b: u64, c: u16 }
pub struct Zs { a: [u32; 0], b: u8, c: (), d: u16 }
pub enum Nested { X(Option<bool>), Y(Result<u8, ()>), Z }
pub enum Wide { A(u128), B }
#[repr(align(16))] pub struct Al(u32);
pub enum WithAl { A(i32), B(Al) }
// rustc prints a wrapped-around size for the fieldless variants here (4-byte layouts, 8-byte tag).
#[repr(align(4))] pub enum AlignedTag { V0, V1, V2, V3(Box<u32>) }
pub union UZ { a: (), b: u8, c: [u16; 2] }
pub fn probe(_: Neg, _: CU, _: Before, _: After, _: P2, _: Zs, _: Nested, _: Wide, _: WithAl, _: UZ, _: AlignedTag) {}

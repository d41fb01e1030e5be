#![allow(dead_code)]
#[repr(u8)] enum A { X = 256 }
struct C([u8; 300u8 as usize]);
const D: i8 = 200;
#[repr(i8)] enum E { M = -128, N = 127 }
fn main() {}

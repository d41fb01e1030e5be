#![allow(dead_code)]
#[repr(i8)] enum A21 { X = 127, Y }
#[repr(u8)] enum A22 { X = 1, Y = 1 }
enum A23 { X = 1, Y = 0, Z }
enum A14 { X(u8) = 1, Y }
#[repr(u8)] enum A24 { X = 255, Y }
enum A25 { A, B, C = 1 }
#[repr(u8)] enum A26 { A = 200 + 100 }
const D: usize = 1 / 0;
struct A27([u8; 2 - 3]);
fn main() {}

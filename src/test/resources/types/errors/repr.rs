// rustmem-ignore: E0658
#![allow(dead_code)]
#[repr(foo)] struct A1(u8);
#[repr(C, u8)] struct A2(u8);
#[repr(u8, u16)] enum A3 { X }
#[repr(u8)] struct A4(u8);
#[repr(C)] enum A5 {}
#[repr(u8)] enum A6 {}
#[repr(packed, align(8))] struct A7(u8);
#[repr(align(8))] struct Al(u8);
#[repr(packed)] struct A8(Al);
#[repr(align(3))] struct A9(u8);
#[repr(align(1073741824))] struct A10(u8);
#[repr(transparent, C)] struct A11(u8);
#[repr(transparent)] struct A12(u8, u16);
#[repr(transparent)] enum A13 { X, Y }
enum A14 { X(u8) = 1, Y }
#[repr(C)] fn f() {}
#[repr(packed)] enum A15 { X }
#[repr(align(0))] struct A16(u8);
#[repr(align(x))] struct A17(u8);
#[repr(packed(3))] struct A18(u8);
#[repr(C, C)] struct A19(u8);
#[repr(transparent)] union A20 { a: u8 }
#[repr(i8)] enum A21 { X = 127, Y }
#[repr(u8)] enum A22 { X = 1, Y = 1 }
enum A23 { X = 1, Y = 0, Z }
#[repr(align(8), align(16))] struct A24(u8);
#[repr(packed(2), packed(4))] struct A25(u8);
fn main() {}

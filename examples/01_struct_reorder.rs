//! 01 — Struct field reordering and padding.
//!
//! Run it:       rustc --edition 2024 01_struct_reorder.rs && ./01_struct_reorder
//! See layouts:  rustmem layout 01_struct_reorder.rs
//!
//! Every type has an alignment (a power of two) and a size (a multiple of the alignment). A
//! struct's alignment is the largest alignment of its fields, and each field must start at a
//! multiple of its own alignment; the gaps this leaves are padding. With the default
//! representation (`repr(Rust)`) the compiler may reorder fields to waste less space. With
//! `#[repr(C)]` the fields stay in declaration order, as a C compiler would lay them out.

use std::mem::{align_of, offset_of, size_of};

/// Declared u8, u16, u8. Laid out in declaration order this would need 6 bytes
/// (a@0, 1 byte padding, b@2..4, c@4, 1 byte end padding). rustc instead sorts the fields by
/// alignment, largest first: b@0..2, a@2, c@3, so the struct is 4 bytes with no padding at all.
struct S1 {
    a: u8,
    b: u16,
    c: u8,
}

/// The same fields declared in another order get the same optimal layout: 4 bytes.
struct S2 {
    a: u8,
    c: u8,
    b: u16,
}

/// `repr(C)` keeps declaration order: a@0, 1 byte padding, b@2, c@4, then 1 byte of end
/// padding so that the size (6) is a multiple of the alignment (2) — arrays of C1 stay aligned.
#[repr(C)]
struct C1 {
    a: u8,
    b: u16,
    c: u8,
}

/// A bigger example: u8, u64, u16, u32, u8 in declaration order.
/// repr(C) needs 1 + 7 (pad) + 8 + 2 + 2 (pad) + 4 + 1 + 7 (end pad) = 32 bytes.
/// repr(Rust) sorts by alignment: b: u64@0, d: u32@8, c: u16@12, a: u8@14, e: u8@15 = 16 bytes.
struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: u32,
    e: u8,
}

#[repr(C)]
struct MixedC {
    a: u8,
    b: u64,
    c: u16,
    d: u32,
    e: u8,
}

/// A zero-sized field (here `()`) takes no space: Z is as large as its u32.
struct Z {
    n: u32,
    nothing: (),
}

fn main() {
    println!("size_of S1: {}, S2: {}", size_of::<S1>(), size_of::<S2>()); // 4, 4
    println!("align_of S1: {}, S2: {}", align_of::<S1>(), align_of::<S2>()); // 2, 2
    println!("repr(C) C1: {}", size_of::<C1>()); // 6

    // Where the fields ended up (offset_of! is stable since Rust 1.77):
    println!(
        "S1: a@{} b@{} c@{}",
        offset_of!(S1, a),
        offset_of!(S1, b),
        offset_of!(S1, c)
    ); // S1: a@2 b@0 c@3
    println!(
        "C1: a@{} b@{} c@{}",
        offset_of!(C1, a),
        offset_of!(C1, b),
        offset_of!(C1, c)
    ); // C1: a@0 b@2 c@4

    println!("Mixed: {} bytes, repr(C): {} bytes", size_of::<Mixed>(), size_of::<MixedC>()); // 16, 32
    println!(
        "Mixed: a@{} b@{} c@{} d@{} e@{}",
        offset_of!(Mixed, a),
        offset_of!(Mixed, b),
        offset_of!(Mixed, c),
        offset_of!(Mixed, d),
        offset_of!(Mixed, e)
    ); // Mixed: a@14 b@0 c@12 d@8 e@15
    println!("Z: {} bytes", size_of::<Z>()); // 4

    // Use the fields so the compiler does not warn about them.
    let s = S1 { a: 1, b: 2, c: 3 };
    let t = S2 { a: 1, c: 3, b: 2 };
    let c = C1 { a: 1, b: 2, c: 3 };
    let m = Mixed { a: 1, b: 2, c: 3, d: 4, e: 5 };
    let mc = MixedC { a: 1, b: 2, c: 3, d: 4, e: 5 };
    let z = Z { n: 7, nothing: () };
    let _ = z.nothing;
    println!(
        "{} {} {} {} {} {}",
        s.a + s.c + s.b as u8,
        t.a + t.c + t.b as u8,
        c.a + c.c + c.b as u8,
        m.a as u64 + m.b + m.c as u64 + m.d as u64 + m.e as u64,
        mc.a as u64 + mc.b + mc.c as u64 + mc.d as u64 + mc.e as u64,
        z.n
    ); // 6 6 6 15 15 7
}

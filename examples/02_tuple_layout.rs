//! 02 — Tuples, arrays, char and pointer-sized types.
//!
//! Run it:       rustc --edition 2024 02_tuple_layout.rs && ./02_tuple_layout
//! See layouts:  rustmem layout 02_tuple_layout.rs
//!
//! A tuple is laid out like a struct with fields `.0`, `.1`, ...: the compiler may reorder the
//! elements to reduce padding, with one rustc 1.95 detail: the LAST element of a tuple is never
//! moved — it stays last in memory (a tuple's last element may be unsized, as in `(u8, [u8])`,
//! so rustc treats every tuple that way) and only the others are sorted, largest alignment first.

use std::mem::{align_of, offset_of, size_of, size_of_val};

/// The struct with the same fields as the tuple `(bool, u16, u8)`, for comparison.
#[allow(dead_code)]
struct Like {
    a: bool,
    b: u16,
    c: u8,
}

fn main() {
    // (char, u8, i32): char is 4 bytes (a Unicode scalar value, 0..=0x10FFFF), i32 is 4, u8 is 1.
    // .0 and .1 are sorted (char first), .2 stays last: .0 char@0, .1 u8@4, 3 bytes of padding,
    // .2 i32@8 = 12 bytes, align 4. A struct could have packed it into 12 as well, but with the
    // padding at the end instead of in the middle.
    let t: (char, u8, i32) = ('a', 7, 354);
    println!("{} {}", size_of::<(char, u8, i32)>(), align_of::<(char, u8, i32)>()); // 12 4
    println!("{} {} {}", t.0, t.1, t.2); // a 7 354
    let base = &t as *const _ as usize;
    println!(
        "  .0@{} .1@{} .2@{}",
        &t.0 as *const _ as usize - base,
        &t.1 as *const _ as usize - base,
        &t.2 as *const _ as usize - base
    ); // .0@0 .1@4 .2@8

    // A char is always 4 bytes, even when its UTF-8 encoding is shorter or longer.
    println!("{} {} {}", size_of::<char>(), size_of_val(&'🦀'), '🦀'.len_utf8()); // 4 4 4

    // usize and every thin pointer are one machine word: 8 bytes on 64-bit targets.
    println!("{} {}", size_of::<usize>(), size_of::<&&i32>()); // 8 8

    // Reordering: (u8, u32, u16) is 8 bytes, not 12. .0 and .1 are sorted (u32 first), and .2,
    // the last element, stays last: .1 u32@0, .0 u8@4, 1 byte padding, .2 u16@6.
    let r: (u8, u32, u16) = (1, 2, 3);
    println!("(u8, u32, u16): {} bytes", size_of::<(u8, u32, u16)>()); // 8
    let base = &r as *const _ as usize;
    println!(
        "  .0@{} .1@{} .2@{}",
        &r.0 as *const _ as usize - base,
        &r.1 as *const _ as usize - base,
        &r.2 as *const _ as usize - base
    ); // .0@4 .1@0 .2@6

    // (bool, u16, u8): .1 u16@0, .0 bool@2, .2 u8@3 (last stays last). The struct `Like` with
    // the same fields is free to move all three and puts the bool, whose invalid values 2..=255
    // are a niche, at the very end: b@0 c@2 a@3. Same size, different offsets — which matters
    // when an enum later stores its tag in that niche.
    let b: (bool, u16, u8) = (true, 2, 3);
    let base = &b as *const _ as usize;
    println!(
        "(bool, u16, u8): {} bytes, .0@{} .1@{} .2@{}",
        size_of::<(bool, u16, u8)>(),
        &b.0 as *const _ as usize - base,
        &b.1 as *const _ as usize - base,
        &b.2 as *const _ as usize - base
    ); // (bool, u16, u8): 4 bytes, .0@2 .1@0 .2@3
    println!(
        "struct Like: {} bytes, a@{} b@{} c@{}",
        size_of::<Like>(),
        offset_of!(Like, a),
        offset_of!(Like, b),
        offset_of!(Like, c)
    ); // struct Like: 4 bytes, a@3 b@0 c@2

    // The unit tuple () is zero-sized; so is an array of length 0.
    println!("() = {}, [u64; 0] = {}, align [u64; 0] = {}", size_of::<()>(), size_of::<[u64; 0]>(), align_of::<[u64; 0]>()); // 0 0 8

    // Arrays have no padding between elements: the element size already includes its own
    // end padding, so [(u16, u8); 4] is 4 x 4 = 16 bytes.
    println!("[(u16, u8); 4] = {}", size_of::<[(u16, u8); 4]>()); // 16

    // u128 is 16-aligned on x86_64 since Rust 1.77 (it was 8): (u8, u128) is 32 bytes.
    println!("(u8, u128) = {}, align {}", size_of::<(u8, u128)>(), align_of::<(u8, u128)>()); // 32 16
}

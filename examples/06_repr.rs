//! 06 — Representation attributes: repr(C), repr(packed), repr(align), repr(transparent),
//! repr(u8) and friends.
//!
//! Run it:       rustc --edition 2024 06_repr.rs && ./06_repr
//! See layouts:  rustmem layout 06_repr.rs
//!
//! `#[repr(..)]` trades the compiler's freedom for a layout you can rely on (for FFI, for memory
//! mapped hardware, for on-disk formats) or for a different size/alignment trade-off.

use std::mem::{align_of, offset_of, size_of};
use std::num::NonZeroU32;

/// Default repr(Rust): fields reordered, 8 bytes (b@0, c@4, a@6).
#[allow(dead_code)]
struct Plain {
    a: u8,
    b: u32,
    c: u16,
}

/// repr(C): declaration order, C padding rules: a@0, 3 padding, b@4, c@8, 2 end padding = 12.
#[allow(dead_code)]
#[repr(C)]
struct C {
    a: u8,
    b: u32,
    c: u16,
}

/// repr(C, packed): no padding at all, alignment 1: a@0, b@1, c@5 = 7 bytes. Fields may be
/// misaligned, so Rust does not let you take references to them (copy them out instead).
#[allow(dead_code)]
#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u32,
    c: u16,
}

/// repr(C, packed(2)): declaration order, every field aligned to at most 2: a@0, 1 padding,
/// b@2, c@6 = 8 bytes, alignment 2.
#[allow(dead_code)]
#[repr(C, packed(2))]
struct Packed2 {
    a: u8,
    b: u32,
    c: u16,
}

/// repr(align(16)): at least 16-aligned, size rounded up to 16 (e.g. to keep two values on
/// different cache lines, use 64).
#[allow(dead_code)]
#[repr(align(16))]
struct Aligned {
    x: u32,
}

/// repr(transparent): exactly the layout (and ABI) of its single non-zero-sized field, niche
/// included — so Option<Meters> is 4 bytes, like Option<NonZeroU32>.
#[allow(dead_code)]
#[repr(transparent)]
struct Meters(NonZeroU32);

/// repr(u8) on a fieldless enum: the tag is a u8 with exactly these values; you may cast.
#[allow(dead_code)]
#[repr(u8)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

/// repr(u8) on an enum with fields: a u8 tag followed by the fields of each variant, laid out
/// like `#[repr(C)] struct { tag: u8, payload }` per variant — no niche tricks. Here the largest
/// variant is the u32 at offset 4: 8 bytes.
#[allow(dead_code)]
#[repr(u8)]
enum Shape {
    Dot,
    Circle(u32),
    Square(u16),
}

/// Without repr, the same enum is also 8 bytes (tag@0, u32@4), but the compiler may choose the
/// tag's size and values, and may use niches of the fields.
#[allow(dead_code)]
enum ShapeRust {
    Dot,
    Circle(u32),
    Square(u16),
}

/// repr(C) on an enum with fields: a C-sized tag (an `int`, 4 bytes) then a union of the
/// variants' fields: 4 + 4 = 8.
#[allow(dead_code)]
#[repr(C)]
enum ShapeC {
    Dot,
    Circle(u32),
    Square(u16),
}

fn main() {
    println!("Plain {} (align {})", size_of::<Plain>(), align_of::<Plain>()); // 8 (align 4)
    println!(
        "Plain: a@{} b@{} c@{}",
        offset_of!(Plain, a),
        offset_of!(Plain, b),
        offset_of!(Plain, c)
    ); // Plain: a@6 b@0 c@4
    println!("C {} (align {})", size_of::<C>(), align_of::<C>()); // 12 (align 4)
    println!("Packed {} (align {})", size_of::<Packed>(), align_of::<Packed>()); // 7 (align 1)
    println!("Packed: b@{} c@{}", offset_of!(Packed, b), offset_of!(Packed, c)); // b@1 c@5
    println!("Packed2 {} (align {})", size_of::<Packed2>(), align_of::<Packed2>()); // 8 (align 2)
    println!("Aligned {} (align {})", size_of::<Aligned>(), align_of::<Aligned>()); // 16 (align 16)
    println!("Meters {}, Option<Meters> {}", size_of::<Meters>(), size_of::<Option<Meters>>()); // 4, 4
    println!("Color {}, Blue as u8 = {}", size_of::<Color>(), Color::Blue as u8); // 1, 4
    println!(
        "Shape {}, ShapeRust {}, ShapeC {}",
        size_of::<Shape>(),
        size_of::<ShapeRust>(),
        size_of::<ShapeC>()
    ); // 8, 8, 8
    // Option<Shape> can still use the tag's unused values (only 0, 1, 2 are valid) as a niche.
    println!("Option<Shape> {}, Option<Color> {}", size_of::<Option<Shape>>(), size_of::<Option<Color>>()); // 8, 1

    // Reading a packed field copies it out (a reference could be misaligned).
    let p = Packed { a: 1, b: 2, c: 3 };
    let b = p.b;
    println!("packed b = {}", b); // packed b = 2
}

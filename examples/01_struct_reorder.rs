// Example 1: rustc reorders struct fields to avoid padding.
//
// `Header` declares a u8, a u32 and a u16: 7 bytes of data. In declaration order (what C and
// `#[repr(C)]` do) each field must start at a multiple of its alignment, so the u8 is followed by
// 3 bytes of padding and the whole struct by 2 more: 12 bytes. rustc is free to reorder fields of
// a default-repr struct and sorts them by alignment, largest first: u32, u16, u8, then one byte of
// padding to round the size up to the alignment (4): 8 bytes.
//
//     ./rustmem layout examples/01_struct_reorder.rs
//     ./rustmem layout examples/01_struct_reorder.rs --format rustc   # rustc's own -Zprint-type-sizes lines

pub struct Header {
    pub kind: u8,
    pub length: u32,
    pub checksum: u16,
}

#[repr(C)]
pub struct CHeader {
    pub kind: u8,
    pub length: u32,
    pub checksum: u16,
}

// Reordering cannot remove padding that the alignment forces at the end: 9 bytes of data, 16 bytes.
pub struct Tail {
    pub id: u64,
    pub flag: bool,
}

// `Option<Tail>` is still 16 bytes: `flag` is a bool, whose 254 invalid values (2..=255) give
// `None` a representation for free (the "niche").
pub fn tails(_: Option<Tail>) {}

fn main() {
    println!("{}", std::mem::size_of::<Header>()); // 8
    println!("{}", std::mem::size_of::<CHeader>()); // 12
}

// Pointer-sized types change with the target; everything else keeps its layout, except where the
// target aligns u64/f64 differently (4 on i686, 8 on armv7) or pointers are 16-bit (avr, msp430).
// No std: the same file is checked with shared/oracle/layout32.sh (a #![no_core] build).
pub enum Opt<T> {
    None,
    Some(T),
}

pub struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: usize,
}

pub struct Slices {
    bytes: &'static [u8],
    text: &'static str,
    n: u32,
}

pub enum Value {
    Int(i64),
    Float(f64),
    Flag(bool),
    Ptr(&'static u8),
    Nothing,
}

#[repr(C)]
pub enum CTag {
    A(u8),
    B(u16),
}

pub union Word {
    bytes: [u8; 4],
    word: u32,
    wide: u64,
}

pub type OptRef = Opt<&'static u32>;
pub type OptUsize = Opt<usize>;
pub type OptChar = Opt<char>;
pub type Pair = (u8, u64, u8);

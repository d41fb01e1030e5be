// Minimal cases of the mismatches the differential tests found (M1-M6 in the notes; M7, an open gap, is in known-gap-m7.rs), kept as
// regression tests. Target x86_64-unknown-linux-gnu.
#![allow(dead_code, unused, repr_c_enums_larger_than_int)]
pub trait Tr {}

// M1: negated minimum literals
#[repr(i8)] pub enum M1a { V0 = -128, V1, V2 = 127, V3 = -1, V4 = 126, }
pub enum M1b { V0 = -9223372036854775808, V1 = 0, V2, V3 = 127, V4 = -2, }
#[repr(i32)] pub enum M1c { V0 = -2147483648, V1, V2, V3, V4 = -1, V5 = 100, }

// M2: packed struct containing std::sync::Mutex (no E0588 in rustc)
#[repr(packed)] pub struct M2(pub u8, pub std::sync::Mutex<u32>);

// M3: fn pointers with 'static references print without a binder
pub enum Opt<T> { None, Some(T) }
// required: Opt<fn(u8, &str) -> u16>
pub type M3a = Opt<fn(u8, &'static str) -> u16>;
// required: std::option::Option<std::mem::ManuallyDrop<std::cell::Cell<fn(u8, &str) -> u16>>>
pub type M3b = Option<std::mem::ManuallyDrop<std::cell::Cell<fn(u8, &'static str) -> u16>>>;

// M4: NonZero's inner types
// required: std::option::Option<std::num::NonZero<u128>>
pub type M4 = Option<std::num::NonZero<u128>>;

// M5: variant sizes below the tag size wrap like rustc's u64
#[repr(align(4))] pub enum M5a { V0, V1(std::mem::MaybeUninit<u128>), }
#[repr(align(2))] pub enum M5b { V0, V1, V2 { a: u32, }, }
#[repr(align(4))] pub enum M5G<T> { V0(T), Empty }
// required: M5G<*mut u64>
pub type M5c = M5G<*mut u64>;

// M6: repr(align) enum, pointer niche, a variant with a ZST field
#[repr(align(4))] pub enum M6a { V0(()), V1(&'static u8) }
#[repr(align(4))] pub enum M6b { V0([u8; 0]), V1(&'static dyn Tr) }

pub fn __probe(_: M1a, _: M1b, _: M1c, _: M2, _: M3a, _: M3b, _: M4, _: M5a, _: M5b, _: M5c, _: M6a, _: M6b) {}
fn main() { let _p = __probe as fn(_, _, _, _, _, _, _, _, _, _, _, _); }

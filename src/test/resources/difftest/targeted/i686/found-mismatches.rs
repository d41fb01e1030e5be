// Minimal cases of the mismatches the differential tests found, for a 32-bit target (layout32.sh).
pub trait Tr {}
pub enum Opt<T> { None, Some(T) }
pub enum M1 { V0 = -129, V1 = -2147483648, V2 = 65535, V3 = 255, V4 = 1, V5, V6 = 254, }
#[repr(i32)] pub enum M1b { V0 = -2147483648, V1, V2, V3, V4 = -1, V5 = 100, }
// required: Opt<fn(u8, &str) -> u16>
pub type M3 = Opt<fn(u8, &'static str) -> u16>;
#[repr(align(2))] pub enum M5 { V0, V1, V2 { a: u32, }, }
#[repr(align(4))] pub enum M6 { V0(()), V1(&'static u8) }

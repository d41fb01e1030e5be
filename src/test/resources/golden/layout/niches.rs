// Niches: invalid values of bool, char, references and NonZero store other variants for free;
// nesting uses them up.
use std::num::NonZeroU8;

pub type OptBool = Option<bool>;
pub type OptOptBool = Option<Option<bool>>;
pub type OptRef = Option<&'static u8>;
pub type OptChar = Option<char>;
pub type OptNz = Option<NonZeroU8>;
pub type OptOptNz = Option<Option<NonZeroU8>>;

pub enum CharOrByte {
    A(char, u8),
    B(u8),
}

pub enum Three {
    X(u8, bool, u8),
    Y(u8),
    Z(u8),
}

pub struct WithBool {
    n: u32,
    b: bool,
}

pub fn probe(_: OptBool, _: OptOptBool, _: OptRef, _: OptChar, _: OptNz, _: OptOptNz, _: CharOrByte, _: Three,
    _: WithBool, _: Option<WithBool>, _: Option<[bool; 3]>) {}

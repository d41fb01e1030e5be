//! The bundled `core` crate. Only the items rustc prints with a `core::` path are defined
//! here (the niche-carrying integer wrappers of `core::num::niche_types`, float parsing's error
//! kind); everything std re-exports from core prints as `std::...` and is defined in std.rs.
//! The public modules re-export std's so that user paths like `core::mem::ManuallyDrop` work.

pub use std::alloc;
pub use std::any;
pub use std::borrow;
pub use std::cell;
pub use std::char;
pub use std::clone;
pub use std::cmp;
pub use std::convert;
pub use std::default;
pub use std::error;
pub use std::ffi;
pub use std::future;
pub use std::iter;
pub use std::marker;
pub use std::mem;
pub use std::ops;
pub use std::option;
pub use std::panic;
pub use std::pin;
pub use std::prelude;
pub use std::ptr;
pub use std::result;
pub use std::str;
pub use std::time;

pub mod fmt {
    pub use std::fmt::*;

    /// Runtime pieces of `format_args!`; only ever behind a pointer in `Arguments`.
    pub mod rt {
        /// Reduced: a type-erased pointer to the value and its formatting function.
        pub struct Argument<'a> {
            value: std::ptr::NonNull<()>,
            formatter: fn(),
            _lifetime: std::marker::PhantomData<&'a ()>,
        }
    }
}

pub mod hash {
    pub use std::hash::*;

    pub mod sip {
        pub struct Hasher<S> {
            k0: u64,
            k1: u64,
            length: usize,
            state: crate::hash::sip::State,
            tail: u64,
            ntail: usize,
            _marker: std::marker::PhantomData<S>,
        }

        pub struct State {
            v0: u64,
            v2: u64,
            v1: u64,
            v3: u64,
        }

        pub struct Sip13Rounds;
    }
}

pub mod sync {
    pub use std::sync::atomic;
}

pub mod num {
    pub use std::num::*;

    /// Integers with a restricted valid range (pattern types in real core), so that the types
    /// wrapping them get a niche. `#[rustc_layout_scalar_valid_range_*]` gives the same layout:
    /// bounds are bit patterns of the integer's width, and a start above the end wraps.
    pub mod niche_types {
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroU8Inner(u8);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroU16Inner(u16);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroU32Inner(u32);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroU64Inner(u64);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroU128Inner(u128);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroUsizeInner(usize);

        /// `..0 | 1..`: as bit patterns 1..=MAX, the same as the unsigned ones.
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroI8Inner(i8);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroI16Inner(i16);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroI32Inner(i32);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroI64Inner(i64);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroI128Inner(i128);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        pub struct NonZeroIsizeInner(isize);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        #[rustc_layout_scalar_valid_range_end(1114111)]
        pub struct NonZeroCharInner(char);

        /// A `Vec`/`String` capacity: 0..=isize::MAX, so the high half of the word is a niche
        /// (`Option<Vec<T>>` stores `None` as capacity 2^63).
        #[cfg(target_pointer_width = "64")]
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(9223372036854775807)]
        pub struct UsizeNoHighBit(usize);

        #[cfg(target_pointer_width = "32")]
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(2147483647)]
        pub struct UsizeNoHighBit(usize);

        #[cfg(target_pointer_width = "16")]
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(32767)]
        pub struct UsizeNoHighBit(usize);

        /// `Duration`'s sub-second part: 0..=999_999_999.
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(999999999)]
        pub struct Nanoseconds(u32);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(4294967294)]
        pub struct U32NotAllOnes(u32);

        /// `..-1 | 0..`: every bit pattern but all ones (a file descriptor is never -1).
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(4294967294)]
        pub struct I32NotAllOnes(i32);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(18446744073709551614)]
        pub struct U64NotAllOnes(u64);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(18446744073709551614)]
        pub struct I64NotAllOnes(i64);

        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_end(1114111)]
        pub struct CodePointInner(u32);
    }

    pub mod dec2flt {
        pub enum FloatErrorKind {
            Empty,
            Invalid,
        }
    }
}

//! The bundled `std` crate: rustc 1.95's standard library types, reduced to their definitions.
//!
//! rustmem computes std layouts from these definitions, so each type reproduces the real one's
//! structure exactly: field names, field order, nesting, generic parameters and their defaults,
//! `?Sized` tails, `#[repr]`, lang items and niche attributes. Every item is defined in the crate
//! and module whose path rustc prints for it (`-Zprint-type-sizes`, diagnostics): `std::vec::Vec`
//! lives here although real std re-exports it from `alloc`, while `alloc::raw_vec::RawVec`
//! lives in the bundled `alloc` crate because rustc prints it that way. Internal types that only
//! ever sit behind a pointer (thread and channel state) are reduced further; their printed
//! names are still exact. Target: Linux (futex locks, unix file descriptors); per pointer width
//! through `#[cfg(target_pointer_width)]`.
//!
//! Internal types are `pub` (real std keeps them private) because the four bundled crates name
//! each other's internals where rustc's printed paths put them.
//!
//! Verified against rustc by src/test/resources/std (README.md there: record.sh records rustc's
//! facts, modelcheck.py compiles this model with rustc and compares, the JUnit tests run it
//! through rustmem). Free functions are `#[rustc_intrinsic]` declarations without bodies: the
//! interpreter implements them.

pub mod prelude {
    /// What every edition's prelude has (macros come from the macro expander, not from here).
    pub mod v1 {
        pub use crate::marker::Copy;
        pub use crate::marker::Send;
        pub use crate::marker::Sized;
        pub use crate::marker::Sync;
        pub use crate::marker::Unpin;
        pub use crate::ops::Drop;
        pub use crate::ops::Fn;
        pub use crate::ops::FnMut;
        pub use crate::ops::FnOnce;
        pub use crate::ops::AsyncFn;
        pub use crate::ops::AsyncFnMut;
        pub use crate::ops::AsyncFnOnce;
        pub use crate::mem::drop;
        pub use crate::mem::align_of;
        pub use crate::mem::align_of_val;
        pub use crate::mem::size_of;
        pub use crate::mem::size_of_val;
        pub use crate::clone::Clone;
        pub use crate::cmp::Eq;
        pub use crate::cmp::Ord;
        pub use crate::cmp::PartialEq;
        pub use crate::cmp::PartialOrd;
        pub use crate::convert::AsMut;
        pub use crate::convert::AsRef;
        pub use crate::convert::From;
        pub use crate::convert::Into;
        pub use crate::default::Default;
        pub use crate::iter::DoubleEndedIterator;
        pub use crate::iter::ExactSizeIterator;
        pub use crate::iter::Extend;
        pub use crate::iter::IntoIterator;
        pub use crate::iter::Iterator;
        pub use crate::option::Option;
        pub use crate::option::Option::Some;
        pub use crate::option::Option::None;
        pub use crate::result::Result;
        pub use crate::result::Result::Ok;
        pub use crate::result::Result::Err;
        pub use crate::borrow::ToOwned;
        pub use crate::boxed::Box;
        pub use crate::string::String;
        pub use crate::string::ToString;
        pub use crate::vec::Vec;
    }

    pub mod rust_2015 {
        pub use super::v1::*;
    }

    pub mod rust_2018 {
        pub use super::v1::*;
    }

    /// Edition 2021 adds `FromIterator`, `TryFrom` and `TryInto`.
    pub mod rust_2021 {
        pub use super::v1::*;
        pub use crate::iter::FromIterator;
        pub use crate::convert::TryFrom;
        pub use crate::convert::TryInto;
    }

    /// Edition 2024 adds `Future` and `IntoFuture`.
    pub mod rust_2024 {
        pub use super::rust_2021::*;
        pub use crate::future::Future;
        pub use crate::future::IntoFuture;
    }
}

pub mod hint {
    #[rustc_intrinsic] pub fn black_box<T>(dummy: T) -> T;
}

pub mod any {
    #[rustc_intrinsic] pub fn type_name<T: ?Sized>() -> &'static str;
    #[rustc_intrinsic] pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str;

    pub trait Any {}

    /// A 128-bit hash stored as pointer-sized words (16 bytes, pointer-aligned).
    #[cfg(target_pointer_width = "64")]
    pub struct TypeId {
        pub(crate) data: [*const (); 2],
    }

    #[cfg(target_pointer_width = "32")]
    pub struct TypeId {
        pub(crate) data: [*const (); 4],
    }

    #[cfg(target_pointer_width = "16")]
    pub struct TypeId {
        pub(crate) data: [*const (); 8],
    }
}

pub mod borrow {
    pub trait Borrow<Borrowed: ?Sized> {}
    pub trait BorrowMut<Borrowed: ?Sized> {}

    /// The owned form of a borrowed type; `Cow` stores `<B as ToOwned>::Owned`.
    pub trait ToOwned {
        type Owned;
    }

    impl<T: crate::clone::Clone> ToOwned for T {
        type Owned = T;
    }

    impl ToOwned for str {
        type Owned = crate::string::String;
    }

    impl<T: crate::clone::Clone> ToOwned for [T] {
        type Owned = crate::vec::Vec<T>;
    }

    impl ToOwned for crate::ffi::OsStr {
        type Owned = crate::ffi::OsString;
    }

    impl ToOwned for crate::ffi::CStr {
        type Owned = crate::ffi::CString;
    }

    impl ToOwned for crate::path::Path {
        type Owned = crate::path::PathBuf;
    }

    /// `Cow<'_, str>` is 24 bytes: `Owned(String)` is untagged and `Borrowed` is encoded in the
    /// String's capacity niche (capacity 2^63), its `&str` stored after that word.
    pub enum Cow<'a, B: ?Sized + 'a>
    where
        B: ToOwned,
    {
        Borrowed(&'a B),
        Owned(<B as ToOwned>::Owned),
    }
}

pub mod clone {
    pub trait Clone {}
}

pub mod default {
    pub trait Default {}
}

pub mod future {
    pub trait Future {}
    pub trait IntoFuture {}
}

pub mod error {
    pub trait Error {}
}

pub mod hash {
    pub trait Hash {}
    pub trait Hasher {}
    pub trait BuildHasher {}

    /// The default hasher's keys; `HashMap`'s third parameter defaults to this.
    pub struct RandomState {
        k0: u64,
        k1: u64,
    }

    pub struct BuildHasherDefault<H>(crate::marker::PhantomData<fn() -> H>);

    /// SipHash 1-3 with `RandomState`'s keys: what `HashMap` hashes with.
    pub struct DefaultHasher(crate::hash::SipHasher13);

    pub struct SipHasher13 {
        hasher: core::hash::sip::Hasher<core::hash::sip::Sip13Rounds>,
    }
}

pub mod marker {
    pub trait Sized {}
    pub trait Copy {}
    pub trait Send {}
    pub trait Sync {}
    pub trait Unpin {}

    /// Zero-sized; owns a `T` for variance and drop check only.
    #[lang = "phantom_data"]
    pub struct PhantomData<T: ?Sized>;

    pub struct PhantomPinned;
}

pub mod ops {
    pub trait Drop {}
    pub trait Fn {}
    pub trait FnMut {}
    pub trait FnOnce {}
    pub trait AsyncFn {}
    pub trait AsyncFnMut {}
    pub trait AsyncFnOnce {}
    pub trait Deref {}
    pub trait DerefMut {}
    pub trait Add {}
    pub trait Sub {}
    pub trait Mul {}
    pub trait Div {}
    pub trait Rem {}
    pub trait Neg {}
    pub trait Not {}
    pub trait Index {}
    pub trait IndexMut {}

    pub struct Range<Idx> {
        pub start: Idx,
        pub end: Idx,
    }

    pub struct RangeFrom<Idx> {
        pub start: Idx,
    }

    pub struct RangeTo<Idx> {
        pub end: Idx,
    }

    pub struct RangeFull;

    /// `exhausted` lets a finished iterator compare unequal to a fresh one.
    pub struct RangeInclusive<Idx> {
        start: Idx,
        end: Idx,
        exhausted: bool,
    }

    pub struct RangeToInclusive<Idx> {
        pub end: Idx,
    }

    pub use crate::collections::Bound;

    pub mod index_range {
        /// `start..end` with `start <= end` (used by array iterators).
        pub struct IndexRange {
            start: usize,
            end: usize,
        }
    }

    pub enum ControlFlow<B, C = ()> {
        Continue(C),
        Break(B),
    }
}

pub mod option {
    /// `None` is declared first: discriminant 0.
    #[lang = "Option"]
    pub enum Option<T> {
        None,
        Some(T),
    }

    pub struct IntoIter<A> {
        inner: crate::option::Item<A>,
    }

    pub struct Iter<'a, A: 'a> {
        inner: crate::option::Item<&'a A>,
    }

    pub struct Item<A> {
        opt: crate::option::Option<A>,
    }
}

pub mod result {
    pub enum Result<T, E> {
        Ok(T),
        Err(E),
    }
}

pub mod convert {
    #[rustc_intrinsic] pub const fn identity<T>(x: T) -> T;

    pub trait AsRef<T: ?Sized> {}
    pub trait AsMut<T: ?Sized> {}
    pub trait From<T> {}
    pub trait Into<T> {}
    pub trait TryFrom<T> {}
    pub trait TryInto<T> {}

    /// No variants: uninhabited and zero-sized, so `Result<T, Infallible>` is just `T`.
    pub enum Infallible {}
}

pub mod cmp {
    #[rustc_intrinsic] pub fn min<T: Ord>(v1: T, v2: T) -> T;
    #[rustc_intrinsic] pub fn max<T: Ord>(v1: T, v2: T) -> T;

    pub trait PartialEq<Rhs: ?Sized = Self> {}
    pub trait Eq {}
    pub trait PartialOrd<Rhs: ?Sized = Self> {}
    pub trait Ord {}

    /// `repr(i8)` with -1/0/1: valid range 255..=1 (wrapping), so `Option<Ordering>` is 1 byte.
    #[repr(i8)]
    pub enum Ordering {
        Less = -1,
        Equal = 0,
        Greater = 1,
    }

    #[repr(transparent)]
    pub struct Reverse<T>(pub T);
}

pub mod iter {
    pub trait Iterator {}
    pub trait IntoIterator {}
    pub trait DoubleEndedIterator {}
    pub trait ExactSizeIterator {}
    pub trait Extend<A> {}
    pub trait FromIterator<A> {}

    pub struct Rev<T> {
        iter: T,
    }

    pub struct Enumerate<I> {
        iter: I,
        count: usize,
    }

    pub struct Take<I> {
        iter: I,
        n: usize,
    }

    pub struct Skip<I> {
        iter: I,
        n: usize,
    }

    pub struct Map<I, F> {
        iter: I,
        f: F,
    }

    pub struct Filter<I, P> {
        iter: I,
        predicate: P,
    }

    pub struct Zip<A, B> {
        a: A,
        b: B,
        index: usize,
        len: usize,
    }

    pub struct Chain<A, B> {
        a: crate::option::Option<A>,
        b: crate::option::Option<B>,
    }

    pub struct Cloned<I> {
        it: I,
    }

    pub struct Copied<I> {
        it: I,
    }

    /// `None` once the inner iterator is exhausted.
    pub struct Fuse<I> {
        iter: crate::option::Option<I>,
    }

    pub struct Cycle<I> {
        orig: I,
        iter: I,
    }

    pub struct TakeWhile<I, P> {
        iter: I,
        flag: bool,
        predicate: P,
    }

    pub struct SkipWhile<I, P> {
        iter: I,
        flag: bool,
        predicate: P,
    }

    pub struct MapWhile<I, P> {
        iter: I,
        predicate: P,
    }

    pub struct FilterMap<I, F> {
        iter: I,
        f: F,
    }

    pub struct Inspect<I, F> {
        iter: I,
        f: F,
    }

    pub struct Scan<I, St, F> {
        iter: I,
        f: F,
        state: St,
    }

    pub struct Once<T> {
        inner: crate::option::IntoIter<T>,
    }

    pub struct Repeat<A> {
        element: A,
    }

    pub struct Empty<T>(crate::marker::PhantomData<fn() -> T>);

    pub struct StepBy<I> {
        iter: I,
        step_minus_one: usize,
        first_take: bool,
    }
}

pub mod fmt {
    pub trait Debug {}
    pub trait Display {}
    pub trait Write {}

    /// Zero-sized: formatting failed, no detail.
    pub struct Error;

    /// `format_args!` output (1.95's compact form): a pointer to the template bytes and one to
    /// the arguments.
    pub struct Arguments<'a> {
        template: crate::ptr::NonNull<u8>,
        args: crate::ptr::NonNull<core::fmt::rt::Argument<'a>>,
    }

    pub type Result = crate::result::Result<(), crate::fmt::Error>;
}

pub mod char {
    /// `char::try_from(u32)` failure: zero-sized, so `Result<char, _>` uses char's niche.
    pub struct CharTryFromError(());
}

pub mod num {
    /// `NonZero<T>` wraps a per-primitive niche type in core (`NonZeroU32Inner` etc.), chosen
    /// through the associated type of `ZeroablePrimitive`, as in real std.
    #[repr(transparent)]
    pub struct NonZero<T: ZeroablePrimitive>(<T as ZeroablePrimitive>::NonZeroInner);

    /// The integer types `NonZero` accepts, each with its niche-carrying inner type.
    pub trait ZeroablePrimitive {
        type NonZeroInner;
    }

    impl ZeroablePrimitive for u8 {
        type NonZeroInner = core::num::niche_types::NonZeroU8Inner;
    }

    impl ZeroablePrimitive for u16 {
        type NonZeroInner = core::num::niche_types::NonZeroU16Inner;
    }

    impl ZeroablePrimitive for u32 {
        type NonZeroInner = core::num::niche_types::NonZeroU32Inner;
    }

    impl ZeroablePrimitive for u64 {
        type NonZeroInner = core::num::niche_types::NonZeroU64Inner;
    }

    impl ZeroablePrimitive for u128 {
        type NonZeroInner = core::num::niche_types::NonZeroU128Inner;
    }

    impl ZeroablePrimitive for usize {
        type NonZeroInner = core::num::niche_types::NonZeroUsizeInner;
    }

    impl ZeroablePrimitive for i8 {
        type NonZeroInner = core::num::niche_types::NonZeroI8Inner;
    }

    impl ZeroablePrimitive for i16 {
        type NonZeroInner = core::num::niche_types::NonZeroI16Inner;
    }

    impl ZeroablePrimitive for i32 {
        type NonZeroInner = core::num::niche_types::NonZeroI32Inner;
    }

    impl ZeroablePrimitive for i64 {
        type NonZeroInner = core::num::niche_types::NonZeroI64Inner;
    }

    impl ZeroablePrimitive for i128 {
        type NonZeroInner = core::num::niche_types::NonZeroI128Inner;
    }

    impl ZeroablePrimitive for isize {
        type NonZeroInner = core::num::niche_types::NonZeroIsizeInner;
    }

    impl ZeroablePrimitive for char {
        type NonZeroInner = core::num::niche_types::NonZeroCharInner;
    }

    pub type NonZeroU8 = crate::num::NonZero<u8>;
    pub type NonZeroU16 = crate::num::NonZero<u16>;
    pub type NonZeroU32 = crate::num::NonZero<u32>;
    pub type NonZeroU64 = crate::num::NonZero<u64>;
    pub type NonZeroU128 = crate::num::NonZero<u128>;
    pub type NonZeroUsize = crate::num::NonZero<usize>;
    pub type NonZeroI8 = crate::num::NonZero<i8>;
    pub type NonZeroI16 = crate::num::NonZero<i16>;
    pub type NonZeroI32 = crate::num::NonZero<i32>;
    pub type NonZeroI64 = crate::num::NonZero<i64>;
    pub type NonZeroI128 = crate::num::NonZero<i128>;
    pub type NonZeroIsize = crate::num::NonZero<isize>;

    #[repr(transparent)]
    pub struct Wrapping<T>(pub T);

    #[repr(transparent)]
    pub struct Saturating<T>(pub T);

    pub struct ParseIntError {
        kind: crate::num::IntErrorKind,
    }

    pub enum IntErrorKind {
        Empty,
        InvalidDigit,
        PosOverflow,
        NegOverflow,
        Zero,
    }

    pub struct ParseFloatError {
        kind: core::num::dec2flt::FloatErrorKind,
    }

    pub struct TryFromIntError(());

    pub enum FpCategory {
        Nan,
        Infinite,
        Zero,
        Subnormal,
        Normal,
    }
}

pub mod ptr {
    #[rustc_intrinsic] pub const fn null<T>() -> *const T;
    #[rustc_intrinsic] pub const fn null_mut<T>() -> *mut T;
    #[rustc_intrinsic] pub unsafe fn read<T>(src: *const T) -> T;
    #[rustc_intrinsic] pub unsafe fn write<T>(dst: *mut T, src: T);
    #[rustc_intrinsic] pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);
    #[rustc_intrinsic] pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool;

    /// A non-null `*const T` (fat for unsized `T`): valid range starts at 1, so
    /// `Option<NonNull<T>>` uses null for `None`.
    #[repr(transparent)]
    #[rustc_layout_scalar_valid_range_start(1)]
    pub struct NonNull<T: ?Sized> {
        pointer: *const T,
    }

    /// `NonNull` plus ownership of a `T` (for drop check); what `Box` and `RawVec` hold.
    #[repr(transparent)]
    pub struct Unique<T: ?Sized> {
        pointer: crate::ptr::NonNull<T>,
        _marker: crate::marker::PhantomData<T>,
    }

    /// A power of two: an enum whose 64 (32, 16) discriminants are the valid values, giving a
    /// niche of everything else (0 included: `Option<Layout>` is 16 bytes).
    #[repr(transparent)]
    pub struct Alignment {
        _inner_repr_trick: crate::ptr::alignment::AlignmentEnum,
    }

    /// The metadata of `*const dyn Trait`: the vtable pointer.
    #[lang = "dyn_metadata"]
    pub struct DynMetadata<Dyn: ?Sized> {
        _vtable_ptr: crate::ptr::NonNull<crate::ptr::metadata::VTable>,
        _phantom: crate::marker::PhantomData<Dyn>,
    }

    pub mod metadata {
        /// Opaque (an extern type in std); only ever behind a pointer.
        pub struct VTable;
    }

    pub mod alignment {
        #[cfg(target_pointer_width = "64")]
        #[repr(usize)]
        pub enum AlignmentEnum {
            _Align1Shl0 = 1,
            _Align1Shl1 = 2,
            _Align1Shl2 = 4,
            _Align1Shl3 = 8,
            _Align1Shl4 = 16,
            _Align1Shl5 = 32,
            _Align1Shl6 = 64,
            _Align1Shl7 = 128,
            _Align1Shl8 = 256,
            _Align1Shl9 = 512,
            _Align1Shl10 = 1024,
            _Align1Shl11 = 2048,
            _Align1Shl12 = 4096,
            _Align1Shl13 = 8192,
            _Align1Shl14 = 16384,
            _Align1Shl15 = 32768,
            _Align1Shl16 = 65536,
            _Align1Shl17 = 131072,
            _Align1Shl18 = 262144,
            _Align1Shl19 = 524288,
            _Align1Shl20 = 1048576,
            _Align1Shl21 = 2097152,
            _Align1Shl22 = 4194304,
            _Align1Shl23 = 8388608,
            _Align1Shl24 = 16777216,
            _Align1Shl25 = 33554432,
            _Align1Shl26 = 67108864,
            _Align1Shl27 = 134217728,
            _Align1Shl28 = 268435456,
            _Align1Shl29 = 536870912,
            _Align1Shl30 = 1073741824,
            _Align1Shl31 = 2147483648,
            _Align1Shl32 = 4294967296,
            _Align1Shl33 = 8589934592,
            _Align1Shl34 = 17179869184,
            _Align1Shl35 = 34359738368,
            _Align1Shl36 = 68719476736,
            _Align1Shl37 = 137438953472,
            _Align1Shl38 = 274877906944,
            _Align1Shl39 = 549755813888,
            _Align1Shl40 = 1099511627776,
            _Align1Shl41 = 2199023255552,
            _Align1Shl42 = 4398046511104,
            _Align1Shl43 = 8796093022208,
            _Align1Shl44 = 17592186044416,
            _Align1Shl45 = 35184372088832,
            _Align1Shl46 = 70368744177664,
            _Align1Shl47 = 140737488355328,
            _Align1Shl48 = 281474976710656,
            _Align1Shl49 = 562949953421312,
            _Align1Shl50 = 1125899906842624,
            _Align1Shl51 = 2251799813685248,
            _Align1Shl52 = 4503599627370496,
            _Align1Shl53 = 9007199254740992,
            _Align1Shl54 = 18014398509481984,
            _Align1Shl55 = 36028797018963968,
            _Align1Shl56 = 72057594037927936,
            _Align1Shl57 = 144115188075855872,
            _Align1Shl58 = 288230376151711744,
            _Align1Shl59 = 576460752303423488,
            _Align1Shl60 = 1152921504606846976,
            _Align1Shl61 = 2305843009213693952,
            _Align1Shl62 = 4611686018427387904,
            _Align1Shl63 = 9223372036854775808,
        }

        #[cfg(target_pointer_width = "32")]
        #[repr(usize)]
        pub enum AlignmentEnum {
            _Align1Shl0 = 1,
            _Align1Shl1 = 2,
            _Align1Shl2 = 4,
            _Align1Shl3 = 8,
            _Align1Shl4 = 16,
            _Align1Shl5 = 32,
            _Align1Shl6 = 64,
            _Align1Shl7 = 128,
            _Align1Shl8 = 256,
            _Align1Shl9 = 512,
            _Align1Shl10 = 1024,
            _Align1Shl11 = 2048,
            _Align1Shl12 = 4096,
            _Align1Shl13 = 8192,
            _Align1Shl14 = 16384,
            _Align1Shl15 = 32768,
            _Align1Shl16 = 65536,
            _Align1Shl17 = 131072,
            _Align1Shl18 = 262144,
            _Align1Shl19 = 524288,
            _Align1Shl20 = 1048576,
            _Align1Shl21 = 2097152,
            _Align1Shl22 = 4194304,
            _Align1Shl23 = 8388608,
            _Align1Shl24 = 16777216,
            _Align1Shl25 = 33554432,
            _Align1Shl26 = 67108864,
            _Align1Shl27 = 134217728,
            _Align1Shl28 = 268435456,
            _Align1Shl29 = 536870912,
            _Align1Shl30 = 1073741824,
            _Align1Shl31 = 2147483648,
        }

        #[cfg(target_pointer_width = "16")]
        #[repr(usize)]
        pub enum AlignmentEnum {
            _Align1Shl0 = 1,
            _Align1Shl1 = 2,
            _Align1Shl2 = 4,
            _Align1Shl3 = 8,
            _Align1Shl4 = 16,
            _Align1Shl5 = 32,
            _Align1Shl6 = 64,
            _Align1Shl7 = 128,
            _Align1Shl8 = 256,
            _Align1Shl9 = 512,
            _Align1Shl10 = 1024,
            _Align1Shl11 = 2048,
            _Align1Shl12 = 4096,
            _Align1Shl13 = 8192,
            _Align1Shl14 = 16384,
            _Align1Shl15 = 32768,
        }
    }
}

pub mod mem {
    // Free functions: `#[rustc_intrinsic]` items have no body here; the interpreter implements them.
    #[rustc_intrinsic] pub const fn size_of<T>() -> usize;
    #[rustc_intrinsic] pub const fn align_of<T>() -> usize;
    #[rustc_intrinsic] pub fn size_of_val<T: ?Sized>(val: &T) -> usize;
    #[rustc_intrinsic] pub fn align_of_val<T: ?Sized>(val: &T) -> usize;
    #[rustc_intrinsic] pub fn drop<T>(x: T);
    #[rustc_intrinsic] pub const fn forget<T>(t: T);
    #[rustc_intrinsic] pub fn swap<T>(x: &mut T, y: &mut T);
    #[rustc_intrinsic] pub fn replace<T>(dest: &mut T, src: T) -> T;
    #[rustc_intrinsic] pub fn take<T: Default>(dest: &mut T) -> T;
    #[rustc_intrinsic] pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst;
    #[rustc_intrinsic] pub unsafe fn zeroed<T>() -> T;
    #[rustc_intrinsic] pub const fn needs_drop<T: ?Sized>() -> bool;

    /// Inhibits the compiler from calling `T`'s destructor; same layout (and niche) as `T`.
    #[lang = "manually_drop"]
    #[repr(transparent)]
    pub struct ManuallyDrop<T: ?Sized> {
        value: crate::mem::MaybeDangling<T>,
    }

    /// New in 1.95 between `ManuallyDrop` and its value: the value may dangle.
    #[repr(transparent)]
    pub struct MaybeDangling<P: ?Sized>(P);

    /// A union, so no niche: `Option<MaybeUninit<bool>>` needs a tag.
    #[lang = "maybe_uninit"]
    #[repr(transparent)]
    pub union MaybeUninit<T> {
        uninit: (),
        value: crate::mem::ManuallyDrop<T>,
    }
}

pub mod alloc {
    pub trait Allocator {}
    pub trait GlobalAlloc {}

    /// The global memory allocator (zero-sized).
    pub struct Global;

    /// The system allocator (`malloc`); what std's own thread bookkeeping uses.
    pub struct System;

    /// `size` is declared first but `align` comes first in memory: it carries the niche.
    #[lang = "alloc_layout"]
    pub struct Layout {
        size: usize,
        align: crate::ptr::Alignment,
    }

    pub struct LayoutError;

    pub struct AllocError;
}

pub mod boxed {
    /// `Unique<T>` then the (zero-sized) allocator; 8 bytes for sized `T`, 16 for slices, `str`
    /// and `dyn Trait`.
    #[lang = "owned_box"]
    pub struct Box<T: ?Sized, A: crate::alloc::Allocator = crate::alloc::Global>(crate::ptr::Unique<T>, A);
}

pub mod vec {
    /// `buf` (capacity with the `UsizeNoHighBit` niche, and the pointer) then `len`.
    pub struct Vec<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        buf: alloc::raw_vec::RawVec<T, A>,
        len: usize,
    }

    pub struct IntoIter<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        buf: crate::ptr::NonNull<T>,
        phantom: crate::marker::PhantomData<T>,
        cap: usize,
        alloc: crate::mem::ManuallyDrop<A>,
        ptr: crate::ptr::NonNull<T>,
        end: *const T,
    }
}

pub mod string {
    pub trait ToString {}

    /// A `Vec<u8>` of UTF-8.
    #[lang = "String"]
    pub struct String {
        vec: crate::vec::Vec<u8>,
    }

    pub struct FromUtf8Error {
        bytes: crate::vec::Vec<u8>,
        error: crate::str::Utf8Error,
    }
}

pub mod array {
    /// `[T; N]::into_iter()`: the array (as MaybeUninit elements) and the alive index range.
    pub struct IntoIter<T, const N: usize> {
        inner: crate::mem::ManuallyDrop<
            crate::array::iter::iter_inner::PolymorphicIter<[crate::mem::MaybeUninit<T>; N]>,
        >,
    }

    pub mod iter {
        pub mod iter_inner {
            pub struct PolymorphicIter<DATA: ?Sized> {
                alive: crate::ops::index_range::IndexRange,
                data: DATA,
            }
        }
    }
}

pub mod slice {
    /// `ptr` and, for non-zero-sized `T`, the end pointer (for ZSTs the remaining length).
    pub struct Iter<'a, T: 'a> {
        ptr: crate::ptr::NonNull<T>,
        end_or_len: *const T,
        _marker: crate::marker::PhantomData<&'a T>,
    }

    pub struct IterMut<'a, T: 'a> {
        ptr: crate::ptr::NonNull<T>,
        end_or_len: *mut T,
        _marker: crate::marker::PhantomData<&'a mut T>,
    }

    pub struct Chunks<'a, T: 'a> {
        v: &'a [T],
        chunk_size: usize,
    }

    pub struct ChunksExact<'a, T: 'a> {
        v: &'a [T],
        rem: &'a [T],
        chunk_size: usize,
    }

    pub struct Windows<'a, T: 'a> {
        v: &'a [T],
        size: crate::num::NonZero<usize>,
    }
}

pub mod str {
    pub struct Chars<'a> {
        pub(crate) iter: crate::slice::Iter<'a, u8>,
    }

    pub struct CharIndices<'a> {
        pub(crate) front_offset: usize,
        pub(crate) iter: crate::str::Chars<'a>,
    }

    pub struct Bytes<'a>(pub(crate) crate::iter::Copied<crate::slice::Iter<'a, u8>>);

    pub struct Utf8Error {
        valid_up_to: usize,
        error_len: crate::option::Option<u8>,
    }

    pub struct ParseBoolError;
}

pub mod cell {
    /// The only legal way to mutate through a shared reference; hides the niches of `T`
    /// (`Option<Cell<bool>>` is 2 bytes).
    #[lang = "unsafe_cell"]
    #[repr(transparent)]
    pub struct UnsafeCell<T: ?Sized> {
        value: T,
    }

    #[repr(transparent)]
    pub struct Cell<T: ?Sized> {
        value: crate::cell::UnsafeCell<T>,
    }

    pub type BorrowCounter = isize;

    /// The borrow flag (0 unused, n > 0 shared borrows, < 0 mutably borrowed) then the value;
    /// the `?Sized` tail is never reordered.
    pub struct RefCell<T: ?Sized> {
        borrow: crate::cell::Cell<crate::cell::BorrowCounter>,
        value: crate::cell::UnsafeCell<T>,
    }

    pub struct Ref<'b, T: ?Sized + 'b> {
        value: crate::ptr::NonNull<T>,
        borrow: crate::cell::BorrowRef<'b>,
    }

    pub struct RefMut<'b, T: ?Sized + 'b> {
        value: crate::ptr::NonNull<T>,
        borrow: crate::cell::BorrowRefMut<'b>,
        marker: crate::marker::PhantomData<&'b mut T>,
    }

    pub struct BorrowRef<'b> {
        borrow: &'b crate::cell::Cell<crate::cell::BorrowCounter>,
    }

    pub struct BorrowRefMut<'b> {
        borrow: &'b crate::cell::Cell<crate::cell::BorrowCounter>,
    }

    pub struct OnceCell<T> {
        inner: crate::cell::UnsafeCell<crate::option::Option<T>>,
    }

    pub struct LazyCell<T, F = fn() -> T> {
        state: crate::cell::UnsafeCell<crate::cell::lazy::State<T, F>>,
    }

    pub mod lazy {
        pub use crate::cell::LazyCell;

        pub enum State<T, F> {
            Uninit(F),
            Init(T),
            Poisoned,
        }
    }
}

pub mod rc {
    /// One pointer to the shared heap block (`RcInner`): strong count, weak count, value.
    pub struct Rc<T: ?Sized, A: crate::alloc::Allocator = crate::alloc::Global> {
        ptr: crate::ptr::NonNull<crate::rc::RcInner<T>>,
        phantom: crate::marker::PhantomData<crate::rc::RcInner<T>>,
        alloc: A,
    }

    /// `Weak::new()` stores usize::MAX (never a real, 2-aligned address), not null.
    pub struct Weak<T: ?Sized, A: crate::alloc::Allocator = crate::alloc::Global> {
        ptr: crate::ptr::NonNull<crate::rc::RcInner<T>>,
        alloc: A,
    }

    /// The heap block: `repr(C)`, counts first; `align(2)` keeps usize::MAX free for `Weak`.
    #[repr(C, align(2))]
    pub struct RcInner<T: ?Sized> {
        strong: crate::cell::Cell<usize>,
        weak: crate::cell::Cell<usize>,
        value: T,
    }
}

pub mod sync {
    /// Like `Rc` with atomic counts; the heap block is `alloc::sync::ArcInner`.
    pub struct Arc<T: ?Sized, A: crate::alloc::Allocator = crate::alloc::Global> {
        ptr: crate::ptr::NonNull<alloc::sync::ArcInner<T>>,
        phantom: crate::marker::PhantomData<alloc::sync::ArcInner<T>>,
        alloc: A,
    }

    pub struct Weak<T: ?Sized, A: crate::alloc::Allocator = crate::alloc::Global> {
        ptr: crate::ptr::NonNull<alloc::sync::ArcInner<T>>,
        alloc: A,
    }

    /// Futex word, poison flag, then the data (a `?Sized` tail: never reordered), so
    /// `Mutex<u32>` is 12 bytes and `Mutex<u64>` 16.
    pub struct Mutex<T: ?Sized> {
        inner: crate::sys::sync::mutex::futex::Mutex,
        poison: crate::sync::poison::Flag,
        data: crate::cell::UnsafeCell<T>,
    }

    pub struct MutexGuard<'a, T: ?Sized + 'a> {
        lock: &'a crate::sync::Mutex<T>,
        poison: crate::sync::poison::Guard,
    }

    pub struct RwLock<T: ?Sized> {
        inner: crate::sys::sync::rwlock::futex::RwLock,
        poison: crate::sync::poison::Flag,
        data: crate::cell::UnsafeCell<T>,
    }

    pub struct RwLockReadGuard<'rwlock, T: ?Sized + 'rwlock> {
        data: crate::ptr::NonNull<T>,
        inner_lock: &'rwlock crate::sys::sync::rwlock::futex::RwLock,
    }

    pub struct RwLockWriteGuard<'rwlock, T: ?Sized + 'rwlock> {
        lock: &'rwlock crate::sync::RwLock<T>,
        poison: crate::sync::poison::Guard,
    }

    pub struct Condvar {
        inner: crate::sys::sync::condvar::futex::Condvar,
    }

    pub struct Once {
        inner: crate::sys::sync::once::futex::Once,
    }

    /// What `lock()` returns when a previous holder panicked: the guard, still usable.
    pub struct PoisonError<T> {
        data: T,
    }

    pub enum TryLockError<T> {
        Poisoned(crate::sync::PoisonError<T>),
        WouldBlock,
    }

    /// A lock the owning thread may take again (behind `Stdout`, `Stderr`).
    pub struct ReentrantLock<T: ?Sized> {
        mutex: crate::sys::sync::mutex::futex::Mutex,
        owner: crate::sync::reentrant_lock::Tid,
        lock_count: crate::cell::UnsafeCell<u32>,
        data: T,
    }

    pub mod reentrant_lock {
        pub use crate::sync::ReentrantLock;

        pub struct Tid(crate::sync::atomic::AtomicU64);
    }

    pub struct OnceLock<T> {
        once: crate::sync::Once,
        value: crate::cell::UnsafeCell<crate::mem::MaybeUninit<T>>,
        _marker: crate::marker::PhantomData<T>,
    }

    pub struct LazyLock<T, F = fn() -> T> {
        once: crate::sync::Once,
        data: crate::cell::UnsafeCell<crate::sync::lazy_lock::Data<T, F>>,
    }

    pub mod lazy_lock {
        pub use crate::sync::LazyLock;

        /// The initializer until it has run, the value afterwards (`once` says which).
        pub union Data<T, F> {
            value: crate::mem::ManuallyDrop<T>,
            f: crate::mem::ManuallyDrop<F>,
        }
    }

    pub struct Barrier {
        lock: crate::sync::nonpoison::Mutex<crate::sync::barrier::BarrierState>,
        cvar: crate::sync::nonpoison::Condvar,
        num_threads: usize,
    }

    /// Locks without a poison flag (what `Barrier` uses internally in 1.95).
    pub mod nonpoison {
        pub struct Mutex<T: ?Sized> {
            inner: crate::sys::sync::mutex::futex::Mutex,
            data: crate::cell::UnsafeCell<T>,
        }

        pub struct Condvar {
            inner: crate::sys::sync::condvar::futex::Condvar,
        }
    }

    pub mod barrier {
        pub use crate::sync::Barrier;

        pub struct BarrierState {
            count: usize,
            generation_id: usize,
        }
    }

    pub mod poison {
        /// Set when a thread panicked while holding the lock (`panic = "unwind"` only).
        pub struct Flag {
            failed: crate::sync::atomic::Atomic<bool>,
        }

        /// Whether the thread was already panicking when it took the lock.
        pub struct Guard {
            panicking: bool,
        }
    }

    pub mod atomic {
        /// Real std declares its atomic fields as `Atomic<u32>` etc., a projection. rustc's E0588
        /// check (packed types may not contain `repr(align)` types) does not look through
        /// projections, so `#[repr(packed)] struct S(Mutex<u8>)` compiles while
        /// `#[repr(packed)] struct S(AtomicU32)` does not. The model's internal fields use `Atomic<T>`
        /// as std does, so packed structs containing `Mutex` are accepted as rustc accepts them.
        pub type Atomic<T> = <T as crate::sync::atomic::AtomicPrimitive>::AtomicInner;

        pub trait AtomicPrimitive {
            type AtomicInner;
        }

        impl AtomicPrimitive for bool {
            type AtomicInner = crate::sync::atomic::AtomicBool;
        }

        impl AtomicPrimitive for u8 {
            type AtomicInner = crate::sync::atomic::AtomicU8;
        }

        impl AtomicPrimitive for i8 {
            type AtomicInner = crate::sync::atomic::AtomicI8;
        }

        impl AtomicPrimitive for u16 {
            type AtomicInner = crate::sync::atomic::AtomicU16;
        }

        impl AtomicPrimitive for i16 {
            type AtomicInner = crate::sync::atomic::AtomicI16;
        }

        impl AtomicPrimitive for u32 {
            type AtomicInner = crate::sync::atomic::AtomicU32;
        }

        impl AtomicPrimitive for i32 {
            type AtomicInner = crate::sync::atomic::AtomicI32;
        }

        impl AtomicPrimitive for u64 {
            type AtomicInner = crate::sync::atomic::AtomicU64;
        }

        impl AtomicPrimitive for i64 {
            type AtomicInner = crate::sync::atomic::AtomicI64;
        }

        impl AtomicPrimitive for usize {
            type AtomicInner = crate::sync::atomic::AtomicUsize;
        }

        impl AtomicPrimitive for isize {
            type AtomicInner = crate::sync::atomic::AtomicIsize;
        }

        impl<T> AtomicPrimitive for *mut T {
            type AtomicInner = crate::sync::atomic::AtomicPtr<T>;
        }

        /// Atomics are `repr(C, align(size))`: `AtomicU64` is 8-aligned even where `u64` is not.
        #[repr(C, align(1))]
        pub struct AtomicBool {
            v: crate::cell::UnsafeCell<u8>,
        }

        #[repr(C, align(1))]
        pub struct AtomicU8 {
            v: crate::cell::UnsafeCell<u8>,
        }

        #[repr(C, align(1))]
        pub struct AtomicI8 {
            v: crate::cell::UnsafeCell<i8>,
        }

        #[repr(C, align(2))]
        pub struct AtomicU16 {
            v: crate::cell::UnsafeCell<u16>,
        }

        #[repr(C, align(2))]
        pub struct AtomicI16 {
            v: crate::cell::UnsafeCell<i16>,
        }

        #[repr(C, align(4))]
        pub struct AtomicU32 {
            v: crate::cell::UnsafeCell<u32>,
        }

        #[repr(C, align(4))]
        pub struct AtomicI32 {
            v: crate::cell::UnsafeCell<i32>,
        }

        #[repr(C, align(8))]
        pub struct AtomicU64 {
            v: crate::cell::UnsafeCell<u64>,
        }

        #[repr(C, align(8))]
        pub struct AtomicI64 {
            v: crate::cell::UnsafeCell<i64>,
        }

        #[cfg(target_pointer_width = "64")]
        #[repr(C, align(8))]
        pub struct AtomicUsize {
            v: crate::cell::UnsafeCell<usize>,
        }

        #[cfg(target_pointer_width = "32")]
        #[repr(C, align(4))]
        pub struct AtomicUsize {
            v: crate::cell::UnsafeCell<usize>,
        }

        #[cfg(target_pointer_width = "16")]
        #[repr(C, align(2))]
        pub struct AtomicUsize {
            v: crate::cell::UnsafeCell<usize>,
        }

        #[cfg(target_pointer_width = "64")]
        #[repr(C, align(8))]
        pub struct AtomicIsize {
            v: crate::cell::UnsafeCell<isize>,
        }

        #[cfg(target_pointer_width = "32")]
        #[repr(C, align(4))]
        pub struct AtomicIsize {
            v: crate::cell::UnsafeCell<isize>,
        }

        #[cfg(target_pointer_width = "16")]
        #[repr(C, align(2))]
        pub struct AtomicIsize {
            v: crate::cell::UnsafeCell<isize>,
        }

        #[cfg(target_pointer_width = "64")]
        #[repr(C, align(8))]
        pub struct AtomicPtr<T> {
            p: crate::cell::UnsafeCell<*mut T>,
        }

        #[cfg(target_pointer_width = "32")]
        #[repr(C, align(4))]
        pub struct AtomicPtr<T> {
            p: crate::cell::UnsafeCell<*mut T>,
        }

        #[cfg(target_pointer_width = "16")]
        #[repr(C, align(2))]
        pub struct AtomicPtr<T> {
            p: crate::cell::UnsafeCell<*mut T>,
        }

        pub enum Ordering {
            Relaxed,
            Release,
            Acquire,
            AcqRel,
            SeqCst,
        }
    }

    pub mod mpsc {
        pub use crate::sync::mpmc::RecvError;
        pub use crate::sync::mpmc::RecvTimeoutError;
        pub use crate::sync::mpmc::SendError;
        pub use crate::sync::mpmc::TryRecvError;
        pub use crate::sync::mpmc::TrySendError;

        #[rustc_intrinsic] pub fn channel<T>() -> (Sender<T>, Receiver<T>);
        #[rustc_intrinsic] pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);

        pub struct Sender<T> {
            inner: crate::sync::mpmc::Sender<T>,
        }

        pub struct SyncSender<T> {
            inner: crate::sync::mpmc::Sender<T>,
        }

        pub struct Receiver<T> {
            inner: crate::sync::mpmc::Receiver<T>,
        }
    }

    /// The channel implementation behind `mpsc`: one of three flavors, each a raw pointer to a
    /// shared counter block (no niche, so the flavor enum carries a tag).
    pub mod mpmc {
        pub struct Sender<T> {
            flavor: crate::sync::mpmc::SenderFlavor<T>,
        }

        pub struct Receiver<T> {
            flavor: crate::sync::mpmc::ReceiverFlavor<T>,
        }

        pub struct SendError<T>(pub T);

        pub struct RecvError;

        pub enum TryRecvError {
            Empty,
            Disconnected,
        }

        pub enum RecvTimeoutError {
            Timeout,
            Disconnected,
        }

        pub enum TrySendError<T> {
            Full(T),
            Disconnected(T),
        }

        pub enum SenderFlavor<T> {
            Array(crate::sync::mpmc::counter::Sender<crate::sync::mpmc::array::Channel<T>>),
            List(crate::sync::mpmc::counter::Sender<crate::sync::mpmc::list::Channel<T>>),
            Zero(crate::sync::mpmc::counter::Sender<crate::sync::mpmc::zero::Channel<T>>),
        }

        pub enum ReceiverFlavor<T> {
            Array(crate::sync::mpmc::counter::Receiver<crate::sync::mpmc::array::Channel<T>>),
            List(crate::sync::mpmc::counter::Receiver<crate::sync::mpmc::list::Channel<T>>),
            Zero(crate::sync::mpmc::counter::Receiver<crate::sync::mpmc::zero::Channel<T>>),
        }

        pub mod counter {
            pub struct Counter<C> {
                senders: crate::sync::atomic::Atomic<usize>,
                receivers: crate::sync::atomic::Atomic<usize>,
                destroy: crate::sync::atomic::Atomic<bool>,
                chan: C,
            }

            pub struct Sender<C> {
                counter: *mut crate::sync::mpmc::counter::Counter<C>,
            }

            pub struct Receiver<C> {
                counter: *mut crate::sync::mpmc::counter::Counter<C>,
            }
        }

        /// The bounded channel of `mpsc::sync_channel(n)` for n > 0: a ring of slots.
        pub mod array {
            pub struct Slot<T> {
                stamp: crate::sync::atomic::Atomic<usize>,
                msg: crate::cell::UnsafeCell<crate::mem::MaybeUninit<T>>,
            }

            pub struct Channel<T> {
                head: crate::sync::mpmc::utils::CachePadded<crate::sync::atomic::AtomicUsize>,
                tail: crate::sync::mpmc::utils::CachePadded<crate::sync::atomic::AtomicUsize>,
                buffer: crate::boxed::Box<[crate::sync::mpmc::array::Slot<T>]>,
                cap: usize,
                one_lap: usize,
                mark_bit: usize,
                senders: crate::sync::mpmc::waker::SyncWaker,
                receivers: crate::sync::mpmc::waker::SyncWaker,
            }
        }

        /// The unbounded channel of `mpsc::channel()`: a linked list of 31-slot blocks, head and
        /// tail positions on their own cache lines.
        pub mod list {
            pub struct Slot<T> {
                msg: crate::cell::UnsafeCell<crate::mem::MaybeUninit<T>>,
                state: crate::sync::atomic::Atomic<usize>,
            }

            pub struct Block<T> {
                next: crate::sync::atomic::Atomic<*mut crate::sync::mpmc::list::Block<T>>,
                slots: [crate::sync::mpmc::list::Slot<T>; 31],
            }

            pub struct Position<T> {
                index: crate::sync::atomic::Atomic<usize>,
                block: crate::sync::atomic::Atomic<*mut crate::sync::mpmc::list::Block<T>>,
            }

            pub struct Channel<T> {
                head: crate::sync::mpmc::utils::CachePadded<crate::sync::mpmc::list::Position<T>>,
                tail: crate::sync::mpmc::utils::CachePadded<crate::sync::mpmc::list::Position<T>>,
                receivers: crate::sync::mpmc::waker::SyncWaker,
                _marker: crate::marker::PhantomData<T>,
            }
        }

        pub mod utils {
            /// Aligned to the cache-line (pair) size of the target architecture.
            #[cfg(any(target_arch = "x86_64", target_arch = "aarch64", target_arch = "powerpc64"))]
            #[repr(align(128))]
            pub struct CachePadded<T> {
                value: T,
            }

            #[cfg(any(target_arch = "arm", target_arch = "mips", target_arch = "mips32r6", target_arch = "mips64",
                target_arch = "mips64r6"))]
            #[repr(align(32))]
            pub struct CachePadded<T> {
                value: T,
            }

            #[cfg(target_arch = "s390x")]
            #[repr(align(256))]
            pub struct CachePadded<T> {
                value: T,
            }

            #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64", target_arch = "powerpc64",
                target_arch = "arm", target_arch = "mips", target_arch = "mips32r6", target_arch = "mips64",
                target_arch = "mips64r6", target_arch = "s390x")))]
            #[repr(align(64))]
            pub struct CachePadded<T> {
                value: T,
            }
        }

        pub mod waker {
            pub struct Entry {
                pub(crate) oper: crate::sync::mpmc::select::Operation,
                pub(crate) packet: *mut (),
                pub(crate) cx: crate::sync::mpmc::context::Context,
            }

            pub struct Waker {
                selectors: crate::vec::Vec<crate::sync::mpmc::waker::Entry>,
                observers: crate::vec::Vec<crate::sync::mpmc::waker::Entry>,
            }

            pub struct SyncWaker {
                inner: crate::sync::Mutex<crate::sync::mpmc::waker::Waker>,
                is_empty: crate::sync::atomic::Atomic<bool>,
            }
        }

        pub mod select {
            pub struct Operation(usize);
        }

        pub mod context {
            pub struct Context {
                inner: crate::sync::Arc<crate::sync::mpmc::context::Inner>,
            }

            pub struct Inner {
                select: crate::sync::atomic::Atomic<usize>,
                packet: crate::sync::atomic::Atomic<*mut ()>,
                thread: crate::thread::Thread,
                thread_id: usize,
            }
        }

        /// The rendezvous channel of `mpsc::sync_channel(0)`.
        pub mod zero {
            pub struct Inner {
                senders: crate::sync::mpmc::waker::Waker,
                receivers: crate::sync::mpmc::waker::Waker,
                is_disconnected: bool,
            }

            pub struct Channel<T> {
                inner: crate::sync::Mutex<crate::sync::mpmc::zero::Inner>,
                _marker: crate::marker::PhantomData<T>,
            }
        }
    }
}

pub mod collections {
    /// std's wrapper around `hashbrown::map::HashMap`; `S` defaults to `RandomState` here, so
    /// rustc prints `HashMap<K, V>` for std and `hashbrown::map::HashMap<K, V, RandomState>` inside.
    pub struct HashMap<K, V, S = crate::hash::RandomState, A: crate::alloc::Allocator = crate::alloc::Global> {
        base: hashbrown::map::HashMap<K, V, S, A>,
    }

    pub struct HashSet<T, S = crate::hash::RandomState, A: crate::alloc::Allocator = crate::alloc::Global> {
        base: hashbrown::set::HashSet<T, S, A>,
    }

    /// A root node reference (pointer, height; `None` when empty) and the length. The root's
    /// `Option` uses the pointer's niche, so `BTreeMap` itself has none left.
    pub struct BTreeMap<K, V, A: crate::alloc::Allocator = crate::alloc::Global> {
        root: crate::option::Option<
            alloc::collections::btree::node::NodeRef<
                alloc::collections::btree::node::marker::Owned,
                K,
                V,
                alloc::collections::btree::node::marker::LeafOrInternal,
            >,
        >,
        length: usize,
        alloc: crate::mem::ManuallyDrop<A>,
        _marker: crate::marker::PhantomData<crate::boxed::Box<(K, V), A>>,
    }

    pub struct BTreeSet<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        map: crate::collections::BTreeMap<T, alloc::collections::btree::set_val::SetValZST, A>,
    }

    /// A ring buffer: `head` index and `len` over a `RawVec`.
    pub struct VecDeque<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        head: usize,
        len: usize,
        buf: alloc::raw_vec::RawVec<T, A>,
    }

    pub struct BinaryHeap<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        data: crate::vec::Vec<T, A>,
    }

    pub struct LinkedList<T, A: crate::alloc::Allocator = crate::alloc::Global> {
        head: crate::option::Option<crate::ptr::NonNull<crate::collections::linked_list::Node<T>>>,
        tail: crate::option::Option<crate::ptr::NonNull<crate::collections::linked_list::Node<T>>>,
        len: usize,
        alloc: A,
        marker: crate::marker::PhantomData<crate::boxed::Box<crate::collections::linked_list::Node<T>, A>>,
    }

    /// Defined in core::ops; rustc prints the shorter visible path through this re-export.
    pub enum Bound<T> {
        Included(T),
        Excluded(T),
        Unbounded,
    }

    pub struct TryReserveError {
        kind: crate::collections::TryReserveErrorKind,
    }

    pub enum TryReserveErrorKind {
        CapacityOverflow,
        AllocError {
            layout: crate::alloc::Layout,
            non_exhaustive: (),
        },
    }

    pub mod linked_list {
        pub use crate::collections::LinkedList;

        /// One heap node per element: `{next, prev, element}`.
        pub struct Node<T> {
            next: crate::option::Option<crate::ptr::NonNull<crate::collections::linked_list::Node<T>>>,
            prev: crate::option::Option<crate::ptr::NonNull<crate::collections::linked_list::Node<T>>>,
            element: T,
        }
    }

    pub mod hash_map {
        pub use crate::collections::HashMap;
    }

    pub mod hash_set {
        pub use crate::collections::HashSet;
    }

    pub mod btree_map {
        pub use crate::collections::BTreeMap;
    }

    pub mod btree_set {
        pub use crate::collections::BTreeSet;
    }

    pub mod vec_deque {
        pub use crate::collections::VecDeque;
    }

    pub mod binary_heap {
        pub use crate::collections::BinaryHeap;
    }
}

pub mod io {
    pub type Result<T> = crate::result::Result<T, crate::io::Error>;

    /// 8 bytes on 64-bit targets: a tagged pointer (`repr_bitpacked`); 32-bit targets store
    /// the `ErrorData` enum itself (`repr_unpacked`).
    pub struct Error {
        repr: crate::io::error::Repr,
    }

    /// An in-memory reader/writer: the data and a u64 position.
    pub struct Cursor<T> {
        inner: T,
        pos: u64,
    }

    pub struct BufReader<R: ?Sized> {
        buf: crate::io::buffered::bufreader::buffer::Buffer,
        inner: R,
    }

    pub struct BufWriter<W: ?Sized> {
        buf: crate::vec::Vec<u8>,
        panicked: bool,
        inner: W,
    }

    pub struct LineWriter<W: ?Sized> {
        inner: crate::io::BufWriter<W>,
    }

    /// A handle to the process-wide, lazily initialised stdout: one reference.
    pub struct Stdout {
        inner: &'static crate::sync::ReentrantLock<
            crate::cell::RefCell<crate::io::LineWriter<crate::io::stdio::StdoutRaw>>,
        >,
    }

    pub struct Stderr {
        inner: &'static crate::sync::ReentrantLock<crate::cell::RefCell<crate::io::stdio::StderrRaw>>,
    }

    pub struct Stdin {
        inner: &'static crate::sync::Mutex<crate::io::BufReader<crate::io::stdio::StdinRaw>>,
    }

    pub mod stdio {
        pub struct StdinRaw(crate::sys::stdio::unix::Stdin);
        pub struct StdoutRaw(crate::sys::stdio::unix::Stdout);
        pub struct StderrRaw(crate::sys::stdio::unix::Stderr);
    }

    pub mod buffered {
        pub mod bufreader {
            pub mod buffer {
                /// The heap buffer and how much of it was read, consumed and initialised.
                pub struct Buffer {
                    buf: crate::boxed::Box<[crate::mem::MaybeUninit<u8>]>,
                    pos: usize,
                    filled: usize,
                    initialized: usize,
                }
            }
        }
    }

    pub enum ErrorKind {
        NotFound,
        PermissionDenied,
        ConnectionRefused,
        ConnectionReset,
        HostUnreachable,
        NetworkUnreachable,
        ConnectionAborted,
        NotConnected,
        AddrInUse,
        AddrNotAvailable,
        NetworkDown,
        BrokenPipe,
        AlreadyExists,
        WouldBlock,
        NotADirectory,
        IsADirectory,
        DirectoryNotEmpty,
        ReadOnlyFilesystem,
        FilesystemLoop,
        StaleNetworkFileHandle,
        InvalidInput,
        InvalidData,
        TimedOut,
        WriteZero,
        StorageFull,
        NotSeekable,
        QuotaExceeded,
        FileTooLarge,
        ResourceBusy,
        ExecutableFileBusy,
        Deadlock,
        CrossesDevices,
        TooManyLinks,
        InvalidFilename,
        ArgumentListTooLong,
        Interrupted,
        Unsupported,
        UnexpectedEof,
        OutOfMemory,
        InProgress,
        Other,
        Uncategorized,
    }

    pub mod error {
        #[cfg(target_pointer_width = "64")]
        pub use crate::io::error::repr_bitpacked::Repr;
        #[cfg(target_pointer_width = "32")]
        pub use crate::io::error::repr_unpacked::Repr;
        #[cfg(target_pointer_width = "16")]
        pub use crate::io::error::repr_unpacked::Repr;

        pub type RawOsError = i32;

        pub enum ErrorData<C> {
            Os(crate::io::error::RawOsError),
            Simple(crate::io::ErrorKind),
            SimpleMessage(&'static crate::io::error::SimpleMessage),
            Custom(C),
        }

        #[repr(align(4))]
        pub struct SimpleMessage {
            pub kind: crate::io::ErrorKind,
            pub message: &'static str,
        }

        #[repr(align(4))]
        pub struct Custom {
            kind: crate::io::ErrorKind,
            error: crate::boxed::Box<dyn crate::error::Error + crate::marker::Send + crate::marker::Sync>,
        }

        pub mod repr_bitpacked {
            /// The low two bits of the pointer tag the `ErrorData` variant.
            #[repr(transparent)]
            pub struct Repr(
                crate::ptr::NonNull<()>,
                crate::marker::PhantomData<
                    crate::io::error::ErrorData<crate::boxed::Box<crate::io::error::Custom>>,
                >,
            );
        }

        pub mod repr_unpacked {
            pub struct Repr(crate::io::error::ErrorData<crate::boxed::Box<crate::io::error::Custom>>);
        }
    }
}

pub mod net {
    pub struct Ipv4Addr {
        octets: [u8; 4],
    }

    pub struct Ipv6Addr {
        octets: [u8; 16],
    }

    pub enum IpAddr {
        V4(crate::net::Ipv4Addr),
        V6(crate::net::Ipv6Addr),
    }

    pub struct SocketAddrV4 {
        ip: crate::net::Ipv4Addr,
        port: u16,
    }

    pub struct SocketAddrV6 {
        ip: crate::net::Ipv6Addr,
        port: u16,
        flowinfo: u32,
        scope_id: u32,
    }

    pub enum SocketAddr {
        V4(crate::net::SocketAddrV4),
        V6(crate::net::SocketAddrV6),
    }

    /// A socket is a file descriptor: 4 bytes, never -1.
    pub struct TcpStream(crate::sys::net::connection::socket::TcpStream);

    pub struct TcpListener(crate::sys::net::connection::socket::TcpListener);

    pub struct UdpSocket(crate::sys::net::connection::socket::UdpSocket);

    pub enum Shutdown {
        Read,
        Write,
        Both,
    }
}

pub mod env {
    pub struct Args {
        inner: crate::env::ArgsOs,
    }

    pub struct ArgsOs {
        inner: crate::sys::args::common::Args,
    }
}

pub mod time {
    /// `nanos` is `Nanoseconds` (0..=999_999_999): `Option<Duration>` is 16 bytes.
    pub struct Duration {
        secs: u64,
        nanos: core::num::niche_types::Nanoseconds,
    }

    pub struct Instant(crate::sys::time::unix::Instant);

    pub struct SystemTime(crate::sys::time::unix::SystemTime);

    pub struct SystemTimeError(crate::time::Duration);
}

pub mod os {
    pub mod fd {
        pub type RawFd = i32;

        /// A file descriptor is never -1: `Option<OwnedFd>` and `Option<File>` are 4 bytes.
        #[repr(transparent)]
        pub struct OwnedFd {
            fd: core::num::niche_types::I32NotAllOnes,
        }

        #[repr(transparent)]
        pub struct BorrowedFd<'fd> {
            fd: core::num::niche_types::I32NotAllOnes,
            _phantom: crate::marker::PhantomData<&'fd crate::os::fd::OwnedFd>,
        }
    }

    pub mod raw {
        pub type c_char = i8;
        pub type c_int = i32;
    }
}

pub mod fs {
    pub struct File {
        inner: crate::sys::fs::unix::File,
    }
}

pub mod ffi {
    pub struct OsString {
        inner: crate::sys::os_str::bytes::Buf,
    }

    #[repr(transparent)]
    pub struct OsStr {
        inner: crate::sys::os_str::bytes::Slice,
    }

    /// A boxed byte slice (nul included): 16 bytes, no capacity.
    pub struct CString {
        inner: crate::boxed::Box<[u8]>,
    }

    #[repr(transparent)]
    pub struct CStr {
        inner: [crate::os::raw::c_char],
    }

    pub type c_char = crate::os::raw::c_char;
    pub type c_int = crate::os::raw::c_int;
}

pub mod path {
    pub struct PathBuf {
        inner: crate::ffi::OsString,
    }

    #[repr(transparent)]
    pub struct Path {
        inner: crate::ffi::OsStr,
    }
}

pub mod pin {
    /// Same layout as the pointer it wraps.
    #[lang = "pin"]
    #[repr(transparent)]
    pub struct Pin<Ptr> {
        pointer: Ptr,
    }
}

pub mod panic {
    pub struct Location<'a> {
        filename: crate::ptr::NonNull<str>,
        line: u32,
        col: u32,
        _filename: crate::marker::PhantomData<&'a str>,
    }
}

pub mod process {
    #[rustc_intrinsic] pub fn exit(code: i32) -> !;
    #[rustc_intrinsic] pub fn abort() -> !;
    #[rustc_intrinsic] pub fn id() -> u32;

    pub struct ExitCode(crate::sys::process::unix::common::ExitCode);
}

pub mod thread {
    #[rustc_intrinsic] pub fn spawn<F, T>(f: F) -> JoinHandle<T>;
    #[rustc_intrinsic] pub fn sleep(dur: crate::time::Duration);
    #[rustc_intrinsic] pub fn yield_now();
    #[rustc_intrinsic] pub fn current() -> Thread;

    /// Native handle, `Thread` handle and the result packet (24 bytes).
    pub struct JoinHandle<T>(crate::thread::lifecycle::JoinInner<'static, T>);

    /// A reference-counted handle (allocated with `System`, pinned).
    pub struct Thread {
        inner: crate::pin::Pin<crate::sync::Arc<crate::thread::thread::Inner, crate::alloc::System>>,
    }

    pub struct ThreadId(crate::num::NonZero<u64>);

    pub struct ScopedJoinHandle<'scope, T>(crate::thread::lifecycle::JoinInner<'scope, T>);

    pub struct Scope<'scope, 'env: 'scope> {
        data: crate::sync::Arc<crate::thread::scoped::ScopeData>,
        scope: crate::marker::PhantomData<&'scope mut &'scope ()>,
        env: crate::marker::PhantomData<&'env mut &'env ()>,
    }

    pub mod lifecycle {
        pub struct JoinInner<'scope, T> {
            native: crate::sys::thread::unix::Thread,
            thread: crate::thread::Thread,
            packet: crate::sync::Arc<crate::thread::lifecycle::Packet<'scope, T>>,
        }

        /// Where the spawned closure's result goes (heap-side, behind an `Arc`).
        pub struct Packet<'scope, T> {
            scope: crate::option::Option<crate::sync::Arc<crate::thread::scoped::ScopeData>>,
            result: crate::cell::UnsafeCell<
                crate::option::Option<
                    crate::result::Result<T, crate::boxed::Box<dyn crate::any::Any + crate::marker::Send + 'static>>,
                >,
            >,
            _marker: crate::marker::PhantomData<crate::option::Option<&'scope crate::thread::scoped::ScopeData>>,
        }
    }

    pub mod thread {
        /// The heap block behind a `Thread` handle (allocated with `System`).
        #[repr(align(8))]
        pub struct Inner {
            name: crate::option::Option<crate::thread::thread::thread_name_string::ThreadNameString>,
            id: crate::thread::ThreadId,
            parker: crate::sys::sync::thread_parking::futex::Parker,
        }

        pub mod thread_name_string {
            pub struct ThreadNameString {
                inner: crate::ffi::CString,
            }
        }
    }

    pub mod scoped {
        pub struct ScopeData {
            num_running_threads: crate::sync::atomic::Atomic<usize>,
            a_thread_panicked: crate::sync::atomic::Atomic<bool>,
            main_thread: crate::thread::Thread,
        }
    }
}

/// Platform internals (Linux): the printed paths of what std's public types contain.
pub mod sys {
    pub mod sync {
        pub mod mutex {
            pub mod futex {
                /// 0 unlocked, 1 locked, 2 contended.
                pub struct Mutex {
                    futex: crate::sync::atomic::Atomic<u32>,
                }
            }
        }

        pub mod rwlock {
            pub mod futex {
                pub struct RwLock {
                    state: crate::sync::atomic::Atomic<u32>,
                    writer_notify: crate::sync::atomic::Atomic<u32>,
                }
            }
        }

        pub mod condvar {
            pub mod futex {
                pub struct Condvar {
                    futex: crate::sync::atomic::Atomic<u32>,
                }
            }
        }

        pub mod once {
            pub mod futex {
                pub struct Once {
                    state_and_queued: crate::sync::atomic::Atomic<u32>,
                }
            }
        }

        pub mod thread_parking {
            pub mod futex {
                pub struct Parker {
                    state: crate::sync::atomic::Atomic<u32>,
                }
            }
        }
    }

    pub mod time {
        pub mod unix {
            pub struct Instant {
                t: crate::sys::pal::unix::time::Timespec,
            }

            pub struct SystemTime {
                pub(crate) t: crate::sys::pal::unix::time::Timespec,
            }
        }
    }

    pub mod pal {
        pub mod unix {
            pub mod time {
                pub struct Timespec {
                    pub tv_sec: i64,
                    pub tv_nsec: core::num::niche_types::Nanoseconds,
                }
            }
        }
    }

    pub mod fd {
        pub mod unix {
            pub struct FileDesc(crate::os::fd::OwnedFd);
        }
    }

    pub mod fs {
        pub mod unix {
            pub struct File(crate::sys::fd::unix::FileDesc);
        }
    }

    pub mod net {
        pub mod connection {
            pub mod socket {
                pub struct TcpStream {
                    inner: crate::sys::net::connection::socket::unix::Socket,
                }

                pub struct TcpListener {
                    inner: crate::sys::net::connection::socket::unix::Socket,
                }

                pub struct UdpSocket {
                    inner: crate::sys::net::connection::socket::unix::Socket,
                }

                pub mod unix {
                    pub struct Socket(crate::sys::fd::unix::FileDesc);
                }
            }
        }
    }

    pub mod stdio {
        pub mod unix {
            pub struct Stdin;
            pub struct Stdout;
            pub struct Stderr;
        }
    }

    pub mod args {
        pub mod common {
            /// The process arguments, collected at startup.
            pub struct Args {
                iter: crate::vec::IntoIter<crate::ffi::OsString>,
            }
        }
    }

    pub mod os_str {
        pub mod bytes {
            #[repr(transparent)]
            pub struct Buf {
                pub inner: crate::vec::Vec<u8>,
            }

            #[repr(transparent)]
            pub struct Slice {
                pub inner: [u8],
            }
        }
    }

    pub mod thread {
        pub mod unix {
            /// `libc::pthread_t` (`c_ulong` on Linux).
            pub struct Thread {
                id: usize,
            }
        }
    }

    pub mod process {
        pub mod unix {
            pub mod common {
                pub struct ExitCode(u8);
            }
        }
    }
}

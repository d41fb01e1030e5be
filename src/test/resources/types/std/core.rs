//! A tiny `core` for the types tests: enough to exercise resolution, defaults and printing.
pub mod prelude {
    pub mod rust_2024 {
        pub use crate::option::Option::{self, None, Some};
        pub use crate::marker::{Copy, Send, Sized, Sync};
        pub use crate::convert::From;
    }
}

pub mod marker {
    #[lang = "sized"]
    pub trait Sized {}
    pub unsafe auto trait Send {}
    pub unsafe auto trait Sync {}
    pub trait Copy {}
    #[lang = "phantom_data"]
    pub struct PhantomData<T: ?Sized>;
}

pub mod option {
    pub enum Option<T> {
        None,
        Some(T),
    }
}

pub mod convert {
    pub trait From<T> {}
}

pub mod fmt {
    pub trait Debug {}
}

pub mod ops {
    pub trait Fn<Args> {}
    pub trait FnMut<Args> {}
}

pub mod iter {
    pub trait Iterator {
        type Item;
    }
}

pub mod cell {
    #[lang = "unsafe_cell"]
    #[repr(transparent)]
    pub struct UnsafeCell<T: ?Sized> {
        value: T,
    }
}

pub mod ptr {
    #[rustc_layout_scalar_valid_range_start(1)]
    #[repr(transparent)]
    pub struct NonNull<T: ?Sized> {
        pointer: *const T,
    }
}

pub mod num {
    #[cfg(target_pointer_width = "64")]
    pub struct Width(u64);
    #[cfg(not(target_pointer_width = "64"))]
    pub struct Width(u32);
}

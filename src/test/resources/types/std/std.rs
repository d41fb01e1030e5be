//! A tiny `std` for the types tests: re-exports across crates, chains of re-exports, globs.
pub mod prelude {
    pub mod rust_2024 {
        pub use core::prelude::rust_2024::*;
        pub use crate::vec::Vec;
        pub use crate::boxed::Box;
        pub use crate::string::String;
    }
}

pub mod option {
    pub use core::option::*;
}

pub mod vec {
    pub use alloc::vec::Vec;
}

pub mod boxed {
    pub use alloc::boxed::Box;
}

pub mod string {
    pub use crate::inner_string::String;
}

mod inner_string {
    pub use alloc::string::String;
}

pub mod fmt {
    pub use core::fmt::Debug;
}

pub mod marker {
    pub use core::marker::*;
}

pub mod hash {
    pub struct RandomState {
        k0: u64,
        k1: u64,
    }
}

pub mod collections {
    pub use self::hash_map::HashMap;

    pub mod hash_map {
        use crate::hash::RandomState;

        pub struct HashMap<K, V, S = RandomState> {
            table: alloc::vec::Vec<(K, V)>,
            hasher: S,
        }
    }
}

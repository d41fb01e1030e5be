//! The bundled `hashbrown` crate (the SwissTable behind std's `HashMap`/`HashSet`), reduced to
//! the types rustc prints as `hashbrown::...`. std's wrappers hold these in their `base` field.

pub use crate::map::HashMap;
pub use crate::set::HashSet;

/// hashbrown's own default hasher (foldhash). It differs from std's `RandomState`, which is why
/// rustc prints `hashbrown::map::HashMap<K, V, std::hash::RandomState>` with the `S` argument.
pub struct DefaultHashBuilder {
    per_hasher_seed: u64,
}

pub mod map {
    /// Declared `hash_builder` first; laid out `table` first (it has the control pointer's niche).
    pub struct HashMap<K, V, S = crate::DefaultHashBuilder, A: std::alloc::Allocator = std::alloc::Global> {
        pub(crate) hash_builder: S,
        pub(crate) table: crate::raw::RawTable<(K, V), A>,
    }
}

pub mod set {
    pub struct HashSet<T, S = crate::DefaultHashBuilder, A: std::alloc::Allocator = std::alloc::Global> {
        pub(crate) map: crate::map::HashMap<T, (), S, A>,
    }
}

pub mod raw {
    pub struct RawTable<T, A: std::alloc::Allocator = std::alloc::Global> {
        table: crate::raw::RawTableInner,
        alloc: A,
        marker: std::marker::PhantomData<T>,
    }

    /// One allocation holds the buckets (growing down from `ctrl`) and the control bytes
    /// (from `ctrl` up); an empty table points `ctrl` at a static group, never null.
    pub struct RawTableInner {
        bucket_mask: usize,
        ctrl: std::ptr::NonNull<u8>,
        growth_left: usize,
        items: usize,
    }
}

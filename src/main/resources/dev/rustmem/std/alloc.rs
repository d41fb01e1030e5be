//! The bundled `alloc` crate. Only the items rustc prints with an `alloc::` path are defined
//! here: `RawVec` (the buffer of `Vec`, `VecDeque`), `ArcInner` (the heap block of `Arc`) and
//! the B-tree nodes. `Vec`, `String`, `Box`, `Rc`, ... print as `std::...` and live in std.rs;
//! the public modules re-export them so that user paths like `alloc::vec::Vec` work.

pub use std::borrow;
pub use std::boxed;
pub use std::fmt;
pub use std::rc;
pub use std::str;
pub use std::string;
pub use std::vec;

pub mod alloc {
    pub use std::alloc::*;
}

pub mod ffi {
    pub use std::ffi::CString;
}

pub mod sync {
    pub use std::sync::Arc;
    pub use std::sync::Weak;

    /// The heap block of `Arc`/`sync::Weak`: `repr(C)`, atomic counts first, then the data.
    #[repr(C, align(2))]
    pub struct ArcInner<T: ?Sized> {
        strong: std::sync::atomic::AtomicUsize,
        weak: std::sync::atomic::AtomicUsize,
        data: T,
    }
}

pub mod raw_vec {
    /// Typed front of `RawVecInner`, which is shared by all element types.
    pub struct RawVec<T, A: std::alloc::Allocator = std::alloc::Global> {
        inner: crate::raw_vec::RawVecInner<A>,
        _marker: std::marker::PhantomData<T>,
    }

    /// Declared (ptr, cap, alloc); laid out cap first because `UsizeNoHighBit`'s niche
    /// (2^63 values) is larger than the pointer's (one value).
    pub struct RawVecInner<A: std::alloc::Allocator = std::alloc::Global> {
        ptr: std::ptr::Unique<u8>,
        cap: core::num::niche_types::UsizeNoHighBit,
        alloc: A,
    }
}

pub mod collections {
    pub use std::collections::*;

    pub mod btree {
        pub mod node {
            /// A reference to a node: height and pointer (the root of a `BTreeMap` is one).
            pub struct NodeRef<BorrowType, K, V, Type> {
                height: usize,
                node: std::ptr::NonNull<crate::collections::btree::node::LeafNode<K, V>>,
                _marker: std::marker::PhantomData<(BorrowType, Type)>,
            }

            /// Up to 11 keys and values (B = 6, CAPACITY = 2B - 1).
            pub struct LeafNode<K, V> {
                parent: std::option::Option<std::ptr::NonNull<crate::collections::btree::node::InternalNode<K, V>>>,
                parent_idx: std::mem::MaybeUninit<u16>,
                len: u16,
                keys: [std::mem::MaybeUninit<K>; 11],
                vals: [std::mem::MaybeUninit<V>; 11],
            }

            /// A leaf plus 12 child edges; `repr(C)` so a pointer to it is a pointer to its leaf.
            #[repr(C)]
            pub struct InternalNode<K, V> {
                data: crate::collections::btree::node::LeafNode<K, V>,
                edges: [std::mem::MaybeUninit<std::ptr::NonNull<crate::collections::btree::node::LeafNode<K, V>>>; 12],
            }

            /// Type-level tags: uninhabited enums, zero-sized.
            pub mod marker {
                pub enum Leaf {}
                pub enum Internal {}
                pub enum LeafOrInternal {}
                pub enum Owned {}
                pub enum Dying {}
                pub enum DormantMut {}
                pub enum KV {}
                pub enum Edge {}
            }
        }

        pub mod set_val {
            /// The value type of the map inside a `BTreeSet`.
            pub struct SetValZST;
        }
    }
}

//! A tiny `alloc` for the types tests.
pub mod alloc {
    pub struct Global;
}

pub mod raw_vec {
    pub struct RawVec<T, A = crate::alloc::Global> {
        ptr: core::ptr::NonNull<T>,
        cap: usize,
        alloc: A,
    }
}

pub mod vec {
    use crate::raw_vec::RawVec;
    use crate::alloc::Global;

    pub struct Vec<T, A = Global> {
        buf: RawVec<T, A>,
        len: usize,
    }
}

pub mod boxed {
    #[lang = "owned_box"]
    pub struct Box<T: ?Sized, A = crate::alloc::Global>(core::ptr::NonNull<T>, A);
}

pub mod string {
    pub struct String {
        vec: crate::vec::Vec<u8>,
    }
}

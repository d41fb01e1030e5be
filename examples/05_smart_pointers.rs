//! 05 — Smart pointers: Box, Rc, Arc, Cell, RefCell, Mutex, RwLock.
//!
//! Run it:       rustc --edition 2024 05_smart_pointers.rs && ./05_smart_pointers
//! See layouts:  rustmem layout 05_smart_pointers.rs
//!
//! A smart pointer is a small value on the stack (a "handle") that owns or shares something on
//! the heap. Sizes below are for x86_64 with rustc 1.95.

use std::cell::{Cell, RefCell};
use std::mem::size_of;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex, RwLock};

#[allow(dead_code)]
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    // Box<T>: one non-null pointer to exactly size_of::<T>() heap bytes (nothing for a ZST).
    // For unsized T the pointer is "fat": slice/str carry a length, dyn Trait a vtable pointer.
    println!(
        "Box<u32> {}, Box<[u32]> {}, Box<str> {}, Box<dyn Shape> {}",
        size_of::<Box<u32>>(),
        size_of::<Box<[u32]>>(),
        size_of::<Box<str>>(),
        size_of::<Box<dyn Shape>>()
    ); // 8, 16, 16, 16
    let shape: Box<dyn Shape> = Box::new(Square(2.0)); // heap: 8 bytes (the f64), align 8
    println!("area {}", shape.area()); // area 4

    // Rc<T>: one pointer to a heap block `RcInner { strong: Cell<usize>, weak: Cell<usize>,
    // value: T }` (repr(C): the counts first). Rc::new(5u32) allocates 16 + 4, rounded up to the
    // block's alignment 8: 24 bytes. Cloning copies the pointer and increments `strong`.
    let a = Rc::new(5u32);
    let b = Rc::clone(&a);
    let w: Weak<u32> = Rc::downgrade(&a);
    println!("Rc<u32> {}, rc::Weak<u32> {}", size_of::<Rc<u32>>(), size_of::<Weak<u32>>()); // 8, 8
    // In the heap block `strong` is 2 and `weak` is 2: one per Weak handle plus one held by all
    // strong handles together. Rc::weak_count reports the Weak handles only.
    println!("strong {}, weak {}", Rc::strong_count(&a), Rc::weak_count(&a)); // strong 2, weak 1
    println!("{} {} {:?}", a, b, w.upgrade()); // 5 5 Some(5)
    // Option<Rc<T>> is still 8: None is the null pointer.
    println!("Option<Rc<u32>> {}", size_of::<Option<Rc<u32>>>()); // 8

    // Arc<T>: the same with atomic counts (`ArcInner { strong, weak: AtomicUsize, data: T }`),
    // so handles may be sent between threads.
    let shared = Arc::new(Mutex::new(vec![1u8, 2, 3]));
    println!("Arc<Mutex<Vec<u8>>> {}", size_of::<Arc<Mutex<Vec<u8>>>>()); // 8

    // Cell<T> is exactly a T (an UnsafeCell<T>): no flag, no pointer. But UnsafeCell hides the
    // niches of T, so Option<Cell<bool>> needs a tag byte where Option<bool> does not.
    let c = Cell::new(1u32);
    c.set(2);
    println!(
        "Cell<u32> {}, Option<bool> {}, Option<Cell<bool>> {}",
        size_of::<Cell<u32>>(),
        size_of::<Option<bool>>(),
        size_of::<Option<Cell<bool>>>()
    ); // 4, 1, 2

    // RefCell<T>: a borrow flag (isize: 0 free, n > 0 shared borrows, -1 borrowed mutably) before
    // the value. RefCell<u32> is 8 + 4, padded to 16. The value is the last field and is never
    // moved before the flag (T may be unsized).
    let r = RefCell::new(10u32);
    {
        let mut m = r.borrow_mut(); // flag = -1 while `m` lives
        *m += 1;
    }
    println!("RefCell<u32> {}, RefCell<Vec<u8>> {}", size_of::<RefCell<u32>>(), size_of::<RefCell<Vec<u8>>>()); // 16, 32
    // Rc<RefCell<u32>> points to a 32-byte heap block: two counts (16) + RefCell<u32> (16).
    let counter = Rc::new(RefCell::new(0u32));
    *counter.borrow_mut() += c.get() + *r.borrow();
    println!("counter {}", counter.borrow()); // counter 13

    // Mutex<T> on Linux is futex-based: a 4-byte futex word, a 1-byte poison flag, then T (never
    // reordered). Mutex<u32> = 4 + 1 + 3 padding + 4 = 12; Mutex<u64> = 16; Mutex<()> = 8.
    println!(
        "Mutex<u32> {}, Mutex<u64> {}, Mutex<()> {}",
        size_of::<Mutex<u32>>(),
        size_of::<Mutex<u64>>(),
        size_of::<Mutex<()>>()
    ); // 12, 16, 8
    // RwLock<T>: two futex words (state, writer_notify), the poison flag, then T: 16 for u32.
    println!("RwLock<u32> {}", size_of::<RwLock<u32>>()); // 16
    shared.lock().unwrap().push(4);
    let lock = RwLock::new(1u32);
    println!("{:?} {}", shared.lock().unwrap(), *lock.read().unwrap()); // [1, 2, 3, 4] 1
}

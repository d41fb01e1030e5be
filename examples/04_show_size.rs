//! 04 — The `show_size!` table: T, Option<T> and Result<T, io::Error> side by side.
//!
//! Run it:       rustc --edition 2024 04_show_size.rs && ./04_show_size
//! See layouts:  rustmem layout 04_show_size.rs
//!
//! A macro prints, for each type, its own size and the size of the two most common wrappers.
//! The output on x86_64 with rustc 1.95 (articles written for older compilers show 32 where
//! 1.95 prints 24 for String, Vec<u8> and HashMap):
//!
//! ```text
//! Type                        T    Option<T>    Result<T, io::Error>
//! ----------------------------------------------------------------
//! u8                          1        2           16
//! f64                         8       16           16
//! &u8                         8        8           16
//! Box<u8>                     8        8           16
//! &[u8]                      16       16           16
//! String                     24       24           24
//! Vec<u8>                    24       24           24
//! HashMap<String, String>    48       48           48
//! E                          56       56           56
//! ```
//!
//! Reading the columns:
//! * `u8`, `f64`: every bit pattern is valid, so `Option` adds a tag (1 byte for u8; for f64 the
//!   tag is widened to 8 bytes by the alignment).
//! * `&u8`, `Box<u8>`, `&[u8]`: never null, so `None` is the null pointer: same size.
//! * `Result<T, io::Error>`: `io::Error` is a single 8-byte tagged pointer whose only spare value
//!   is null, at offset 0. A u8/f64/pointer `Ok` value would also sit at offset 0, so these need
//!   a tag: 16 bytes.
//! * `String`/`Vec<u8>`: the capacity is at most isize::MAX, leaving 2^63 spare values in the
//!   first word. `None` is one of them; for `Result`, `Err` is one of them and the 8-byte
//!   `io::Error` is stored in the next word: still 24 bytes.
//! * `HashMap<String, String>`: 48 bytes (a 32-byte table whose control pointer, at offset 0, is
//!   never null, plus the 16-byte `RandomState` hasher keys). `None` is the null control pointer;
//!   so is `Err`, with its io::Error stored in the next word (offset 8): still 48.
//! * `E` (below): its largest variant is the HashMap (48 bytes), but that pointer niche has a
//!   single spare value and two other variants (`A`, `C`) need encoding, so `E` gets a real tag:
//!   an 8-byte tag (widened to the payloads' alignment) then the payload at offset 8 = 56 bytes.
//!   `Option<E>` and `Result<E, io::Error>` then use that tag as their niche (only 3 of its 2^64
//!   values are taken): 56.

use std::collections::HashMap;
use std::mem::size_of;

#[allow(dead_code)]
enum E {
    A(f64),
    B(HashMap<String, String>),
    C(Result<Vec<u8>, String>),
}

macro_rules! show_size {
    (header) => {
        println!(
            "{:<24} {:>4}    {}    {}",
            "Type", "T", "Option<T>", "Result<T, io::Error>"
        );
        println!("{}", "-".repeat(64));
    };
    ($t:ty) => {
        println!(
            "{:<24} {:4} {:8} {:12}",
            stringify!($t),
            size_of::<$t>(),
            size_of::<Option<$t>>(),
            size_of::<Result<$t, std::io::Error>>(),
        )
    };
}

fn main() {
    show_size!(header);
    show_size!(u8);
    show_size!(f64);
    show_size!(&u8);
    show_size!(Box<u8>);
    show_size!(&[u8]);
    show_size!(String);
    show_size!(Vec<u8>);
    show_size!(HashMap<String, String>);
    show_size!(E);
}

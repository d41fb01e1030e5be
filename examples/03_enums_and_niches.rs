//! 03 — Enums, tags and niches: Option, Result, and boxing a large variant.
//!
//! Run it:       rustc --edition 2024 03_enums_and_niches.rs && ./03_enums_and_niches
//! See layouts:  rustmem layout 03_enums_and_niches.rs
//!
//! An enum value must say which variant it holds. The simple way is a tag (discriminant) next to
//! the payload: the enum is then as large as its largest variant plus the tag, rounded up to the
//! alignment. The clever way is a niche: when a field of one variant has bit patterns that are
//! never valid (a reference is never null, a bool is only 0 or 1, a char is at most 0x10FFFF),
//! the other variants can be encoded as those invalid patterns, and no tag is stored at all.

use std::mem::size_of;
use std::num::{NonZeroU8, NonZeroU32};

/// Two fieldless variants: a 1-byte tag with values 0 and 1.
#[allow(dead_code)]
enum HttpStatus {
    Ok,
    NotFound,
}

/// Explicit discriminants 200 and 404 do not fit in a byte: the tag is a u16.
#[allow(dead_code)]
enum HttpCode {
    Ok = 200,
    NotFound = 404,
}

/// The largest variant is the Vec (24 bytes: capacity, pointer, length). Its capacity can never
/// exceed isize::MAX, so the values 2^63.. of that word are a niche: `Empty` and `Number` are
/// stored as capacity 2^63 and 2^63 + 1, and `Number`'s i32 fits in the other bytes (after the
/// capacity word). No separate tag: 24 bytes.
#[allow(dead_code)]
enum Data {
    Empty,
    Number(i32),
    Array(Vec<i32>),
}

/// With the Vec behind a Box, the largest variant is 8 bytes: a non-null pointer, whose niche has
/// a single spare value (null). Two other variants (`Empty`, `Number`) need encoding, so this one
/// gets a real tag (widened to u32, the i32's alignment): tag@0, i32@4 or Box@8 = 16 bytes.
#[allow(dead_code)]
enum BoxedData {
    Empty,
    Number(i32),
    Array(Box<Vec<i32>>),
}

/// One huge variant makes every value huge: 1 KiB + a tag byte = 1025 bytes, even for `Quit`.
#[allow(dead_code)]
enum Message {
    Quit,
    Big([u8; 1024]),
}

/// Boxing the large payload moves it to the heap: the enum is one pointer, and `Quit` is the
/// null pointer (Box's niche): 8 bytes.
#[allow(dead_code)]
enum BoxedMessage {
    Quit,
    Big(Box<[u8; 1024]>),
}

fn main() {
    println!("HttpStatus {}, HttpCode {}", size_of::<HttpStatus>(), size_of::<HttpCode>()); // 1, 2
    println!("{}", HttpCode::NotFound as i32); // 404
    println!("Data {}, BoxedData {}", size_of::<Data>(), size_of::<BoxedData>()); // 24, 16
    println!("Message {}, BoxedMessage {}", size_of::<Message>(), size_of::<BoxedMessage>()); // 1025, 8

    // Option<T> is an ordinary enum { None, Some(T) }.
    // No niche in u32: a tag is needed, and rustc widens it to the payload's alignment: 8 bytes.
    println!("Option<u32> {}", size_of::<Option<u32>>()); // 8
    // Niches: None is stored as an invalid value of T, so Option<T> is as large as T.
    println!(
        "Option<&u8> {}, Option<Box<u8>> {}, Option<NonZeroU32> {}",
        size_of::<Option<&u8>>(),
        size_of::<Option<Box<u8>>>(),
        size_of::<Option<NonZeroU32>>()
    ); // 8, 8, 4 (None = null / 0)
    println!(
        "Option<bool> {}, Option<Option<bool>> {}, Option<char> {}",
        size_of::<Option<bool>>(),
        size_of::<Option<Option<bool>>>(),
        size_of::<Option<char>>()
    ); // 1 (None = 2), 1 (None = 3), 4 (None = 0x110000)
    // A niche has a limited number of spare values. NonZeroU8 has exactly one (0): the inner
    // Option uses it, the outer one needs a tag.
    println!("Option<Option<NonZeroU8>> {}", size_of::<Option<Option<NonZeroU8>>>()); // 2
    // String/Vec have 2^63 spare capacity values: nesting Options stays free.
    println!(
        "Option<String> {}, Option<Option<String>> {}",
        size_of::<Option<String>>(),
        size_of::<Option<Option<String>>>()
    ); // 24, 24

    // Result<T, E> { Ok(T), Err(E) } is another enum. When one variant is small enough to live
    // next to the other's niche, there is still no tag:
    println!(
        "Result<Vec<u8>, io::Error> {}, Result<u64, String> {}",
        size_of::<Result<Vec<u8>, std::io::Error>>(),
        size_of::<Result<u64, String>>()
    ); // 24, 24
    // Two large payloads cannot share: a tag word is added.
    println!("Result<String, String> {}", size_of::<Result<String, String>>()); // 32
    // io::Error is one tagged pointer (8 bytes); its only niche is null, at offset 0, where a u64
    // payload would have to go as well: tagged, 16 bytes.
    println!("Result<usize, io::Error> {}", size_of::<Result<usize, std::io::Error>>()); // 16
    // An uninhabited error type removes the variant altogether.
    println!("Result<u32, Infallible> {}", size_of::<Result<u32, std::convert::Infallible>>()); // 4

    // Use the values so nothing is "never constructed".
    let d = Data::Array(vec![1, 2, 3]);
    match d {
        Data::Array(ref xs) => println!("array of {}", xs.len()),
        Data::Number(n) => println!("number {}", n),
        Data::Empty => println!("empty"),
    } // array of 3
}

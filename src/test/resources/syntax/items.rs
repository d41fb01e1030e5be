#![allow(dead_code)]
//! Crate docs.

/// A point.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(8))]
pub struct Point<T: Copy + 'static = i32> where T: Default {
    /// x coordinate
    pub x: T,
    pub(crate) y: T,
    z: [u8; 4],
}

struct Tuple<'a, T>(pub &'a T, pub(super) u8) where T: ?Sized;
struct Unit;
pub(in crate::a) struct Gen<const N: usize, const M: u8 = 3>([u8; N]);

enum E<T> {
    A,
    B(T, u8),
    C { x: i32, #[allow(unused)] y: Box<E<T>> },
    D = 5,
}

#[repr(u8)]
enum Small { X = 1, Y = 2, Z }

union U { a: u32, b: f32 }
union Generic<T: Copy> { a: T, b: u64 }

type Alias<T> = Vec<Option<T>>;
type Fp = for<'a> unsafe extern "C" fn(&'a u8, ...) -> u8;
type Dyn = Box<dyn Fn(u32) -> u8 + Send + 'static>;
type Q = <Vec<u8> as IntoIterator>::Item;
type Arr = [[u8; 3]; 2 * 4];
type Tup = ((), (u8,), (u8, u16), (u8));
type Ptrs = (*const u8, *mut [u8], &'static mut str, !);
type Consts = (Foo<3>, Foo<{ N + 1 }>, Foo<-1>, Foo<'a, u8, Item = u8>);
type Nested = Vec<Vec<Vec<u8>>>;
type Shr = HashMap<K, Vec<u8>>;

const _: () = ();
pub const MAX: usize = 1 << 10;
static mut COUNTER: u32 = 0;
static NAME: &str = "x";

use std::collections::{HashMap, hash_map::{self, Entry}, BTreeMap as Map};
use ::core::mem::*;
pub use self::inner::Thing as _;

mod inner { pub struct Thing; }
mod other;
unsafe mod um {}

extern crate alloc;
extern crate std as mystd;

unsafe extern "C" {
    fn printf(fmt: *const u8, ...) -> i32;
    safe fn abs(x: i32) -> i32;
    static errno: i32;
}
extern { fn old(); }

macro_rules! square {
    ($x:expr) => { $x * $x };
}
thread_local! { static TL: u8 = 0; }
square!(3);

trait Shape: Clone + Send where Self: Sized {
    const SIDES: u32;
    const DEFAULT: u32 = 4;
    type Output: Clone;
    type WithDefault = u8;
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64) { }
    fn boxed(self: Box<Self>) -> u8 { 0 }
    fn consume(mut self) where Self: Sized { }
}
unsafe trait Zeroable {}
auto trait Marker {}
pub unsafe auto trait Marker2 {}

impl<T: Copy> Point<T> where T: Default {
    pub const fn new(x: T, y: T) -> Self { Point { x, y, z: [0; 4] } }
    fn r<'a>(&'a self, other: &'a mut Self) -> &'a T { &self.x }
}
impl<T> Shape for Point<T> {
    const SIDES: u32 = 0;
    type Output = Self;
    fn area(&self) -> f64 { 0.0 }
}
unsafe impl Zeroable for u8 {}
impl !Send for Unit {}
impl<T> From<T> for Unit { fn from(_: T) -> Self { Unit } }
impl <T as Tr>::Assoc {}

pub async fn fetch() -> u8 { 1 }
pub const unsafe fn danger() {}
extern "C" fn callback(x: i32) -> i32 { x }
unsafe extern "C" fn cb2() {}
fn patterns((a, b): (u8, u8), Point { x, .. }: Point, [first, rest @ ..]: [u8; 3], _: u8, mut m: u8) {}
fn generic<T, U>(t: T) -> impl Iterator<Item = T> + use<T> where U: for<'a> Fn(&'a T) -> bool { std::iter::once(t) }
fn never() -> ! { loop {} }

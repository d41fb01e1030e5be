#![allow(dead_code)]
mod m { pub mod n {} }
struct B { y: foo::Bar, z: m::Baz, a: crate::zz::Bar, c: m::zz::Q, d: m::n::Q, f: self::Q }
struct C { a: crate::Q, e: ::foo::X, g: super::X }
use zzz::Q3;
use m::Q4;
use m::n::{self, Q5};
use m::{n::Q6};
enum E { A }
struct S { c: E::A, d: E::A::B }
struct Dup;
struct Dup;
fn f() -> u8 { 0 }
fn f() {}
fn main() { let x: Nope; }

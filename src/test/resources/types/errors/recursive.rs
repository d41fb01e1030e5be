#![allow(dead_code)]
enum List { Nil, Cons(i32, List) }
struct A { b: B, x: Option<A> }
struct B { a: A }
struct G<T> { t: T, g: Option<G<T>> }
struct Ok1 { n: Box<Ok1>, v: Vec<Ok1>, r: &'static Ok1 }
enum Tail { X(Option<(u8, [Tail; 2])>) }
struct P<T>(T);
struct Q { p: P<Q> }
struct R1 { s: R2 }
struct R2 { s: R3 }
struct R3 { s: (u8, R1) }
mod m { pub struct M { pub m: Option<M> } }
fn main() { struct InFn { me: InFn } }

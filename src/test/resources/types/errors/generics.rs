// rustmem-ignore: E0658
#![allow(dead_code)]
struct G<T>(T);
type X = G<u8, u16>;
struct K<const N: usize>([u8; N]);
struct K2 { a: K, b: K<1, 2> }
struct D<T, U = u8>(T, U);
type Y = D;
type Z = D<u8, u8, u8>;
struct B { w: Vec<u8, u8, u8>, v: Option<>, q: std::collections::HashMap<u8> }
struct U { a: u8<u8> }
type Pair<T> = (T, T);
type P = Pair;
type Q = Pair<u8, u8>;
fn main() {}

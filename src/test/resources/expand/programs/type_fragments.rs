use std::fmt::Display;
trait Tr { fn t(&self) -> u8 { 1 } }
macro_rules! imp { ($tr:ty, $t:ty) => { impl $tr for $t {} }; }
macro_rules! imp2 { ($tr:path, $t:ty) => { impl $tr for $t {} }; }
imp!(Tr, u8);
imp2!(Tr, u16);
macro_rules! bound { ($b:path) => { fn show<T: $b>(t: T) -> String { format!("{}", t) } }; }
bound!(Display);
macro_rules! new_of { ($t:ty) => { <$t>::default() }; }
macro_rules! lit { ($l:literal) => { $l }; }
macro_rules! arr_ty { ($t:ty; $n:expr) => { [$t; $n] }; }
fn main() {
    let x: arr_ty!(u8; 2 + 1) = [0; 3];
    let v: Vec<u8> = new_of!(Vec<u8>);
    let s = show(lit!(-5));
    println!("{} {} {} {:?} {}", 3u8.t(), 4u16.t(), s, v, x.len());
}

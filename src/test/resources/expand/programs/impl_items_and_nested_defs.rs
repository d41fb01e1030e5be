struct P { x: i32 }
macro_rules! getters { ($($f:ident: $t:ty),*) => { $(fn $f(&self) -> $t { self.$f })* }; }
impl P { getters!(x: i32); }
trait T { fn a(&self) -> u8; }
macro_rules! impl_t { ($($ty:ty => $v:expr),+ $(,)?) => { $(impl T for $ty { fn a(&self) -> u8 { $v } })+ }; }
impl_t!(u8 => 1, String => 2,);
macro_rules! outer { ($name:ident) => { macro_rules! $name { ($x:expr) => { $x + 1 }; } }; }
outer!(inc);
macro_rules! block_stmt { () => { if true { 1 } else { 2 } } }
macro_rules! maxm { ($x:expr) => { $x }; ($x:expr, $($rest:expr),+) => { { let a = $x; let b = maxm!($($rest),+); if a > b { a } else { b } } }; }
fn main() {
    let p = P { x: 3 };
    let y = inc!(p.x());
    let q = block_stmt! {};
    let m = maxm!(1, 5, 3);
    let s = String::from("a");
    let z = s.a() + 3u8.a();
    println!("{} {} {} {} {}", y, m, z, block_stmt!(), q);
}

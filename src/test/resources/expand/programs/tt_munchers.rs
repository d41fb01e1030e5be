use std::collections::HashMap;
macro_rules! hashmap {
    (@single $($x:tt)*) => (());
    (@count $($rest:expr),*) => (<[()]>::len(&[$(hashmap!(@single $rest)),*]));
    ($($key:expr => $value:expr,)+) => { hashmap!($($key => $value),+) };
    ($($key:expr => $value:expr),*) => {{
        let _cap = hashmap!(@count $($key),*);
        let mut _map = HashMap::with_capacity(_cap);
        $( let _ = _map.insert($key, $value); )*
        _map
    }};
}
macro_rules! my_struct {
    ($(#[$m:meta])* $vis:vis struct $name:ident { $($fvis:vis $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])* $vis struct $name { $($fvis $field: $ty),* }
        impl $name { pub fn field_names() -> &'static [&'static str] { &[$(stringify!($field)),*] } }
    };
}
my_struct! { #[derive(Debug, Clone)] pub struct Point { pub x: i32, y: i32, } }
macro_rules! reverse {
    ([] $($rev:tt)*) => { [$($rev),*] };
    ([$first:tt $($rest:tt)*] $($rev:tt)*) => { reverse!([$($rest)*] $first $($rev)*) };
}
macro_rules! opt { ($a:expr $(, $b:expr)?) => { $a $(+ $b)? }; }
macro_rules! lt { ($l:lifetime, $t:ty) => { fn pick<$l>(x: &$l $t) -> &$l $t { x } }; }
lt!('a, str);
fn main() {
    let m = hashmap!{ "a" => 1, "b" => 2, };
    let p = Point { x: 1, y: 2 };
    let r = reverse!([1 2 3]);
    println!("{} {:?} {:?} {:?} {} {} {}", m.len(), p.clone(), Point::field_names(), r, opt!(1), opt!(1, 2), pick("hi"));
    let _ = p.y;
}

// Each line of main prints one stringify! result; cases.stdout is what rustc 1.95's binary printed.
macro_rules! t { ($t:ty) => { stringify!($t) } }
macro_rules! e { ($e:expr) => { stringify!($e) } }
macro_rules! w { ($($t:tt)*) => { stringify!($($t)*) } }
macro_rules! mixed { ($t:ty, $n:ident) => { stringify!(Vec<$t> $n [1, 2]) } }
macro_rules! fwd { ($e:expr) => { e!($e) } }
macro_rules! body { () => { stringify!(a+b, f(x), [1,2], Vec<u8>) } }
macro_rules! lit { ($l:literal, $i:ident) => { stringify!($l$i) } }
macro_rules! c { () => { stringify!($crate::foo) } }
macro_rules! pats { ($($p:pat),*) => { stringify!($($p)=>*) } }
macro_rules! blk { ($b:block $l:lifetime $v:vis) => { stringify!($v fn f<$l>() $b) } }
macro_rules! paths { ($p:path) => { stringify!(<$p>::new) } }
macro_rules! deep { ($($a:ident [$($b:ident),*]);*) => { stringify!($($($a.$b)+*)/ *) } }
macro_rules! long { ($t:ty) => { stringify!(Option<$t> | Option<$t> | Option<$t> | Option<$t>) } }
fn main() {
    println!("{}", stringify!(HashMap<String, String>));
    println!("{}", stringify!(&[u8]));
    println!("{}", stringify!(Box<u8>));
    println!("{}", stringify!(& [ u8 ]));
    println!("{}", stringify!(a+b * c));
    println!("{}", stringify!(f (x) , y ;));
    println!("{}", stringify!(x . y ( ) . 0));
    println!("{}", stringify!(if a { b } else { c }));
    println!("{}", stringify!(fn ( u8 ) -> u16));
    println!("{}", stringify!(# [ derive ( Debug ) ] pub ( crate ) struct S { a : u8 , }));
    println!("{}", stringify!(let (a, b) = (1, 2);));
    println!("{}", stringify!('a: loop { break 'a; }));
    println!("{}", stringify!(r#type + 1_000u32 - 2.5e3));
    println!("{}", stringify!(a /* c */ b));
    println!("{}", stringify!(x as u8, -1, !b, *p, &mut q));
    println!("{}", stringify!(match x { Some(v) => v, None => 0 }));
    println!("{}", stringify!(|a, b| a + b));
    println!("{}", stringify!(Option<Box<dyn Fn(u8) -> u8 + Send>>));
    println!("{}", stringify!(a::<B>::c(&d[..], e..=f)));
    println!("{}", t!(Vec< u8 >));
    println!("{}", t!(&'a mut [u8;4]));
    println!("{}", t!(HashMap<String,String>));
    println!("{}", t!(fn(u8)->u16));
    println!("{}", t!(dyn Fn(u8)->u8+Send));
    println!("{}", e!(1+1));
    println!("{}", e!(f(x,y)));
    println!("{}", w!(a+b  c));
    println!("{}", mixed!(u8, name));
    println!("{}", fwd!(x  +  1));
    println!("{}", fwd!(f(a,b)[0].c));
    println!("{}", body!());
    println!("{}", lit!(1, x));
    println!("{}", c!());
    println!("{}", pats!(Some(x), 1..=2, _, A | B));
    println!("{}", blk!({ 1 } 'a pub(crate)));
    println!("{}", paths!(std::vec::Vec<u8>));
    println!("{}", deep!(a [x, y]; c [z]));
    // longer than rustc's 78-column margin: its pretty printer breaks the line
    println!("{}", stringify!(aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii));
    println!("{}", stringify!(aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff g(hhhhhhhhhh, iiiiiiiiii, jjjjjjjjjj)));
    println!("{}", stringify!(if x { aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh } else { y }));
    println!("{}", stringify!(f(g(aaaaaaaaaa, bbbbbbbbbb, cccccccccc), h(dddddddddd, eeeeeeeeee, ffffffffff), i(gggggggggg, hhhhhhhhhh))));
    println!("{}", long!(Box<dyn Fn(u8) -> u8>));
    println!("{}", long!([u8; 4]));
}

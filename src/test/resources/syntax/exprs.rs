#!/usr/bin/env rustmem
fn main() {
    let x = 5;
    let mut y: u32 = 1_000u32;
    let (a, b) = (1, 2);
    let Some(v) = opt else { return; };
    let Point { x: px, ref mut y, .. } = p;
    let [first, .., last] = arr;
    let [head, tail @ ..] = &arr[..];
    let s = "hi\n\t\"\\ \u{1F980}";
    let r = r#"raw "str""#;
    let bs = b"bytes\xff";
    let c = 'c'; let nl = '\n'; let crab = '\u{1F980}'; let q = '\'';
    let by = b'a';
    let cs = c"cstr";
    let f = 1.5E-3f32 + 2. + 1e10 + 0x1F + 0o17 + 0b1010_1010;
    let t = x.0.1;
    y += 1; y <<= 2; y >>= 1;
    if x > 3 && y < 10 { println!("big"); } else if let Some(z) = opt && z > 3 { } else { }
    while let Some(top) = stack.pop() { continue; }
    'outer: for i in 0..10 {
        for j in (0..=i).rev() { if j == 2 { break 'outer; } }
    }
    let v = loop { break 42; };
    let res = match x {
        0 => "zero",
        1 | 2 => "small",
        3..=9 => "medium",
        n if n < 0 => "neg",
        ..=-1 => "neg2",
        100.. => "huge",
        _ => { "other" }
    };
    match c { 'a'..='z' => {} 'A'..='Z' => {}, _ => () }
    match opt { Some(ref mut inner) => {}, None => {} }
    match pair { (0, y) | (y, 0) => {}, (x @ 1..=5, _) => {}, _ => {} }
    match b { Box { .. } => {} }
    match s { E::A => {}, E::B(x, ..) => {}, E::C { x, y: 3, .. } => {}, <T as Tr>::X => {} }
    match r { &Some(ref x) => {}, &mut None => {}, &&x => {}, -5 => {}, b'x' => {}, "s" => {} }
    let closure = |a: i32, b| -> i32 { a + b };
    let add = move |x| x + 1;
    let f2 = async || 1;
    let f3 = async move |x: u8| x;
    let v: Vec<_> = (0..10).map(|x| x * 2).filter(|&x| x % 3 == 0).collect::<Vec<u32>>();
    let n = std::mem::size_of::<u64>();
    let w = Vec::<u8>::with_capacity(10);
    let q = <Vec<u8> as Default>::default();
    let p = &raw const x; let pm = &raw mut y;
    let d = *&x; let neg = -x; let not = !true;
    let cast = &x as *const i32 as usize;
    let point = Point { x: 1, y, ..Default::default() };
    let tuple_struct = Pair(1, 2);
    let arr2 = [0u8; 16]; let arr3 = [1, 2, 3,];
    let idx = arr3[1];
    let blk = { let z = 1; z + 1 };
    let us = unsafe { *ptr };
    let cb = const { 1 + 2 };
    let ab = async { 1 };
    let am = async move { x };
    let lb = 'b: { if x > 1 { break 'b 1; } 2 };
    let tried = foo()?.bar()?;
    let awaited = fut.await;
    let r2 = ..; let r3 = ..5; let r4 = 5..; let r5 = ..=5;
    let shift = 1 << 2 >> 1;
    let bits = a & b | c ^ d;
    let cmp = a == b;
    let gt = a >= b;
    let generic_cmp = a < b;
    let s2 = S { 0: 1 };
    let ret = || return;
    let unit = ();
    let paren = (1);
    let one = (1,);
    if (S { x: 1 }).x == 1 {}
    for _ in v.iter() {}
    for (i, x) in v.iter().enumerate() {}
    vec![1, 2, 3];
    println!("{} {}", a, b);
    m! { stuff }
    m!(x).y();
    let _ = format!("{x:?}");
    x = y = 3;
    (a, b) = (b, a);
    [a, b] = [1, 2];
    _ = foo();
    Point { x, .. } = p;
    struct Inner;
    fn nested() -> u8 { 1 }
    #[allow(unused)] let attr = 1;
    ;
    return;
}

// Training input for the launcher's class-data archive (./rustmem runs `layout` on it in each
// format once after every build and archives the classes those runs load). Not a test: it only
// needs to use a broad part of the language, so that real runs find their classes archived.
#![allow(dead_code, unused, non_camel_case_types, improper_ctypes_definitions, repr_c_enums_larger_than_int)]
macro_rules! pair { ($a:ty, $b:ty) => { ($a, $b) }; }
pub trait Shape2 { type Out; const SIDES: usize; }
pub struct Square;
impl Shape2 for Square { type Out = [u16; 4]; const SIDES: usize = 4; }
pub struct Wrap<T, const N: usize = 2> { items: [T; N], next: Option<Box<T>> }
pub struct ByProjection<S: Shape2> { out: <S as Shape2>::Out, tag: u8 }
#[repr(C)] pub struct Point { x: f64, y: f64 }
#[repr(u8)] pub enum Shape { Dot = 1, Line(Point, Point), Poly { pts: Vec<Point>, closed: bool } }
#[repr(C, packed(2))] pub struct Packed { a: u8, b: u32 }
#[repr(align(16))] pub struct Aligned(u8);
pub union Bits { i: u32, f: f32 }
pub type Table = std::collections::HashMap<String, std::rc::Rc<std::cell::RefCell<Shape>>>;
pub type Callback = fn(&u8, &'static str) -> Option<u32>;
pub type Handler = Box<dyn Fn(u32) -> u32 + Send>;
const N: usize = 3 * std::mem::size_of::<u64>() + 1;
pub struct Sized2 { buf: [u8; N], ptr: *const [u8], r: &'static mut dyn std::fmt::Debug }
mod inner {
    use std::sync::{Arc, Mutex};
    pub struct Named(pub &'static str, pub Option<Arc<[u8]>>, pub Mutex<Vec<i32>>);
    pub enum Never {}
}
use inner::Named;
fn probe(_: Wrap<u16>, _: pair!(u8, i64), _: Table, _: Named, _: Bits, _: ByProjection<Square>) {}
fn demo() {
    let _ = probe as fn(Wrap<u16>, (u8, i64), Table, Named, Bits, ByProjection<Square>);
    let v: Vec<Option<char>> = Vec::new();
    let n = std::mem::size_of::<Option<std::num::NonZero<u32>>>() + v.len();
    let s = String::from("x");
    let t = (s.len(), n as u8, [0i16; 3]);
    let d = std::time::Duration::from_secs(1);
    let c: std::borrow::Cow<'static, str> = std::borrow::Cow::Borrowed("c");
    match t { (0, _, _) => {} _ => {} }
    if let Some(x) = v.first() { let _y: Option<&Option<char>> = Some(x); }
    for i in 0..3 { let _ = i * 2; }
    let _closure = |a: u32| a + 1;
}
pub trait Tr {}
pub enum E0 { V0(bool, u8), V1, V2, V3, V4(u32, &'static E0), }
#[repr(C)]
pub enum E1 { V0 = 9223372036854775807, V1 = 32768, V2 = -129, V3 = 3, }
#[repr(C)]
pub struct S2(pub E0, pub u64, pub [u8; 0], pub E1);
pub type A3 = std::cell::Cell<&'static &'static [u16]>;
pub type A4 = Result<S2, std::num::NonZero<u128>>;
#[repr(C)]
pub enum G5<T> { V0(std::cell::RefCell<u16>), V1(T), }
pub enum E6 { V0(bool, A3, u32), V1(std::cmp::Ordering, u16, bool), V2 { a: (u8, u8, bool), }, V3 { a: u8, b: u8, }, }
pub enum G7<T> { V0(std::convert::Infallible), V1(T), V2(&'static dyn Tr), Empty }
pub type A8 = G7<E1>;
pub type A9 = Option<A4>;
#[repr(transparent)]
pub struct S10(pub S2);
pub type A11 = Option<S2>;
#[repr(C, align(2))]
pub union U12 { pub a: std::mem::ManuallyDrop<std::cell::Cell<u32>>, pub b: bool, pub c: u8, pub d: Option<[u16; 0]>, }
#[repr(i8)]
pub enum E13 { V0 = -2, }
pub enum E14 { V0, V1 { a: A9, b: std::convert::Infallible, }, V2(usize, bool, (A4, S10)), V3 { a: std::rc::Rc<S2>, }, }
pub enum E15 { V0, V1, }
pub type A16 = G5<E15>;
pub type A17 = G7<A3>;
#[repr(transparent)]
pub struct S18 { pub a: i8, }
pub type A19 = Option<Option<S2>>;
#[repr(align(1))]
pub struct S20 { }
#[repr(align(2))]
pub union U21 { pub a: std::mem::ManuallyDrop<std::rc::Rc<std::num::NonZero<u32>>>, pub b: char, pub c: usize, }
pub enum E22 { V0(bool), V1, }
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S23 { pub a: u16, }
pub type A24 = Result<S20, A16>;
pub type A25 = G7<std::num::NonZero<u32>>;
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S26;
#[derive(Clone, Copy)]
pub struct S27;
pub type A28 = Option<Option<A17>>;
pub enum E29 {
    V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15,
    V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31,
    V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47,
    V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63,
    V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79,
    V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95,
    V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111,
    V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127,
    V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143,
    V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159,
    V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175,
    V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191,
    V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207,
    V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223,
    V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239,
    V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255,
    V256, D0(A19),
}
pub type A30 = Option<A9>;
#[derive(Clone, Copy)]
pub union U31 { pub a: S23, pub b: std::mem::ManuallyDrop<u64>, }
pub enum G32<T, U> { V0((T, u8)), V1(f64), V2(Option<U>), V3(A25), Empty }
pub struct G33<T> { pub a: &'static f64, pub b: *const T, }
pub enum E34 { V0, V1, V2, V3(bool, S23), V4 { a: std::cell::UnsafeCell<bool>, b: Box<u32>, }, V5, }
pub type A35 = std::sync::Arc<bool>;
pub type A36 = Box<u32>;
pub type A37 = Option<S26>;
pub type A38 = Option<U31>;
pub type A39 = G33<Box<str>>;
#[repr(i128)]
pub enum E40 { V0 { a: std::cell::Cell<A39>, } = -2147483648, V1(u8), V2(U12, String), }
pub struct S41 { pub a: Box<dyn Tr>, pub b: &'static str, }
#[repr(C, packed(1))]
pub struct S42 { }
pub type A43 = G5<[bool; 3]>;
pub type A44 = Result<E22, bool>;
pub type A45 = Result<S42, E34>;
pub type A46 = Option<A36>;
#[repr(C)]
pub enum E47 { V0, V1((u8, &'static u8), f64, A35), }
pub enum E48 { V0 = -129, V1 = 0, }
pub type A49 = Option<S2>;
pub type A50 = G33<A46>;
#[repr(isize)]
pub enum E51 { V0 = 4294967295, V1 = 65535, V2 = 0, V3, }
#[repr(C, u32, align(16))]
pub enum E52 { V0, V1 { a: u32, }, V2(u32) = 32767, }
pub enum E53 { V0, V1, V2(i8), V3, }
pub type A54 = Option<&'static u64>;
pub type A55 = &'static std::cell::Cell<u8>;
pub type A56 = G5<std::cell::RefCell<std::num::NonZero<usize>>>;
pub type A57 = Option<E48>;
pub type A58 = Option<E48>;
pub struct S59(pub std::mem::ManuallyDrop<E0>, pub std::cell::UnsafeCell<bool>, pub A8);
pub type A60 = Result<A24, char>;
pub union U61 { pub a: std::mem::ManuallyDrop<std::rc::Rc<std::cmp::Ordering>>, pub b: std::num::NonZero<u128>, pub c: std::cmp::Ordering, pub d: u128, }
pub enum E62 { V0 = -32768, V1 = 100, V2 = -9223372036854775808, V3 = 4294967295, V4, V5 = 5, }
pub type A63 = &'static std::cell::Cell<u8>;
pub type A64 = Option<A57>;
pub type A65 = G33<A54>;
#[repr(packed)]
pub struct S66(pub std::mem::ManuallyDrop<(std::num::NonZero<u8>,)>);
pub type A67 = Result<A17, std::collections::HashMap<std::num::NonZero<u128>, isize>>;
pub type A68 = Option<bool>;
pub type A69 = Option<S66>;
pub enum E70 { V0(A65, S2, bool), V1(bool, std::convert::Infallible), V2, V3(Box<[u8]>, A64), }
pub struct G71<T, U> { pub a: *const [u8], pub b: T, pub c: Option<U>, pub d: E22, }
pub struct S72 { pub a: E48, pub b: A63, pub c: bool, pub d: A65, }
pub type A73 = Option<A54>;
pub type A74 = Option<Option<E62>>;
pub enum E75 { V0, V1, V2 { a: u16, b: u8, c: char, }, V3, }
pub enum G76<T> { V0(A67), V1(T), }
pub type A77 = &'static A11;
pub type A78 = Option<A57>;
pub type A79 = G71<A73, A69>;
pub type A80 = Option<S66>;
#[repr(u8)]
pub enum E81 { V0 = 127, V1 = 128, V2 = 254, V3 = 3, }
pub type A82 = G71<A37, u64>;
pub type A83 = Option<E52>;
pub type A84 = Option<Option<A83>>;
pub type A85 = *const bool;
#[repr(C, u8)]
pub enum E86 { V0(char, bool), V4(u32, &'static E86), V1(A73, Vec<u8>), V2(A83, std::cell::RefCell<String>), V3, }
pub type A87 = Option<A85>;
pub type A88 = Option<Option<A85>>;
#[repr(align(8))]
pub union U89 { pub a: &'static bool, pub b: i16, pub c: i16, pub d: A88, }
pub type A90 = Option<A87>;
pub enum E91 { V0((u8, u8, bool), bool, E81), V1 { a: i32, b: std::convert::Infallible, }, }
pub type A92 = Option<E91>;
pub enum E93 { V0, V1(&'static [u16], u16, &'static u8), }
#[repr(i16)]
pub enum E94 { V0 = 257, V1 = 100, }
pub type A95 = Option<Option<A74>>;
pub enum E96 { V0, V1 { a: E22, b: i8, c: bool, }, V2, V3, V4(u32, Option<Box<E96>>), }
pub type A97 = Option<Option<A49>>;
pub type A98 = G7<[u64; 0]>;
pub type A99 = Option<A55>;
pub type G100<T, U> = Result<T, (U, u8)>;
pub type A101 = Option<A99>;
#[repr(i32)]
pub enum E102 { V0(std::num::NonZero<u8>, std::convert::Infallible), V1, V2 { a: u32, }, V3(E81), V4, }
pub type A103 = Option<E48>;
pub enum G104<T> { V0(Option<E51>), V1(T), V2([f32; 2]), Empty }
#[repr(i16)]
pub enum E105 { V0 = 2, V1 = 255, V2, V3 = 126, }
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S106 { pub a: u32, }
#[repr(align(4))]
pub enum E107 { V0, V1, V2(A8), }
pub struct S108 { }
pub enum E109 { V0(std::convert::Infallible, std::convert::Infallible), V1(A95, Option<S26>, std::collections::HashMap<std::num::NonZero<i8>, char>), V2(&'static str, Option<fn()>, [u8; 1099511627776]), V3 { a: std::num::NonZero<i8>, b: std::cell::RefCell<u32>, c: Option<&'static [u16]>, }, V4([A16; 2], isize, Result<E93, std::collections::HashMap<u8, u16>>), }
#[repr(C)]
pub union U110 { pub a: std::mem::ManuallyDrop<A37>, pub b: std::mem::ManuallyDrop<E96>, pub c: u16, pub d: A99, }
pub type A111 = Option<Option<A57>>;
pub type A112 = Option<S106>;
pub type A113 = Option<S108>;
pub type A114 = [A67; 0];
pub type A115 = Result<A54, std::sync::Mutex<u32>>;
pub type A116 = Result<A50, bool>;
#[derive(Clone, Copy)]
pub struct S117 { pub a: Option<i16>, }
pub type A118 = Option<Option<&'static &'static u8>>;
pub type A119 = G76<String>;
#[repr(u16)]
pub enum E120 { V0, V1 = 65535, }
pub struct S121 { pub a: S2, pub b: Option<std::num::NonZero<i32>>, }
pub enum E122 { V0, V1(f32, std::convert::Infallible), V4(u32, Vec<E122>), V2 { a: std::convert::Infallible, b: Option<E53>, c: std::convert::Infallible, }, V3, }
pub type A123 = Option<A111>;
pub type A124 = Option<Option<Option<A116>>>;
pub type A125 = Option<A84>;
pub type A126 = Option<Box<u32>>;
#[derive(Clone, Copy)]
#[repr(packed)]
pub union U127 { pub a: u32, pub b: usize, }
#[repr(C, i16)]
pub enum E128 { V0(std::mem::MaybeUninit<u8>, *const A125) = 1, V1(A126) = -128, V2(bool, A45, char), V3(A63, std::time::Duration) = -32768, V4, V5, }
pub enum E129 { V0, V1(Box<str>, Option<Option<*const [u8]>>, S18), V2 { a: A123, b: std::convert::Infallible, }, V3 { a: (bool, E62), b: bool, c: i64, }, V4, V5 { a: A118, b: A35, c: U127, }, }
#[repr(transparent)]
pub struct S130(pub (), pub [u8; 0], pub std::mem::ManuallyDrop<u16>);
#[repr(C, u32)]
pub enum E131 { V0(bool, f32, &'static u8), V1 { a: S2, }, V2(i64), V3, V4(std::convert::Infallible, E122, u64), V5(std::mem::MaybeUninit<u32>, bool, E122), }
#[repr(C)]
pub enum E132 { V0 = -128, V1 = -2147483648, V2 = -127, V3, V4 = -32768, V5, V6, V7 = 255, }
pub type A133 = Result<S130, A123>;
pub type A134 = Result<A77, u16>;
pub type A135 = Option<A119>;
pub type A136 = std::sync::Arc<u128>;
pub struct S137;
#[repr(i32)]
pub enum E138 { V0 = 254, V1, V2 = 2, V3(A88) = 126, }
#[repr(C)]
pub enum E139 { V0(Box<dyn Tr>, &'static mut u32), V1(E132), V2 { a: U127, }, V3, }
pub enum E140 {
    D0(std::num::NonZero<usize>, u16), V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14,
    V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30,
    V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46,
    V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62,
    V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78,
    V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94,
    V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110,
    V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126,
    V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142,
    V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158,
    V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174,
    V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190,
    V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206,
    V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222,
    V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238,
    V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252,
}
pub type G141<T> = Option<(T, u8)>;
pub enum E142 { V0 { a: std::cell::UnsafeCell<bool>, b: E15, c: std::marker::PhantomData<std::mem::ManuallyDrop<u16>>, }, V6(u32, *const E142), V1(A54), V2, V3(E140), V4([u16; 3], E48), V5, }
pub struct S143(pub &'static &'static str, pub [u8; 1099511627776], pub S137);
pub type A144 = Option<E22>;
pub type A145 = [A135; 3];
#[repr(C, align(8))]
pub union U146 { pub a: Option<[u8; 16]>, pub b: std::mem::ManuallyDrop<S66>, pub c: f64, }
pub type A147 = Option<A116>;
pub struct S148(pub f64, pub bool, pub A135, pub E51, pub f64);
#[repr(align(8))]
pub enum E149 { V0, V1, V2(S26), V3([u64; 0], E6), }
#[derive(Clone, Copy)]
pub struct S150 { }
pub type A151 = G33<E140>;
#[repr(C)]
pub struct S152(pub A3, pub &'static S152, pub std::mem::MaybeUninit<i8>, pub A144, pub Option<Option<E139>>, pub Box<str>);
pub type A153 = (Option<std::marker::PhantomData<S26>>,);
pub union U154 { pub a: std::mem::ManuallyDrop<S150>, pub b: std::mem::ManuallyDrop<bool>, pub c: std::mem::ManuallyDrop<A97>, pub d: std::mem::ManuallyDrop<U12>, }
pub type A155 = G141<Option<E75>>;
pub type A156 = Option<S150>;
pub type A157 = G76<u128>;
pub struct G158<T, U: ?Sized> { pub a: T, pub b: *const std::num::NonZero<i32>, pub c: U, }
pub enum E159 { Only([u8; 1099511627776]), }
#[repr(C)]
pub enum G160<T> { V0([std::num::NonZero<u8>; 0]), V1(T), V2(bool), Empty }
#[repr(C)]
pub struct S161;
pub type A162 = Option<U31>;
pub type A163 = G141<[u16; 0]>;
pub enum E164 { V0(A111, A49, f32), V1([u16; 3], u64), V2 { a: *const u8, b: [fn(u8, &'static str) -> u16; 0], c: u64, }, V3(*mut u64), V4, V5, }
pub type A165 = Result<A157, i64>;
pub type A166 = Option<U127>;
#[derive(Clone, Copy)]
#[repr(align(16))]
pub union U167 { pub a: std::mem::ManuallyDrop<A166>, pub b: [u8; 16], pub c: (i16, ()), }
#[repr(packed(8))]
pub struct S168 { }
pub type A169 = Option<A125>;
pub type A170 = [String; 3];
#[repr(i128)]
pub enum E171 { V0 = 3, V1, V2, V3 = -32768, V4, V5 = 65536, V6, V7 = 4294967296, }
#[repr(u128)]
pub enum E172 { V0(f32, (std::num::NonZero<u64>, S117)), V1, V2, }
pub type A173 = std::rc::Rc<Option<Option<Box<[u8]>>>>;
pub struct S174 { pub a: E172, pub b: (A170,), }
pub enum E175 { V0 { a: bool, }, V1, }
pub type A176 = Option<Option<E172>>;
pub type A177 = G104<Option<usize>>;
pub struct S178 { pub a: &'static str, pub b: &'static [u16], pub c: (E172, u128), pub d: std::convert::Infallible, }
pub type A179 = G141<Result<[u16; 3], fn(u8, &'static str) -> u16>>;
pub type A180 = Result<A98, E171>;
pub type A181 = Option<A54>;
pub type A182 = Option<A87>;
pub type A183 = Option<Option<E132>>;
pub enum G184<T, U> { V0(A181), V1(T), V2(U), Empty }
#[derive(Clone, Copy)]
pub struct S185 { }
pub type A186 = Option<E13>;
pub type A187 = Option<A165>;
pub type A188 = Result<A179, &'static &'static mut u32>;
pub struct G189<T, U> { pub a: [*mut u64; 3], pub b: (T, u8), pub c: Option<U>, }
#[repr(align(8))]
pub enum E190 { V0 { a: A88, b: A28, c: A85, }, V1(A9, (u32, ()), bool), V2(u64), V3(Result<&'static u8, A180>, A78), }
pub enum E191 { Only(i16, &'static E81), }
pub type A192 = Option<Option<S2>>;
#[repr(i64)]
pub enum E193 { V0 = 129, }
pub type A194 = Option<Option<A43>>;
pub type A195 = Option<A181>;
#[repr(C)]
pub struct S196 { }
pub struct S197 { pub a: E193, pub b: u32, pub c: A166, pub d: Option<A183>, }
#[repr(transparent)]
pub enum E198 { Only((std::num::NonZero<i8>, std::cell::UnsafeCell<bool>)), }
pub type A199 = (A118, &'static u8);
pub type A200 = std::rc::Rc<i64>;
pub union U201 { pub a: std::mem::ManuallyDrop<A88>, }
#[repr(C, align(8))]
pub struct S202 { pub a: U201, pub b: std::cmp::Ordering, pub c: A116, pub d: std::rc::Rc<std::sync::Arc<*const u8>>, pub e: &'static std::mem::ManuallyDrop<u32>, }
pub type A203 = Option<E193>;
#[repr(u32)]
pub enum E204 { V0 = 257, V1, V2 = 100, V3, V4 = 2147483647, V5 = 129, }
#[derive(Clone, Copy)]
pub struct S205;
#[derive(Clone, Copy)]
#[repr(packed(2))]
pub struct S206 { pub a: bool, pub b: u8, pub c: bool, }
pub type G207<T> = Option<(T, u8)>;
#[repr(C)]
pub enum E208 { V0 = 32768, }
pub enum E209 { V0, V1 { a: (u8, u8, bool), b: i8, c: u32, }, V2(char, u16, Option<bool>), V3(bool), }
pub enum E210 {
    V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15,
    V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31,
    V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47,
    V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63,
    V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79,
    V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95,
    V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111,
    V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, D0(std::cell::Cell<std::num::NonZero<u32>>),
    V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142,
    V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158,
    V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174,
    V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190,
    V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206,
    V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222,
    V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238,
    V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254,
}
pub enum G211<T, U> { V0(E198), V1([T; 2]), V2(*const U), Empty }
pub enum E212 { V0, V1 { a: std::convert::Infallible, b: u16, }, V2 { a: char, }, }
#[derive(Clone, Copy)]
pub struct S213 { pub a: bool, }
pub enum E214 { V0, V1, V2 { a: u16, b: (u8, u8, bool), c: Box<u32>, }, }
pub enum E215 { V0(bool, u8, Option<bool>), V1, V2 { a: bool, b: u16, c: bool, }, V3, V4 { a: char, b: bool, }, }
pub type A216 = Option<E96>;
pub enum E217 {}
#[repr(align(32))]
pub struct S218 { pub a: A87, pub b: Option<A216>, pub c: Option<Option<u128>>, pub d: *const std::marker::PhantomData<u64>, pub e: &'static dyn Tr, pub f: E217, }
pub type G219<T, U> = Result<T, (U, u8)>;
#[repr(usize)]
pub enum E220 { V0 = 4294967296, V1, V2 = 129, V3 = 3, V4 = 0, }
pub type A221 = Option<E210>;
#[repr(usize)]
pub enum E222 { V0 = 32767, V1 = 256, V2 = 254, V3 = 9223372036854775808, V4 = 32768, V5, }
pub type A223 = Option<i16>;
pub type A224 = Option<A223>;
pub type A225 = Result<S213, *const u128>;
pub type A226 = Option<S213>;
pub enum G227<T> { V0(E217), V1(T), }
#[derive(Clone, Copy)]
pub struct S228;
pub type A229 = G211<&'static A223, (E53,)>;
#[repr(transparent)]
pub enum E230 { Only { a: A11, b: std::marker::PhantomData<u64>, }, }
pub type A231 = Option<E138>;
pub enum E232 { V0(&'static [u16], Box<u32>), V1(S228, char), V2 { a: std::cell::Cell<u8>, }, V3(A223, char, Option<isize>), V4, }
pub struct S233(pub bool, pub char);
pub type A234 = Option<A231>;
#[repr(usize)]
pub enum E235 { V0 = 2, V1, V2, }
pub type A236 = G219<std::num::NonZero<usize>, A226>;
pub type A237 = G189<[bool; 3], [&'static str; 1]>;
#[repr(i8)]
pub enum E238 { V0(&'static u8, i16), V1((isize,), bool), V2 { a: E232, b: Option<&'static u8>, }, V3(Vec<u8>, i64), V4((S228, i32), &'static str, A231), V5(u32, *const E238), }
pub type G239<T, U> = Result<T, (U, u8)>;
#[repr(transparent)]
pub enum E240 { Only(E171), }
pub struct S241 { pub a: S206, pub b: E240, pub c: bool, pub d: u64, pub e: &'static str, }
pub type A242 = Option<E53>;
pub type A243 = Option<S161>;
pub type A244 = G207<A243>;
pub type A245 = Result<A242, A221>;
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S246 { pub a: char, }
pub type A247 = G211<Option<A242>, ()>;
#[repr(align(64))]
pub struct S248 { pub a: &'static str, pub b: std::mem::ManuallyDrop<u16>, pub c: std::cell::Cell<u8>, pub d: A46, pub e: S161, }
pub enum E249 { V0 = 32768, V1, V2 = 65536, V3 = 255, }
pub type A250 = Option<&'static u8>;
pub type A251 = Option<A38>;
pub type A252 = Option<A245>;
pub type A253 = G227<Option<Option<std::mem::MaybeUninit<u32>>>>;
pub type A254 = std::mem::MaybeUninit<std::collections::HashMap<A98, Option<&'static u8>>>;
pub enum E255 { V0(bool, (u8, u8, bool), (u8, u8, bool)), V1, V2(u32, u32), V3, V4(u32, std::cell::UnsafeCell<bool>, bool), V5, }
pub enum E256 { V0 = 9223372036854775807, V1 = -9223372036854775808, V2 = 3, V3, V4, V5, V6, }
pub enum E257 { V2(u32, *const E257), V0(E120, std::convert::Infallible), V1(E217, A245), }
#[repr(i64)]
pub enum E258 { V0 = 127, V1, }
#[repr(C)]
pub struct S259 { pub a: Option<bool>, pub b: E249, pub c: bool, pub d: bool, }
pub type A260 = Option<A254>;
#[repr(u64)]
pub enum E261 { V0 = 5, V1, V2 = 65536, V3, }
pub enum E262 { V0, V1, V2 = 256, V3 = 4294967296, V4 = 128, V5, }
#[repr(i16)]
pub enum E263 { V0 = 32766, V1 = 254, V2 = -32768, V3 = 256, V4 = 2, V5 = 5, }
pub type A264 = Option<E257>;
#[repr(u8)]
pub enum E265 { D0((u8, u8, bool)), V0, V1, V2, V3, }
#[repr(transparent)]
pub struct S266(pub f64);
pub type A267 = Option<Option<Option<Option<Vec<u8>>>>>;
pub type A268 = Option<Option<E263>>;
pub type A269 = Option<E265>;
pub type A270 = Option<S42>;
pub enum E271 { V2(u32, Option<Box<E271>>), V0(A260, A269), V1(std::num::NonZero<u128>, u16, E217), }
pub type A272 = G211<Option<Option<bool>>, std::rc::Rc<i64>>;
#[repr(i16)]
pub enum E273 { V0, V1 = 256, V2 = 126, V3 = 129, V4 = -2, V5, V6 = 2, V7 = -128, V8 = -32768, V9, V10, }
pub type A274 = std::mem::ManuallyDrop<std::rc::Rc<u8>>;
#[repr(C)]
pub enum E275 { V0, V1, V2 = 9223372036854775807, V3 = -1, }
pub type A276 = Option<E275>;
pub type A277 = Option<E138>;
pub type A278 = std::marker::PhantomData<*const A268>;
#[repr(align(8))]
pub enum E279 { V2(u32, *const E279), V0(bool, E191), V1(std::cell::UnsafeCell<bool>), }
pub type A280 = [Result<std::num::NonZero<i8>, Option<std::num::NonZero<u8>>>; 0];
pub type A281 = Option<E62>;
pub type A282 = G211<A274, Option<Option<E273>>>;
pub type A283 = std::mem::MaybeUninit<u16>;
pub type A284 = Option<E279>;
pub struct G285<T> { pub a: E204, pub b: [T; 2], }
pub type A286 = (A186,);
pub type A287 = Option<Option<Option<Option<A281>>>>;
#[derive(Clone, Copy)]
#[repr(C)]
pub struct S288 { pub a: u16, pub b: bool, pub c: Option<bool>, pub d: u8, pub e: bool, }
pub type A289 = G207<A281>;
pub type A290 = Option<S288>;
#[repr(C, i16)]
pub enum E291 { V0, V1 = -32767, V2(Option<bool>) = 128, V3, }
pub type A292 = Option<A223>;
pub type A293 = G227<A283>;
pub type A294 = G219<[u8; 3], String>;
pub enum E295 { V0, V1, V2 { a: u32, b: (u8, u8, bool), c: bool, }, }
#[repr(i16)]
pub enum E296 { V0 = 257, V1, V2, V3 = 126, }
pub type A297 = (A289, std::cell::RefCell<u16>);
#[repr(i8)]
pub enum E298 { V0 = 2, }
#[repr(u128)]
pub enum E299 { V0, V1 = 9223372036854775808, V2, }
pub type N0 = std::num::NonZero<u128>;
pub type N1 = std::cell::RefCell<u16>;
pub type N2 = std::cmp::Ordering;
pub type N3 = std::convert::Infallible;
pub type N4 = std::mem::ManuallyDrop<std::cell::Cell<u32>>;
pub type N5 = std::cell::Cell<u32>;
pub type N6 = Option<[u16; 0]>;
pub type N7 = std::rc::Rc<S2>;
pub type N8 = std::mem::ManuallyDrop<std::rc::Rc<std::num::NonZero<u32>>>;
pub type N9 = std::rc::Rc<std::num::NonZero<u32>>;
pub type N10 = std::num::NonZero<u32>;
pub type N11 = Option<A17>;
pub type N12 = std::mem::ManuallyDrop<u64>;
pub type N13 = std::cell::UnsafeCell<bool>;
pub type N14 = Box<str>;
pub type N15 = std::cell::Cell<A39>;
pub type N16 = String;
pub type N17 = Box<dyn Tr>;
pub type N18 = std::cell::Cell<u8>;
pub type N19 = std::cell::RefCell<std::num::NonZero<usize>>;
pub type N20 = std::num::NonZero<usize>;
pub type N21 = std::mem::ManuallyDrop<E0>;
pub type N22 = std::mem::ManuallyDrop<std::rc::Rc<std::cmp::Ordering>>;
pub type N23 = std::rc::Rc<std::cmp::Ordering>;
pub type N24 = std::mem::ManuallyDrop<(std::num::NonZero<u8>,)>;
pub type N25 = std::num::NonZero<u8>;
pub type N26 = std::collections::HashMap<std::num::NonZero<u128>, isize>;
pub type N27 = Box<[u8]>;
pub type N28 = Option<A83>;
pub type N29 = Vec<u8>;
pub type N30 = std::cell::RefCell<String>;
pub type N31 = Option<A74>;
pub type N32 = Option<Box<E96>>;
pub type N33 = Box<E96>;
pub type N34 = Option<E51>;
pub type N35 = std::collections::HashMap<std::num::NonZero<i8>, char>;
pub type N36 = std::num::NonZero<i8>;
pub type N37 = Option<fn()>;
pub type N38 = std::cell::RefCell<u32>;
pub type N39 = Option<&'static [u16]>;
pub type N40 = Result<E93, std::collections::HashMap<u8, u16>>;
pub type N41 = std::collections::HashMap<u8, u16>;
pub type N42 = std::mem::ManuallyDrop<A37>;
pub type N43 = std::mem::ManuallyDrop<E96>;
pub type N44 = std::sync::Mutex<u32>;
pub type N45 = Option<&'static &'static u8>;
pub type N46 = Option<std::num::NonZero<i32>>;
pub type N47 = std::num::NonZero<i32>;
pub type N48 = Vec<E122>;
pub type N49 = Option<Option<A116>>;
pub type N50 = std::mem::MaybeUninit<u8>;
pub type N51 = std::time::Duration;
pub type N52 = Option<Option<*const [u8]>>;
pub type N53 = Option<*const [u8]>;
pub type N54 = std::mem::ManuallyDrop<u16>;
pub type N55 = std::mem::MaybeUninit<u32>;
pub type N56 = std::marker::PhantomData<std::mem::ManuallyDrop<u16>>;
pub type N57 = Option<[u8; 16]>;
pub type N58 = std::mem::ManuallyDrop<S66>;
pub type N59 = std::mem::MaybeUninit<i8>;
pub type N60 = Option<Option<E139>>;
pub type N61 = Option<E139>;
pub type N62 = Option<std::marker::PhantomData<S26>>;
pub type N63 = std::marker::PhantomData<S26>;
pub type N64 = std::mem::ManuallyDrop<S150>;
pub type N65 = std::mem::ManuallyDrop<bool>;
pub type N66 = std::mem::ManuallyDrop<A97>;
pub type N67 = std::mem::ManuallyDrop<U12>;
pub type N68 = Option<E75>;
pub type N69 = std::mem::ManuallyDrop<A166>;
pub type N70 = std::num::NonZero<u64>;
pub type N71 = Option<Option<Box<[u8]>>>;
pub type N72 = Option<Box<[u8]>>;
pub type N73 = Option<E172>;
pub type N74 = Option<usize>;
pub type N75 = Result<[u16; 3], fn(u8, &'static str) -> u16>;
pub type N76 = Option<E132>;
pub type N77 = Result<&'static u8, A180>;
pub type N78 = Option<A43>;
pub type N79 = Option<A183>;
pub type N80 = std::mem::ManuallyDrop<A88>;
pub type N81 = std::rc::Rc<std::sync::Arc<*const u8>>;
pub type N82 = std::sync::Arc<*const u8>;
pub type N83 = std::mem::ManuallyDrop<u32>;
pub type N84 = std::cell::Cell<std::num::NonZero<u32>>;
pub type N85 = Option<A216>;
pub type N86 = Option<Option<u128>>;
pub type N87 = Option<u128>;
pub type N88 = std::marker::PhantomData<u64>;
pub type N89 = Option<isize>;
pub type N90 = Option<A242>;
pub type N91 = Option<Option<std::mem::MaybeUninit<u32>>>;
pub type N92 = Option<std::mem::MaybeUninit<u32>>;
pub type N93 = std::collections::HashMap<A98, Option<&'static u8>>;
pub type N94 = Option<Option<Option<Vec<u8>>>>;
pub type N95 = Option<Option<Vec<u8>>>;
pub type N96 = Option<Vec<u8>>;
pub type N97 = Option<E263>;
pub type N98 = Option<Box<E271>>;
pub type N99 = Box<E271>;
pub type N100 = Option<Option<bool>>;
pub type N101 = std::rc::Rc<u8>;
pub type N102 = Result<std::num::NonZero<i8>, Option<std::num::NonZero<u8>>>;
pub type N103 = Option<std::num::NonZero<u8>>;
pub type N104 = Option<Option<E273>>;
pub type N105 = Option<E273>;
pub fn __probe0(_: E0, _: E1, _: S2, _: A3, _: A4, _: E6, _: A8, _: A9, _: S10, _: A11, _: U12, _: E13, _: E14, _: E15, _: A16, _: A17, _: S18, _: A19, _: S20, _: U21, _: E22, _: S23, _: A24, _: A25, _: S26, _: S27, _: A28, _: E29, _: A30, _: U31, _: E34, _: A35, _: A36, _: A37, _: A38, _: A39, _: E40, _: S41, _: S42, _: A43, _: A44, _: A45, _: A46, _: E47, _: E48, _: A49, _: A50, _: E51, _: E52, _: E53, _: A54, _: A55, _: A56, _: A57, _: A58, _: S59, _: A60, _: U61, _: E62, _: A63, _: A64, _: A65, _: S66, _: A67) {}
pub fn __probe1(_: A68, _: A69, _: E70, _: S72, _: A73, _: A74, _: E75, _: A77, _: A78, _: A79, _: A80, _: E81, _: A82, _: A83, _: A84, _: A85, _: E86, _: A87, _: A88, _: U89, _: A90, _: E91, _: A92, _: E93, _: E94, _: A95, _: E96, _: A97, _: A98, _: A99, _: A101, _: E102, _: A103, _: E105, _: S106, _: E107, _: S108, _: E109, _: U110, _: A111, _: A112, _: A113, _: A114, _: A115, _: A116, _: S117, _: A118, _: A119, _: E120, _: S121, _: E122, _: A123, _: A124, _: A125, _: A126, _: U127, _: E128, _: E129, _: S130, _: E131, _: E132, _: A133, _: A134, _: A135) {}
pub fn __probe2(_: A136, _: S137, _: E138, _: E139, _: E140, _: E142, _: S143, _: A144, _: A145, _: U146, _: A147, _: S148, _: E149, _: S150, _: A151, _: S152, _: A153, _: U154, _: A155, _: A156, _: A157, _: E159, _: S161, _: A162, _: A163, _: E164, _: A165, _: A166, _: U167, _: S168, _: A169, _: A170, _: E171, _: E172, _: A173, _: S174, _: E175, _: A176, _: A177, _: S178, _: A179, _: A180, _: A181, _: A182, _: A183, _: S185, _: A186, _: A187, _: A188, _: E190, _: E191, _: A192, _: E193, _: A194, _: A195, _: S196, _: S197, _: E198, _: A199, _: A200, _: U201, _: S202, _: A203, _: E204) {}
pub fn __probe3(_: S205, _: S206, _: E208, _: E209, _: E210, _: E212, _: S213, _: E214, _: E215, _: A216, _: E217, _: S218, _: E220, _: A221, _: E222, _: A223, _: A224, _: A225, _: A226, _: S228, _: A229, _: E230, _: A231, _: E232, _: S233, _: A234, _: E235, _: A236, _: A237, _: E238, _: E240, _: S241, _: A242, _: A243, _: A244, _: A245, _: S246, _: A247, _: S248, _: E249, _: A250, _: A251, _: A252, _: A253, _: A254, _: E255, _: E256, _: E257, _: E258, _: S259, _: A260, _: E261, _: E262, _: E263, _: A264, _: E265, _: S266, _: A267, _: A268, _: A269, _: A270, _: E271, _: A272, _: E273) {}
pub fn __probe4(_: A274, _: E275, _: A276, _: A277, _: A278, _: E279, _: A280, _: A281, _: A282, _: A283, _: A284, _: A286, _: A287, _: S288, _: A289, _: A290, _: E291, _: A292, _: A293, _: A294, _: E295, _: E296, _: A297, _: E298, _: E299, _: N0, _: N1, _: N2, _: N3, _: N4, _: N5, _: N6, _: N7, _: N8, _: N9, _: N10, _: N11, _: N12, _: N13, _: N14, _: N15, _: N16, _: N17, _: N18, _: N19, _: N20, _: N21, _: N22, _: N23, _: N24, _: N25, _: N26, _: N27, _: N28, _: N29, _: N30, _: N31, _: N32, _: N33, _: N34, _: N35, _: N36, _: N37, _: N38) {}
pub fn __probe5(_: N39, _: N40, _: N41, _: N42, _: N43, _: N44, _: N45, _: N46, _: N47, _: N48, _: N49, _: N50, _: N51, _: N52, _: N53, _: N54, _: N55, _: N56, _: N57, _: N58, _: N59, _: N60, _: N61, _: N62, _: N63, _: N64, _: N65, _: N66, _: N67, _: N68, _: N69, _: N70, _: N71, _: N72, _: N73, _: N74, _: N75, _: N76, _: N77, _: N78, _: N79, _: N80, _: N81, _: N82, _: N83, _: N84, _: N85, _: N86, _: N87, _: N88, _: N89, _: N90, _: N91, _: N92, _: N93, _: N94, _: N95, _: N96, _: N97, _: N98, _: N99, _: N100, _: N101, _: N102) {}
pub fn __probe6(_: N103, _: N104, _: N105) {}
fn main() {
    let _p0 = __probe0 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p1 = __probe1 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p2 = __probe2 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p3 = __probe3 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p4 = __probe4 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p5 = __probe5 as fn(_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _);
    let _p6 = __probe6 as fn(_, _, _);
}

pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
pub enum E0 { V0 = 10, }
#[rustc_layout_scalar_valid_range_end(4294967294)] pub struct Nz1(u32);
#[repr(i32)] pub enum E2 { V0, V1(E0, Nz1), }
pub union U3 { f0: ManuallyDrop<(&'static str,)>, f1: ManuallyDrop<Tail<isize>>, }
#[repr(u64)] pub enum E4 { V0(Res<usize, Tail<(u8, bool)>>, Tail<E2>) = 465472300492002604, V1 = 5, V2((u8, bool), U3) = 2, V3, V4(u64) = 18446744073709551613, }
pub enum E5 { V0, V1 = -4874, V2 = -31309, V3, }
#[repr(isize)] pub enum E6 { V0(&'static dyn Tr), V1 = 32767, V2 = -32768, V3(&'static [u16], u8) = 27682, V4(u16), }
#[rustc_layout_scalar_valid_range_start(0)] #[rustc_layout_scalar_valid_range_end(242)] pub struct Nz7(i8);
#[rustc_layout_scalar_valid_range_start(32768)] pub struct Nz8(u16);
pub struct S9 { f0: Nz8, f1: *const [u8], f2: i32, f3: u16, f4: (bool, u16, u8), }
#[repr(packed(2))] pub union U10 { f0: ManuallyDrop<(bool, u16, u8)>, f1: ManuallyDrop<S9>, }
pub enum E11 { V0, V1 = -7107, }
#[repr(C, align(8))] pub struct S12 { f0: (bool, &'static u8, u16, u64), }
#[repr(u32)] pub enum E13 { V0(usize, i32), V1 = 3059552223, V2 = 4, }
#[repr(C, packed(2))] pub struct S14 { }
#[repr(i32)] pub enum E15 { V0(E13, S14) = 255, }
pub struct S16 { f0: S12, f1: E15, f2: &'static (u8, str), }
#[repr(i32)] pub enum E17 { V0, V1, V2, V3, V4(!, !), }
#[repr(C)] pub enum E18 { V0(UnsafeCell<bool>), V1, V2, V3(Opt<i8>, E17), V4, }
pub enum E19 { V0 = 0, V1 = 2, V2 = -32768, V3 = -21518, }
pub struct S20 { f0: *const u8, f1: E19, }
#[repr(C)] pub enum E21 { V0, V1(*const u8), V2, V3, }
pub union U22 { f0: ManuallyDrop<char>, }
#[repr(align(4))] pub enum E23 { V0, V1(S20, E21), V2, V3(U22, !), V4, }
#[repr(i128)] pub enum E24 { V0 = 65535, }
pub union U25 { f0: ManuallyDrop<(&'static u8, i32)>, f1: ManuallyDrop<()>, f2: ManuallyDrop<UnsafeCell<E24>>, }
pub struct S26 { f0: &'static Tail<[u8]>, f1: UnsafeCell<*const u8>, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz27(u32);
#[repr(packed(2))] pub struct S28 { f0: Nz27, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz29(i8);
#[repr(packed(2))] pub struct S30 { f0: *const u8, f1: u32, f2: Opt<bool>, f3: Nz29, f4: (Opt<&'static u8>, fn()), }
#[repr(isize)] pub enum E31 { V0(E23, Tail2<[u8; 3]>), V1 = -32768, V2(U25, S26), V3(Opt<i8>, [bool; 2]) = 32766, V4(UnsafeCell<S28>, S30) = 15994, }
pub struct S32 { }
#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz33(u32);
#[repr(C, packed(2))] pub struct S34 { f0: [bool; 2], f1: fn(), f2: Nz33, f3: *const [u8], }
pub struct S35 { f0: [u16; 3], f1: S32, f2: S34, }
pub union U36 { f0: ManuallyDrop<fn()>, }
#[repr(C, packed(2))] pub struct S37 { f0: i32, f1: u8, f2: &'static Tail<[u8]>, f3: &'static (u8, str), f4: !, }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz38(u16);
#[repr(align(8))] pub union U39 { f0: ManuallyDrop<!>, f1: ManuallyDrop<&'static [u16]>, f2: ManuallyDrop<i16>, }
#[repr(C)] pub union U40 { f0: ManuallyDrop<U39>, }
#[rustc_layout_scalar_valid_range_end(65534)] pub struct Nz41(u16);
pub enum E42 { V0(&'static (u8, str), (bool, u16, u8)), V1(bool), V2, V3(Nz41), V4, }
#[repr(C, packed(2))] pub struct S43 { f0: Res<E42, Opt<u64>>, f1: Tail<(u8, bool)>, }
pub enum E44 { V0, V1, V2, V3, V4, }
#[repr(C)] pub enum E45 { V0 = -129, V1 = 11, V2, }
pub struct S46 { f0: u16, f1: Tail<Opt<[u8; 16]>>, f2: u64, f3: Res<Res<E44, *const Tail2<dyn Tr>>, Res<u8, E45>>, }
#[repr(C, align(8))] pub struct S47 { }
#[repr(align(16))] pub enum E48 { V0(UnsafeCell<char>, S47), V1((*const dyn Tr,), !), }
pub enum E49 { V0 = -5112, V1 = 1564, }
#[repr(isize)] pub enum E50 { V0, V1, V2, }
#[repr(u16)] pub enum E51 { V0(*const [u8], [bool; 2]) = 1, V1(E50) = 8, V2(*const dyn Tr), V3 = 2, }
#[repr(isize)] pub enum E52 { V0, V1(!, i128), V2([&'static [u16]; 2], E49), V3, V4(E51, (*const u8,)), }
#[repr(align(2))] pub struct S53 { f0: fn(), f1: Opt<&'static u8>, }
#[repr(align(8))] pub union U54 { f0: ManuallyDrop<E48>, f1: ManuallyDrop<E52>, f2: ManuallyDrop<([u64; 0], S53, [bool; 2])>, }
pub struct S55 { f0: (bool, u16, u8), }
#[repr(packed)] pub union U56 { f0: ManuallyDrop<S55>, f1: ManuallyDrop<(&'static Tail<[u8]>, *const u8, u64)>, }
#[repr(packed)] pub struct S57 { f0: *const Tail2<dyn Tr>, f1: u16, }
#[repr(u8)] pub enum E58 { V0(!), V1(Opt<(u8, bool)>), V2(U56, Tail2<S57>), V3, }
pub enum E59 { V0 = 32767, V1 = 1, V2 = 32766, V3 = 11, V4 = -1, }
#[repr(align(16))] pub struct S60 { }
#[repr(isize)] pub enum E61 { V0, V1 = 32765, V2 = 10220, V3 = 1653, V4, }
#[repr(align(16))] pub struct S62 { f0: S60, f1: bool, f2: Tail2<i32>, f3: *const [u8], f4: UnsafeCell<E61>, }
pub enum E63 { V0(S62, *const [u8]), }
pub union U64 { f0: ManuallyDrop<[Opt<i128>; 3]>, }
pub union U65 { f0: ManuallyDrop<bool>, }
pub struct S66 { f0: f64, f1: (bool, u16, u8), }
pub struct S67 { f0: U65, f1: S66, }
#[repr(align(8))] pub struct S68 { f0: u64, }
#[rustc_layout_scalar_valid_range_start(32768)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz69(u16);
#[repr(packed)] pub union U70 { f0: ManuallyDrop<fn()>, f1: ManuallyDrop<(fn(),)>, f2: ManuallyDrop<UnsafeCell<Nz69>>, }
#[repr(i8)] pub enum E71 { V0, V1 = -23, V2, }
pub struct S72 { f0: i32, f1: &'static dyn Tr, f2: &'static [u16], }
#[repr(align(16))] pub enum E73 { V0, V1, V2, V3, }
#[repr(C)] pub enum E74 { V0(*const u8, fn()), }
pub struct S75 { f0: [u64; 0], f1: *const u8, }
#[repr(i8)] pub enum E76 { V0(E74, S75) = 8, V1 = -126, V2, V3 = 125, V4, }
#[repr(i64)] pub enum E77 { V0 = 7, }
#[repr(i16)] pub enum E78 { V0, V1, V2(&'static (u8, str)), }
#[repr(packed(2))] pub struct S79 { f0: [u16; 0], f1: u8, f2: [u64; 0], f3: bool, }
#[repr(i32)] pub enum E80 { V0 = 14, V1([u64; 0], [u16; 0]) = 11, }
#[repr(i64)] pub enum E81 { V0(E78, *const u8), V1, V2, V3(S79, E80), }
#[repr(packed)] pub union U82 { f0: ManuallyDrop<i8>, f1: ManuallyDrop<f32>, }
#[repr(isize)] pub enum E83 { V0, V1(!), V2, }
#[repr(packed)] pub union U84 { f0: ManuallyDrop<U82>, f1: ManuallyDrop<E83>, }
#[rustc_layout_scalar_valid_range_start(18446744073709551614)] #[rustc_layout_scalar_valid_range_end(9223372036854775806)] pub struct Nz85(u64);
pub struct S86 { f0: Opt<i64>, f1: U84, f2: Opt<Opt<[u8; 6]>>, f3: Tail<[bool; 1]>, f4: Nz85, }
#[rustc_layout_scalar_valid_range_end(2362655697)] pub struct Nz87(i32);
#[repr(i16)] pub enum E88 { V0 = -4, V1 = 32765, V2 = 8, V3 = -32767, }
#[repr(C, packed(2))] pub struct S89 { f0: bool, }
#[repr(packed(4))] pub struct S90 { f0: (*const dyn Tr, u128, bool, E88), f1: S89, }
#[repr(C)] pub enum E91 { V0(S90), V1, V2, V3, }
pub struct S92 { f0: [bool; 2], f1: f32, f2: Tail<[u8; 16]>, }
#[rustc_layout_scalar_valid_range_start(0)] pub struct Nz93(i8);
#[repr(packed)] pub union U94 { f0: ManuallyDrop<u32>, f1: ManuallyDrop<bool>, f2: ManuallyDrop<*const u8>, }
pub struct S95 { f0: U94, }
#[repr(i16)] pub enum E96 { V0([bool; 2], Tail2<Nz93>), V1, V2(S95, isize), V3(!), }
#[repr(align(16))] pub enum E97 { V0 = -128, V1 = 32765, }
#[repr(u64)] pub enum E98 { V0(&'static [u16]), V1(!), }
#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(3192990646)] pub struct Nz99(u32);
#[repr(align(16))] pub struct S100 { f0: i8, f1: Nz99, }
pub enum E101 { V0(S100), }
#[repr(align(8))] pub union U102 { f0: ManuallyDrop<E101>, }
#[repr(isize)] pub enum E103 { V0, V1(i8, bool) = 14, V2 = -17975, }
pub union U104 { f0: ManuallyDrop<E103>, f1: ManuallyDrop<[&'static Tail<[u8]>; 6]>, }
pub union U105 { f0: ManuallyDrop<([u8; 3], i128)>, }
#[repr(C)] pub union U106 { f0: ManuallyDrop<Tail<fn()>>, f1: ManuallyDrop<i16>, f2: ManuallyDrop<f32>, }
#[repr(align(2))] pub struct S107 { f0: f32, f1: (bool, u16, u8), f2: U104, f3: U105, f4: U106, }
#[repr(C)] pub union U108 { f0: ManuallyDrop<i32>, f1: ManuallyDrop<[u8; 16]>, }
#[rustc_layout_scalar_valid_range_start(255)] pub struct Nz109(i8);
#[repr(align(8))] pub union U110 { f0: ManuallyDrop<Nz109>, f1: ManuallyDrop<bool>, f2: ManuallyDrop<i64>, }
#[repr(packed(2))] pub struct S111 { f0: u32, f1: Tail2<&'static (u8, str)>, f2: &'static u8, f3: u8, }
#[repr(align(16))] pub struct S112 { f0: S111, }
#[repr(u8)] pub enum E113 { V0(u8), V1(fn()), V2(i32) = 129, }
#[repr(i32)] pub enum E114 { V0 = 2, V1, }
#[repr(C)] pub struct S115 { f0: usize, f1: Opt<&'static u8>, f2: [bool; 2], f3: !, f4: E114, }
pub enum E116 { V0, V1, V2(&'static (u8, str)), V3, V4, }
pub enum E117 { V0(Res<bool, *const [u8]>), V1(E116), V2(!, [&'static str; 6]), }
#[repr(C)] pub enum E118 { V0((u8, bool)), }
#[repr(C)] pub struct S119 { }
pub struct S120 { }
#[repr(i8)] pub enum E121 { V0(f64), V1(!), V2(S119), V3(S120, Res<UnsafeCell<()>, Tail2<char>>), V4(*const Tail2<dyn Tr>), }
pub struct S122 { f0: Tail2<&'static [u16]>, f1: UnsafeCell<f64>, f2: Tail<Opt<&'static u8>>, f3: Res<u16, &'static u8>, }
#[rustc_layout(debug)] type P0 = Opt<Opt<*const Tail2<dyn Tr>>>;
#[rustc_layout(debug)] type P1 = (u8, bool);
#[rustc_layout(debug)] type P2 = Opt<*const [u8]>;
#[rustc_layout(debug)] type P3 = Res<E4, E5>;
#[rustc_layout(debug)] type P4 = E6;
#[rustc_layout(debug)] type P5 = Opt<Opt<Opt<&'static u8>>>;
#[rustc_layout(debug)] type P6 = (!, Nz7, u32, Opt<Tail2<*const [u8]>>);
#[rustc_layout(debug)] type P7 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<Opt<U10>>>>>>>>;
#[rustc_layout(debug)] type P8 = ([u16; 0], dyn Tr);
#[rustc_layout(debug)] type P9 = Res<Res<UnsafeCell<Tail<&'static (u8, str)>>, E11>, bool>;
#[rustc_layout(debug)] type P10 = Res<i8, i64>;
#[rustc_layout(debug)] type P11 = S16;
#[rustc_layout(debug)] type P12 = [E18; 6];
#[rustc_layout(debug)] type P13 = E31;
#[rustc_layout(debug)] type P14 = UnsafeCell<S35>;
#[rustc_layout(debug)] type P15 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<(U36, Tail<isize>, S37)>>>>>>>;
#[rustc_layout(debug)] type P16 = *const Tail2<dyn Tr>;
#[rustc_layout(debug)] type P17 = Opt<Opt<Opt<Opt<Opt<Opt<(u8, bool)>>>>>>;
#[rustc_layout(debug)] type P18 = Nz38;
#[rustc_layout(debug)] type P19 = (U40,);
#[rustc_layout(debug)] type P20 = Res<UnsafeCell<[u8; 6]>, &'static Tail<[u8]>>;
#[rustc_layout(debug)] type P21 = S43;
#[rustc_layout(debug)] type P22 = S46;
#[rustc_layout(debug)] type P23 = [u8; 6];
#[rustc_layout(debug)] type P24 = Opt<Opt<i16>>;
#[rustc_layout(debug)] type P25 = U54;
#[rustc_layout(debug)] type P26 = E58;
#[rustc_layout(debug)] type P27 = Res<E59, [u8; 6]>;
#[rustc_layout(debug)] type P28 = Opt<E63>;
#[rustc_layout(debug)] type P29 = isize;
#[rustc_layout(debug)] type P30 = Opt<Opt<bool>>;
#[rustc_layout(debug)] type P31 = Opt<u8>;
#[rustc_layout(debug)] type P32 = Opt<Opt<U64>>;
#[rustc_layout(debug)] type P33 = Opt<Opt<Res<[[&'static u8; 3]; 5], S67>>>;
#[rustc_layout(debug)] type P34 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<(usize, U70, UnsafeCell<E71>, UnsafeCell<S72>)>>>>>>>;
#[rustc_layout(debug)] type P35 = Opt<(Tail2<E73>, E76)>;
#[rustc_layout(debug)] type P36 = Opt<Opt<Opt<Opt<Opt<[i16; 3]>>>>>;
#[rustc_layout(debug)] type P37 = Opt<Opt<Opt<E77>>>;
#[rustc_layout(debug)] type P38 = Opt<Opt<Opt<[E81; 5]>>>;
#[rustc_layout(debug)] type P39 = S86;
#[rustc_layout(debug)] type P40 = Res<Opt<bool>, Nz87>;
#[rustc_layout(debug)] type P41 = E91;
#[rustc_layout(debug)] type P42 = Opt<Opt<S92>>;
#[rustc_layout(debug)] type P43 = E96;
#[rustc_layout(debug)] type P44 = E97;
#[rustc_layout(debug)] type P45 = UnsafeCell<Opt<&'static u8>>;
#[rustc_layout(debug)] type P46 = Opt<&'static (u8, str)>;
#[rustc_layout(debug)] type P47 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<u8>>>>>>>;
#[rustc_layout(debug)] type P48 = E98;
#[rustc_layout(debug)] type P49 = U102;
#[rustc_layout(debug)] type P50 = Opt<Opt<Opt<Opt<S107>>>>;
#[rustc_layout(debug)] type P51 = u16;
#[rustc_layout(debug)] type P52 = Res<Opt<U108>, f32>;
#[rustc_layout(debug)] type P53 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S112>>>>>>>;
#[rustc_layout(debug)] type P54 = i64;
#[rustc_layout(debug)] type P55 = Opt<Opt<Opt<Opt<Tail2<(UnsafeCell<bool>, E113, S115)>>>>>;
#[rustc_layout(debug)] type P56 = Res<E117, (UnsafeCell<[u8; 3]>, [u16; 0], [u8; 3])>;
#[rustc_layout(debug)] type P57 = [E118; 5];
#[rustc_layout(debug)] type P58 = Opt<Opt<Opt<Opt<Opt<E121>>>>>;
#[rustc_layout(debug)] type P59 = Res<Opt<()>, S122>;

pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(u16)] pub enum E0 { V0, V1(bool), V2, V3(*const Tail2<dyn Tr>), V4([u8; 3]), }
pub union U1 { f0: ManuallyDrop<[u8; 16]>, f1: ManuallyDrop<bool>, f2: ManuallyDrop<fn()>, }
#[repr(i8)] pub enum E2 { V0(E0, U1) = 126, }
pub enum E3 { V0, V1, V2, V3, V4, }
#[rustc_layout_scalar_valid_range_start(0)] pub struct Nz4(i8);
pub enum E5 { V0, V1 = -32766, V2, V3 = 127, }
#[repr(i16)] pub enum E6 { V0(Tail2<(bool, u16, u8)>) = 32765, V1 = -32766, V2((u8, bool)) = 32766, }
#[repr(u16)] pub enum E7 { V0(Res<Opt<[bool; 2]>, (bool, E5)>, E6), }
#[rustc_layout_scalar_valid_range_start(18446744073709551615)] #[rustc_layout_scalar_valid_range_end(18446744073709551614)] pub struct Nz8(u64);
pub struct S9 { f0: &'static dyn Tr, f1: (), f2: i32, }
#[repr(align(16))] pub enum E10 { V0, V1, V2, V3([u16; 0]), }
#[repr(C)] pub union U11 { f0: ManuallyDrop<bool>, f1: ManuallyDrop<(bool, u16, u8)>, f2: ManuallyDrop<&'static dyn Tr>, }
pub enum E12 { V0 = 127, }
pub struct S13 { f0: E10, f1: u16, f2: U11, f3: UnsafeCell<E12>, f4: *const Tail2<dyn Tr>, }
#[repr(C, packed(2))] pub struct S14 { f0: UnsafeCell<f32>, f1: Tail2<f32>, }
#[repr(align(2))] pub struct S15 { f0: *const u8, f1: f64, }
#[repr(u32)] pub enum E16 { V0, V1, V2, }
pub enum E17 { V0(u16), V1(E16), V2, V3(u128), V4(u8), }
#[rustc_layout_scalar_valid_range_start(2147483646)] pub struct Nz18(u32);
#[repr(packed(2))] pub union U19 { f0: ManuallyDrop<u32>, f1: ManuallyDrop<S14>, f2: ManuallyDrop<Nz18>, }
pub union U20 { f0: ManuallyDrop<u64>, }
#[repr(align(16))] pub struct S21 { f0: (i64, char, bool, fn()), f1: Opt<&'static u8>, }
#[repr(i64)] pub enum E22 { V0([u8; 16]), }
#[repr(align(2))] pub struct S23 { f0: !, f1: (), }
pub enum E24 { V0, V1(!), }
#[repr(isize)] pub enum E25 { V0 = 4641, V1, V2 = 3187, V3 = 25625, }
#[repr(isize)] pub enum E26 { V0(S23, E24) = 24769, V1(E25, (Opt<usize>,)), V2(UnsafeCell<UnsafeCell<char>>) = -16341, }
pub struct S27 { f0: Opt<Tail<&'static (u8, str)>>, }
pub struct S28 { f0: [u16; 3], }
#[repr(align(8))] pub struct S29 { f0: [u16; 0], f1: Opt<&'static u8>, f2: Tail2<(bool, u16, u8)>, f3: UnsafeCell<!>, f4: S28, }
#[repr(usize)] pub enum E30 { V0(bool, char), }
#[repr(u16)] pub enum E31 { V0 = 0, V1, }
#[repr(i32)] pub enum E32 { V0 = 2147483647, V1 = 7, }
pub enum E33 { V0(Tail<bool>, (bool, u16, u8)), }
pub enum E34 { V0, V1(u64, !), V2, V3, }
#[repr(i64)] pub enum E35 { V0([u8; 6], [u64; 0]), }
#[repr(packed)] pub union U36 { f0: ManuallyDrop<E34>, f1: ManuallyDrop<UnsafeCell<fn()>>, f2: ManuallyDrop<E35>, }
#[repr(align(16))] pub enum E37 { V0, V1, V2, }
#[repr(align(8))] pub union U38 { f0: ManuallyDrop<E37>, }
#[repr(i32)] pub enum E39 { V0 = -3, }
pub union U40 { f0: ManuallyDrop<E39>, }
pub struct S41 { f0: U38, f1: Res<*const Tail2<dyn Tr>, i32>, f2: isize, f3: isize, f4: U40, }
#[repr(packed(4))] pub struct S42 { }
#[repr(C)] pub enum E43 { V0, V1, V2, }
pub struct S44 { f0: &'static [u16], f1: u32, }
#[repr(i32)] pub enum E45 { V0, V1, V2, }
#[repr(C)] pub union U46 { f0: ManuallyDrop<E45>, f1: ManuallyDrop<isize>, f2: ManuallyDrop<u64>, }
pub union U47 { f0: ManuallyDrop<S44>, f1: ManuallyDrop<[u16; 0]>, f2: ManuallyDrop<[U46; 3]>, }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz48(u32);
#[repr(i64)] pub enum E49 { V0 = -8854581053836109843, V1(usize, isize), V2(bool, Opt<&'static u8>) = -9223372036854775808, V3(Nz48), }
#[repr(C)] pub enum E50 { V0 = -32768, }
#[repr(C)] pub union U51 { f0: ManuallyDrop<&'static u8>, f1: ManuallyDrop<i32>, }
pub union U52 { f0: ManuallyDrop<u8>, }
pub enum E53 { V0(*const dyn Tr), V1, V2(i64), V3, V4, }
pub struct S54 { f0: Opt<&'static (u8, str)>, f1: U51, f2: U52, f3: E53, }
#[repr(C)] pub struct S55 { }
#[repr(u128)] pub enum E56 { V0, }
#[repr(C)] pub struct S57 { }
#[repr(packed(4))] pub struct S58 { }
#[repr(isize)] pub enum E59 { V0, V1, V2(S58), V3, }
pub struct S60 { f0: S57, f1: f64, f2: [UnsafeCell<char>; 5], f3: E59, f4: [u64; 0], }
#[repr(packed)] pub struct S61 { }
#[repr(C)] pub enum E62 { V0 = 16327, V1 = -32766, }
#[rustc_layout_scalar_valid_range_start(65535)] #[rustc_layout_scalar_valid_range_end(65535)] pub struct Nz63(u16);
#[repr(packed(2))] pub struct S64 { }
#[repr(packed)] pub union U65 { f0: ManuallyDrop<Nz63>, f1: ManuallyDrop<Opt<S64>>, }
#[repr(C)] pub enum E66 { V0 = -32766, V1, V2 = -1, }
#[repr(isize)] pub enum E67 { V0(E66), V1, V2, V3, V4, }
#[rustc_layout_scalar_valid_range_end(65534)] pub struct Nz68(u16);
#[repr(C)] pub enum E69 { V0, V1(Nz68), }
#[repr(u64)] pub enum E70 { V0 = 10703875813640395442, V1 = 9, }
#[repr(packed)] pub union U71 { f0: ManuallyDrop<*const Tail2<dyn Tr>>, }
#[repr(C)] pub enum E72 { V0, }
#[rustc_layout_scalar_valid_range_start(4294967294)] #[rustc_layout_scalar_valid_range_end(1414228021)] pub struct Nz73(u32);
#[repr(align(4))] pub enum E74 { V0(Tail2<&'static dyn Tr>), V1(Res<U71, (f32, usize)>, !), V2(E72), V3, V4([[*const Tail2<dyn Tr>; 0]; 6], Nz73), }
pub struct S75 { }
#[repr(align(16))] pub struct S76 { f0: UnsafeCell<[u8; 6]>, }
pub struct S77 { f0: S75, f1: [[bool; 1]; 1], f2: S76, }
#[rustc_layout(debug)] type P0 = (u8, bool);
#[rustc_layout(debug)] type P1 = u32;
#[rustc_layout(debug)] type P2 = Opt<Opt<Opt<E2>>>;
#[rustc_layout(debug)] type P3 = E3;
#[rustc_layout(debug)] type P4 = &'static u8;
#[rustc_layout(debug)] type P5 = (Res<char, Nz4>, dyn Tr);
#[rustc_layout(debug)] type P6 = Res<E7, *const [u8]>;
#[rustc_layout(debug)] type P7 = Opt<!>;
#[rustc_layout(debug)] type P8 = ((bool, u16, u8),);
#[rustc_layout(debug)] type P9 = Res<Opt<Opt<[bool; 2]>>, &'static str>;
#[rustc_layout(debug)] type P10 = Res<(*const Tail2<dyn Tr>, UnsafeCell<Nz8>, *const u8, S9), S13>;
#[rustc_layout(debug)] type P11 = Opt<Opt<Opt<Opt<Opt<(&'static (u8, str),)>>>>>;
#[rustc_layout(debug)] type P12 = &'static str;
#[rustc_layout(debug)] type P13 = Opt<U19>;
#[rustc_layout(debug)] type P14 = Opt<Tail<u16>>;
#[rustc_layout(debug)] type P15 = (U20, Opt<usize>, S21, UnsafeCell<E22>);
#[rustc_layout(debug)] type P16 = Res<E26, f32>;
#[rustc_layout(debug)] type P17 = Res<S27, &'static dyn Tr>;
#[rustc_layout(debug)] type P18 = str;
#[rustc_layout(debug)] type P19 = Opt<Opt<Opt<i64>>>;
#[rustc_layout(debug)] type P20 = fn();
#[rustc_layout(debug)] type P21 = char;
#[rustc_layout(debug)] type P22 = Opt<Opt<[S29; 1]>>;
#[rustc_layout(debug)] type P23 = Tail<u8>;
#[rustc_layout(debug)] type P24 = Tail2<[u64; 0]>;
#[rustc_layout(debug)] type P25 = [Res<E30, E31>; 0];
#[rustc_layout(debug)] type P26 = [u8; 6];
#[rustc_layout(debug)] type P27 = Tail2<E32>;
#[rustc_layout(debug)] type P28 = Opt<Opt<Opt<Opt<Opt<Opt<E33>>>>>>;
#[rustc_layout(debug)] type P29 = Opt<Opt<Opt<Opt<(U36, Opt<Tail2<bool>>, S41, &'static u8)>>>>;
#[rustc_layout(debug)] type P30 = Opt<Opt<i64>>;
#[rustc_layout(debug)] type P31 = S42;
#[rustc_layout(debug)] type P32 = E43;
#[rustc_layout(debug)] type P33 = Res<U47, [u8; 6]>;
#[rustc_layout(debug)] type P34 = [E49];
#[rustc_layout(debug)] type P35 = dyn Tr;
#[rustc_layout(debug)] type P36 = Opt<Opt<Opt<Opt<Opt<Opt<Tail<Res<i128, [u64; 0]>>>>>>>>;
#[rustc_layout(debug)] type P37 = Opt<Res<usize, [u64; 0]>>;
#[rustc_layout(debug)] type P38 = (S54,);
#[rustc_layout(debug)] type P39 = S55;
#[rustc_layout(debug)] type P40 = Opt<Opt<[bool; 2]>>;
#[rustc_layout(debug)] type P41 = Opt<Opt<Opt<Opt<Opt<UnsafeCell<[Opt<E56>; 3]>>>>>>;
#[rustc_layout(debug)] type P42 = [[i8; 6]];
#[rustc_layout(debug)] type P43 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<&'static str>>>>>>>;
#[rustc_layout(debug)] type P44 = Opt<S60>;
#[rustc_layout(debug)] type P45 = Opt<Opt<Tail2<Res<S61, Opt<E62>>>>>;
#[rustc_layout(debug)] type P46 = Opt<Opt<[bool; 2]>>;
#[rustc_layout(debug)] type P47 = Res<U65, i32>;
#[rustc_layout(debug)] type P48 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<u128>>>>>>>;
#[rustc_layout(debug)] type P49 = Res<UnsafeCell<i16>, i32>;
#[rustc_layout(debug)] type P50 = [u8; 3];
#[rustc_layout(debug)] type P51 = Opt<Opt<Tail<UnsafeCell<E67>>>>;
#[rustc_layout(debug)] type P52 = Res<E69, [u16; 3]>;
#[rustc_layout(debug)] type P53 = E70;
#[rustc_layout(debug)] type P54 = Opt<[u8; 3]>;
#[rustc_layout(debug)] type P55 = Opt<[u16; 3]>;
#[rustc_layout(debug)] type P56 = Res<E74, bool>;
#[rustc_layout(debug)] type P57 = Opt<Opt<Opt<Opt<bool>>>>;
#[rustc_layout(debug)] type P58 = Opt<i128>;
#[rustc_layout(debug)] type P59 = Opt<Opt<S77>>;

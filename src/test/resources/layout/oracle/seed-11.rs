pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[rustc_layout_scalar_valid_range_end(4294967295)] pub struct Nz0(u32);
#[repr(C)] pub enum E1 { V0(Nz0, *const [u8]), V1(fn()), V2((u8, bool), f64), V3([bool; 2]), V4, }
#[rustc_layout_scalar_valid_range_end(126)] pub struct Nz2(u8);
#[repr(packed)] pub union U3 { f0: ManuallyDrop<E1>, f1: ManuallyDrop<Nz2>, f2: ManuallyDrop<bool>, }
#[repr(packed)] pub union U4 { f0: ManuallyDrop<U3>, }
#[repr(transparent)] pub struct S5 { f0: !, f1: (), }
#[repr(packed)] pub struct S6 { f0: S5, f1: char, f2: ([u8; 16],), }
#[repr(C)] pub union U7 { f0: ManuallyDrop<u8>, }
#[repr(C)] pub union U8 { f0: ManuallyDrop<S6>, f1: ManuallyDrop<(U7, &'static [u16], bool, [bool; 3])>, }
#[repr(usize)] pub enum E9 { V0, V1, }
pub enum E10 { V0(Opt<E9>), }
pub struct S11 { f0: i16, f1: i128, f2: (bool, u16, u8), f3: [bool; 2], }
#[repr(C)] pub enum E12 { V0, V1, V2, }
#[repr(align(16))] pub enum E13 { V0 = 254, V1 = 32766, V2, V3 = -32766, }
#[repr(usize)] pub enum E14 { V0, V1, V2, V3, V4, }
#[repr(usize)] pub enum E15 { V0(Res<Opt<!>, Res<char, &'static Tail<[u8]>>>, E14), V1 = 65535, V2(fn(), UnsafeCell<UnsafeCell<u64>>) = 54879, V3 = 28302, }
#[rustc_layout_scalar_valid_range_start(18446744073709551614)] #[rustc_layout_scalar_valid_range_end(18446744073709551615)] pub struct Nz16(u64);
#[repr(C)] pub enum E17 { V0, }
#[rustc_layout_scalar_valid_range_end(65535)] pub struct Nz18(u16);
#[repr(packed)] pub union U19 { f0: ManuallyDrop<Nz18>, f1: ManuallyDrop<char>, }
#[repr(u16)] pub enum E20 { V0 = 65534, V1, V2 = 14, }
#[repr(u8)] pub enum E21 { V0(u64), V1, V2(!, E20) = 254, }
#[repr(C, packed(2))] pub struct S22 { f0: &'static (u8, str), f1: usize, f2: (u8, bool), f3: char, }
#[repr(C, u8)] pub enum E23 { V0(bool, U19) = 1, V1(E21, S22) = 2, V2(Tail2<[u8; 16]>), V3(&'static Tail<[u8]>, Opt<&'static Tail<[u8]>>) = 57, V4(!) = 253, }
#[repr(packed(2))] pub struct S24 { }
pub enum E25 { V0(Opt<&'static u8>), }
#[repr(C)] pub enum E26 { V0 = 32767, }
#[repr(C)] pub struct S27 { f0: char, f1: u16, f2: E26, }
pub struct S28 { f0: i64, f1: Tail2<E25>, f2: UnsafeCell<S27>, f3: [(bool, u16, u8); 2], }
pub enum E29 { V0 = -32766, V1 = 32766, V2 = 29029, V3, }
#[repr(u128)] pub enum E30 { V0 = 9, }
#[repr(usize)] pub enum E31 { V0 = 39224, V1([u64; 0], E30), V2 = 41964, V3(bool, char) = 1, }
#[rustc_layout_scalar_valid_range_end(1)] pub struct Nz32(u16);
pub enum E33 { V0(E31), V1(!, Opt<Nz32>), V2, }
#[repr(align(2))] pub struct S34 { f0: E33, f1: &'static dyn Tr, f2: *const u8, }
#[repr(u32)] pub enum E35 { V0(u8) = 4294967294, V1, V2(&'static str, !) = 1, }
pub enum E36 { V0, V1(E35), V2, }
#[repr(align(4))] pub enum E37 { V0(Opt<&'static u8>), }
pub struct S38 { }
pub struct S39 { f0: Opt<&'static u8>, f1: &'static [u16], f2: &'static [u16], }
#[repr(usize)] pub enum E40 { V0, V1(UnsafeCell<*const dyn Tr>), V2(Res<isize, usize>), V3(Opt<i32>, !), }
#[repr(C)] pub enum E41 { V0 = -421, }
pub enum E42 { V0, V1(Tail<Tail<u64>>), }
#[repr(C)] pub enum E43 { V0, V1 = -9285, V2 = -32768, V3 = -2, V4, }
pub union U44 { f0: ManuallyDrop<E43>, }
#[repr(align(16))] pub struct S45 { f0: fn(), f1: bool, f2: U44, f3: Res<[u8; 6], i32>, }
#[repr(packed(2))] pub union U46 { f0: ManuallyDrop<usize>, f1: ManuallyDrop<i128>, }
#[repr(C)] pub enum E47 { V0(U46, !), V1, }
#[repr(align(16))] pub struct S48 { f0: S45, f1: u64, f2: E47, f3: char, }
#[repr(align(8))] pub struct S49 { }
#[repr(align(4))] pub enum E50 { V0, V1 = -32768, V2 = 16190, }
#[repr(C, u8)] pub enum E51 { V0((u8, bool), (bool, u16, u8)), }
#[repr(u8)] pub enum E52 { V0 = 6, }
#[repr(C)] pub enum E53 { V0, V1 = 254, V2, V3, }
#[repr(u16)] pub enum E54 { V0, V1 = 65535, V2 = 23199, V3, V4 = 5, }
#[rustc_layout_scalar_valid_range_end(18446744073709551614)] pub struct Nz55(u64);
#[repr(i8)] pub enum E56 { V0, V1, V2, }
#[repr(packed)] pub union U57 { f0: ManuallyDrop<i8>, }
#[repr(C)] pub enum E58 { V0, }
#[repr(u8)] pub enum E59 { V0, V1([(*const dyn Tr, char, usize, u32); 5]), }
#[repr(C)] pub struct S60 { f0: fn(), f1: u8, }
#[repr(packed(2))] pub struct S61 { f0: i64, f1: [S60; 1], }
#[repr(align(16))] pub enum E62 { V0, }
pub union U63 { f0: ManuallyDrop<E62>, f1: ManuallyDrop<[u8; 3]>, }
pub struct S64 { f0: [u16; 3], }
pub enum E65 { V0(S64, u32), V1(Res<char, bool>), }
#[rustc_layout_scalar_valid_range_end(18446744073709551614)] pub struct Nz66(u64);
#[rustc_layout_scalar_valid_range_start(4294967295)] #[rustc_layout_scalar_valid_range_end(4294967295)] pub struct Nz67(i32);
#[repr(align(16))] pub struct S68 { f0: Nz66, f1: Res<Nz67, [u8; 16]>, f2: Opt<&'static [u16]>, f3: (), }
pub struct S69 { f0: S68, f1: u16, }
#[repr(C)] pub struct S70 { f0: UnsafeCell<Res<isize, isize>>, }
#[repr(u64)] pub enum E71 { V0 = 1, }
#[repr(C)] pub struct S72 { f0: E71, }
#[repr(isize)] pub enum E73 { V0 = -21179, V1, V2, V3, }
#[repr(C)] pub enum E74 { V0 = -3794, }
pub union U75 { f0: ManuallyDrop<i16>, f1: ManuallyDrop<[E74; 3]>, }
pub struct S76 { f0: i8, f1: Res<(bool, E73), [u64; 0]>, f2: U75, f3: Opt<f32>, }
#[repr(i16)] pub enum E77 { V0 = -16568, }
pub struct S78 { f0: E77, f1: usize, f2: &'static dyn Tr, }
#[repr(packed)] pub struct S79 { }
#[repr(C, packed(2))] pub struct S80 { f0: S79, }
pub struct S81 { }
#[repr(i64)] pub enum E82 { V0 = 2, V1, V2 = -701235769938234585, }
#[rustc_layout(debug)] type P0 = U4;
#[rustc_layout(debug)] type P1 = U8;
#[rustc_layout(debug)] type P2 = char;
#[rustc_layout(debug)] type P3 = Opt<Opt<Opt<Opt<f64>>>>;
#[rustc_layout(debug)] type P4 = Opt<Opt<(Opt<((u8, bool),)>, E10)>>;
#[rustc_layout(debug)] type P5 = bool;
#[rustc_layout(debug)] type P6 = Opt<Opt<Res<Res<Tail<f32>, S11>, (u8, bool)>>>;
#[rustc_layout(debug)] type P7 = Opt<E12>;
#[rustc_layout(debug)] type P8 = Opt<UnsafeCell<i128>>;
#[rustc_layout(debug)] type P9 = Opt<E13>;
#[rustc_layout(debug)] type P10 = Res<E15, Nz16>;
#[rustc_layout(debug)] type P11 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<E17>>>>>>>;
#[rustc_layout(debug)] type P12 = Res<(&'static str, E23, &'static u8), [u64; 0]>;
#[rustc_layout(debug)] type P13 = Opt<Opt<S24>>;
#[rustc_layout(debug)] type P14 = S28;
#[rustc_layout(debug)] type P15 = Res<Tail<&'static [u16]>, i16>;
#[rustc_layout(debug)] type P16 = E29;
#[rustc_layout(debug)] type P17 = Res<S34, u32>;
#[rustc_layout(debug)] type P18 = Opt<E36>;
#[rustc_layout(debug)] type P19 = Opt<Opt<Opt<Opt<isize>>>>;
#[rustc_layout(debug)] type P20 = Res<char, &'static [u16]>;
#[rustc_layout(debug)] type P21 = Opt<Opt<Opt<Opt<Opt<UnsafeCell<[u8; 6]>>>>>>;
#[rustc_layout(debug)] type P22 = E37;
#[rustc_layout(debug)] type P23 = char;
#[rustc_layout(debug)] type P24 = Opt<Opt<Opt<([S38; 3], Tail<[bool; 5]>, [Opt<&'static str>; 2])>>>;
#[rustc_layout(debug)] type P25 = Tail2<Opt<S39>>;
#[rustc_layout(debug)] type P26 = Res<[*const u8; 5], E40>;
#[rustc_layout(debug)] type P27 = E41;
#[rustc_layout(debug)] type P28 = Opt<E42>;
#[rustc_layout(debug)] type P29 = S48;
#[rustc_layout(debug)] type P30 = Res<S49, *const u8>;
#[rustc_layout(debug)] type P31 = Tail2<[E50; 5]>;
#[rustc_layout(debug)] type P32 = Res<UnsafeCell<(bool, *const u8)>, [u8; 16]>;
#[rustc_layout(debug)] type P33 = Res<Tail2<E51>, &'static Tail<[u8]>>;
#[rustc_layout(debug)] type P34 = Opt<E52>;
#[rustc_layout(debug)] type P35 = Opt<((Tail2<bool>,),)>;
#[rustc_layout(debug)] type P36 = (bool, u16, u8);
#[rustc_layout(debug)] type P37 = Res<E53, E54>;
#[rustc_layout(debug)] type P38 = Res<Res<(bool, u16, u8), Nz55>, &'static dyn Tr>;
#[rustc_layout(debug)] type P39 = Tail<[E56]>;
#[rustc_layout(debug)] type P40 = Opt<Opt<u32>>;
#[rustc_layout(debug)] type P41 = Res<U57, f32>;
#[rustc_layout(debug)] type P42 = Res<UnsafeCell<(bool, u16, u8)>, E58>;
#[rustc_layout(debug)] type P43 = E59;
#[rustc_layout(debug)] type P44 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S61>>>>>>>;
#[rustc_layout(debug)] type P45 = U63;
#[rustc_layout(debug)] type P46 = Opt<Res<E65, *const [u8]>>;
#[rustc_layout(debug)] type P47 = S69;
#[rustc_layout(debug)] type P48 = Opt<Opt<Res<bool, i128>>>;
#[rustc_layout(debug)] type P49 = Opt<Opt<Res<UnsafeCell<bool>, UnsafeCell<&'static dyn Tr>>>>;
#[rustc_layout(debug)] type P50 = Opt<Opt<Opt<S70>>>;
#[rustc_layout(debug)] type P51 = Opt<Opt<Opt<[u64; 0]>>>;
#[rustc_layout(debug)] type P52 = Res<[S72; 2], *const u8>;
#[rustc_layout(debug)] type P53 = Res<S76, [u8; 3]>;
#[rustc_layout(debug)] type P54 = i8;
#[rustc_layout(debug)] type P55 = Opt<Opt<Opt<[[S78; 5]; 6]>>>;
#[rustc_layout(debug)] type P56 = Res<S80, u32>;
#[rustc_layout(debug)] type P57 = Opt<Opt<Opt<Opt<S81>>>>;
#[rustc_layout(debug)] type P58 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<E82>>>>>>>;
#[rustc_layout(debug)] type P59 = Opt<Opt<Opt<Opt<Opt<UnsafeCell<Tail2<UnsafeCell<[u8; 3]>>>>>>>>;

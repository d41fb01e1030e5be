pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
pub struct S0 { }
pub struct S1 { f0: f32, f1: &'static str, f2: i64, f3: &'static Tail<[u8]>, f4: u16, }
#[repr(packed(2))] pub struct S2 { f0: u32, }
#[repr(align(8))] pub union U3 { f0: ManuallyDrop<u128>, }
pub enum E4 { V0([u8; 6], !), V1(Tail2<u8>, usize), V2(U3), V3, }
#[repr(align(4))] pub enum E5 { V0(isize), V1, V2(usize, E4), V3, }
pub struct S6 { f0: &'static (u8, str), }
#[repr(C)] pub enum E7 { V0, V1, V2, V3, V4, }
#[rustc_layout_scalar_valid_range_end(2147483647)] pub struct Nz8(u32);
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz9(u64);
#[repr(align(2))] pub struct S10 { f0: S6, f1: E7, f2: (Nz8, [u8; 3]), f3: Res<*const dyn Tr, Nz9>, f4: [u16; 0], }
#[repr(isize)] pub enum E11 { V0([u64; 0]), V1, V2(f64, [u8; 6]), V3(u16), }
#[repr(C)] pub union U12 { f0: ManuallyDrop<E11>, }
#[repr(i8)] pub enum E13 { V0(U12) = -61, V1 = 126, V2 = 127, V3 = -2, }
#[repr(align(8))] pub union U14 { f0: ManuallyDrop<bool>, f1: ManuallyDrop<char>, }
#[repr(u32)] pub enum E15 { V0([!; 5]) = 1, V1(U14) = 3, V2(Opt<[bool; 2]>, [(); 0]), }
#[repr(packed)] pub union U16 { f0: ManuallyDrop<(!, [u16; 3], Opt<&'static u8>)>, f1: ManuallyDrop<[f32; 3]>, }
#[repr(packed)] pub union U17 { f0: ManuallyDrop<U16>, f1: ManuallyDrop<[u64; 0]>, }
pub struct S18 { f0: Res<fn(), !>, f1: f64, }
pub struct S19 { }
pub struct S20 { f0: u8, f1: bool, f2: Opt<&'static u8>, f3: i16, }
#[repr(packed(4))] pub struct S21 { f0: &'static dyn Tr, f1: u32, f2: *const [u8], }
pub union U22 { f0: ManuallyDrop<S21>, }
#[rustc_layout_scalar_valid_range_start(32766)] pub struct Nz23(u16);
#[repr(C, packed(2))] pub struct S24 { f0: usize, }
#[repr(isize)] pub enum E25 { V0, V1 = 32767, }
pub enum E26 { V0(&'static (u8, str)), }
pub struct S27 { f0: E26, f1: &'static str, }
#[repr(u128)] pub enum E28 { V0 = 0, V1([u8; 16], char) = 6, V2, V3 = 255, }
#[repr(usize)] pub enum E29 { V0 = 65533, V1(u64), V2 = 8, V3, }
#[repr(align(2))] pub struct S30 { f0: E28, f1: [i128; 5], f2: E29, }
pub enum E31 { V0, V1, V2, }
pub struct S32 { f0: S24, f1: ([*const dyn Tr; 0], Res<i64, u64>, Res<E25, i128>, Opt<&'static (u8, str)>), f2: S27, f3: S30, f4: E31, }
#[rustc_layout_scalar_valid_range_end(9223372036854775807)] pub struct Nz33(u64);
#[repr(usize)] pub enum E34 { V0 = 11016, }
pub struct S35 { f0: [u16; 0], f1: Opt<&'static u8>, f2: u8, }
#[repr(align(8))] pub union U36 { f0: ManuallyDrop<[u8; 6]>, f1: ManuallyDrop<!>, }
#[repr(i64)] pub enum E37 { V0, V1(!), V2(S35, U36), V3([&'static str; 6], UnsafeCell<(bool, u16, u8)>), V4(!), }
#[repr(i128)] pub enum E38 { V0, V1, }
#[repr(packed)] pub union U39 { f0: ManuallyDrop<E34>, f1: ManuallyDrop<E38>, f2: ManuallyDrop<i128>, }
#[repr(packed(2))] pub struct S40 { }
pub enum E41 { V0 = -10318, V1, }
#[repr(align(8))] pub union U42 { f0: ManuallyDrop<E41>, }
pub enum E43 { V0, V1 = 32765, V2, }
#[repr(u64)] pub enum E44 { V0, }
#[repr(align(8))] pub struct S45 { f0: !, f1: E44, f2: char, f3: !, f4: Opt<&'static u8>, }
#[repr(align(8))] pub union U46 { f0: ManuallyDrop<S40>, f1: ManuallyDrop<Res<U42, UnsafeCell<E43>>>, f2: ManuallyDrop<UnsafeCell<S45>>, }
#[repr(C)] pub enum E47 { V0 = 32767, V1 = 9, V2, V3 = -19657, V4, }
#[repr(isize)] pub enum E48 { V0, }
#[repr(C)] pub enum E49 { V0, V1, V2, V3, V4, }
#[repr(u128)] pub enum E50 { V0((E48, Opt<&'static u8>, *const u8), ((), [u16; 3], E49, usize)) = 1, }
#[repr(C)] pub enum E51 { V0 = 25382, V1 = 32766, }
#[repr(align(4))] pub enum E52 { V0 = -127, V1 = 13335, V2, V3 = 32766, }
pub struct S53 { f0: [u8; 6], f1: E52, f2: [u16; 3], f3: [u8; 16], f4: u8, }
pub union U54 { f0: ManuallyDrop<i128>, f1: ManuallyDrop<isize>, }
#[repr(align(8))] pub union U55 { f0: ManuallyDrop<(char, bool)>, }
#[repr(align(8))] pub struct S56 { f0: [u8; 6], f1: E51, f2: Opt<S53>, f3: Tail2<U54>, f4: U55, }
#[repr(align(8))] pub union U57 { f0: ManuallyDrop<[u16; 3]>, f1: ManuallyDrop<char>, }
#[repr(align(8))] pub struct S58 { f0: (f64, [u16; 3], *const Tail2<dyn Tr>), }
#[repr(align(4))] pub enum E59 { V0(char, Opt<[f32; 6]>), }
pub enum E60 { V0, }
#[repr(C)] pub enum E61 { V0((bool, u16, u8), bool), V1, V2(usize), }
#[rustc_layout_scalar_valid_range_start(255)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz62(i8);
#[repr(i64)] pub enum E63 { V0, V1, V2, }
#[repr(i32)] pub enum E64 { V0, }
pub enum E65 { V0([E60; 1], [u16; 0]), V1, V2(E61), V3, V4((Nz62, E63, i64), E64), }
pub union U66 { f0: ManuallyDrop<f64>, f1: ManuallyDrop<&'static u8>, f2: ManuallyDrop<(Opt<i32>, [bool; 0], [char; 0], Tail<u32>)>, }
#[repr(u128)] pub enum E67 { V0, V1, V2, V3(Opt<i8>), V4, }
pub union U68 { f0: ManuallyDrop<()>, f1: ManuallyDrop<*const dyn Tr>, }
#[repr(isize)] pub enum E69 { V0, V1(Res<U68, [&'static str; 3]>), }
#[rustc_layout_scalar_valid_range_start(17443843718982403006)] #[rustc_layout_scalar_valid_range_end(2464462915920435072)] pub struct Nz70(u64);
#[repr(align(16))] pub struct S71 { f0: *const dyn Tr, f1: Nz70, }
#[rustc_layout_scalar_valid_range_start(0)] pub struct Nz72(u8);
#[rustc_layout_scalar_valid_range_start(0)] pub struct Nz73(u32);
#[repr(align(16))] pub struct S74 { f0: Tail<usize>, f1: [u64; 5], f2: Nz73, }
#[repr(u8)] pub enum E75 { V0(*const [u8]) = 127, V1(&'static u8) = 0, V2(!), }
#[repr(packed(4))] pub struct S76 { f0: [E75; 3], }
#[repr(i32)] pub enum E77 { V0, V1, }
#[repr(C)] pub enum E78 { V0(usize), V1(Res<&'static Tail<[u8]>, usize>, (&'static [u16], E77)), V2(Opt<f64>), V3, V4, }
#[repr(C)] pub enum E79 { V0, }
#[repr(packed)] pub struct S80 { f0: f32, f1: f64, f2: E79, f3: fn(), f4: bool, }
#[repr(C)] pub union U81 { f0: ManuallyDrop<u64>, f1: ManuallyDrop<&'static u8>, f2: ManuallyDrop<u8>, }
#[repr(packed(4))] pub struct S82 { f0: &'static [u16], f1: (!, &'static dyn Tr, &'static (u8, str), *const dyn Tr), f2: UnsafeCell<[u16; 0]>, }
#[repr(C)] pub enum E83 { V0, V1(UnsafeCell<S80>, [U81; 6]), V2(S82), V3, }
#[rustc_layout_scalar_valid_range_end(254)] pub struct Nz84(i8);
#[repr(packed(2))] pub union U85 { f0: ManuallyDrop<u64>, }
#[repr(i16)] pub enum E86 { V0 = 4580, V1 = -32767, V2 = 2, V3, V4, }
#[repr(C, align(8))] pub struct S87 { f0: Res<bool, E86>, f1: *const Tail2<dyn Tr>, }
#[rustc_layout_scalar_valid_range_end(9223372036854775806)] pub struct Nz88(u64);
#[rustc_layout(debug)] type P0 = Opt<Opt<Opt<Opt<Opt<Opt<[&'static u8; 2]>>>>>>;
#[rustc_layout(debug)] type P1 = dyn Tr;
#[rustc_layout(debug)] type P2 = Res<((Res<i8, &'static [u16]>, S0), UnsafeCell<Opt<u16>>, &'static u8, Res<bool, S1>), *const [u8]>;
#[rustc_layout(debug)] type P3 = Tail2<Res<S2, *const dyn Tr>>;
#[rustc_layout(debug)] type P4 = Opt<Opt<E5>>;
#[rustc_layout(debug)] type P5 = Res<UnsafeCell<S10>, fn()>;
#[rustc_layout(debug)] type P6 = E13;
#[rustc_layout(debug)] type P7 = Res<UnsafeCell<E15>, u128>;
#[rustc_layout(debug)] type P8 = Opt<Opt<U17>>;
#[rustc_layout(debug)] type P9 = Opt<Opt<Opt<Opt<[S18; 3]>>>>;
#[rustc_layout(debug)] type P10 = Opt<Opt<Opt<Opt<bool>>>>;
#[rustc_layout(debug)] type P11 = Opt<Opt<S19>>;
#[rustc_layout(debug)] type P12 = Opt<Opt<S20>>;
#[rustc_layout(debug)] type P13 = Opt<u16>;
#[rustc_layout(debug)] type P14 = Res<[U22; 5], i8>;
#[rustc_layout(debug)] type P15 = [bool; 2];
#[rustc_layout(debug)] type P16 = Res<[*const [u8]; 0], Nz23>;
#[rustc_layout(debug)] type P17 = S32;
#[rustc_layout(debug)] type P18 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<u64>>>>>>>;
#[rustc_layout(debug)] type P19 = (fn(),);
#[rustc_layout(debug)] type P20 = Opt<Opt<Res<[f32; 1], Opt<UnsafeCell<Nz33>>>>>;
#[rustc_layout(debug)] type P21 = Opt<Opt<()>>;
#[rustc_layout(debug)] type P22 = Opt<Opt<U39>>;
#[rustc_layout(debug)] type P23 = Opt<Opt<U46>>;
#[rustc_layout(debug)] type P24 = Opt<Opt<Opt<Opt<(u8, bool)>>>>;
#[rustc_layout(debug)] type P25 = [u64; 0];
#[rustc_layout(debug)] type P26 = Opt<Opt<*const u8>>;
#[rustc_layout(debug)] type P27 = Opt<Opt<Opt<E47>>>;
#[rustc_layout(debug)] type P28 = Opt<Opt<E50>>;
#[rustc_layout(debug)] type P29 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S56>>>>>>>;
#[rustc_layout(debug)] type P30 = Opt<Opt<Opt<Opt<Opt<(&'static dyn Tr,)>>>>>;
#[rustc_layout(debug)] type P31 = Opt<Opt<UnsafeCell<Tail2<(fn(), u64, f64)>>>>;
#[rustc_layout(debug)] type P32 = U57;
#[rustc_layout(debug)] type P33 = Opt<bool>;
#[rustc_layout(debug)] type P34 = Opt<Opt<Opt<Opt<Opt<Opt<Tail<S58>>>>>>>;
#[rustc_layout(debug)] type P35 = [u64; 0];
#[rustc_layout(debug)] type P36 = Opt<E59>;
#[rustc_layout(debug)] type P37 = i64;
#[rustc_layout(debug)] type P38 = Opt<E65>;
#[rustc_layout(debug)] type P39 = Opt<Opt<U66>>;
#[rustc_layout(debug)] type P40 = [u16; 0];
#[rustc_layout(debug)] type P41 = Opt<(E67,)>;
#[rustc_layout(debug)] type P42 = Opt<E69>;
#[rustc_layout(debug)] type P43 = Res<*const u8, Res<S71, ((u8, bool), Nz72, usize, [u8; 6])>>;
#[rustc_layout(debug)] type P44 = Res<Tail2<[i8; 3]>, &'static [u16]>;
#[rustc_layout(debug)] type P45 = Opt<UnsafeCell<S74>>;
#[rustc_layout(debug)] type P46 = S76;
#[rustc_layout(debug)] type P47 = Tail<E78>;
#[rustc_layout(debug)] type P48 = Opt<E83>;
#[rustc_layout(debug)] type P49 = Opt<Opt<Opt<Opt<Opt<Res<f32, i8>>>>>>;
#[rustc_layout(debug)] type P50 = Res<Tail2<UnsafeCell<Res<bool, char>>>, (u8, bool)>;
#[rustc_layout(debug)] type P51 = Res<u128, Nz84>;
#[rustc_layout(debug)] type P52 = Opt<Opt<Opt<Opt<Opt<Opt<u64>>>>>>;
#[rustc_layout(debug)] type P53 = Opt<Opt<(U85,)>>;
#[rustc_layout(debug)] type P54 = ((), dyn Tr);
#[rustc_layout(debug)] type P55 = Opt<*const [u8]>;
#[rustc_layout(debug)] type P56 = Opt<[u16; 0]>;
#[rustc_layout(debug)] type P57 = UnsafeCell<S87>;
#[rustc_layout(debug)] type P58 = Res<Opt<Nz88>, Tail<(bool,)>>;
#[rustc_layout(debug)] type P59 = Opt<Opt<Tail<Opt<&'static (u8, str)>>>>;

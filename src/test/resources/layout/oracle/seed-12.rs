pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[rustc_layout_scalar_valid_range_start(32767)] #[rustc_layout_scalar_valid_range_end(32768)] pub struct Nz0(u16);
#[repr(u64)] pub enum E1 { V0 = 18446744073709551614, V1 = 2, V2 = 127, }
#[repr(align(2))] pub struct S2 { f0: f64, f1: E1, f2: i128, f3: i16, }
#[repr(C)] pub enum E3 { V0 = 32767, }
pub struct S4 { f0: S2, f1: E3, f2: Res<u64, !>, f3: &'static dyn Tr, }
#[repr(i32)] pub enum E5 { V0 = 3, V1, V2 = 255, V3, }
#[repr(u32)] pub enum E6 { V0(*const u8, E5), V1, V2, V3(!, &'static (u8, str)), V4(i128), }
#[repr(C)] pub enum E7 { V0(E6), V1, V2, V3, }
#[repr(i16)] pub enum E8 { V0, V1, V2, }
#[repr(align(2))] pub struct S9 { }
#[repr(align(4))] pub enum E10 { V0 = -32768, V1 = 32767, }
#[repr(C)] pub union U11 { f0: ManuallyDrop<*const [u8]>, f1: ManuallyDrop<*const dyn Tr>, }
#[repr(C, u8)] pub enum E12 { V0(()), V1, V2, }
pub struct S13 { f0: u32, f1: i32, f2: Opt<Tail2<u16>>, f3: Res<Opt<fn()>, U11>, f4: (E12,), }
pub union U14 { f0: ManuallyDrop<u32>, f1: ManuallyDrop<bool>, }
pub struct S15 { f0: U14, }
#[repr(align(8))] pub struct S16 { f0: S15, f1: UnsafeCell<Tail2<char>>, f2: (Tail<()>, Opt<u64>), }
#[repr(C, align(8))] pub struct S17 { f0: (&'static (u8, str), u16, [u8; 16], *const dyn Tr), }
#[repr(u32)] pub enum E18 { V0(bool, &'static str), V1 = 3059552223, V2 = 4, }
#[repr(C, packed(2))] pub struct S19 { }
#[repr(i32)] pub enum E20 { V0(E18, S19) = 255, }
#[repr(i16)] pub enum E21 { V0, V1, V2, V3, }
pub struct S22 { f0: S17, f1: E20, f2: E21, }
pub enum E23 { V0, }
#[repr(C)] pub union U24 { f0: ManuallyDrop<UnsafeCell<i32>>, }
#[repr(C)] pub enum E25 { V0, V1(!, U24), V2, V3, }
#[repr(u16)] pub enum E26 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, }
#[repr(packed(2))] pub struct S27 { f0: i32, f1: &'static (u8, str), f2: bool, f3: E26, f4: *const [u8], }
#[repr(u32)] pub enum E28 { V0, V1, }
pub union U29 { f0: ManuallyDrop<&'static (u8, str)>, }
#[repr(align(4))] pub enum E30 { V0, V1(UnsafeCell<E28>), V2(U29, !), V3, }
#[repr(u8)] pub enum E31 { V0 = 0, V1 = 198, V2 = 1, }
#[repr(packed(2))] pub struct S32 { f0: f32, f1: u128, f2: &'static dyn Tr, f3: f32, f4: u8, }
#[repr(u16)] pub enum E33 { V0 = 128, V1, V2, }
#[repr(usize)] pub enum E34 { V0, V1(E33), V2(f32, &'static u8), }
#[repr(C)] pub enum E35 { V0(bool), V1(UnsafeCell<u16>, Opt<u32>), V2, V3, V4(S32, E34), }
#[repr(C)] pub union U36 { f0: ManuallyDrop<UnsafeCell<Opt<usize>>>, f1: ManuallyDrop<E35>, f2: ManuallyDrop<[&'static u8; 6]>, }
#[rustc_layout_scalar_valid_range_end(827553842)] pub struct Nz37(i32);
pub struct S38 { f0: f64, f1: bool, f2: Nz37, }
pub enum E39 { V0(S38), V1, }
#[repr(C)] pub enum E40 { V0 = 8197, }
#[repr(align(8))] pub union U41 { f0: ManuallyDrop<E39>, f1: ManuallyDrop<E40>, }
#[rustc_layout_scalar_valid_range_start(128)] #[rustc_layout_scalar_valid_range_end(128)] pub struct Nz42(i8);
#[repr(C)] pub struct S43 { f0: Nz42, f1: u128, f2: &'static dyn Tr, }
pub union U44 { f0: ManuallyDrop<S43>, }
#[repr(packed)] pub struct S45 { }
pub union U46 { f0: ManuallyDrop<[u8; 3]>, f1: ManuallyDrop<u128>, }
#[repr(C)] pub struct S47 { f0: U46, f1: bool, }
#[repr(C, packed(2))] pub struct S48 { f0: &'static (u8, str), f1: char, }
#[rustc_layout_scalar_valid_range_end(1)] pub struct Nz49(u32);
#[repr(C, u8)] pub enum E50 { V0(Nz49, !), V1, V2(u16), V3, V4, }
#[rustc_layout_scalar_valid_range_end(38832)] pub struct Nz51(u16);
#[repr(u32)] pub enum E52 { V0 = 4294967293, V1 = 3155447965, V2 = 3257659068, }
#[repr(C)] pub enum E53 { V0 = -21317, V1, }
#[repr(C)] pub struct S54 { f0: (), f1: Nz51, f2: E52, f3: E53, f4: char, }
#[repr(i8)] pub enum E55 { V0, V1 = 125, }
#[rustc_layout_scalar_valid_range_end(924841547)] pub struct Nz56(u32);
pub struct S57 { f0: f32, f1: bool, f2: isize, f3: *const dyn Tr, f4: char, }
#[repr(C)] pub enum E58 { V0(UnsafeCell<!>), V1([!; 1], !), V2, }
#[repr(align(2))] pub struct S59 { f0: (UnsafeCell<Nz56>,), f1: Opt<S57>, f2: E58, }
#[rustc_layout_scalar_valid_range_start(609425149)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz60(i32);
#[repr(C)] pub enum E61 { V0(&'static [u16], i8), V1(i128), V2, V3(Nz60, i128), V4, }
pub struct S62 { f0: Tail2<E61>, f1: UnsafeCell<u32>, }
#[rustc_layout_scalar_valid_range_start(1333214333)] pub struct Nz63(u32);
#[repr(C)] pub union U64 { f0: ManuallyDrop<Nz63>, f1: ManuallyDrop<()>, f2: ManuallyDrop<i16>, }
#[rustc_layout_scalar_valid_range_start(9653709082901371453)] #[rustc_layout_scalar_valid_range_end(18446744073709551614)] pub struct Nz65(u64);
#[repr(i16)] pub enum E66 { V0 = 1, V1 = -3, V2(Res<U64, UnsafeCell<*const dyn Tr>>, !) = -32766, V3(Opt<Nz65>) = -21571, }
pub enum E67 { V0 = -2, }
#[repr(i32)] pub enum E68 { V0 = 1428470356, V1 = 2147483646, V2, }
#[repr(packed)] pub union U69 { f0: ManuallyDrop<UnsafeCell<Opt<E67>>>, f1: ManuallyDrop<Opt<E68>>, }
#[rustc_layout_scalar_valid_range_start(255)] pub struct Nz70(u8);
#[rustc_layout_scalar_valid_range_start(2147483646)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz71(i32);
pub union U72 { f0: ManuallyDrop<[u16; 0]>, }
#[repr(packed)] pub union U73 { f0: ManuallyDrop<u16>, f1: ManuallyDrop<i32>, }
pub enum E74 { V0, V1, V2(Res<UnsafeCell<*const dyn Tr>, u64>, UnsafeCell<U72>), V3(U73), }
#[repr(C)] pub enum E75 { V0, V1, V2, V3(*const u8), V4, }
#[rustc_layout_scalar_valid_range_start(0)] pub struct Nz76(u32);
#[repr(align(8))] pub struct S77 { f0: Nz76, }
#[rustc_layout_scalar_valid_range_start(18446744073709551615)] #[rustc_layout_scalar_valid_range_end(0)] pub struct Nz78(u64);
pub struct S79 { f0: u64, f1: (), f2: *const Tail2<dyn Tr>, f3: i128, f4: Nz78, }
pub union U80 { f0: ManuallyDrop<*const Tail2<dyn Tr>>, }
#[repr(C)] pub enum E81 { V0(S79), V1, V2, V3(U80, *const Tail2<dyn Tr>), }
#[repr(i128)] pub enum E82 { V0, V1, V2, V3, }
#[repr(C)] pub struct S83 { }
#[repr(u64)] pub enum E84 { V0, V1, V2, V3, V4, }
pub struct S85 { f0: E84, f1: Tail2<*const u8>, }
#[repr(C, align(8))] pub struct S86 { f0: Res<S83, UnsafeCell<*const Tail2<dyn Tr>>>, f1: S85, }
#[repr(i64)] pub enum E87 { V0 = 7, }
#[repr(i16)] pub enum E88 { V0, V1, V2(isize), }
#[repr(packed(2))] pub struct S89 { f0: fn(), f1: char, f2: &'static (u8, str), f3: *const Tail2<dyn Tr>, }
#[repr(i32)] pub enum E90 { V0 = 14, V1(u32, u8) = 11, }
#[repr(i64)] pub enum E91 { V0(E88, *const Tail2<dyn Tr>), V1, V2, V3(S89, E90), }
#[repr(packed)] pub union U92 { f0: ManuallyDrop<[u8; 3]>, f1: ManuallyDrop<u128>, }
#[repr(isize)] pub enum E93 { V0, V1(!), V2, }
#[repr(packed)] pub union U94 { f0: ManuallyDrop<U92>, f1: ManuallyDrop<E93>, }
pub struct S95 { f0: Opt<char>, f1: U94, f2: Opt<Opt<usize>>, f3: Tail<[[u8; 3]; 1]>, f4: *const Tail2<dyn Tr>, }
#[repr(i128)] pub enum E96 { V0 = 4, V1, }
#[repr(C)] pub enum E97 { V0(i64, [u16; 0]), V1(char, fn()), V2(&'static (u8, str)), V3, V4(char), }
#[repr(packed(2))] pub struct S98 { f0: Opt<E96>, f1: E97, f2: [u64; 0], }
#[repr(i16)] pub enum E99 { V0, V1, V2(Tail2<Res<i128, bool>>), V3 = -32768, }
#[repr(isize)] pub enum E100 { V0, V1, V2(!, Tail2<!>), }
pub struct S101 { f0: UnsafeCell<Opt<u128>>, }
#[repr(C, align(8))] pub struct S102 { }
#[repr(C)] pub struct S103 { }
#[repr(u16)] pub enum E104 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, V256, }
pub struct S105 { f0: S103, f1: E104, }
pub enum E106 { V0, }
#[rustc_layout_scalar_valid_range_start(4294967294)] #[rustc_layout_scalar_valid_range_end(2172769941)] pub struct Nz107(u32);
#[repr(u32)] pub enum E108 { V0 = 4294967293, V1 = 908213520, V2(Nz107), V3, V4, }
#[repr(usize)] pub enum E109 { V0, V1, V2, V3, }
#[repr(u128)] pub enum E110 { V0(Tail<*const Tail2<dyn Tr>>, (u64, E106, bool, *const [u8])) = 120172585099777416232276058428404663920, V1 = 256, V2, V3(E108, (&'static [u16], i64, E109, bool)), }
#[repr(align(8))] pub union U111 { f0: ManuallyDrop<[[u8; 16]; 2]>, f1: ManuallyDrop<u64>, f2: ManuallyDrop<Res<[u64; 0], f64>>, }
#[repr(u8)] pub enum E112 { V0(*const dyn Tr, char) = 255, }
#[repr(packed(2))] pub union U113 { f0: ManuallyDrop<E112>, }
#[repr(i32)] pub enum E114 { V0, V1(!, [u64; 0]), V2, V3(usize), V4, }
#[repr(u64)] pub enum E115 { V0(i16, isize), V1(E110, U111), V2, V3(U113, !), V4(E114), }
#[rustc_layout_scalar_valid_range_end(4294967294)] pub struct Nz116(i32);
#[rustc_layout_scalar_valid_range_end(1051)] pub struct Nz117(u16);
#[repr(C)] pub enum E118 { V0(Nz116), V1(f32), V2(&'static [u16], Nz117), }
#[repr(C, i16)] pub enum E119 { V0(i32, char), V1(i128, char), }
pub struct S120 { f0: UnsafeCell<u64>, f1: E118, f2: E119, }
#[repr(C, align(8))] pub struct S121 { f0: UnsafeCell<u128>, f1: [[u64; 0]; 6], }
#[repr(C)] pub union U122 { f0: ManuallyDrop<S120>, f1: ManuallyDrop<S121>, }
#[rustc_layout(debug)] type P0 = Nz0;
#[rustc_layout(debug)] type P1 = u64;
#[rustc_layout(debug)] type P2 = Res<S4, E7>;
#[rustc_layout(debug)] type P3 = (Tail<Opt<[u16; 0]>>, E8);
#[rustc_layout(debug)] type P4 = Opt<Opt<Opt<Opt<Opt<bool>>>>>;
#[rustc_layout(debug)] type P5 = Opt<S9>;
#[rustc_layout(debug)] type P6 = u64;
#[rustc_layout(debug)] type P7 = E10;
#[rustc_layout(debug)] type P8 = Res<(), &'static (u8, str)>;
#[rustc_layout(debug)] type P9 = Res<char, &'static (u8, str)>;
#[rustc_layout(debug)] type P10 = [u16; 0];
#[rustc_layout(debug)] type P11 = Opt<Opt<&'static str>>;
#[rustc_layout(debug)] type P12 = Res<S13, [u64; 0]>;
#[rustc_layout(debug)] type P13 = S16;
#[rustc_layout(debug)] type P14 = Opt<Opt<S22>>;
#[rustc_layout(debug)] type P15 = E23;
#[rustc_layout(debug)] type P16 = (i8,);
#[rustc_layout(debug)] type P17 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<u32>>>>>>>;
#[rustc_layout(debug)] type P18 = E25;
#[rustc_layout(debug)] type P19 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<[[S27; 1]; 1]>>>>>>>;
#[rustc_layout(debug)] type P20 = Opt<UnsafeCell<Opt<char>>>;
#[rustc_layout(debug)] type P21 = Res<Tail<E30>, fn()>;
#[rustc_layout(debug)] type P22 = dyn Tr;
#[rustc_layout(debug)] type P23 = &'static dyn Tr;
#[rustc_layout(debug)] type P24 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<U36>>>>>>>;
#[rustc_layout(debug)] type P25 = Opt<Opt<Opt<Opt<Opt<Opt<U41>>>>>>;
#[rustc_layout(debug)] type P26 = (U44, &'static Tail<[u8]>, S45);
#[rustc_layout(debug)] type P27 = Res<Res<S47, i32>, f64>;
#[rustc_layout(debug)] type P28 = (Res<Res<isize, f32>, UnsafeCell<i128>>, i32, (S48, E50, u8, S54), UnsafeCell<Res<&'static dyn Tr, *const dyn Tr>>);
#[rustc_layout(debug)] type P29 = Res<Opt<Tail2<(E55,)>>, &'static dyn Tr>;
#[rustc_layout(debug)] type P30 = Opt<S59>;
#[rustc_layout(debug)] type P31 = S62;
#[rustc_layout(debug)] type P32 = UnsafeCell<Tail<UnsafeCell<i64>>>;
#[rustc_layout(debug)] type P33 = Opt<Opt<Opt<Opt<Opt<E66>>>>>;
#[rustc_layout(debug)] type P34 = U69;
#[rustc_layout(debug)] type P35 = Opt<Opt<bool>>;
#[rustc_layout(debug)] type P36 = Res<(UnsafeCell<Res<Nz70, Nz71>>,), f32>;
#[rustc_layout(debug)] type P37 = Opt<Opt<E74>>;
#[rustc_layout(debug)] type P38 = Opt<Opt<[Opt<Tail2<f64>>; 2]>>;
#[rustc_layout(debug)] type P39 = E75;
#[rustc_layout(debug)] type P40 = Res<Opt<UnsafeCell<[u8; 3]>>, Res<(f32, ()), S77>>;
#[rustc_layout(debug)] type P41 = Opt<E81>;
#[rustc_layout(debug)] type P42 = Res<E82, [u8; 16]>;
#[rustc_layout(debug)] type P43 = Res<S86, u8>;
#[rustc_layout(debug)] type P44 = Opt<i32>;
#[rustc_layout(debug)] type P45 = Opt<Opt<Opt<Opt<Opt<[[u64; 0]; 3]>>>>>;
#[rustc_layout(debug)] type P46 = Opt<Opt<Opt<E87>>>;
#[rustc_layout(debug)] type P47 = Opt<Opt<Opt<[E91; 5]>>>;
#[rustc_layout(debug)] type P48 = Opt<Opt<S95>>;
#[rustc_layout(debug)] type P49 = Opt<S98>;
#[rustc_layout(debug)] type P50 = E99;
#[rustc_layout(debug)] type P51 = UnsafeCell<E100>;
#[rustc_layout(debug)] type P52 = Opt<Opt<S101>>;
#[rustc_layout(debug)] type P53 = Opt<bool>;
#[rustc_layout(debug)] type P54 = Opt<Opt<Opt<([u16; 0], S102, [u64; 3], S105)>>>;
#[rustc_layout(debug)] type P55 = Opt<Opt<[u64; 0]>>;
#[rustc_layout(debug)] type P56 = Opt<Opt<E115>>;
#[rustc_layout(debug)] type P57 = Opt<Opt<Opt<Opt<Opt<Opt<char>>>>>>;
#[rustc_layout(debug)] type P58 = Opt<Opt<Opt<Opt<Opt<[u64; 0]>>>>>;
#[rustc_layout(debug)] type P59 = Opt<Opt<U122>>;

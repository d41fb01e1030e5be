pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(u8)] pub enum E0 { V0, V1, V2, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz1(u8);
#[repr(C)] pub enum E2 { V0, V1(&'static Tail<[u8]>), V2, V3, }
#[repr(C, packed(2))] pub struct S3 { f0: [u8; 16], f1: (E2,), }
#[repr(C)] pub enum E4 { V0, }
#[repr(align(8))] pub union U5 { f0: ManuallyDrop<E4>, }
pub enum E6 { V0([bool; 6], !), V1(Tail2<&'static Tail<[u8]>>, &'static (u8, str)), V2(U5), V3, }
pub enum E7 { V0([u16; 0]), V1, V2(bool, E6), V3([(&'static Tail<[u8]>, &'static Tail<[u8]>); 3], f32), }
#[repr(packed)] pub union U8 { f0: ManuallyDrop<&'static Tail<[u8]>>, f1: ManuallyDrop<&'static Tail<[u8]>>, f2: ManuallyDrop<i64>, }
#[repr(C)] pub union U9 { f0: ManuallyDrop<bool>, }
#[repr(u32)] pub enum E10 { V0, V1, }
#[repr(i8)] pub enum E11 { V0 = -61, V1(&'static (u8, str), *const [u8]) = 126, V2(E10) = 127, V3 = -2, }
#[repr(u16)] pub enum E12 { V0(!, U8), V1([*const dyn Tr; 1], (&'static dyn Tr, &'static Tail<[u8]>, i128, !)), V2(&'static Tail<[u8]>, U9), V3(E11, bool), V4(char), }
#[repr(C)] pub enum E13 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, }
#[repr(align(8))] pub union U14 { f0: ManuallyDrop<u32>, f1: ManuallyDrop<[u8; 3]>, }
#[rustc_layout_scalar_valid_range_start(61)] pub struct Nz15(u8);
#[rustc_layout_scalar_valid_range_start(126)] pub struct Nz16(i8);
pub struct S17 { f0: Nz16, }
#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(4294967295)] pub struct Nz18(i32);
#[repr(C)] pub enum E19 { V0(Nz18), V1, }
pub struct S20 { f0: Res<&'static (u8, str), fn()>, }
#[rustc_layout_scalar_valid_range_start(4294967294)] pub struct Nz21(u32);
#[repr(usize)] pub enum E22 { V0(Nz21, f32) = 1, V1(!), V2(u8, Opt<Res<*const u8, i16>>) = 13, }
#[repr(C)] pub enum E23 { V0, }
#[repr(u16)] pub enum E24 { V0, V1(UnsafeCell<E23>, UnsafeCell<*const dyn Tr>), }
#[repr(u16)] pub enum E25 { V0 = 1, V1 = 9228, V2 = 126, V3 = 65533, }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz26(u32);
#[repr(align(16))] pub struct S27 { }
pub struct S28 { f0: Nz26, f1: S27, }
#[repr(align(16))] pub enum E29 { V0 = 32767, }
pub enum E30 { V0 = 11, V1, V2 = 32767, V3 = 32765, }
pub union U31 { f0: ManuallyDrop<&'static u8>, f1: ManuallyDrop<[u8; 16]>, }
pub struct S32 { f0: bool, f1: !, f2: &'static str, f3: f32, f4: [u8; 16], }
#[repr(align(4))] pub enum E33 { V0(*const u8, &'static [u16]), V1, }
pub union U34 { f0: ManuallyDrop<*const Tail2<dyn Tr>>, }
pub enum E35 { V0 = 7, }
#[repr(align(16))] pub struct S36 { f0: !, }
#[repr(u128)] pub enum E37 { V0, V1 = 32767, V2 = 2, V3, }
pub struct S38 { f0: u16, f1: S36, f2: UnsafeCell<Opt<E37>>, }
pub union U39 { f0: ManuallyDrop<i16>, f1: ManuallyDrop<char>, }
pub enum E40 { V0(Opt<i64>, fn()), V1, V2(U39), V3(Opt<i128>), V4(*const [u8]), }
#[repr(align(4))] pub enum E41 { V0 = -32768, V1 = 10, }
#[repr(i16)] pub enum E42 { V0 = 3867, V1 = 29316, V2, V3(*const [u8], !) = 32767, }
#[repr(i16)] pub enum E43 { V0 = -5, V1, V2 = -6935, }
#[repr(C)] pub union U44 { f0: ManuallyDrop<E43>, f1: ManuallyDrop<bool>, }
#[repr(u8)] pub enum E45 { V0(E42, [u64; 0]), V1, V2(!, U44), V3, V4, }
pub struct S46 { f0: Opt<!>, }
#[rustc_layout_scalar_valid_range_start(9223372036854775807)] pub struct Nz47(u64);
#[repr(packed(2))] pub union U48 { f0: ManuallyDrop<char>, f1: ManuallyDrop<&'static dyn Tr>, f2: ManuallyDrop<Nz47>, }
#[repr(u16)] pub enum E49 { V0(*const [u8]), }
#[repr(C, align(8))] pub struct S50 { f0: U48, f1: u16, f2: E49, f3: u8, }
#[repr(packed)] pub struct S51 { f0: i32, f1: E45, f2: i128, f3: S46, f4: i32, }
#[repr(u16)] pub enum E52 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, }
pub struct S53 { }
#[repr(align(16))] pub struct S54 { }
#[repr(i64)] pub enum E55 { V0, V1, V2, }
#[repr(packed)] pub struct S56 { f0: i16, f1: &'static dyn Tr, f2: fn(), f3: E55, }
#[repr(packed(4))] pub struct S57 { }
pub struct S58 { f0: [u16; 0], f1: u16, f2: S56, f3: Tail<[u16; 0]>, f4: S57, }
#[repr(C)] pub struct S59 { f0: UnsafeCell<i16>, }
#[repr(C)] pub enum E60 { V0, V1, V2 = -20790, V3, }
pub union U61 { f0: ManuallyDrop<[u64; 0]>, f1: ManuallyDrop<Tail2<isize>>, f2: ManuallyDrop<Tail<E60>>, }
#[repr(align(16))] pub enum E62 { V0, V1, }
#[rustc_layout_scalar_valid_range_start(18446744073709551615)] #[rustc_layout_scalar_valid_range_end(18446744073709551615)] pub struct Nz63(u64);
#[repr(packed(2))] pub union U64 { f0: ManuallyDrop<Nz63>, }
#[repr(i8)] pub enum E65 { V0(U64, u128) = -3, }
pub struct S66 { f0: S58, f1: S59, f2: U61, f3: E62, f4: E65, }
#[rustc_layout_scalar_valid_range_start(126)] pub struct Nz67(u8);
#[repr(u64)] pub enum E68 { V0 = 9684526514686208257, V1, }
#[repr(align(8))] pub union U69 { f0: ManuallyDrop<f64>, f1: ManuallyDrop<char>, f2: ManuallyDrop<[u8; 16]>, }
#[repr(isize)] pub enum E70 { V0, V1, V2, V3, V4, }
#[repr(C, align(8))] pub struct S71 { f0: &'static (u8, str), f1: [u8; 16], f2: E70, f3: *const Tail2<dyn Tr>, }
#[repr(isize)] pub enum E72 { V0 = -128, V1(*const [u8], !) = -32767, V2, V3(!, !), }
#[repr(u16)] pub enum E73 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, }
pub union U74 { f0: ManuallyDrop<i32>, f1: ManuallyDrop<bool>, f2: ManuallyDrop<E73>, }
#[repr(align(8))] pub union U75 { f0: ManuallyDrop<[u16; 0]>, f1: ManuallyDrop<[u16; 0]>, f2: ManuallyDrop<i64>, }
#[repr(u16)] pub enum E76 { V0 = 5718, V1, V2 = 9, }
#[repr(align(8))] pub struct S77 { f0: usize, f1: E76, }
pub struct S78 { f0: UnsafeCell<fn()>, f1: U75, f2: S77, f3: ((), usize, [u64; 0], [u64; 0]), }
pub struct S79 { f0: u64, f1: S78, }
#[rustc_layout(debug)] type P0 = Opt<Opt<Opt<Opt<Opt<Opt<[[u8; 16]; 2]>>>>>>;
#[rustc_layout(debug)] type P1 = ((E0, Nz1), dyn Tr);
#[rustc_layout(debug)] type P2 = Opt<Opt<Opt<Opt<Opt<Opt<u32>>>>>>;
#[rustc_layout(debug)] type P3 = UnsafeCell<Opt<[u8; 3]>>;
#[rustc_layout(debug)] type P4 = Res<u8, i64>;
#[rustc_layout(debug)] type P5 = S3;
#[rustc_layout(debug)] type P6 = Opt<Opt<E7>>;
#[rustc_layout(debug)] type P7 = Opt<Res<E12, [[u64; 5]; 3]>>;
#[rustc_layout(debug)] type P8 = Opt<Opt<Opt<Opt<UnsafeCell<E13>>>>>;
#[rustc_layout(debug)] type P9 = Tail<[Res<*const u8, u8>]>;
#[rustc_layout(debug)] type P10 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<U14>>>>>>>;
#[rustc_layout(debug)] type P11 = Opt<Opt<Opt<&'static (u8, str)>>>;
#[rustc_layout(debug)] type P12 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<Res<(), Tail2<Res<fn(), fn()>>>>>>>>>>;
#[rustc_layout(debug)] type P13 = Res<UnsafeCell<Nz15>, [u64; 0]>;
#[rustc_layout(debug)] type P14 = Opt<Opt<S17>>;
#[rustc_layout(debug)] type P15 = Opt<[UnsafeCell<E19>; 3]>;
#[rustc_layout(debug)] type P16 = Opt<Opt<Opt<Opt<S20>>>>;
#[rustc_layout(debug)] type P17 = Res<E22, u8>;
#[rustc_layout(debug)] type P18 = [E24; 3];
#[rustc_layout(debug)] type P19 = Opt<Opt<E25>>;
#[rustc_layout(debug)] type P20 = u32;
#[rustc_layout(debug)] type P21 = S28;
#[rustc_layout(debug)] type P22 = UnsafeCell<Res<(f32, char), E29>>;
#[rustc_layout(debug)] type P23 = Opt<Opt<E30>>;
#[rustc_layout(debug)] type P24 = f64;
#[rustc_layout(debug)] type P25 = Opt<Opt<[i64; 1]>>;
#[rustc_layout(debug)] type P26 = Opt<Opt<Opt<Opt<Opt<[char; 2]>>>>>;
#[rustc_layout(debug)] type P27 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<[u8; 3]>>>>>>>;
#[rustc_layout(debug)] type P28 = [u8; 16];
#[rustc_layout(debug)] type P29 = Opt<[u128; 1]>;
#[rustc_layout(debug)] type P30 = Tail<[U31]>;
#[rustc_layout(debug)] type P31 = Res<Opt<S32>, E33>;
#[rustc_layout(debug)] type P32 = Res<i32, [u16; 0]>;
#[rustc_layout(debug)] type P33 = Res<i32, &'static str>;
#[rustc_layout(debug)] type P34 = Opt<Opt<Tail2<U34>>>;
#[rustc_layout(debug)] type P35 = E35;
#[rustc_layout(debug)] type P36 = i128;
#[rustc_layout(debug)] type P37 = S38;
#[rustc_layout(debug)] type P38 = [Tail<Opt<()>>; 3];
#[rustc_layout(debug)] type P39 = &'static (u8, str);
#[rustc_layout(debug)] type P40 = Res<[E40; 1], E41>;
#[rustc_layout(debug)] type P41 = S51;
#[rustc_layout(debug)] type P42 = Opt<Opt<[Opt<u64>; 0]>>;
#[rustc_layout(debug)] type P43 = Res<Res<(Res<u8, u8>, UnsafeCell<i128>), &'static [u16]>, E52>;
#[rustc_layout(debug)] type P44 = Opt<[u64; 0]>;
#[rustc_layout(debug)] type P45 = Opt<Opt<i8>>;
#[rustc_layout(debug)] type P46 = S53;
#[rustc_layout(debug)] type P47 = Opt<Opt<bool>>;
#[rustc_layout(debug)] type P48 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S54>>>>>>>;
#[rustc_layout(debug)] type P49 = UnsafeCell<*const [u8]>;
#[rustc_layout(debug)] type P50 = u16;
#[rustc_layout(debug)] type P51 = &'static dyn Tr;
#[rustc_layout(debug)] type P52 = Opt<Opt<S66>>;
#[rustc_layout(debug)] type P53 = Opt<Opt<Res<(usize, Res<Nz67, E68>, U69, S71), !>>>;
#[rustc_layout(debug)] type P54 = Opt<Opt<[E72; 1]>>;
#[rustc_layout(debug)] type P55 = dyn Tr;
#[rustc_layout(debug)] type P56 = dyn Tr;
#[rustc_layout(debug)] type P57 = !;
#[rustc_layout(debug)] type P58 = Opt<i8>;
#[rustc_layout(debug)] type P59 = Res<S79, u16>;

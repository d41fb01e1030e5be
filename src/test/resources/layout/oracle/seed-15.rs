pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(align(16))] pub enum E0 { V0 = -20270, }
#[repr(u16)] pub enum E1 { V0 = 0, V1(f64), V2(Opt<&'static u8>), V3, V4 = 65534, }
#[repr(usize)] pub enum E2 { V0, V1, }
#[repr(align(4))] pub enum E3 { V0(Res<E1, E2>), V1, V2, V3, }
#[repr(packed(2))] pub struct S4 { }
pub struct S5 { f0: &'static [u16], }
#[repr(isize)] pub enum E6 { V0, V1, }
#[repr(align(8))] pub union U7 { f0: ManuallyDrop<S5>, f1: ManuallyDrop<E6>, f2: ManuallyDrop<UnsafeCell<i16>>, }
#[repr(packed)] pub struct S8 { f0: isize, f1: S4, f2: f64, }
#[repr(packed)] pub union U9 { f0: ManuallyDrop<&'static Tail<[u8]>>, }
#[repr(align(16))] pub enum E10 { V0, V1(f64), V2(u16), }
#[repr(i32)] pub enum E11 { V0, V1((*const dyn Tr, &'static (u8, str), i32)) = 5, V2(U9), V3(E10, Opt<!>) = 3, V4 = -2126254311, }
#[repr(i128)] pub enum E12 { V0, V1((u8, bool)), }
#[repr(C)] pub enum E13 { V0, V1, V2, V3(&'static [u16], i8), V4, }
#[repr(C)] pub struct S14 { f0: E13, }
#[repr(align(16))] pub struct S15 { f0: Res<E12, i128>, f1: S14, }
#[repr(align(2))] pub struct S16 { }
pub struct S17 { f0: bool, f1: [u16; 3], f2: &'static u8, }
pub enum E18 { V0, V1, }
#[repr(C, packed(2))] pub struct S19 { f0: E18, f1: fn(), f2: usize, }
#[repr(C)] pub enum E20 { V0, V1(S17, S19), }
#[repr(packed(2))] pub struct S21 { }
#[repr(align(4))] pub enum E22 { V0, V1, V2, }
pub struct S23 { f0: E22, }
#[repr(u128)] pub enum E24 { V0, V1 = 1, V2 = 204340207154187555662146561978201313401, V3 = 340282366920938463463374607431768211453, V4 = 340282366920938463463374607431768211455, }
#[repr(packed(2))] pub union U25 { f0: ManuallyDrop<E24>, f1: ManuallyDrop<*const dyn Tr>, f2: ManuallyDrop<*const dyn Tr>, }
#[repr(C)] pub struct S26 { f0: Res<(u8, bool), [u8; 6]>, f1: S23, f2: u32, f3: [fn(); 1], f4: U25, }
#[repr(C)] pub enum E27 { V0, V1, V2, V3, }
#[repr(i16)] pub enum E28 { V0, V1 = -32768, }
#[repr(usize)] pub enum E29 { V0(UnsafeCell<[u16; 3]>, Res<E27, E28>), V1 = 65533, V2, }
#[rustc_layout_scalar_valid_range_start(255)] #[rustc_layout_scalar_valid_range_end(254)] pub struct Nz30(i8);
#[repr(u32)] pub enum E31 { V0([u8; 16], Nz30) = 3, }
#[repr(packed(4))] pub struct S32 { }
#[repr(packed(4))] pub struct S33 { f0: S32, }
#[repr(align(4))] pub enum E34 { V0, V1, V2, }
#[repr(C)] pub union U35 { f0: ManuallyDrop<usize>, f1: ManuallyDrop<Res<u8, E34>>, }
#[repr(packed)] pub union U36 { f0: ManuallyDrop<u32>, }
#[repr(packed)] pub struct S37 { f0: &'static Tail<[u8]>, f1: *const [u8], f2: U36, }
#[repr(isize)] pub enum E38 { V0, }
pub struct S39 { f0: &'static str, f1: &'static Tail<[u8]>, f2: E38, }
#[repr(i128)] pub enum E40 { V0, V1, V2, V3, V4, }
pub enum E41 { V0, }
pub struct S42 { f0: fn(), f1: u16, f2: *const dyn Tr, }
#[repr(packed(2))] pub union U43 { f0: ManuallyDrop<UnsafeCell<i64>>, }
#[repr(C)] pub struct S44 { }
#[repr(packed)] pub struct S45 { f0: (Res<&'static u8, [u8; 3]>, [E40; 1], E41, S42), f1: U43, f2: S44, }
#[repr(u128)] pub enum E46 { V0, V1, V2 = 286798461533073769851770161271533189165, }
#[rustc_layout_scalar_valid_range_start(255)] #[rustc_layout_scalar_valid_range_end(254)] pub struct Nz47(u8);
#[rustc_layout_scalar_valid_range_start(126)] #[rustc_layout_scalar_valid_range_end(27)] pub struct Nz48(u8);
#[repr(packed)] pub struct S49 { f0: u64, f1: [u8; 16], f2: isize, }
#[repr(align(16))] pub struct S50 { f0: (*const Tail2<dyn Tr>, i16, Nz47, Nz48), f1: S49, }
pub union U51 { f0: ManuallyDrop<&'static dyn Tr>, }
#[repr(C)] pub union U52 { f0: ManuallyDrop<Tail2<&'static [u16]>>, f1: ManuallyDrop<U51>, }
#[repr(C)] pub enum E53 { V0, }
pub union U54 { f0: ManuallyDrop<E53>, }
pub enum E55 { V0, V1, }
#[repr(i64)] pub enum E56 { V0 = 2, }
pub union U57 { f0: ManuallyDrop<[u8; 16]>, f1: ManuallyDrop<usize>, f2: ManuallyDrop<&'static [u16]>, }
pub struct S58 { f0: UnsafeCell<f64>, f1: [E55; 1], f2: E56, f3: U57, }
#[repr(usize)] pub enum E59 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230 = 65074, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240 = 29046, V241, V242, V243, V244, V245, V246, V247, V248, V249, }
#[repr(u8)] pub enum E60 { V0, V1, V2, V3, }
#[repr(u64)] pub enum E61 { V0, V1, V2, V3, }
#[rustc_layout_scalar_valid_range_start(117)] pub struct Nz62(u8);
#[repr(packed)] pub struct S63 { f0: (usize, Opt<E61>, Tail2<[u8; 6]>, *const u8), f1: Nz62, }
pub enum E64 { V0(bool), V1, V2([bool; 2]), }
pub struct S65 { f0: Opt<&'static dyn Tr>, f1: (*const Tail2<dyn Tr>, *const u8), }
#[repr(packed(2))] pub union U66 { f0: ManuallyDrop<S65>, }
#[repr(C, i16)] pub enum E67 { V0(usize) = -32767, V1 = -32766, V2(!), V3, V4(u64, i128) = 17913, }
#[repr(packed)] pub union U68 { f0: ManuallyDrop<u8>, f1: ManuallyDrop<Opt<&'static (u8, str)>>, }
#[repr(C)] pub enum E69 { V0, }
#[rustc_layout_scalar_valid_range_start(254)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz70(i8);
pub struct S71 { f0: Res<(bool, u16, u8), E69>, f1: [bool; 1], f2: UnsafeCell<Nz70>, f3: [u8; 2], f4: &'static u8, }
#[repr(C, align(8))] pub struct S72 { f0: fn(), f1: (u8, bool), f2: [u64; 0], f3: i8, }
#[repr(u8)] pub enum E73 { V0 = 4, V1 = 58, }
pub enum E74 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95 = 128, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105 = -3, V106, V107 = -32766, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164 = 24887, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, }
#[repr(u8)] pub enum E75 { V0(usize), V1(i32, !), }
pub enum E76 { V0, V1(&'static str, u128), V2(E74, E75), V3, }
pub struct S77 { f0: [u8; 3], }
#[repr(align(8))] pub union U78 { f0: ManuallyDrop<[u64; 0]>, f1: ManuallyDrop<S77>, }
#[repr(u128)] pub enum E79 { V0 = 255, V1, }
#[repr(align(2))] pub struct S80 { f0: [u8; 16], f1: E79, }
#[repr(C)] pub struct S81 { f0: E76, f1: Opt<Opt<[u16; 3]>>, f2: U78, f3: S80, }
#[repr(isize)] pub enum E82 { V0(bool), V1, }
pub struct S83 { f0: E82, f1: *const [u8], }
pub struct S84 { f0: UnsafeCell<bool>, f1: S83, }
pub struct S85 { }
#[rustc_layout_scalar_valid_range_start(4294967295)] pub struct Nz86(u32);
#[repr(u128)] pub enum E87 { V0 = 75228689816318098486428005397870272064, }
#[repr(i128)] pub enum E88 { V0, V1, }
#[repr(align(8))] pub union U89 { f0: ManuallyDrop<E87>, f1: ManuallyDrop<f64>, f2: ManuallyDrop<E88>, }
pub struct S90 { }
pub struct S91 { f0: char, }
#[repr(packed(2))] pub union U92 { f0: ManuallyDrop<(usize, &'static str)>, f1: ManuallyDrop<[u8; 16]>, f2: ManuallyDrop<S91>, }
#[repr(C, packed(2))] pub struct S93 { f0: [u8; 16], f1: Res<Opt<&'static u8>, bool>, f2: Res<&'static (u8, str), u32>, }
#[repr(align(8))] pub union U94 { f0: ManuallyDrop<S93>, }
#[rustc_layout_scalar_valid_range_start(8769155373999588956)] #[rustc_layout_scalar_valid_range_end(14981912998639609615)] pub struct Nz95(u64);
#[repr(packed(2))] pub union U96 { f0: ManuallyDrop<Nz95>, f1: ManuallyDrop<i128>, }
#[repr(packed)] pub union U97 { f0: ManuallyDrop<U96>, f1: ManuallyDrop<Res<&'static Tail<[u8]>, i8>>, f2: ManuallyDrop<(u8, bool)>, }
#[repr(align(8))] pub struct S98 { }
#[repr(C, align(8))] pub struct S99 { f0: (), }
pub enum E100 { V0(&'static u8, !), V1(Res<Opt<char>, *const Tail2<dyn Tr>>, Tail<(f32, &'static (u8, str), [u16; 0])>), V2(!), }
pub enum E101 { V0 = -32767, V1 = -32768, V2 = 10, V3 = -128, V4 = -32766, }
#[repr(usize)] pub enum E102 { V0(i64, isize), V1(E101, [bool; 2]), V2, V3, V4(i64, *const u8), }
#[repr(C)] pub union U103 { f0: ManuallyDrop<*const dyn Tr>, f1: ManuallyDrop<i8>, }
#[repr(i32)] pub enum E104 { V0(char, *const Tail2<dyn Tr>), }
#[rustc_layout_scalar_valid_range_start(6653999007051363208)] #[rustc_layout_scalar_valid_range_end(2863889261158369018)] pub struct Nz105(u64);
#[repr(packed(2))] pub union U106 { f0: ManuallyDrop<Nz105>, f1: ManuallyDrop<Opt<&'static u8>>, }
#[repr(C)] pub struct S107 { f0: U103, f1: usize, f2: E104, f3: U106, f4: Opt<[u16; 0]>, }
#[repr(C, packed(2))] pub struct S108 { f0: Opt<E102>, f1: (u8, bool), f2: ((bool, u16, u64, !),), f3: S107, }
#[repr(usize)] pub enum E109 { V0, V1(u64), V2, }
#[repr(C, u8)] pub enum E110 { V0(E109), }
#[repr(C, align(8))] pub struct S111 { f0: f32, f1: u32, }
#[repr(u32)] pub enum E112 { V0(E110, (S111,)), V1, }
pub enum E113 { V0(Res<Opt<isize>, UnsafeCell<bool>>), V1, }
#[rustc_layout(debug)] type P0 = Opt<E0>;
#[rustc_layout(debug)] type P1 = Res<E3, ()>;
#[rustc_layout(debug)] type P2 = Opt<Opt<i16>>;
#[rustc_layout(debug)] type P3 = Opt<Opt<UnsafeCell<[u16; 3]>>>;
#[rustc_layout(debug)] type P4 = S8;
#[rustc_layout(debug)] type P5 = (u128, UnsafeCell<&'static (u8, str)>, E11, i32);
#[rustc_layout(debug)] type P6 = Opt<Opt<S15>>;
#[rustc_layout(debug)] type P7 = Opt<Opt<Opt<Opt<S16>>>>;
#[rustc_layout(debug)] type P8 = Res<char, Opt<(u8, bool)>>;
#[rustc_layout(debug)] type P9 = (Opt<*const Tail2<dyn Tr>>,);
#[rustc_layout(debug)] type P10 = Opt<E20>;
#[rustc_layout(debug)] type P11 = i8;
#[rustc_layout(debug)] type P12 = Opt<S21>;
#[rustc_layout(debug)] type P13 = UnsafeCell<S26>;
#[rustc_layout(debug)] type P14 = E29;
#[rustc_layout(debug)] type P15 = (Tail2<E31>,);
#[rustc_layout(debug)] type P16 = Opt<Opt<S33>>;
#[rustc_layout(debug)] type P17 = S37;
#[rustc_layout(debug)] type P18 = Opt<Opt<Opt<Opt<Opt<S39>>>>>;
#[rustc_layout(debug)] type P19 = S45;
#[rustc_layout(debug)] type P20 = u32;
#[rustc_layout(debug)] type P21 = f32;
#[rustc_layout(debug)] type P22 = Opt<Opt<UnsafeCell<E46>>>;
#[rustc_layout(debug)] type P23 = Res<Res<S50, U52>, char>;
#[rustc_layout(debug)] type P24 = Opt<Opt<UnsafeCell<UnsafeCell<U54>>>>;
#[rustc_layout(debug)] type P25 = Res<Tail<S58>, u8>;
#[rustc_layout(debug)] type P26 = Res<E59, E60>;
#[rustc_layout(debug)] type P27 = S63;
#[rustc_layout(debug)] type P28 = UnsafeCell<Res<E64, &'static [u16]>>;
#[rustc_layout(debug)] type P29 = Opt<&'static dyn Tr>;
#[rustc_layout(debug)] type P30 = Opt<Opt<U66>>;
#[rustc_layout(debug)] type P31 = Opt<Opt<u32>>;
#[rustc_layout(debug)] type P32 = Opt<(E67, U68, S71)>;
#[rustc_layout(debug)] type P33 = [u8; 6];
#[rustc_layout(debug)] type P34 = Res<UnsafeCell<S72>, Tail<E73>>;
#[rustc_layout(debug)] type P35 = Opt<&'static u8>;
#[rustc_layout(debug)] type P36 = Tail<UnsafeCell<&'static (u8, str)>>;
#[rustc_layout(debug)] type P37 = S81;
#[rustc_layout(debug)] type P38 = str;
#[rustc_layout(debug)] type P39 = Res<char, u32>;
#[rustc_layout(debug)] type P40 = [u8; 6];
#[rustc_layout(debug)] type P41 = Opt<Opt<Opt<Opt<Opt<S84>>>>>;
#[rustc_layout(debug)] type P42 = Opt<Opt<Tail2<(S85, Nz86, U89)>>>;
#[rustc_layout(debug)] type P43 = Opt<Opt<i64>>;
#[rustc_layout(debug)] type P44 = Opt<*const dyn Tr>;
#[rustc_layout(debug)] type P45 = ((S90,), (bool, u16, u8));
#[rustc_layout(debug)] type P46 = [U92; 5];
#[rustc_layout(debug)] type P47 = Opt<Opt<U94>>;
#[rustc_layout(debug)] type P48 = Opt<Opt<Opt<Opt<Opt<Opt<char>>>>>>;
#[rustc_layout(debug)] type P49 = u16;
#[rustc_layout(debug)] type P50 = Opt<Opt<UnsafeCell<U97>>>;
#[rustc_layout(debug)] type P51 = Opt<Opt<Opt<[u16; 0]>>>;
#[rustc_layout(debug)] type P52 = Opt<Opt<Opt<Opt<Opt<Opt<&'static dyn Tr>>>>>>;
#[rustc_layout(debug)] type P53 = Opt<[[S98; 3]; 5]>;
#[rustc_layout(debug)] type P54 = S99;
#[rustc_layout(debug)] type P55 = E100;
#[rustc_layout(debug)] type P56 = Opt<S108>;
#[rustc_layout(debug)] type P57 = E112;
#[rustc_layout(debug)] type P58 = E113;
#[rustc_layout(debug)] type P59 = &'static u8;

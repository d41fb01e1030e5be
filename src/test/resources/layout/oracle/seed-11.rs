pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(C)] pub enum E0 { V0 = 2, V1 = 32765, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz1(u32);
#[repr(align(4))] pub enum E2 { V0 = 9905, V1, V2, V3, }
pub enum E3 { V0(u32, E0), V1(Nz1, fn()), V2, V3, V4(E2, [u8; 3]), }
#[repr(isize)] pub enum E4 { V0(char), V1, V2(!, [u8; 16]), V3(i128), }
#[rustc_layout_scalar_valid_range_end(126)] pub struct Nz5(i8);
#[repr(packed)] pub union U6 { f0: ManuallyDrop<!>, f1: ManuallyDrop<E4>, f2: ManuallyDrop<Nz5>, }
#[repr(packed)] pub union U7 { f0: ManuallyDrop<U6>, }
#[repr(C)] pub enum E8 { V0, V1, }
#[repr(i128)] pub enum E9 { V0 = -170141183460469231731687303715884105727, V1, V2(u16), V3 = 1, V4(&'static str), }
#[repr(u64)] pub enum E10 { V0 = 2, V1, V2, }
#[repr(C, align(8))] pub struct S11 { f0: E10, f1: &'static dyn Tr, f2: u8, }
#[repr(C)] pub enum E12 { V0, V1, }
#[rustc_layout_scalar_valid_range_start(3811120447)] pub struct Nz13(i32);
#[repr(usize)] pub enum E14 { V0(!), V1(!, &'static u8) = 2, V2(E9, Res<S11, (E12, u8, Nz13, [u8; 16])>), V3, V4, }
pub enum E15 { V0, V1, V2, V3, }
#[repr(C)] pub enum E16 { V0, V1, V2, }
#[repr(align(16))] pub struct S17 { f0: i8, f1: bool, f2: &'static (u8, str), f3: E16, }
pub enum E18 { V0(UnsafeCell<E15>, char), V1(!, S17), V2, V3(&'static (u8, str), Tail2<&'static [u16]>), }
pub union U19 { f0: ManuallyDrop<usize>, f1: ManuallyDrop<i64>, f2: ManuallyDrop<bool>, }
#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(9223372036854775808)] pub struct Nz20(u64);
#[repr(align(2))] pub struct S21 { f0: *const dyn Tr, f1: f64, f2: *const Tail2<dyn Tr>, }
#[repr(packed)] pub struct S22 { f0: U19, f1: *const Tail2<dyn Tr>, f2: Res<Nz20, *const dyn Tr>, f3: i16, }
#[repr(usize)] pub enum E23 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, V256, }
#[repr(C, packed(2))] pub struct S24 { f0: i16, f1: *const u8, f2: (), f3: E23, }
#[repr(align(8))] pub struct S25 { f0: isize, f1: &'static (u8, str), f2: char, f3: fn(), }
pub struct S26 { f0: S24, f1: Res<u32, &'static dyn Tr>, f2: (!, i8, char, bool), f3: S25, }
#[rustc_layout_scalar_valid_range_start(12499310705890263286)] #[rustc_layout_scalar_valid_range_end(9223372036854775807)] pub struct Nz27(u64);
pub struct S28 { f0: &'static dyn Tr, f1: Nz27, f2: [u16; 0], f3: [u16; 0], f4: bool, }
#[repr(packed(2))] pub struct S29 { }
pub enum E30 { V0(u64), }
#[repr(C)] pub struct S31 { f0: &'static dyn Tr, f1: usize, f2: i16, }
pub struct S32 { f0: u128, f1: Tail2<E30>, f2: UnsafeCell<S31>, f3: char, }
#[rustc_layout_scalar_valid_range_start(0)] #[rustc_layout_scalar_valid_range_end(0)] pub struct Nz33(u16);
#[repr(C, packed(2))] pub struct S34 { f0: fn(), f1: bool, f2: isize, f3: isize, }
#[repr(C, u8)] pub enum E35 { V0 = 153, V1, V2(Opt<char>, S34) = 163, V3(*const dyn Tr, [u16; 3]) = 1, V4(Opt<&'static u8>), }
pub enum E36 { V0, V1, V2, }
#[repr(align(16))] pub enum E37 { V0, V1(E36, *const dyn Tr), V2, V3, V4(i8), }
#[rustc_layout_scalar_valid_range_end(45104)] pub struct Nz38(u16);
#[repr(C, packed(2))] pub struct S39 { f0: u32, f1: u8, f2: [u64; 0], f3: *const u8, }
#[repr(align(2))] pub struct S40 { f0: E37, f1: (Nz38, u128, bool, [u8; 16]), f2: S39, }
#[repr(packed(4))] pub struct S41 { f0: bool, }
#[repr(align(4))] pub enum E42 { V0(&'static (u8, str)), }
pub enum E43 { V0(Tail2<E42>, UnsafeCell<[u16; 0]>), V1(Res<[bool; 6], Res<*const dyn Tr, &'static dyn Tr>>, fn()), }
#[repr(u32)] pub enum E44 { V0 = 0, }
#[repr(C, align(8))] pub struct S45 { f0: [Res<E44, u32>; 3], }
#[repr(C)] pub union U46 { f0: ManuallyDrop<Res<*const dyn Tr, char>>, f1: ManuallyDrop<Opt<&'static dyn Tr>>, }
pub union U47 { f0: ManuallyDrop<fn()>, f1: ManuallyDrop<*const u8>, f2: ManuallyDrop<isize>, }
#[rustc_layout_scalar_valid_range_start(18446744073709551615)] #[rustc_layout_scalar_valid_range_end(1)] pub struct Nz48(u64);
#[repr(packed)] pub union U49 { f0: ManuallyDrop<*const Tail2<dyn Tr>>, f1: ManuallyDrop<&'static dyn Tr>, f2: ManuallyDrop<&'static dyn Tr>, }
pub enum E50 { V0(&'static dyn Tr, (Nz48,)), V1, V2(U49, f64), V3, V4, }
pub struct S51 { f0: [u64; 0], f1: (), f2: i8, }
#[repr(packed)] pub union U52 { f0: ManuallyDrop<f32>, f1: ManuallyDrop<E50>, f2: ManuallyDrop<(S51, u32)>, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz53(u8);
#[repr(C, packed(2))] pub struct S54 { f0: u16, f1: i8, f2: usize, }
pub struct S55 { f0: S54, }
#[repr(align(8))] pub struct S56 { }
#[repr(packed(2))] pub union U57 { f0: ManuallyDrop<S55>, f1: ManuallyDrop<isize>, }
#[repr(i16)] pub enum E58 { V0, V1, V2, V3, }
#[repr(C)] pub struct S59 { f0: &'static dyn Tr, f1: (), }
pub struct S60 { }
#[repr(u8)] pub enum E61 { V0 = 6, V1 = 1, V2 = 126, }
#[repr(C, align(8))] pub struct S62 { f0: S60, f1: ([u64; 0], E61), }
pub struct S63 { f0: i16, f1: [S59; 2], f2: i32, f3: S62, }
#[repr(i16)] pub enum E64 { V0 = -32766, V1 = -12967, }
pub struct S65 { f0: Opt<UnsafeCell<[u64; 0]>>, f1: u32, f2: u32, }
#[repr(packed)] pub union U66 { f0: ManuallyDrop<*const Tail2<dyn Tr>>, f1: ManuallyDrop<i16>, }
pub enum E67 { V0(i32), V1(Tail2<U66>), }
#[repr(align(2))] pub struct S68 { }
#[repr(i8)] pub enum E69 { V0, V1, V2, }
#[repr(packed)] pub union U70 { f0: ManuallyDrop<char>, }
#[repr(C)] pub enum E71 { V0, }
#[repr(u16)] pub enum E72 { V0, V1, V2, V3 = 2722, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41 = 4, V42, V43, V44 = 127, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176 = 10, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237 = 800, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, }
#[repr(i64)] pub enum E73 { V0, V1, V2, V3, V4, }
#[repr(u64)] pub enum E74 { V0, V1([(E72, char, *const Tail2<dyn Tr>, E73); 0]), }
#[repr(i128)] pub enum E75 { V0 = -120347183350517303184380148452423305387, V1, V2, }
#[repr(align(8))] pub union U76 { f0: ManuallyDrop<fn()>, f1: ManuallyDrop<E75>, }
pub enum E77 { V0(!, !), V1(usize), }
#[repr(usize)] pub enum E78 { V0(!, E77), V1, V2([i16; 5]), V3, }
pub struct S79 { f0: Tail<UnsafeCell<bool>>, f1: [u8; 16], }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz80(i32);
#[repr(C, i16)] pub enum E81 { V0, V1(Opt<[u8; 3]>) = 32765, }
pub enum E82 { V0(&'static Tail<[u8]>, Res<i128, [u64; 0]>), V1, V2, V3, }
#[rustc_layout_scalar_valid_range_end(254)] pub struct Nz83(i8);
#[repr(align(8))] pub union U84 { f0: ManuallyDrop<u64>, f1: ManuallyDrop<Nz83>, f2: ManuallyDrop<[u64; 0]>, }
pub enum E85 { V0(!, ()), V1, }
#[rustc_layout_scalar_valid_range_start(3686407468951038825)] pub struct Nz86(u64);
#[rustc_layout_scalar_valid_range_end(4294967295)] pub struct Nz87(u32);
pub union U88 { f0: ManuallyDrop<&'static [u16]>, f1: ManuallyDrop<[u8; 3]>, f2: ManuallyDrop<Nz87>, }
#[repr(i32)] pub enum E89 { V0 = -1, V1, V2(f64, U88) = 1095402425, }
#[repr(packed(4))] pub struct S90 { f0: (Tail<f64>, Opt<u32>, u8, bool), f1: !, f2: E89, }
#[repr(C)] pub enum E91 { V0 = -32768, }
pub enum E92 { V0 = 0, V1 = -4, }
#[rustc_layout_scalar_valid_range_start(65534)] #[rustc_layout_scalar_valid_range_end(65534)] pub struct Nz93(u16);
#[repr(C, packed(2))] pub struct S94 { }
#[repr(u128)] pub enum E95 { V0 = 128, }
#[rustc_layout_scalar_valid_range_start(17379314424269176435)] pub struct Nz96(u64);
#[rustc_layout_scalar_valid_range_start(254)] #[rustc_layout_scalar_valid_range_end(0)] pub struct Nz97(u8);
#[repr(u16)] pub enum E98 { V0 = 65535, V1(!, *const dyn Tr) = 1, V2(u32) = 2339, V3 = 65533, V4(Nz97) = 29080, }
#[repr(C, i16)] pub enum E99 { V0 = -9943, V1, V2(*const Tail2<dyn Tr>, Nz96) = -14214, V3(f64, UnsafeCell<E98>) = -5083, V4 = 12, }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz100(i8);
#[repr(align(8))] pub union U101 { f0: ManuallyDrop<&'static Tail<[u8]>>, f1: ManuallyDrop<f32>, f2: ManuallyDrop<&'static dyn Tr>, }
#[repr(packed(2))] pub union U102 { f0: ManuallyDrop<Tail<Nz100>>, f1: ManuallyDrop<&'static u8>, f2: ManuallyDrop<[f32; 0]>, }
#[repr(packed(2))] pub union U103 { f0: ManuallyDrop<UnsafeCell<[char; 1]>>, f1: ManuallyDrop<U102>, }
#[rustc_layout(debug)] type P0 = Opt<Opt<U7>>;
#[rustc_layout(debug)] type P1 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<E8>>>>>>>;
#[rustc_layout(debug)] type P2 = Res<(char,), &'static str>;
#[rustc_layout(debug)] type P3 = E14;
#[rustc_layout(debug)] type P4 = Opt<Opt<Opt<Opt<[E18; 2]>>>>;
#[rustc_layout(debug)] type P5 = isize;
#[rustc_layout(debug)] type P6 = Res<S22, UnsafeCell<Res<(), [u64; 0]>>>;
#[rustc_layout(debug)] type P7 = u16;
#[rustc_layout(debug)] type P8 = Opt<Opt<(S26, Opt<S28>, Tail<S29>)>>;
#[rustc_layout(debug)] type P9 = Opt<Opt<Opt<Opt<Opt<S32>>>>>;
#[rustc_layout(debug)] type P10 = usize;
#[rustc_layout(debug)] type P11 = Opt<Opt<Opt<[u8; 3]>>>;
#[rustc_layout(debug)] type P12 = Res<Tail<&'static str>, ()>;
#[rustc_layout(debug)] type P13 = Opt<Opt<Nz33>>;
#[rustc_layout(debug)] type P14 = Opt<Opt<Opt<Opt<[E35; 2]>>>>;
#[rustc_layout(debug)] type P15 = S41;
#[rustc_layout(debug)] type P16 = char;
#[rustc_layout(debug)] type P17 = (UnsafeCell<&'static str>,);
#[rustc_layout(debug)] type P18 = Opt<Opt<E43>>;
#[rustc_layout(debug)] type P19 = Opt<Opt<Opt<Opt<Opt<Opt<[Opt<f64>; 2]>>>>>>;
#[rustc_layout(debug)] type P20 = ([u8; 3],);
#[rustc_layout(debug)] type P21 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S45>>>>>>>;
#[rustc_layout(debug)] type P22 = UnsafeCell<U46>;
#[rustc_layout(debug)] type P23 = usize;
#[rustc_layout(debug)] type P24 = (U47, dyn Tr);
#[rustc_layout(debug)] type P25 = Opt<U52>;
#[rustc_layout(debug)] type P26 = [Res<Nz53, &'static str>];
#[rustc_layout(debug)] type P27 = Res<U57, f32>;
#[rustc_layout(debug)] type P28 = Res<[[i64; 6]; 2], E58>;
#[rustc_layout(debug)] type P29 = Opt<Opt<Opt<Opt<S63>>>>;
#[rustc_layout(debug)] type P30 = Opt<E64>;
#[rustc_layout(debug)] type P31 = Res<S65, u32>;
#[rustc_layout(debug)] type P32 = Opt<Opt<Opt<Opt<Opt<E67>>>>>;
#[rustc_layout(debug)] type P33 = UnsafeCell<S68>;
#[rustc_layout(debug)] type P34 = char;
#[rustc_layout(debug)] type P35 = Opt<Opt<i128>>;
#[rustc_layout(debug)] type P36 = Tail<[E69]>;
#[rustc_layout(debug)] type P37 = Opt<Opt<&'static [u16]>>;
#[rustc_layout(debug)] type P38 = Res<U70, ()>;
#[rustc_layout(debug)] type P39 = Res<UnsafeCell<&'static Tail<[u8]>>, E71>;
#[rustc_layout(debug)] type P40 = Opt<E74>;
#[rustc_layout(debug)] type P41 = Opt<Opt<[u64; 0]>>;
#[rustc_layout(debug)] type P42 = *const [u8];
#[rustc_layout(debug)] type P43 = Res<Opt<Res<U76, UnsafeCell<usize>>>, fn()>;
#[rustc_layout(debug)] type P44 = Tail<E78>;
#[rustc_layout(debug)] type P45 = Opt<Opt<&'static u8>>;
#[rustc_layout(debug)] type P46 = Res<S79, Nz80>;
#[rustc_layout(debug)] type P47 = Opt<Tail2<E81>>;
#[rustc_layout(debug)] type P48 = Opt<Opt<(E82, *const u8, (isize, Opt<bool>, U84, E85), [(); 2])>>;
#[rustc_layout(debug)] type P49 = u8;
#[rustc_layout(debug)] type P50 = [Tail<Nz86>];
#[rustc_layout(debug)] type P51 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<S90>>>>>>>;
#[rustc_layout(debug)] type P52 = Opt<Opt<E91>>;
#[rustc_layout(debug)] type P53 = Res<E92, Nz93>;
#[rustc_layout(debug)] type P54 = Opt<Opt<u16>>;
#[rustc_layout(debug)] type P55 = &'static u8;
#[rustc_layout(debug)] type P56 = ([u64; 0], Opt<[u8; 16]>, S94, E95);
#[rustc_layout(debug)] type P57 = Opt<E99>;
#[rustc_layout(debug)] type P58 = Opt<Opt<UnsafeCell<[u8; 16]>>>;
#[rustc_layout(debug)] type P59 = U103;

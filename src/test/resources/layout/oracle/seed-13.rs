pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(usize)] pub enum E0 { V0 = 65533, V1 = 65534, V2 = 9, V3 = 14726, }
#[repr(C)] pub enum E1 { V0 = 128, V1 = 7114, V2 = 4, }
#[repr(C)] pub union U2 { f0: ManuallyDrop<fn()>, f1: ManuallyDrop<usize>, }
pub union U3 { f0: ManuallyDrop<u16>, f1: ManuallyDrop<U2>, f2: ManuallyDrop<[u8; 3]>, }
#[repr(i64)] pub enum E4 { V0, }
#[repr(u32)] pub enum E5 { V0 = 1242769983, V1(Res<&'static Tail<[u8]>, &'static Tail<[u8]>>, Opt<i32>) = 2, V2, V3 = 127, V4(!) = 256, }
#[rustc_layout_scalar_valid_range_start(4294967295)] pub struct Nz6(i32);
#[repr(u8)] pub enum E7 { V0 = 0, }
#[repr(align(2))] pub struct S8 { f0: bool, f1: Nz6, f2: E7, f3: &'static u8, }
#[repr(C, align(8))] pub struct S9 { f0: &'static (u8, str), f1: S8, f2: *const Tail2<dyn Tr>, f3: &'static (u8, str), }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz10(u64);
#[repr(align(16))] pub struct S11 { f0: isize, f1: Nz10, }
pub struct S12 { f0: &'static dyn Tr, f1: u32, f2: [u8; 16], }
#[repr(i16)] pub enum E13 { V0, V1, V2, V3, }
pub struct S14 { f0: E13, f1: [u8; 3], f2: !, f3: char, f4: bool, }
#[repr(C)] pub enum E15 { V0 = 32767, V1 = -28952, V2 = -18161, V3 = 127, }
#[repr(C)] pub struct S16 { f0: S12, f1: S14, f2: UnsafeCell<bool>, f3: Res<*const dyn Tr, E15>, }
#[repr(C)] pub union U17 { f0: ManuallyDrop<Opt<f64>>, f1: ManuallyDrop<[S11; 3]>, f2: ManuallyDrop<S16>, }
#[repr(i128)] pub enum E18 { V0, V1 = -170141183460469231731687303715884105727, V2, }
#[repr(C)] pub enum E19 { V0, V1, V2, V3, V4, }
#[rustc_layout_scalar_valid_range_start(1)] #[rustc_layout_scalar_valid_range_end(254)] pub struct Nz20(u8);
pub struct S21 { f0: bool, f1: f32, f2: u128, f3: [u16; 0], f4: Nz20, }
pub enum E22 { V0, V1(Res<E19, i32>, Tail<[u8; 16]>), V2(S21), V3(Opt<i8>), }
#[repr(align(16))] pub struct S23 { f0: &'static u8, }
#[repr(C)] pub union U24 { f0: ManuallyDrop<S23>, f1: ManuallyDrop<f64>, f2: ManuallyDrop<UnsafeCell<u16>>, }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz25(i32);
pub union U26 { f0: ManuallyDrop<Nz25>, }
#[repr(usize)] pub enum E27 { V0, }
#[repr(C, align(8))] pub struct S28 { f0: E22, f1: U24, f2: Res<U26, UnsafeCell<E27>>, }
#[repr(i64)] pub enum E29 { V0(u16), }
pub enum E30 { V0(u32, bool), V1, V2(i8), }
#[repr(packed)] pub struct S31 { f0: UnsafeCell<E29>, f1: Opt<E30>, }
#[rustc_layout_scalar_valid_range_start(4294967294)] #[rustc_layout_scalar_valid_range_end(3184733870)] pub struct Nz32(u32);
#[repr(u64)] pub enum E33 { V0(Res<&'static Tail<[u8]>, [u16; 0]>) = 14507270952968290109, V1 = 1, V2 = 3, }
#[repr(u16)] pub enum E34 { V0, }
pub struct S35 { }
#[repr(i32)] pub enum E36 { V0(([u8; 16], [u64; 0], &'static u8, u16)) = 4, V1(bool) = 1, V2(!) = -1696508032, }
pub enum E37 { V0(E33, UnsafeCell<E34>), V1(S35, bool), V2, V3(E36), }
#[repr(u8)] pub enum E38 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, }
#[repr(u16)] pub enum E39 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, }
#[repr(u16)] pub enum E40 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, }
#[repr(u8)] pub enum E41 { V0 = 2, V1(u8, E40) = 254, }
pub struct S42 { f0: E41, }
#[repr(packed(2))] pub struct S43 { f0: isize, }
pub union U44 { f0: ManuallyDrop<f32>, }
#[repr(C)] pub struct S45 { f0: i16, f1: &'static dyn Tr, f2: usize, f3: [u64; 0], f4: !, }
#[rustc_layout_scalar_valid_range_start(2147483647)] pub struct Nz46(i32);
#[repr(usize)] pub enum E47 { V0, V1 = 13405, V2, V3, }
#[repr(C)] pub union U48 { f0: ManuallyDrop<Nz46>, f1: ManuallyDrop<u128>, f2: ManuallyDrop<E47>, }
pub union U49 { f0: ManuallyDrop<Res<S43, U44>>, f1: ManuallyDrop<(S45, &'static Tail<[u8]>, U48)>, }
#[repr(packed(2))] pub struct S50 { }
pub union U51 { f0: ManuallyDrop<&'static str>, }
#[repr(transparent)] pub struct S52 { f0: bool, }
pub struct S53 { f0: U51, f1: S52, f2: fn(), f3: u64, f4: (i32, bool), }
#[repr(u128)] pub enum E54 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, }
#[repr(C)] pub struct S55 { f0: Opt<Opt<E54>>, f1: &'static Tail<[u8]>, }
pub struct S56 { }
pub struct S57 { f0: S56, }
#[repr(align(8))] pub struct S58 { f0: u64, f1: char, f2: (), f3: u8, }
#[repr(align(8))] pub struct S59 { f0: S57, f1: [u8; 16], f2: Opt<Res<char, &'static u8>>, f3: UnsafeCell<S58>, }
#[repr(C)] pub struct S60 { }
pub struct S61 { f0: Res<u64, *const u8>, }
#[rustc_layout_scalar_valid_range_start(127)] #[rustc_layout_scalar_valid_range_end(255)] pub struct Nz62(u8);
#[repr(C, u8)] pub enum E63 { V0 = 83, V1(&'static (u8, str), [Nz62; 2]), }
#[rustc_layout_scalar_valid_range_start(18446744073709551615)] pub struct Nz64(u64);
pub union U65 { f0: ManuallyDrop<u32>, }
#[repr(packed)] pub struct S66 { f0: &'static dyn Tr, f1: char, f2: fn(), f3: *const u8, f4: bool, }
#[repr(usize)] pub enum E67 { V0 = 28167, V1 = 2, V2(S66, fn()) = 65535, V3 = 1, }
#[repr(packed)] pub union U68 { f0: ManuallyDrop<&'static [u16]>, f1: ManuallyDrop<*const Tail2<dyn Tr>>, f2: ManuallyDrop<i16>, }
#[repr(C, packed(2))] pub struct S69 { f0: E67, f1: [Tail<[u64; 0]>; 6], f2: Tail2<U68>, }
#[rustc_layout_scalar_valid_range_start(9223372036854775808)] pub struct Nz70(u64);
#[rustc_layout_scalar_valid_range_end(255)] pub struct Nz71(u8);
#[repr(u8)] pub enum E72 { V0 = 1, V1(Nz71, f32) = 254, V2([u8; 16]), }
#[repr(packed)] pub union U73 { f0: ManuallyDrop<UnsafeCell<&'static [u16]>>, f1: ManuallyDrop<E72>, }
#[repr(isize)] pub enum E74 { V0 = 32767, V1 = -8356, V2 = -2, V3, V4 = 9, }
#[repr(packed(4))] pub struct S75 { f0: *const Tail2<dyn Tr>, f1: E74, }
pub struct S76 { f0: usize, f1: Res<(), fn()>, f2: f64, f3: u128, f4: S75, }
#[repr(isize)] pub enum E77 { V0 = 11009, V1 = -20289, V2 = 32765, V3, }
#[repr(C)] pub enum E78 { V0([u64; 0], bool), V1, V2(f64), V3(!, u8), }
#[repr(i8)] pub enum E79 { V0, V1(E77) = 126, V2(E78, *const Tail2<dyn Tr>) = 125, }
#[repr(i64)] pub enum E80 { V0(!) = -9223372036854775807, V1 = -7393513494404198523, V2 = -1, V3, V4(*const u8) = 8745830973113021178, }
#[repr(u64)] pub enum E81 { V0, V1, V2, }
#[repr(packed(2))] pub struct S82 { f0: fn(), f1: i32, f2: E81, f3: i8, f4: (), }
#[rustc_layout_scalar_valid_range_start(9223372036854775806)] #[rustc_layout_scalar_valid_range_end(17734215561494830943)] pub struct Nz83(u64);
#[repr(u16)] pub enum E84 { V0 = 65534, V1(*const Tail2<dyn Tr>) = 10, V2(&'static dyn Tr) = 16880, V3 = 0, V4 = 8, }
pub struct S85 { f0: [u32; 6], f1: E84, f2: char, }
pub union U86 { f0: ManuallyDrop<S85>, }
#[repr(packed)] pub struct S87 { f0: &'static Tail<[u8]>, f1: usize, f2: [u8; 3], f3: i32, }
#[repr(i8)] pub enum E88 { V0 = 6, V1 = 99, }
pub struct S89 { }
#[repr(C)] pub struct S90 { }
#[repr(C, align(8))] pub struct S91 { f0: Opt<[u16; 0]>, f1: Opt<fn()>, }
pub struct S92 { f0: Res<UnsafeCell<u8>, S90>, f1: S91, f2: bool, }
#[repr(C)] pub struct S93 { }
#[repr(packed(4))] pub struct S94 { }
#[repr(align(16))] pub struct S95 { f0: bool, }
#[repr(packed(2))] pub struct S96 { f0: (), f1: &'static (u8, str), }
#[rustc_layout_scalar_valid_range_start(254)] pub struct Nz97(u8);
pub enum E98 { V0, V1, V2 = 256, V3 = -2, V4 = -32767, }
#[repr(usize)] pub enum E99 { V0(*const u8, Nz97) = 65535, V1(E98) = 3, V2(i64, u32), }
#[rustc_layout_scalar_valid_range_end(0)] pub struct Nz100(u64);
#[repr(align(16))] pub struct S101 { f0: E99, f1: Nz100, f2: u32, }
pub union U102 { f0: ManuallyDrop<&'static [u16]>, f1: ManuallyDrop<S96>, f2: ManuallyDrop<S101>, }
#[repr(C, align(8))] pub struct S103 { f0: isize, }
#[repr(C, i16)] pub enum E104 { V0(char), V1, V2, V3, V4, }
pub enum E105 { V0, V1(f32, *const [u8]), V2, }
#[rustc_layout_scalar_valid_range_end(1)] pub struct Nz106(u8);
#[repr(C)] pub union U107 { f0: ManuallyDrop<*const dyn Tr>, f1: ManuallyDrop<Nz106>, f2: ManuallyDrop<i64>, }
#[repr(i16)] pub enum E108 { V0, V1, }
#[repr(align(8))] pub struct S109 { f0: !, f1: i128, f2: bool, }
pub enum E110 { V0, V1(U107, (u64, bool)), V2(UnsafeCell<E108>, S109), V3, V4([u8; 3]), }
#[repr(C)] pub union U111 { f0: ManuallyDrop<E104>, f1: ManuallyDrop<Res<E105, *const u8>>, f2: ManuallyDrop<E110>, }
#[rustc_layout_scalar_valid_range_end(4294967294)] pub struct Nz112(u32);
#[repr(packed(2))] pub union U113 { f0: ManuallyDrop<Nz112>, }
#[repr(u128)] pub enum E114 { V0, V1, }
#[rustc_layout_scalar_valid_range_end(2880085663)] pub struct Nz115(i32);
#[repr(i128)] pub enum E116 { V0 = -1, V1, V2 = 170141183460469231731687303715884105725, }
#[repr(isize)] pub enum E117 { V0 = -11243, V1 = 8, V2([u16; 0], &'static str), V3(E116), }
#[repr(packed)] pub union U118 { f0: ManuallyDrop<E117>, f1: ManuallyDrop<isize>, }
#[repr(align(8))] pub union U119 { f0: ManuallyDrop<Res<Tail2<*const [u8]>, Nz115>>, f1: ManuallyDrop<usize>, f2: ManuallyDrop<U118>, }
#[repr(isize)] pub enum E120 { V0, V1, V2, V3, }
pub struct S121 { f0: &'static str, f1: bool, f2: &'static [u16], f3: E120, }
pub enum E122 { V0, V1, V2(i32), V3(i128), V4, }
#[repr(packed(2))] pub struct S123 { f0: (f64,), f1: *const dyn Tr, f2: S121, f3: E122, }
#[repr(align(16))] pub enum E124 { V0 = 32765, }
#[rustc_layout_scalar_valid_range_start(9223372036854775808)] #[rustc_layout_scalar_valid_range_end(18446744073709551615)] pub struct Nz125(u64);
#[rustc_layout_scalar_valid_range_end(255)] pub struct Nz126(i8);
#[repr(i64)] pub enum E127 { V0((Nz125, [u8; 3], Nz126)), V1, V2(Opt<()>), V3, V4(i16), }
pub union U128 { f0: ManuallyDrop<S123>, f1: ManuallyDrop<E124>, f2: ManuallyDrop<E127>, }
pub union U129 { f0: ManuallyDrop<fn()>, }
#[repr(packed)] pub struct S130 { }
#[rustc_layout(debug)] type P0 = Opt<E0>;
#[rustc_layout(debug)] type P1 = Opt<(E1, U3, &'static Tail<[u8]>)>;
#[rustc_layout(debug)] type P2 = E4;
#[rustc_layout(debug)] type P3 = (Res<u64, char>, dyn Tr);
#[rustc_layout(debug)] type P4 = Opt<Opt<Opt<Opt<Opt<UnsafeCell<E5>>>>>>;
#[rustc_layout(debug)] type P5 = Opt<Opt<fn()>>;
#[rustc_layout(debug)] type P6 = Opt<S9>;
#[rustc_layout(debug)] type P7 = Opt<Opt<Opt<Opt<U17>>>>;
#[rustc_layout(debug)] type P8 = Opt<Opt<f32>>;
#[rustc_layout(debug)] type P9 = Opt<Opt<Opt<Opt<Opt<E18>>>>>;
#[rustc_layout(debug)] type P10 = Res<S28, [u16; 0]>;
#[rustc_layout(debug)] type P11 = Res<S31, i32>;
#[rustc_layout(debug)] type P12 = UnsafeCell<Nz32>;
#[rustc_layout(debug)] type P13 = Res<E37, E38>;
#[rustc_layout(debug)] type P14 = Opt<(E39, S42)>;
#[rustc_layout(debug)] type P15 = Res<Opt<u128>, fn()>;
#[rustc_layout(debug)] type P16 = Res<[u64; 0], i8>;
#[rustc_layout(debug)] type P17 = Opt<Opt<Opt<Opt<Opt<UnsafeCell<Tail2<(fn(),)>>>>>>>;
#[rustc_layout(debug)] type P18 = Opt<U49>;
#[rustc_layout(debug)] type P19 = S50;
#[rustc_layout(debug)] type P20 = Opt<(S53,)>;
#[rustc_layout(debug)] type P21 = S55;
#[rustc_layout(debug)] type P22 = Opt<S59>;
#[rustc_layout(debug)] type P23 = S60;
#[rustc_layout(debug)] type P24 = Res<([i64; 0], &'static [u16]), S61>;
#[rustc_layout(debug)] type P25 = Res<(E63, Res<i16, Tail2<i8>>, u128, Nz64), char>;
#[rustc_layout(debug)] type P26 = Opt<f32>;
#[rustc_layout(debug)] type P27 = Tail<U65>;
#[rustc_layout(debug)] type P28 = S69;
#[rustc_layout(debug)] type P29 = Nz70;
#[rustc_layout(debug)] type P30 = Res<f32, [u16; 0]>;
#[rustc_layout(debug)] type P31 = Opt<Opt<Opt<Opt<Opt<U73>>>>>;
#[rustc_layout(debug)] type P32 = Opt<[S76; 0]>;
#[rustc_layout(debug)] type P33 = Opt<Opt<Opt<UnsafeCell<E79>>>>;
#[rustc_layout(debug)] type P34 = [u16; 0];
#[rustc_layout(debug)] type P35 = Opt<&'static str>;
#[rustc_layout(debug)] type P36 = &'static dyn Tr;
#[rustc_layout(debug)] type P37 = Opt<UnsafeCell<(E80, S82, Tail2<char>)>>;
#[rustc_layout(debug)] type P38 = Opt<Opt<Opt<Nz83>>>;
#[rustc_layout(debug)] type P39 = Opt<Opt<Opt<U86>>>;
#[rustc_layout(debug)] type P40 = [(!, S87, [E88; 0], S89); 3];
#[rustc_layout(debug)] type P41 = S92;
#[rustc_layout(debug)] type P42 = Opt<Opt<UnsafeCell<S93>>>;
#[rustc_layout(debug)] type P43 = (S94, Tail2<S95>);
#[rustc_layout(debug)] type P44 = Opt<Opt<Res<[u8; 3], fn()>>>;
#[rustc_layout(debug)] type P45 = str;
#[rustc_layout(debug)] type P46 = Opt<U102>;
#[rustc_layout(debug)] type P47 = Opt<i8>;
#[rustc_layout(debug)] type P48 = S103;
#[rustc_layout(debug)] type P49 = Opt<*const u8>;
#[rustc_layout(debug)] type P50 = Opt<[*const [u8]; 6]>;
#[rustc_layout(debug)] type P51 = &'static str;
#[rustc_layout(debug)] type P52 = Opt<Opt<U111>>;
#[rustc_layout(debug)] type P53 = U113;
#[rustc_layout(debug)] type P54 = i16;
#[rustc_layout(debug)] type P55 = E114;
#[rustc_layout(debug)] type P56 = U119;
#[rustc_layout(debug)] type P57 = Opt<Opt<Opt<U128>>>;
#[rustc_layout(debug)] type P58 = U129;
#[rustc_layout(debug)] type P59 = S130;

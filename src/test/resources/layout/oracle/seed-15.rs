pub trait Tr {}
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[lang = "manually_drop"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }
pub enum Opt<T> { None, Some(T) }
pub enum Res<T, E> { Ok(T), Err(E) }
pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }
pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }
#[repr(packed(4))] pub struct S0 { }
#[repr(align(16))] pub enum E1 { V0(S0), V1, }
#[repr(C)] pub enum E2 { V0, V1, V2, V3, V4, }
#[repr(align(4))] pub enum E3 { V0, V1, V2, V3, V4, V5, V6 = -5960, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68 = 23625, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121 = 256, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163 = -32766, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, V256, V257, }
#[repr(i16)] pub enum E4 { V0, V1(bool), V2, V3(&'static [u16]), }
pub enum E5 { V0, V1, }
pub struct S6 { f0: [u64; 0], f1: Res<i16, E5>, }
#[repr(isize)] pub enum E7 { V0(*const dyn Tr, Res<[bool; 3], E4>) = -1, V1(UnsafeCell<[char; 6]>, S6) = 22683, }
#[repr(i16)] pub enum E8 { V0, }
#[repr(C)] pub enum E9 { V0, V1(&'static str), V2(bool), V3([u64; 0], [u64; 0]), }
#[repr(C, align(8))] pub struct S10 { f0: &'static str, f1: u64, f2: i128, f3: [u16; 0], f4: i128, }
#[repr(packed(4))] pub struct S11 { f0: bool, f1: E9, f2: i16, f3: isize, }
#[repr(C)] pub enum E12 { V0, V1, V2 = 254, V3, V4 = 32767, }
pub union U13 { f0: ManuallyDrop<bool>, f1: ManuallyDrop<u128>, f2: ManuallyDrop<()>, }
#[repr(i64)] pub enum E14 { V0(*const u8), V1 = 9223372036854775807, V2 = 8949598683753381214, V3 = -7126579578902576742, V4(()), }
pub struct S15 { f0: E12, f1: UnsafeCell<&'static [u16]>, f2: f64, f3: U13, f4: E14, }
#[rustc_layout_scalar_valid_range_start(1)] pub struct Nz16(u32);
pub enum E17 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, V256, }
#[repr(packed)] pub union U18 { f0: ManuallyDrop<[&'static [u16]; 5]>, f1: ManuallyDrop<Opt<*const Tail2<dyn Tr>>>, f2: ManuallyDrop<Res<i64, E17>>, }
#[repr(packed)] pub struct S19 { }
#[repr(align(16))] pub enum E20 { V0(char), V1(u32, *const [u8]), }
#[repr(packed(2))] pub union U21 { f0: ManuallyDrop<S19>, f1: ManuallyDrop<[u64; 0]>, f2: ManuallyDrop<&'static [u16]>, }
#[repr(u128)] pub enum E22 { V0 = 307935813934354867383466345759854413803, V1(f64, !), V2(u16) = 14, }
#[repr(C, i16)] pub enum E23 { V0, V1, V2(i128), V3(E22), V4(u16), }
#[repr(C)] pub struct S24 { f0: &'static u8, f1: usize, f2: i32, f3: char, f4: fn(), }
#[repr(packed(2))] pub struct S25 { }
#[repr(C)] pub struct S26 { f0: *const Tail2<dyn Tr>, }
pub enum E27 { V0(S24), V1([u8; 16], S25), V2(!, S26), V3, V4, }
#[repr(align(8))] pub struct S28 { }
pub struct S29 { f0: i8, }
#[repr(align(4))] pub enum E30 { V0, V1, V2(Res<(), *const u8>, UnsafeCell<usize>), }
pub struct S31 { f0: E23, f1: E27, f2: S28, f3: S29, f4: E30, }
pub union U32 { f0: ManuallyDrop<[u64; 0]>, }
#[rustc_layout_scalar_valid_range_start(9223372036854775808)] pub struct Nz33(u64);
#[rustc_layout_scalar_valid_range_start(2147483647)] pub struct Nz34(u32);
pub struct S35 { }
pub union U36 { f0: ManuallyDrop<&'static str>, f1: ManuallyDrop<[u16; 0]>, }
#[repr(u16)] pub enum E37 { V0 = 0, V1(U36), }
#[repr(C)] pub enum E38 { V0, V1, V2, }
#[rustc_layout_scalar_valid_range_start(9223372036854775807)] pub struct Nz39(u64);
#[repr(packed(2))] pub struct S40 { f0: &'static (u8, str), f1: Nz39, f2: [u8; 3], f3: [u16; 0], f4: i8, }
#[rustc_layout_scalar_valid_range_end(254)] pub struct Nz41(i8);
#[rustc_layout_scalar_valid_range_start(255)] #[rustc_layout_scalar_valid_range_end(255)] pub struct Nz42(i8);
#[repr(i64)] pub enum E43 { V0 = 9, V1 = -3, V2((*const u8, *const u8, Nz42, [u64; 0]), !) = -516093179836977098, }
#[repr(packed)] pub struct S44 { f0: *const u8, }
#[repr(packed)] pub struct S45 { f0: (*const dyn Tr, *const u8, *const dyn Tr, i32), f1: [u8; 16], }
#[repr(align(8))] pub union U46 { f0: ManuallyDrop<f32>, f1: ManuallyDrop<S45>, }
pub union U47 { f0: ManuallyDrop<u128>, }
#[rustc_layout_scalar_valid_range_end(254)] pub struct Nz48(u8);
#[repr(C)] pub enum E49 { V0(bool), V1, V2(Nz48), }
pub union U50 { f0: ManuallyDrop<u8>, }
#[rustc_layout_scalar_valid_range_start(4294967295)] pub struct Nz51(u32);
pub struct S52 { f0: Opt<Nz51>, f1: [u8; 16], }
#[repr(C, i16)] pub enum E53 { V0(&'static dyn Tr) = -32767, V1 = -32766, V2(!), V3, V4(*const dyn Tr, u128) = 17913, }
#[repr(packed)] pub union U54 { f0: ManuallyDrop<&'static u8>, f1: ManuallyDrop<Opt<char>>, }
pub struct S55 { f0: Res<&'static str, *const dyn Tr>, f1: i64, f2: [[u64; 0]; 2], f3: u32, f4: UnsafeCell<i32>, }
pub enum E56 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, }
#[repr(C)] pub union U57 { f0: ManuallyDrop<E56>, }
#[rustc_layout_scalar_valid_range_end(255)] pub struct Nz58(i8);
pub enum E59 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, V254, V255, V256, }
#[repr(u8)] pub enum E60 { V0 = 255, V1 = 9, V2, V3 = 13, V4 = 127, }
pub struct S61 { f0: !, f1: Nz58, f2: &'static [u16], f3: E59, f4: E60, }
pub enum E62 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95 = 128, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105 = -3, V106, V107 = -32766, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164 = 24887, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, V250, V251, V252, V253, }
#[repr(align(4))] pub enum E63 { V0, V1(*const dyn Tr, &'static u8), V2(E62, u8), V3(&'static [u16]), }
#[repr(packed(2))] pub union U64 { f0: ManuallyDrop<S61>, f1: ManuallyDrop<usize>, f2: ManuallyDrop<&'static str>, }
pub struct S65 { f0: [u16; 0], }
#[repr(align(8))] pub union U66 { f0: ManuallyDrop<u64>, f1: ManuallyDrop<S65>, }
#[repr(u128)] pub enum E67 { V0 = 255, V1, }
#[repr(isize)] pub enum E68 { V0(char), V1, }
pub struct S69 { f0: E68, f1: &'static dyn Tr, }
pub struct S70 { f0: UnsafeCell<u8>, f1: S69, }
pub struct S71 { }
#[repr(align(8))] pub union U72 { f0: ManuallyDrop<[u8; 16]>, f1: ManuallyDrop<&'static Tail<[u8]>>, f2: ManuallyDrop<bool>, }
pub struct S73 { }
pub enum E74 { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45, V46, V47, V48, V49, V50, V51, V52, V53, V54, V55, V56, V57, V58, V59, V60, V61, V62, V63, V64, V65, V66, V67, V68, V69, V70, V71, V72, V73, V74, V75, V76, V77, V78, V79, V80, V81, V82, V83, V84, V85, V86, V87, V88, V89, V90, V91, V92, V93, V94, V95, V96, V97, V98, V99, V100, V101, V102, V103, V104, V105, V106, V107, V108, V109, V110, V111, V112, V113, V114, V115, V116, V117, V118, V119, V120, V121, V122, V123, V124, V125, V126, V127, V128, V129, V130, V131, V132, V133, V134, V135, V136, V137, V138, V139, V140, V141, V142, V143, V144, V145, V146, V147, V148, V149, V150, V151, V152, V153, V154, V155, V156, V157, V158, V159, V160, V161, V162, V163, V164, V165, V166, V167, V168, V169, V170, V171, V172, V173, V174, V175, V176, V177, V178, V179, V180, V181, V182, V183, V184, V185, V186, V187, V188, V189, V190, V191, V192, V193, V194, V195, V196, V197, V198, V199, V200, V201, V202, V203, V204, V205, V206, V207, V208, V209, V210, V211, V212, V213, V214, V215, V216, V217, V218, V219, V220, V221, V222, V223, V224, V225, V226, V227, V228, V229, V230, V231, V232, V233, V234, V235, V236, V237, V238, V239, V240, V241, V242, V243, V244, V245, V246, V247, V248, V249, }
#[repr(packed(2))] pub union U75 { f0: ManuallyDrop<(u16, E74)>, f1: ManuallyDrop<u8>, f2: ManuallyDrop<Opt<[u64; 0]>>, }
#[repr(align(4))] pub enum E76 { V0, V1, V2, V3, V4, }
#[repr(packed(2))] pub union U77 { f0: ManuallyDrop<&'static str>, f1: ManuallyDrop<Opt<[u8; 16]>>, f2: ManuallyDrop<Tail<bool>>, }
#[rustc_layout(debug)] type P0 = [u64; 0];
#[rustc_layout(debug)] type P1 = i16;
#[rustc_layout(debug)] type P2 = bool;
#[rustc_layout(debug)] type P3 = Opt<Opt<Opt<Opt<Opt<Opt<E1>>>>>>;
#[rustc_layout(debug)] type P4 = Opt<Opt<usize>>;
#[rustc_layout(debug)] type P5 = Opt<Res<u16, E2>>;
#[rustc_layout(debug)] type P6 = fn();
#[rustc_layout(debug)] type P7 = [E3];
#[rustc_layout(debug)] type P8 = Opt<E7>;
#[rustc_layout(debug)] type P9 = (E8, Tail<[[u16; 0]; 0]>);
#[rustc_layout(debug)] type P10 = [UnsafeCell<[u64; 0]>];
#[rustc_layout(debug)] type P11 = Opt<Opt<Tail2<S11>>>;
#[rustc_layout(debug)] type P12 = Opt<Opt<[!; 0]>>;
#[rustc_layout(debug)] type P13 = [u64; 0];
#[rustc_layout(debug)] type P14 = Opt<Opt<Opt<Opt<Opt<Opt<u64>>>>>>;
#[rustc_layout(debug)] type P15 = u16;
#[rustc_layout(debug)] type P16 = Res<Res<&'static Tail<[u8]>, S15>, Nz16>;
#[rustc_layout(debug)] type P17 = Opt<(U18, UnsafeCell<[u8; 3]>, U21, UnsafeCell<u32>)>;
#[rustc_layout(debug)] type P18 = S31;
#[rustc_layout(debug)] type P19 = Opt<Opt<UnsafeCell<U32>>>;
#[rustc_layout(debug)] type P20 = UnsafeCell<Nz33>;
#[rustc_layout(debug)] type P21 = Opt<UnsafeCell<(Tail2<Nz34>,)>>;
#[rustc_layout(debug)] type P22 = Res<S35, E37>;
#[rustc_layout(debug)] type P23 = Opt<Opt<Opt<Opt<Opt<usize>>>>>;
#[rustc_layout(debug)] type P24 = Opt<Opt<char>>;
#[rustc_layout(debug)] type P25 = Opt<*const [u8]>;
#[rustc_layout(debug)] type P26 = UnsafeCell<(u64, Tail<E38>)>;
#[rustc_layout(debug)] type P27 = [[u8; 3]; 5];
#[rustc_layout(debug)] type P28 = Res<&'static (u8, str), (S40,)>;
#[rustc_layout(debug)] type P29 = Opt<Opt<Nz41>>;
#[rustc_layout(debug)] type P30 = Opt<[E43; 1]>;
#[rustc_layout(debug)] type P31 = Opt<Opt<Opt<S44>>>;
#[rustc_layout(debug)] type P32 = Opt<Opt<Opt<Opt<Opt<Opt<Opt<U46>>>>>>>;
#[rustc_layout(debug)] type P33 = Tail2<U47>;
#[rustc_layout(debug)] type P34 = dyn Tr;
#[rustc_layout(debug)] type P35 = Opt<Opt<UnsafeCell<Res<E49, U50>>>>;
#[rustc_layout(debug)] type P36 = Res<S52, i8>;
#[rustc_layout(debug)] type P37 = Opt<(E53, U54, S55)>;
#[rustc_layout(debug)] type P38 = Opt<Opt<([Tail<i128>; 3], U57, U64, [[&'static str; 3]; 1])>>;
#[rustc_layout(debug)] type P39 = Opt<Opt<Res<isize, U66>>>;
#[rustc_layout(debug)] type P40 = Opt<Opt<*const Tail2<dyn Tr>>>;
#[rustc_layout(debug)] type P41 = E67;
#[rustc_layout(debug)] type P42 = str;
#[rustc_layout(debug)] type P43 = Res<u16, i16>;
#[rustc_layout(debug)] type P44 = *const Tail2<dyn Tr>;
#[rustc_layout(debug)] type P45 = Opt<Opt<Opt<Opt<Opt<S70>>>>>;
#[rustc_layout(debug)] type P46 = Tail2<(S71, u16, UnsafeCell<*const u8>)>;
#[rustc_layout(debug)] type P47 = Tail<[U72]>;
#[rustc_layout(debug)] type P48 = Opt<Opt<Opt<Opt<Opt<Opt<i16>>>>>>;
#[rustc_layout(debug)] type P49 = !;
#[rustc_layout(debug)] type P50 = Opt<Opt<Opt<Opt<[u8; 3]>>>>;
#[rustc_layout(debug)] type P51 = Opt<Opt<&'static u8>>;
#[rustc_layout(debug)] type P52 = Opt<i128>;
#[rustc_layout(debug)] type P53 = ((S73,), isize);
#[rustc_layout(debug)] type P54 = Res<[U75; 5], u16>;
#[rustc_layout(debug)] type P55 = [*const u8; 1];
#[rustc_layout(debug)] type P56 = Tail<Tail<Res<u8, E76>>>;
#[rustc_layout(debug)] type P57 = Res<U77, [[u8; 3]; 3]>;
#[rustc_layout(debug)] type P58 = [!; 0];
#[rustc_layout(debug)] type P59 = Opt<Opt<[Opt<Opt<fn()>>; 5]>>;

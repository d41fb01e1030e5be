package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name resolution and lowering on small programs against the tiny test std. */
class ResolveTest {
    @Test
    void tinyStdParsesCleanly() {
        assertThat(Fixture.TINY_STD).hasSize(3);
        Fixture.TINY_STD.forEach(c -> assertThat(c.parseDiagnostics().all()).as(c.name()).isEmpty());
    }

    @Test
    void preludeExternPreludeAndReexportChains() {
        Fixture.Loaded l = Fixture.ok("struct S;");
        assertThat(l.print("Vec<u8>")).isEqualTo("alloc::vec::Vec<u8>");
        assertThat(l.print("Option<String>")).isEqualTo("core::option::Option<alloc::string::String>");
        assertThat(l.print("std::collections::HashMap<u8, S>")).isEqualTo(
                "std::collections::hash_map::HashMap<u8, S>");
        assertThat(l.print("::core::option::Option<u8>")).isEqualTo("core::option::Option<u8>");
        assertThat(l.print("std::option::Option<u8>")).isEqualTo("core::option::Option<u8>");
        assertThat(l.print("std::string::String")).isEqualTo("alloc::string::String");
        assertThat(l.print("alloc::vec::Vec<u8, alloc::alloc::Global>")).isEqualTo("alloc::vec::Vec<u8>");
    }

    @Test
    void defaultsAreFilledIn() {
        Fixture.Loaded l = Fixture.ok("");
        Ty.Adt v = (Ty.Adt) l.type("Vec<u8>");
        assertThat(v.args()).hasSize(2);
        assertThat(new TyPrinter().print(v)).isEqualTo("alloc::vec::Vec<u8, alloc::alloc::Global>");
        Ty.Adt h = (Ty.Adt) l.type("std::collections::HashMap<u8, u16>");
        assertThat(new TyPrinter().print(h)).isEqualTo(
                "std::collections::hash_map::HashMap<u8, u16, std::hash::RandomState>");
    }

    @Test
    void useForms() {
        Fixture.Loaded l = Fixture.ok("mod a {\n"
                + "    pub struct One;\n"
                + "    pub mod b { pub struct Two; pub struct Three; pub use super::One as Uno; }\n"
                + "    pub use self::b::*;\n"
                + "}\n"
                + "use a::{One as First, b::{self, Two}};\n"
                + "use a::Uno as _;\n"
                + "use a::b::Three as Drei;\n"
                + "mod c { pub use crate::a::*; }\n"
                + "struct S { f: First, t: b::Two, t2: Two, d: Drei, u: c::Uno, g: c::Three }\n");
        assertThat(l.print("First")).isEqualTo("a::One");
        assertThat(l.print("c::Uno")).isEqualTo("a::One");
        assertThat(l.print("c::b::Three")).isEqualTo("a::b::Three");
        assertThat(l.print("(Drei, b::Two)")).isEqualTo("(a::b::Three, a::b::Two)");
    }

    @Test
    void globImportsAreShadowedByItemsAndGlobCyclesTerminate() {
        Fixture.Loaded l = Fixture.ok("mod a { pub struct X(u8); pub struct Y; pub use crate::b::*; }\n"
                + "mod b { pub struct X(u16); pub use crate::a::*; }\n"
                + "use a::*;\n"
                + "struct X(u32);\n"
                + "struct S(X, Y, b::Y);\n");
        assertThat(l.print("X")).isEqualTo("X");
        assertThat(l.print("a::X")).isEqualTo("a::X");
        assertThat(l.print("b::Y")).isEqualTo("a::Y");
    }

    @Test
    void enumVariantsThroughGlobAndPaths() {
        Fixture.Loaded l = Fixture.ok("enum E { A, B }\nuse E::*;\nconst K: E = A;\n");
        assertThat(l.errors()).isEmpty();
    }

    @Test
    void blockLocalItemsAndImports() {
        Fixture.Loaded l = Fixture.ok("mod m { pub struct Deep(pub u8); }\n"
                + "fn main() {\n"
                + "    use m::Deep as D;\n"
                + "    struct Local(D);\n"
                + "    let x: Local;\n"
                + "    { struct Local(u64); let y: Local; }\n"
                + "}\n");
        assertThat(l.tcx().namedTypes()).extracting(n -> l.tcx().printer().print(n.ty()))
                .containsSubsequence("m::Deep", "main::Local", "main::Local");
        assertThat(l.tcx().adtByPath("main::Local")).isPresent();
    }

    @Test
    void genericParamsSelfAndAliases() {
        Fixture.Loaded l = Fixture.ok("struct W<T, const N: usize> { a: [T; N], me: Option<Box<Self>> }\n"
                + "type Pair<T> = (T, T);\n"
                + "type Arr<const N: usize> = [u8; N];\n"
                + "type P8 = Pair<u8>;\n"
                + "impl<T> W<T, 3> { fn get(&self) -> Option<&Self> { None } }\n");
        assertThat(l.print("Pair<u16>")).isEqualTo("(u16, u16)");
        assertThat(l.print("P8")).isEqualTo("(u8, u8)");
        assertThat(l.print("Arr<4>")).isEqualTo("[u8; 4]");
        assertThat(l.print("W<u8, 2>")).isEqualTo("W<u8, 2>");
        Ty.Adt w = (Ty.Adt) l.type("W<u8, 2>");
        assertThat(w.fieldTys(0)).extracting(t -> l.tcx().printer().print(t))
                .containsExactly("[u8; 2]", "core::option::Option<alloc::boxed::Box<W<u8, 2>>>");
    }

    @Test
    void primitivesCanBeShadowedByItems() {
        Fixture.Loaded l = Fixture.ok("mod m { #[allow(non_camel_case_types)] pub struct u8(pub char); "
                + "pub struct S(u8); }\nstruct T(u8);\n");
        Ty.Adt s = (Ty.Adt) l.type("m::S");
        assertThat(l.tcx().printer().print(s.fieldTys(0).get(0))).isEqualTo("m::u8");
        Ty.Adt t = (Ty.Adt) l.type("T");
        assertThat(t.fieldTys(0).get(0)).isEqualTo(Ty.u8());
    }

    @Test
    void cfgOnItemsFieldsAndVariants() {
        Fixture.Loaded l = Fixture.ok("#[cfg(target_pointer_width = \"64\")] struct A(u64);\n"
                + "#[cfg(not(target_pointer_width = \"64\"))] struct A(u32);\n"
                + "struct F { #[cfg(unix)] a: u8, #[cfg(windows)] b: u16, #[cfg(any(windows, all(unix, "
                + "target_os = \"linux\")))] c: u32 }\n"
                + "enum E { #[cfg(windows)] W, U }\n");
        Ty.Adt a = (Ty.Adt) l.type("A");
        assertThat(a.fieldTys(0)).containsExactly(new Ty.Uint(UintTy.U64));
        Ty.Adt f = (Ty.Adt) l.type("F");
        assertThat(f.def().variants().get(0).fields()).extracting(FieldDef::name).containsExactly("a", "c");
        Ty.Adt e = (Ty.Adt) l.type("E");
        assertThat(e.def().variants()).extracting(VariantDef::name).containsExactly("U");
        Ty.Adt width = (Ty.Adt) l.type("core::num::Width");
        assertThat(width.fieldTys(0)).containsExactly(new Ty.Uint(UintTy.U64));
    }

    @Test
    void constsInArrayLengths() {
        Fixture.Loaded l = Fixture.ok("const N: usize = 2 * 3 + 1;\nmod m { pub const M: usize = super::N << 1; }\n"
                + "struct S { a: [u8; N], b: [u8; m::M - 4], c: [u8; u8::MAX as usize + 1], d: [u8; 7 % 4 | 8] }\n");
        Ty.Adt s = (Ty.Adt) l.type("S");
        assertThat(s.fieldTys(0)).extracting(t -> ((Ty.Array) t).len()).containsExactly(7L, 10L, 256L, 11L);
    }

    @Test
    void adtDefinitionFacts() {
        Fixture.Loaded l = Fixture.ok("#[repr(C, align(8))] struct A { x: u8 }\n"
                + "#[repr(u8)] enum E { X = 3, Y, Z = 10 }\n"
                + "enum N { A = -1, B }\n"
                + "#[repr(packed(2))] struct P(u32);\n"
                + "struct T<U: ?Sized> { a: u8, u: U }\n"
                + "struct T2 { x: u8, t: T<[u8]> }\n"
                + "struct T3 { x: u8, t: T<u8> }\n"
                + "struct T4<V> where V: ?Sized { v: Box<V> }\n");
        AdtDef a = l.tcx().adtByPath("A").orElseThrow();
        assertThat(a.repr().c()).isTrue();
        assertThat(a.repr().align()).contains(8L);
        AdtDef e = l.tcx().adtByPath("E").orElseThrow();
        assertThat(e.repr().intTy()).contains(Ty.u8());
        assertThat(e.discriminants()).extracting(java.math.BigInteger::intValue).containsExactly(3, 4, 10);
        assertThat(l.tcx().adtByPath("N").orElseThrow().discriminants())
                .extracting(java.math.BigInteger::intValue).containsExactly(-1, 0);
        assertThat(l.tcx().adtByPath("P").orElseThrow().repr().pack()).contains(2L);
        assertThat(l.tcx().adtByPath("T").orElseThrow().tailMaybeUnsized()).isTrue();
        assertThat(l.tcx().adtByPath("T").orElseThrow().params().get(0).maybeUnsized()).isTrue();
        assertThat(l.tcx().adtByPath("T2").orElseThrow().tailMaybeUnsized()).isTrue();
        assertThat(l.tcx().adtByPath("T3").orElseThrow().tailMaybeUnsized()).isFalse();
        assertThat(l.tcx().adtByPath("T4").orElseThrow().params().get(0).maybeUnsized()).isTrue();
        assertThat(l.tcx().adtByPath("T4").orElseThrow().tailMaybeUnsized()).isFalse();
        AdtDef nn = l.tcx().adtByPath("core::ptr::NonNull").orElseThrow();
        assertThat(nn.validRangeStart()).contains(java.math.BigInteger.ONE);
        assertThat(nn.repr().transparent()).isTrue();
        assertThat(l.tcx().adtByPath("core::cell::UnsafeCell").orElseThrow().hidesNiches()).isTrue();
        assertThat(l.tcx().adtByPath("alloc::boxed::Box").orElseThrow().isLangItem("owned_box")).isTrue();
    }
}

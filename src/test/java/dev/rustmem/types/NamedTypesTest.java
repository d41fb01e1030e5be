package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What {@link TyCtxt#namedTypes()} lists, in which order, with which labels (tiny test std, macros
 * expanded). Written types of any kind are listed; nested ones only when they are ADTs, tuples or
 * arrays.
 */
class NamedTypesTest {
    private static List<String> named(String src) {
        SourceFile file = new SourceFile("demo.rs", src);
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        assertThat(parsed.diagnostics().all()).isEmpty();
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), Fixture.CFG);
        Diagnostics diags = new Diagnostics();
        diags.addAll(expanded.diagnostics());
        TyCtxt tcx = TyCtxt.load(expanded.value(), Fixture.CFG, diags, Fixture.TINY_STD);
        assertThat(diags.all()).isEmpty();
        return tcx.namedTypes().stream()
                .map(n -> n.origin().name().charAt(0) + " " + tcx.printer().print(n.ty()) + " [" + n.label() + "]")
                .collect(Collectors.toList());
    }

    @Test
    void definitionsAndAliasesFirstThenInstantiationsInOrderOfMention() {
        assertThat(named("struct A(u8);\n"
                + "fn f() -> Option<A> { struct InF(u16); None }\n"
                + "type Al = (A, u8);\n"
                + "mod m { pub enum B { X } }\n"
                + "struct G<T>(T);\n"
                + "type GA<T> = G<T>;\n")).containsExactly(
                "D A [A]",
                "D f::InF [InF]",
                "A (A, u8) [Al]",
                "D m::B [B]",
                "I u8 [u8]",
                "I core::option::Option<A> [Option<A>]",
                "I u16 [u16]");
    }

    @Test
    void everyPlaceATypeIsWritten() {
        List<String> n = named("struct W<T>(T);\n"
                + "trait Tr {}\n"
                + "impl Tr for W<u16> {}\n"
                + "impl From<W<i8>> for W<i16> { fn from(_: W<i8>) -> Self { loop {} } }\n"
                + "fn size_of<T>() -> usize { 0 }\n"
                + "fn main() {\n"
                + "    let a: [u32; 2] = [0; 2];\n"
                + "    let b = 1 as i64;\n"
                + "    let c = size_of::<Option<W<u8>>>();\n"
                + "    let d = W::<char>(\'x\');\n"
                + "    let e = |x: (u8, bool)| -> f32 { 0.0 };\n"
                + "    let f = a.iter().map::<W<f64>, _>(|_| loop {});\n"
                + "    assert_eq!(size_of::<W<(u8, u8)>>(), 2);\n"
                + "}\n");
        assertThat(n).containsExactly(
                "I W<u16> [W<u16>]",
                "I W<i8> [W<i8>]",
                "I W<i16> [W<i16>]",
                "I usize [usize]",
                "I [u32; 2] [[u32; 2]]",
                "I i64 [i64]",
                "I core::option::Option<W<u8>> [Option<W<u8>>]",
                "I W<u8> [W<u8>]",
                "I W<char> [W::<char>]",
                "I (u8, bool) [(u8, bool)]",
                "I f32 [f32]",
                "I W<f64> [W<f64>]",
                "I W<(u8, u8)> [W<(u8, u8)>]",
                "I (u8, u8) [(u8, u8)]");
    }

    @Test
    void genericPartsAreSkippedButTheirConcretePartsAreNot() {
        assertThat(named("struct S<T> { a: Option<(T, Vec<u8>)>, b: [T; 3], c: T }\n"
                + "fn f<U: Copy, const N: usize>(x: [U; N], y: [u8; N]) -> Option<U> { loop {} }\n"
                + "fn g() { let v: Vec<_> = Vec::new(); let w: Option<impl Copy>; }\n")).containsExactly(
                "I alloc::vec::Vec<u8> [Vec<u8>]");
    }

    @Test
    void deduplicatedByTypeAndDefaultsNotListed() {
        assertThat(named("type V = Vec<u8>;\n"
                + "struct S { a: alloc::vec::Vec<u8, alloc::alloc::Global>, b: Vec<u8>, c: Box<Vec<u8>> }\n"))
                .containsExactly(
                        "A alloc::vec::Vec<u8> [V]",
                        "D S [S]",
                        "I alloc::boxed::Box<alloc::vec::Vec<u8>> [Box<Vec<u8>>]");
    }

    @Test
    void nestedTypesThroughAnAliasArePrinted() {
        assertThat(named("type P<T> = (T, Option<T>);\nstruct S { p: P<u16> }\n")).containsExactly(
                "D S [S]",
                "I (u16, core::option::Option<u16>) [P<u16>]",
                "I core::option::Option<u16> [core::option::Option<u16>]");
    }

    @Test
    void associatedTypesOfImplsAndOpaqueProjectionsOnParameters() {
        assertThat(named("struct Counter { n: u32 }\n"
                + "trait Iter { type Item; fn next(&mut self) -> Option<Self::Item>; }\n"
                + "impl Iter for Counter { type Item = (u32, u8); fn next(&mut self) -> Option<Self::Item> { None } }\n"
                + "trait Shape { type Out; }\n"
                + "struct Sq;\n"
                + "impl Shape for Sq { type Out = [u16; 4]; }\n"
                + "impl Sq { fn a(&self) -> Option<<Self as Shape>::Out> { None } fn b(&self) -> Box<Self::Out> { loop {} } }\n"
                + "fn generic<T: Iter>(t: T) -> Option<T::Item> { None }\n")).containsExactly(
                "D Counter [Counter]",
                "D Sq [Sq]",
                "I u32 [u32]",
                "I (u32, u8) [(u32, u8)]",
                "I core::option::Option<(u32, u8)> [Option<Self::Item>]",
                "I [u16; 4] [[u16; 4]]",
                "I core::option::Option<[u16; 4]> [Option<<Self as Shape>::Out>]",
                "I alloc::boxed::Box<[u16; 4]> [Box<Self::Out>]");
    }

    @Test
    void blockLocalItemsPrintUnderTheirOwner() {
        // rustc 1.95 -Zprint-type-sizes: Foo::m::L, T::d::D, inner::f::L2, inner::f::L3, C::InConst,
        // main::{closure#0}::InClosure
        assertThat(named("struct Foo;\n"
                + "impl Foo { fn m() { struct L(u8); } }\n"
                + "trait T { fn d() { struct D(u16); } }\n"
                + "mod inner { pub fn f() { struct L2(u32); { struct L3(u64); } } }\n"
                + "const C: usize = { struct InConst(u8); 1 };\n"
                + "fn main() { let c = || { struct InClosure(i8); }; }\n")).containsExactly(
                "D Foo [Foo]", "D Foo::m::L [L]", "D T::d::D [D]", "D inner::f::L2 [L2]", "D inner::f::L3 [L3]",
                "D C::InConst [InConst]", "D main::{closure#0}::InClosure [InClosure]",
                "I u8 [u8]", "I u16 [u16]", "I u32 [u32]", "I u64 [u64]", "I usize [usize]", "I i8 [i8]");
    }
}

package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.crate;
import static dev.rustmem.syntax.parse.ParseFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.FnSig;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Visibility;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ItemParseTest {
    @Test
    void everyItemFormInTheSampleFileParses() throws Exception {
        SourceFile f = SourceFile.read(Path.of("src/test/resources/syntax/items.rs"));
        ParseResult<Crate> r = Parser.parseCrate(f);
        assertThat(r.diagnostics().all()).isEmpty();
        Crate c = r.value();
        assertThat(c.attrs()).extracting(Attribute::name).containsExactly("allow", "doc");
        assertThat(c.items().size()).isEqualTo(52);
        SourceFile e = SourceFile.read(Path.of("src/test/resources/syntax/exprs.rs"));
        assertThat(Parser.parseCrate(e).diagnostics().all()).isEmpty();
    }

    @Test
    void structsWithGenericsWhereAndFieldVisibility() {
        assertThat(item("pub struct P<T: Copy = i32> where T: Default { pub x: T, pub(crate) y: T }")).isEqualTo(
                "Struct([] Visibility(PUBLIC _) P Generics([TypeParam([] T [Trait(NONE [] Copy)] i32)] "
                        + "[BoundPredicate([] T [Trait(NONE [] Default)])]) Named([FieldDecl([] Visibility(PUBLIC _) x T _) "
                        + "FieldDecl([] Visibility(CRATE _) y T _)]))");
        assertThat(item("struct T<'a>(pub &'a u8, u16);")).isEqualTo("Struct([] Visibility(INHERITED _) T Generics("
                + "[LifetimeParam([] 'a [])] []) Tuple([FieldDecl([] Visibility(PUBLIC _) _ &'a u8 _) FieldDecl([] "
                + "Visibility(INHERITED _) _ u16 _)]))");
        assertThat(item("struct S(pub (u8, u8));")).contains("FieldDecl([] Visibility(PUBLIC _) _ (u8, u8) _)");
        assertThat(item("pub(in crate::a) struct U;")).startsWith("Struct([] Visibility(IN_PATH crate::a) U");
    }

    @Test
    void enumsWithDataAndDiscriminants() {
        assertThat(item("enum E { A, B(u8), C { x: i32 }, D = 1 << 3, }")).isEqualTo(
                "Enum([] Visibility(INHERITED _) E Generics([] []) [Variant([] A Unit() _) Variant([] B Tuple("
                        + "[FieldDecl([] Visibility(INHERITED _) _ u8 _)]) _) Variant([] C Named([FieldDecl([] "
                        + "Visibility(INHERITED _) x i32 _)]) _) Variant([] D Unit() (<< 1 3))])");
    }

    @Test
    void unionIsContextual() {
        assertThat(item("union U { a: u32, b: f32 }")).startsWith("Union([] Visibility(INHERITED _) U ");
        assertThat(item("fn f() { union::x(); let union = 1; }")).startsWith("Fn(");
    }

    @Test
    void attributesParseIntoMeta() {
        Item.Struct s = (Item.Struct) crate("#[repr(C, align(8))] #[doc = \"d\"] #[rustfmt::skip] #[cfg(not(x))] "
                + "#[doc = concat!(\"a\")] #[unsafe(no_mangle)] struct S;").items().get(0);
        assertThat(s.attrs()).extracting(Attribute::name).containsExactly("repr", "doc", "rustfmt::skip", "cfg", "doc",
                "no_mangle");
        Meta.ListMeta repr = (Meta.ListMeta) s.attrs().get(0).meta();
        assertThat(repr.items().get(0)).isInstanceOf(Meta.Word.class);
        Meta.ListMeta align = (Meta.ListMeta) repr.items().get(1);
        assertThat(((Meta.Lit) align.items().get(0)).value()).isEqualTo(new Literal.Int(java.math.BigInteger.valueOf(8),
                java.util.Optional.empty()));
        assertThat(((Meta.NameValue) s.attrs().get(1).meta()).value()).isEqualTo(new Literal.Str("d", false));
        assertThat(s.attrs().get(4).meta()).isInstanceOf(Meta.Raw.class);
        Item.Struct doc = (Item.Struct) crate("/// Hello\nstruct S;").items().get(0);
        assertThat(((Meta.NameValue) doc.attrs().get(0).meta()).value()).isEqualTo(new Literal.Str(" Hello", false));
    }

    @Test
    void functionsAndReceivers() {
        Item.Fn f = (Item.Fn) crate("impl X { pub const unsafe extern \"C\" fn f<'a>(&'a mut self, (a, b): (u8, u8), "
                + "mut c: u8) -> u8 where Self: Sized { 0 } }").items().get(0).accept(new FirstImplItem());
        assertThat(f.sig().qualifiers()).isEqualTo(new FnSig.Qualifiers(true, false, true, false,
                java.util.Optional.of("C")));
        assertThat(f.sig().params()).extracting(FnSig.Param::selfKind)
                .containsExactly(FnSig.SelfKind.REF_MUT, FnSig.SelfKind.NONE, FnSig.SelfKind.NONE);
        assertThat(f.vis().kind()).isEqualTo(Visibility.Kind.PUBLIC);
        assertThat(item("fn f(self: Box<Self>) {}")).contains("Param([] EXPLICIT IdentPat(false false self _) Box<Self>)");
        assertThat(item("unsafe extern \"C\" { fn printf(f: *const u8, ...) -> i32; }")).contains("] true i32) _)");
        assertThat(item("async fn f() {}")).contains("Qualifiers(false true false false _)");
    }

    @Test
    void implsTraitsAndUseTrees() {
        assertThat(item("impl !Send for T {}")).isEqualTo("Impl([] false Generics([] []) true Send T [])");
        assertThat(item("unsafe impl<T> Tr for Vec<T> {}")).startsWith("Impl([] true Generics([TypeParam([] T [] _)] []) "
                + "false Tr Vec<T>");
        assertThat(item("unsafe auto trait M {}")).isEqualTo(
                "Trait([] Visibility(INHERITED _) true true M Generics([] []) [] [])");
        assertThat(item("use a::{b, c as d, e::*, self};")).isEqualTo("Use([] Visibility(INHERITED _) Nested(a "
                + "[Simple(b _) Simple(c d) Glob(e) Simple(self _)]))");
        assertThat(item("use ::x;")).isEqualTo("Use([] Visibility(INHERITED _) Simple(::x _))");
    }

    @Test
    void constsStaticsModsAndMacros() {
        assertThat(item("const _: u8 = 1;")).isEqualTo("Const([] Visibility(INHERITED _) _ Generics([] []) u8 1)");
        assertThat(item("static mut X: u8 = 0;")).isEqualTo("Static([] Visibility(INHERITED _) true X u8 0)");
        assertThat(item("mod m;")).isEqualTo("Mod([] Visibility(INHERITED _) false m _)");
        assertThat(item("mod m { #![allow(x)] fn f() {} }")).startsWith("Mod([Attribute(true ListMeta(allow [Word(x)]))]");
        assertThat(item("macro_rules! m { () => {} }")).startsWith("MacroRules([] m Delimited(BRACE [Delimited(PAREN [])");
        assertThat(item("macro_rules! m ( () => {} );")).startsWith("MacroRules([] m Delimited(PAREN");
        assertThat(item("thread_local! { static X: u8 = 0; }")).startsWith("MacroItem([] MacCall(thread_local BRACE");
        assertThat(item("std::m!(x);")).startsWith("MacroItem([] MacCall(std::m PAREN");
        assertThat(item("extern crate std as s;")).isEqualTo("ExternCrate([] Visibility(INHERITED _) std s)");
    }

    /** Extracts the first item of an impl. */
    private static final class FirstImplItem extends ItemVisitorAdapter<Item> {
        @Override
        public Item visitImpl(Item.Impl i) {
            return i.items().get(0);
        }
    }
}

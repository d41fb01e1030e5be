package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.type;
import static dev.rustmem.syntax.parse.ParseFixtures.typeTree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TypeParseTest {
    private static TypeExpr parsed(String src) {
        SourceFile f = new SourceFile("t.rs", src);
        ParseResult<TypeExpr> r = Parser.parseTypeText(f);
        assertThat(r.ok()).as(src).isTrue();
        return r.value();
    }

    @Test
    void pathTypesSplitClosingAngleBrackets() {
        assertThat(typeTree("Option<Box<i32>>")).isEqualTo("[PathType(Path(false _ [PathSegment(Option AngleBracketed("
                + "[Type(Box<i32>)]))]))]");
        assertThat(type("Vec<Vec<Vec<u8>>>")).isEqualTo("Vec<Vec<Vec<u8>>>");
        TypeExpr.PathType p = (TypeExpr.PathType) parsed("HashMap<K, Vec<u8>>");
        GenericArgs.AngleBracketed args = (GenericArgs.AngleBracketed) p.path().last().args().orElseThrow();
        assertThat(args.args()).hasSize(2);
        assertThat(args.args().get(1).span().end()).isEqualTo("HashMap<K, Vec<u8>".length());
    }

    @Test
    void genericArgumentKinds() {
        assertThat(typeTree("Foo<'a, u8, 3, -1, {N + 1}, true, Item = u8, Iter: Clone>")).isEqualTo(
                "[PathType(Path(false _ [PathSegment(Foo AngleBracketed([LifetimeArg(Lifetime('a)) Type(u8) Const(3) "
                        + "Const((- 1)) Const(BlockExpr(PLAIN _ Block([] (+ N 1)))) Const(true) Binding(Item _ u8) "
                        + "Constraint(Iter [Trait(NONE [] Clone)])]))]))]");
        assertThat(typeTree("Fn(u32) -> u8")).isEqualTo(
                "[PathType(Path(false _ [PathSegment(Fn Parenthesized([u32] u8))]))]");
    }

    @Test
    void qualifiedPaths() {
        TypeExpr.PathType p = (TypeExpr.PathType) parsed("<Vec<u8> as IntoIterator>::Item");
        assertThat(p.path().qself().orElseThrow().position()).isEqualTo(1);
        assertThat(p.path().plain()).isEqualTo("IntoIterator::Item");
        TypeExpr.PathType q = (TypeExpr.PathType) parsed("<T>::Assoc");
        assertThat(q.path().qself().orElseThrow().position()).isZero();
        assertThat(type("<<A as B>::C as D>::E")).isEqualTo("<<A as B>::C as D>::E");
    }

    @Test
    void referencesPointersTuplesArrays() {
        assertThat(typeTree("&'a mut T")).isEqualTo("[Ref(Lifetime('a) true T)]");
        assertThat(typeTree("&&T")).isEqualTo("[Ref(_ false &T)]");
        assertThat(typeTree("*const T")).isEqualTo("[RawPtr(false T)]");
        assertThat(typeTree("*mut [u8]")).isEqualTo("[RawPtr(true [u8])]");
        assertThat(typeTree("()")).isEqualTo("[Tuple([])]");
        assertThat(typeTree("(T,)")).isEqualTo("[Tuple([T])]");
        assertThat(typeTree("(A, B)")).isEqualTo("[Tuple([A B])]");
        assertThat(typeTree("(T)")).isEqualTo("[Paren(T)]");
        assertThat(typeTree("[u8; N]")).isEqualTo("[Array(u8 N)]");
        assertThat(typeTree("[u8]")).isEqualTo("[Slice(u8)]");
        assertThat(typeTree("!")).isEqualTo("[Never()]");
        assertThat(typeTree("_")).isEqualTo("[Infer()]");
    }

    @Test
    void fnPointersAndTraitObjects() {
        assertThat(typeTree("for<'a> unsafe extern \"C\" fn(&'a u8, ...) -> u8"))
                .isEqualTo("[FnPtr([Lifetime('a)] true C [&'a u8] true u8)]");
        assertThat(typeTree("fn(x: u32, _: u8)")).isEqualTo("[FnPtr([] false _ [u32 u8] false _)]");
        assertThat(typeTree("dyn A + B + 'a")).isEqualTo(
                "[TraitObject(true [Trait(NONE [] A) Trait(NONE [] B) Outlives(Lifetime('a))])]");
        assertThat(typeTree("&(dyn A + Send)")).isEqualTo("[Ref(_ false (dyn A + Send))]");
        assertThat(typeTree("&dyn A")).isEqualTo("[Ref(_ false dyn A)]");
        assertThat(typeTree("impl Iterator<Item = u8> + ?Sized")).isEqualTo(
                "[ImplTrait([Trait(NONE [] Iterator<Item = u8>) Trait(MAYBE [] Sized)])]");
        assertThat(typeTree("m!(x)")).startsWith("[MacroType(MacCall(m PAREN");
    }

    @Test
    void parseTypeTextRejectsTrailingInputAndNonTypes() {
        for (String[] c : new String[][] {{"1", "t.rs:1:1: error: expected type, found `1`"},
            {"u8 u16", "t.rs:1:4: error: expected end of input, found `u16`"},
            {"Vec<u8", "t.rs:1:7: error: expected one of `!`, `(`, `+`, `,`, `::`, `<`, or `>`, found `<eof>`"}}) {
            SourceFile f = new SourceFile("t.rs", c[0]);
            ParseResult<TypeExpr> r = Parser.parseTypeText(f);
            DiagnosticRenderer dr = new DiagnosticRenderer(f);
            assertThat(r.diagnostics().sorted().stream().map(dr::located).collect(Collectors.toList()))
                    .containsExactly(c[1]);
        }
    }
}

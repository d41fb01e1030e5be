package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StmtParseTest {
    @Test
    void letWithPatternTypeInitAndElse() {
        assertThat(body("let x;")).isEqualTo("Let([] IdentPat(false false x _) _ _ _)");
        assertThat(body("let (a, b): (u8, u8) = (1, 2);")).isEqualTo(
                "Let([] TuplePat([IdentPat(false false a _) IdentPat(false false b _)]) (u8, u8) Tuple([1 2]) _)");
        assertThat(body("let Some(v) = o else { return; };")).isEqualTo(
                "Let([] TupleStruct(Some [IdentPat(false false v _)]) _ o Block([ExprStmt(Return(_) true)] _))");
        assertThat(body("#[allow(unused)] let x = 1;")).startsWith("Let([Attribute(false ListMeta(allow [Word(unused)]))]");
    }

    @Test
    void tailExpressionVsStatements() {
        assertThat(body("1")).isEqualTo(" tail 1");
        assertThat(body("1;")).isEqualTo("1;");
        assertThat(body("f(); x + 1")).isEqualTo("(call f); tail (+ x 1)");
        assertThat(body("if a { 1 } else { 2 }")).isEqualTo(" tail If(a Block([] 1) BlockExpr(PLAIN _ Block([] 2)))");
        assertThat(body("loop {} x")).isEqualTo("Loop(_ Block([] _)) tail x");
    }

    @Test
    void blockLikeExpressionsEndStatements() {
        assertThat(body("if x {} - 1")).isEqualTo("If(x Block([] _) _) tail (- 1)");
        assertThat(body("{ 1 } & x")).isEqualTo("BlockExpr(PLAIN _ Block([] 1)) tail (& x)");
        assertThat(body("match x {}.foo()")).isEqualTo(" tail (.foo Match(x []))");
        assertThat(body("unsafe { f() }.g();")).isEqualTo("(.g BlockExpr(UNSAFE _ Block([] (call f))));");
        assertThat(body("match x {}? + 1")).isEqualTo(" tail (+ (? Match(x [])) 1)");
    }

    @Test
    void closingAngleBracketsSplitFromAssignmentOperators() {
        assertThat(body("let x: Vec<u8>= v;")).isEqualTo("Let([] IdentPat(false false x _) Vec<u8> v _)");
        assertThat(body("let x: Vec<Vec<u8>>= v;")).isEqualTo("Let([] IdentPat(false false x _) Vec<Vec<u8>> v _)");
        assertThat(body("let f: fn() -> Vec<u8>= g;")).isEqualTo("Let([] IdentPat(false false f _) fn() -> Vec<u8> g _)");
        assertThat(body("a >>= 1;")).isEqualTo("(>>= a 1);");
    }

    @Test
    void macroStatements() {
        assertThat(body("println!(\"{}\", x);")).startsWith("MacroCall(MacCall(println PAREN [");
        assertThat(body("m! { a } (b)")).isEqualTo("MacroCall(MacCall(m BRACE [Leaf(Token(IDENT a))])) tail (paren b)");
        assertThat(body("m! { a }")).isEqualTo("MacroCall(MacCall(m BRACE [Leaf(Token(IDENT a))]))");
        assertThat(body("m!(x).y()")).startsWith(" tail (.y MacroCall(");
    }

    @Test
    void itemsEmptyStatementsAndAssignments() {
        assertThat(body("struct S; fn f() {} ;")).isEqualTo(
                "ItemStmt(Struct([] Visibility(INHERITED _) S Generics([] []) Unit())) ItemStmt(Fn([] "
                        + "Visibility(INHERITED _) FnSig(Qualifiers(false false false false _) f Generics([] []) [] false _) "
                        + "Block([] _))) Empty()");
        assertThat(body("(a, b) = (b, a);")).isEqualTo("(= Tuple([a b]) Tuple([b a]));");
        assertThat(body("_ = f();")).isEqualTo("(= Underscore() (call f));");
        assertThat(body("let u = union;")).isEqualTo("Let([] IdentPat(false false u _) _ union _)");
        assertThat(body("const { 1 };")).isEqualTo("BlockExpr(CONST _ Block([] 1));");
        assertThat(body("const X: u8 = 1;")).startsWith("ItemStmt(Const(");
    }
}

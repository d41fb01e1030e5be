package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.body;
import static dev.rustmem.syntax.parse.ParseFixtures.expr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExprParseTest {
    @Test
    void arithmeticPrecedenceAndAssociativity() {
        assertThat(expr("a + b * c")).isEqualTo("(+ a (* b c))");
        assertThat(expr("a * b + c")).isEqualTo("(+ (* a b) c)");
        assertThat(expr("a - b - c")).isEqualTo("(- (- a b) c)");
        assertThat(expr("a / b % c")).isEqualTo("(% (/ a b) c)");
        assertThat(expr("1 << 2 + 3")).isEqualTo("(<< 1 (+ 2 3))");
        assertThat(expr("a & b | c ^ d")).isEqualTo("(| (& a b) (^ c d))");
        assertThat(expr("a | b == c")).isEqualTo("(== (| a b) c)");
        assertThat(expr("a < b && c >= d || e")).isEqualTo("(|| (&& (< a b) (>= c d)) e)");
        assertThat(expr("a || b && c")).isEqualTo("(|| a (&& b c))");
    }

    @Test
    void assignmentIsRightAssociativeAndLowest() {
        assertThat(expr("a = b = c")).isEqualTo("(= a (= b c))");
        assertThat(expr("a += b -= c")).isEqualTo("(+= a (-= b c))");
        assertThat(expr("a = 1..2")).isEqualTo("(= a (.. 1 2))");
        assertThat(expr("x <<= y || z")).isEqualTo("(<<= x (|| y z))");
    }

    @Test
    void unaryCastAndPostfix() {
        assertThat(expr("-x.y()")).isEqualTo("(- (.y x))");
        assertThat(expr("&a as *const u8")).isEqualTo("(as (& a) *const u8)");
        assertThat(expr("x as u8 as u16")).isEqualTo("(as (as x u8) u16)");
        assertThat(expr("-x as u32 + 1")).isEqualTo("(+ (as (- x) u32) 1)");
        assertThat(expr("!a & b")).isEqualTo("(& (! a) b)");
        assertThat(expr("*p.q")).isEqualTo("(* (.q p))");
        assertThat(expr("&&x")).isEqualTo("(& (& x))");
        assertThat(expr("&mut *x")).isEqualTo("(&mut (* x))");
        assertThat(expr("&raw const x")).isEqualTo("(&raw  x)");
        assertThat(expr("&raw mut x")).isEqualTo("(&raw mut x)");
        assertThat(expr("a.b.c(d)(e)[f]?")).isEqualTo("(? (index (call (.c (.b a) d) e) f))");
        assertThat(expr("x?.await")).isEqualTo("Await((? x))");
        assertThat(expr("(x as i64) < y")).isEqualTo("(< (paren (as x i64)) y)");
    }

    @Test
    void ranges() {
        assertThat(expr("a..b")).isEqualTo("(.. a b)");
        assertThat(expr("a..=b")).isEqualTo("(..= a b)");
        assertThat(expr("..")).isEqualTo("(.. _ _)");
        assertThat(expr("a..")).isEqualTo("(.. a _)");
        assertThat(expr("..b")).isEqualTo("(.. _ b)");
        assertThat(expr("0..n + 1")).isEqualTo("(.. 0 (+ n 1))");
        assertThat(expr("x[..2]")).isEqualTo("(index x (.. _ 2))");
    }

    @Test
    void tupleIndexSplitsFloatTokens() {
        assertThat(expr("x.0.1")).isEqualTo("(.1 (.0 x))");
        assertThat(expr("x.0.1.2")).isEqualTo("(.2 (.1 (.0 x)))");
        assertThat(expr("x.0 .1")).isEqualTo("(.1 (.0 x))");
    }

    @Test
    void pathsWithTurbofishAndQualifiedPaths() {
        assertThat(expr("size_of::<T>()")).isEqualTo("(call size_of::<T>)");
        assertThat(expr("Vec::<u8>::new()")).isEqualTo("(call Vec::<u8>::new)");
        assertThat(expr("<T as Tr>::f()")).isEqualTo("(call <T as Tr>::f)");
        assertThat(expr("it.collect::<Vec<_>>()")).isEqualTo("(.collect::<Vec<_>> it)");
        assertThat(expr("a < b")).isEqualTo("(< a b)");
    }

    @Test
    void closuresInMethodChains() {
        assertThat(expr("v.iter().map(|x| x * 2).sum::<u32>()"))
                .isEqualTo("(.sum::<u32> (.map (.iter v) Closure(false false [ClosureParam([] IdentPat(false false x _) _)]"
                        + " _ (* x 2))))");
        assertThat(expr("move |x: u8, (a, b)| -> u8 { a }")).isEqualTo("Closure(true false [ClosureParam([] "
                + "IdentPat(false false x _) u8) ClosureParam([] TuplePat([IdentPat(false false a _) IdentPat(false false "
                + "b _)]) _)] u8 BlockExpr(PLAIN _ Block([] a)))");
        assertThat(expr("|| a = b")).isEqualTo("Closure(false false [] _ (= a b))");
        assertThat(expr("async move |x| x")).startsWith("Closure(true true ");
    }

    @Test
    void structLiterals() {
        assertThat(expr("S { a: 1, b, ..base }")).isEqualTo(
                "StructLit(S [FieldInit([] a 1 false) FieldInit([] b b true)] base false)");
        assertThat(expr("S { .. }")).isEqualTo("StructLit(S [] _ true)");
        assertThat(expr("T { 0: x }")).isEqualTo("StructLit(T [FieldInit([] 0 x false)] _ false)");
        assertThat(expr("a::B::<u8> { x }")).startsWith("StructLit(a::B::<u8> ");
    }

    @Test
    void noStructLiteralInConditionHeads() {
        assertThat(body("if x == S {}")).isEqualTo(" tail If((== x S) Block([] _) _)");
        assertThat(body("while x {}")).isEqualTo(" tail While(_ x Block([] _))");
        assertThat(body("for x in S {}")).isEqualTo(" tail For(_ IdentPat(false false x _) S Block([] _))");
        assertThat(body("match S { _ => {} }")).startsWith(" tail Match(S ");
        assertThat(body("if (S { x: 1 }).x == 1 {}")).startsWith(" tail If((== (.x (paren StructLit(");
        assertThat(body("if f(S { x: 1 }) {}")).startsWith(" tail If((call f StructLit(");
    }

    @Test
    void ifLetChainsAndMatch() {
        assertThat(body("if let Some(x) = a && x > 3 {}")).isEqualTo(
                " tail If((&& Let(TupleStruct(Some [IdentPat(false false x _)]) a) (> x 3)) Block([] _) _)");
        assertThat(body("if a { 1 } else if b { 2 } else { 3 }")).isEqualTo(
                " tail If(a Block([] 1) If(b Block([] 2) BlockExpr(PLAIN _ Block([] 3))))");
        assertThat(body("match x { 1 | 2 => a, _ if y => { b } 3 => c, }")).isEqualTo(
                " tail Match(x [Arm([] OrPat([LitPat(1) LitPat(2)]) _ a) Arm([] Wild() y BlockExpr(PLAIN _ Block([] b)))"
                        + " Arm([] LitPat(3) _ c)])");
    }

    @Test
    void blocksLabelsAndJumps() {
        assertThat(expr("'a: loop { break 'a 5; }")).isEqualTo("Loop(Lifetime('a) Block([Break(Lifetime('a) 5);] _))"
                .replace("Block([Break(Lifetime('a) 5);] _)", "Block([ExprStmt(Break(Lifetime('a) 5) true)] _)"));
        assertThat(expr("'b: { 1 }")).isEqualTo("BlockExpr(PLAIN Lifetime('b) Block([] 1))");
        assertThat(expr("unsafe { f() }")).isEqualTo("BlockExpr(UNSAFE _ Block([] (call f)))");
        assertThat(expr("const { 1 }")).isEqualTo("BlockExpr(CONST _ Block([] 1))");
        assertThat(expr("async move { 1 }")).isEqualTo("BlockExpr(ASYNC_MOVE _ Block([] 1))");
        assertThat(expr("return a + b")).isEqualTo("Return((+ a b))");
        assertThat(expr("continue 'x")).isEqualTo("Continue(Lifetime('x))");
        assertThat(expr("break")).isEqualTo("Break(_ _)");
    }

    @Test
    void literalsTuplesArraysAndMacros() {
        assertThat(expr("(1)")).isEqualTo("(paren 1)");
        assertThat(expr("(1,)")).isEqualTo("Tuple([1])");
        assertThat(expr("()")).isEqualTo("Tuple([])");
        assertThat(expr("[0u8; 16]")).isEqualTo("Repeat(0u8 16)");
        assertThat(expr("[1, 2, 3,]")).isEqualTo("Array([1 2 3])");
        assertThat(expr("vec![1, 2]")).startsWith("MacroCall(MacCall(vec BRACKET [");
        assertThat(expr("std::println!(\"{}\", x)")).startsWith("MacroCall(MacCall(std::println PAREN [");
        assertThat(expr("_")).isEqualTo("Underscore()");
    }
}

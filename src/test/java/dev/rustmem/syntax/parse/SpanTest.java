package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.crate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.FieldDecl;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Stmt;
import org.junit.jupiter.api.Test;

/** Spans as line:col and as source text. */
class SpanTest {
    private static final String SRC = String.join("\n",
            "/// Doc",
            "#[derive(Debug)]",
            "pub struct Point {",
            "    pub x: Vec<u8>,",
            "}",
            "fn main() {",
            "    let p = a + b * c;",
            "    if p > 1 { f(p) } else { g() }",
            "}");

    private static String at(SourceFile f, Span s) {
        return f.lines().line(s.start()) + ":" + f.lines().column(s.start()) + " `" + f.slice(s) + "`";
    }

    @Test
    void itemAndFieldSpans() {
        SourceFile f = new SourceFile("demo.rs", SRC);
        Crate c = Parser.parseCrate(f).value();
        Item.Struct s = (Item.Struct) c.items().get(0);
        assertThat(at(f, s.span())).startsWith("1:1 `/// Doc\n#[derive(Debug)]\npub struct Point {").endsWith("}`");
        assertThat(at(f, s.attrs().get(1).span())).isEqualTo("2:1 `#[derive(Debug)]`");
        assertThat(at(f, s.name().span())).isEqualTo("3:12 `Point`");
        FieldDecl x = s.data().fields().get(0);
        assertThat(at(f, x.span())).isEqualTo("4:5 `pub x: Vec<u8>`");
        assertThat(at(f, x.ty().span())).isEqualTo("4:12 `Vec<u8>`");
        assertThat(at(f, s.vis().span())).isEqualTo("3:1 `pub`");
    }

    @Test
    void expressionAndStatementSpans() {
        SourceFile f = new SourceFile("demo.rs", SRC);
        Item.Fn main = (Item.Fn) Parser.parseCrate(f).value().items().get(1);
        Stmt.Let let = (Stmt.Let) main.body().orElseThrow().stmts().get(0);
        assertThat(at(f, let.span())).isEqualTo("7:5 `let p = a + b * c;`");
        Expr.Binary sum = (Expr.Binary) let.init().orElseThrow();
        assertThat(at(f, sum.span())).isEqualTo("7:13 `a + b * c`");
        assertThat(at(f, sum.rhs().span())).isEqualTo("7:17 `b * c`");
        Expr.If iff = (Expr.If) main.body().orElseThrow().tail().orElseThrow();
        assertThat(at(f, iff.span())).isEqualTo("8:5 `if p > 1 { f(p) } else { g() }`");
        assertThat(at(f, iff.then().span())).isEqualTo("8:14 `{ f(p) }`");
        assertThat(at(f, iff.otherwise().orElseThrow().span())).isEqualTo("8:28 `{ g() }`");
        assertThat(at(f, main.body().orElseThrow().span())).startsWith("6:11 `{");
    }

    @Test
    void fnSignatureSpanStartsAtTheQualifiers() {
        String src = "#[inline]\npub const unsafe fn f<T>(x: T) -> u8 where T: Copy { 0 }";
        SourceFile f = new SourceFile("demo.rs", src);
        Item.Fn fn = (Item.Fn) crate(src).items().get(0);
        assertThat(at(f, fn.sig().span())).isEqualTo("2:5 `const unsafe fn f<T>(x: T) -> u8 where T: Copy`");
        assertThat(at(f, fn.sig().params().get(0).span())).isEqualTo("2:26 `x: T`");
        assertThat(at(f, fn.sig().generics().span())).isEqualTo("2:22 `<T>`");
        assertThat(at(f, fn.sig().generics().where().get(0).span())).isEqualTo("2:44 `T: Copy`");
        Item.Struct s = (Item.Struct) crate("struct S where u8: Copy;").items().get(0);
        assertThat(s.generics().span()).isEqualTo(new Span(9, 23));
    }

    @Test
    void splitTokensGetSplitSpans() {
        String src = "type T = Vec<Vec<u8>>; fn f() { let a = x.0.1; let r = &&y; }";
        SourceFile f = new SourceFile("demo.rs", src);
        Crate c = crate(src);
        Item.TypeAlias t = (Item.TypeAlias) c.items().get(0);
        assertThat(f.slice(t.ty().orElseThrow().span())).isEqualTo("Vec<Vec<u8>>");
        Item.Fn fn = (Item.Fn) c.items().get(1);
        Expr.Field outer = (Expr.Field) ((Stmt.Let) fn.body().orElseThrow().stmts().get(0)).init().orElseThrow();
        assertThat(f.slice(outer.span())).isEqualTo("x.0.1");
        assertThat(f.slice(outer.expr().span())).isEqualTo("x.0");
        assertThat(f.slice(outer.name().span())).isEqualTo("1");
        Expr.AddrOf r = (Expr.AddrOf) ((Stmt.Let) fn.body().orElseThrow().stmts().get(1)).init().orElseThrow();
        assertThat(f.slice(r.span())).isEqualTo("&&y");
        assertThat(f.slice(r.expr().span())).isEqualTo("&y");
    }
}

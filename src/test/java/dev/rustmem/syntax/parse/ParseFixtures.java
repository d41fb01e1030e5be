package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.Lexer;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers shared by the parser tests: parse snippets, insist on no errors, render S-expressions. */
final class ParseFixtures {
    private ParseFixtures() {}

    static Crate crate(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        ParseResult<Crate> r = Parser.parseCrate(f);
        assertThat(located(f, r.diagnostics().sorted())).isEmpty();
        return r.value();
    }

    /** Diagnostics of a whole-file parse, as {@code demo.rs:L:C: error: msg} lines. */
    static List<String> errors(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        return located(f, Parser.parseCrate(f).diagnostics().sorted());
    }

    static List<String> located(SourceFile f, List<Diagnostic> ds) {
        DiagnosticRenderer r = new DiagnosticRenderer(f);
        return ds.stream().map(r::located).collect(Collectors.toList());
    }

    static Parser fragment(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        return new Parser(f, Lexer.lex(f).value());
    }

    /** The expression as an S-expression; fails on any diagnostic or unconsumed input. */
    static String expr(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        Parser p = new Parser(f, Lexer.lex(f).value());
        Expr e = p.parseExpr();
        assertThat(located(f, p.diagnostics().sorted())).isEmpty();
        assertThat(p.atEnd()).as("consumed all of %s", src).isTrue();
        return new SExpr(f).of(e);
    }

    static String type(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        ParseResult<TypeExpr> r = Parser.parseTypeText(f);
        assertThat(located(f, r.diagnostics().sorted())).isEmpty();
        return new SExpr(f).of(r.value());
    }

    static String typeTree(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        ParseResult<TypeExpr> r = Parser.parseTypeText(f);
        assertThat(located(f, r.diagnostics().sorted())).isEmpty();
        return "[" + new SExpr(f).structural((Record) r.value()) + "]";
    }

    static String pat(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        Parser p = new Parser(f, Lexer.lex(f).value());
        Pat pat = p.parsePat();
        assertThat(located(f, p.diagnostics().sorted())).isEmpty();
        assertThat(p.atEnd()).isTrue();
        return new SExpr(f).of(pat);
    }

    /** The statements of {@code fn main() { body }} (tail included as a last pseudo-statement). */
    static String body(String body) {
        String src = "fn main() {" + body + "}";
        SourceFile f = new SourceFile("demo.rs", src);
        ParseResult<Crate> r = Parser.parseCrate(f);
        assertThat(located(f, r.diagnostics().sorted())).isEmpty();
        Item.Fn fn = (Item.Fn) r.value().items().get(0);
        SExpr s = new SExpr(f);
        String stmts = fn.body().orElseThrow().stmts().stream().map(st -> stmt(s, st)).collect(Collectors.joining(" "));
        return stmts + fn.body().orElseThrow().tail().map(t -> " tail " + s.of(t)).orElse("");
    }

    private static String stmt(SExpr s, Stmt st) {
        if (st instanceof Stmt.ExprStmt es) {
            return s.of(es.expr()) + (es.semi() ? ";" : "");
        }
        return s.of(st);
    }

    static String item(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        ParseResult<Crate> r = Parser.parseCrate(f);
        assertThat(located(f, r.diagnostics().sorted())).isEmpty();
        assertThat(r.value().items()).hasSize(1);
        return new SExpr(f).of(r.value().items().get(0));
    }
}

package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Located messages as rustc prints them (checked against rustc 1.95 where the wording is rustc's). */
class ParseErrorTest {
    @Test
    void expectedOneOfWithSortedTokens() {
        assertThat(errors("fn main() {\n    let y = 1 let z = 2;\n}")).containsExactly(
                "demo.rs:2:15: error: expected one of `.`, `;`, `?`, `else`, or an operator, found keyword `let`");
        assertThat(errors("struct S { a: u8 b: u8 }")).containsExactly(
                "demo.rs:1:17: error: expected `,`, or `}`, found `b`");
    }

    @Test
    void afterALoneNameTypeEverythingThatCouldContinueItIsExpected() {
        assertThat(errors("struct S(u8 u16);")).containsExactly(
                "demo.rs:1:13: error: expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `u16`");
        assertThat(errors("type A = u8 u16;")).containsExactly(
                "demo.rs:1:13: error: expected one of `!`, `(`, `+`, `::`, `;`, `<`, or `where`, found `u16`");
        assertThat(errors("type A = &T U;")).containsExactly(
                "demo.rs:1:13: error: expected one of `!`, `(`, `::`, `;`, `<`, or `where`, found `U`");
        assertThat(errors("impl X for Y Z {}")).containsExactly(
                "demo.rs:1:14: error: expected one of `!`, `(`, `+`, `::`, `<`, `where`, or `{`, found `Z`");
    }

    @Test
    void expectedTypeExpressionItem() {
        assertThat(errors("fn main() {\n    let x: 1 = 2;\n}")).containsExactly("demo.rs:2:12: error: expected type, found `1`");
        assertThat(errors("fn f() { let w = ; }")).containsExactly("demo.rs:1:18: error: expected expression, found `;`");
        assertThat(errors("let x = 1;")).containsExactly("demo.rs:1:1: error: expected item, found keyword `let`");
        assertThat(errors("fn f() { let x = 1 }")).containsExactly(
                "demo.rs:1:20: error: expected one of `.`, `;`, `?`, `else`, or an operator, found `}`");
        assertThat(errors("struct S { let }")).containsExactly(
                "demo.rs:1:12: error: expected identifier, found keyword `let`");
    }

    @Test
    void labelsDescribeTheExpectation() {
        SourceFile f = new SourceFile("demo.rs", "enum E { A B }");
        Diagnostic d = Parser.parseCrate(f).diagnostics().sorted().get(0);
        assertThat(new DiagnosticRenderer(f).render(d)).isEqualTo(String.join("\n",
                "error: expected one of `(`, `,`, `=`, `{`, or `}`, found `B`",
                " --> demo.rs:1:12",
                "  |",
                "1 | enum E { A B }",
                "  |            ^ expected one of `(`, `,`, `=`, `{`, or `}`",
                ""));
        SourceFile g = new SourceFile("demo.rs", "fn f() { a b c d e f g h }");
        Diagnostic many = Parser.parseCrate(g).diagnostics().sorted().get(0);
        assertThat(many.message()).isEqualTo(
                "expected one of `!`, `.`, `::`, `;`, `?`, `{`, `}`, or an operator, found `b`");
        assertThat(many.primary().message()).isEqualTo("expected one of 8 possible tokens");
    }

    @Test
    void recoveryReportsLaterErrorsToo() {
        assertThat(errors("struct S { a: 1 }\nfn f() { let x: = 1; foo(a b); }\nenum E { A B }\nfn ok() {}")).containsExactly(
                "demo.rs:1:15: error: expected type, found `1`",
                "demo.rs:2:17: error: expected type, found `=`",
                "demo.rs:2:28: error: expected one of `!`, `)`, `,`, `.`, `::`, `?`, `{`, or an operator, found `b`",
                "demo.rs:3:12: error: expected one of `(`, `,`, `=`, `{`, or `}`, found `B`");
        ParseResult<?> r = Parser.parseCrate(new SourceFile("demo.rs", "struct S { a: 1 }\nfn ok() {}\nstruct T;"));
        assertThat(((dev.rustmem.syntax.ast.Crate) r.value()).items()).hasSize(2);
    }

    @Test
    void delimiterErrorsStopBeforeParsing() {
        assertThat(errors("fn main() {\n    foo(1, 2];\n}\nfn g() { let x = 1 }")).containsExactly(
                "demo.rs:2:8: error: mismatched closing delimiter: `]`");
        assertThat(errors("fn main() {}\n}\n")).containsExactly("demo.rs:2:1: error: unexpected closing delimiter: `}`");
        assertThat(errors("fn main() {\n    foo(1;\n")).containsExactly(
                "demo.rs:3:1: error: this file contains an unclosed delimiter");
    }

    @Test
    void chainedComparisonsAndOtherRustcChecks() {
        assertThat(errors("fn f() { a < b < c; }")).containsExactly(
                "demo.rs:1:10: error: comparison operators cannot be chained");
        assertThat(errors("fn f() { 'a: x; }")).containsExactly(
                "demo.rs:1:14: error: expected `while`, `for`, `loop` or `{` after a label");
        assertThat(errors("const X = 1;")).containsExactly("demo.rs:1:8: error: missing type for `const` item");
        assertThat(errors("struct T!;")).containsExactly(
                "demo.rs:1:9: error: expected `where`, `{`, `(`, or `;` after struct name, found `!`");
        assertThat(errors("fn f(x: #[a] u8) {}")).containsExactly(
                "demo.rs:1:9: error: attributes cannot be applied to types");
        assertThat(errors("fn f() { if x y {} }")).containsExactly("demo.rs:1:15: error: expected `{`, found `y`");
        assertThat(errors("fn f() { let x = +1; }")).containsExactly(
                "demo.rs:1:18: error: leading `+` is not supported");
        assertThat(errors("pub self::x as _;")).containsExactly(
                "demo.rs:1:13: error: expected one of `!` or `::`, found keyword `as`");
        assertThat(errors("pub 1")).containsExactly("demo.rs:1:1: error: visibility `pub` is not followed by an item");
        assertThat(errors("fn f() { let p: *u8; }")).containsExactly(
                "demo.rs:1:18: error: expected `mut` or `const` keyword in raw pointer type");
    }

    @Test
    void letOnlyInConditionsAndArmsNeedBodies() {
        assertThat(errors("fn f() {\n    let a = let b = 1;\n}")).containsExactly(
                "demo.rs:2:13: error: expected expression, found `let` statement");
        assertThat(errors("fn f() { if let Some(x) = a && let y = x {} while let Some(t) = s.pop() && t > 1 {} }"))
                .isEmpty();
        assertThat(errors("fn f() { if (let x = 1) {} }")).containsExactly(
                "demo.rs:1:14: error: expected expression, found `let` statement");
        assertThat(errors("fn f() { match d { A => 1, [] } }")).containsExactly(
                "demo.rs:1:28: error: `match` arm with no body");
    }

    @Test
    void attributeShapesAndRanges() {
        assertThat(errors("#[/llow(x)] struct A;")).containsExactly("demo.rs:1:3: error: expected identifier, found `/`");
        assertThat(errors("#[a b] struct B;")).containsExactly(
                "demo.rs:1:5: error: expected one of `(`, `::`, `=`, `[`, `]`, or `{`, found `b`");
        assertThat(errors("#[a =] struct C;")).containsExactly("demo.rs:1:6: error: expected expression, found `]`");
        assertThat(errors("#[a(x) y] struct D;")).containsExactly("demo.rs:1:8: error: expected `]`, found `y`");
        assertThat(errors("fn f() { let a = 1..=; let b = &mut ..= x; }")).containsExactly(
                "demo.rs:1:19: error[E0586]: inclusive range with no end");
    }

    @Test
    void unexpectedEndOfFileIsReportedAtTheLastToken() {
        assertThat(errors("fn main() {}\n impl ")).containsExactly(
                "demo.rs:2:2: error: expected type, found `<eof>`");
        assertThat(errors("fn main() {}\n x ")).containsExactly(
                "demo.rs:2:2: error: expected one of `!` or `::`, found `<eof>`");
    }

    @Test
    void lexerErrorsAreIncluded() {
        assertThat(errors("fn main() { let s = \"abc; }")).containsExactly(
                "demo.rs:1:21: error[E0765]: unterminated double quote string",
                "demo.rs:1:28: error: this file contains an unclosed delimiter");
    }
}

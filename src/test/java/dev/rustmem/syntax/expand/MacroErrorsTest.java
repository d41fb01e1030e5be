package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import org.junit.jupiter.api.Test;

/**
 * Expansion errors with rustc 1.95's wording and positions; the expected lines are what rustc
 * printed for the same programs (file:line:col of the primary span).
 */
class MacroErrorsTest {
    @Test
    void matchFailures() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! m { (a $x:ident) => { 1 }; (b) => { 2 } }
                macro_rules! ig { () => { 1 2 } }
                fn main() {
                    let _ = m!(a b);
                    let _ = m!(a 5);
                    let _ = m!(a);
                    let _ = m!(c);
                    let _ = ig!();
                    let _ = zz!(1);
                    compile_error!("boom");
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:2:29: error: macro expansion ignores `2` and any tokens following",
                "main.rs:5:18: error: no rules expected `5`",
                "main.rs:6:17: error: unexpected end of macro invocation",
                "main.rs:7:16: error: no rules expected `c`",
                "main.rs:9:13: error: cannot find macro `zz` in this scope",
                "main.rs:10:5: error: boom");
    }

    @Test
    void matchFailureNotesAndLabels() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! m { (a $x:ident) => { 1 }; (b) => { 2 } }
                fn main() {
                    let _ = m!(a 5);
                }
                """);
        Diagnostic d = f.diagnostics().get(0);
        assertThat(new DiagnosticRenderer(f.file()).render(d)).isEqualTo("""
                error: no rules expected `5`
                 --> main.rs:3:18
                  |
                1 | macro_rules! m { (a $x:ident) => { 1 }; (b) => { 2 } }
                  | -------------- when calling this macro
                2 | fn main() {
                3 |     let _ = m!(a 5);
                  |                  ^ no rules expected this token in macro call
                  |
                  = note: while trying to match meta-variable `$x:ident`
                """);
    }

    @Test
    void nestedGroupsSeparatorsAndKeywords() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! m { ((a b)) => { 1 }; }
                macro_rules! n { ($($x:ident),*) => { 1 }; }
                macro_rules! o { ($e:expr) => { 1 }; }
                fn main() {
                    let _ = m!((a));
                    let _ = n!(a, b c);
                    let _ = o!(struct);
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:5:18: error: no rules expected `)`",
                "main.rs:6:21: error: no rules expected `c`",
                "main.rs:7:16: error: no rules expected keyword `struct`");
    }

    @Test
    void recursionLimit() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! r { () => { r!() } }
                fn main() {
                    r!();
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:1:26: error: recursion limit reached while expanding `r!`");
        assertThat(f.diagnostics().get(0).help()).hasValue("consider increasing the recursion limit by adding a "
                + "`#![recursion_limit = \"256\"]` attribute to your crate (`main`)");
    }

    /** rustc accepts 127 nested expansions below the outermost call (128 in all) and rejects 128. */
    @Test
    void recursionLimitBoundaryMatchesRustc() {
        String def = "macro_rules! c { () => {0}; (x $($r:tt)*) => { 1 + c!($($r)*) } }\n";
        assertThat(ExpandFixture.of(def + "fn main() { let v = c!(" + "x ".repeat(127) + "); }").errors())
                .isEmpty();
        assertThat(ExpandFixture.of(def + "fn main() { let v = c!(" + "x ".repeat(128) + "); }").errors())
                .containsExactly("main.rs:1:52: error: recursion limit reached while expanding `c!`");
        assertThat(ExpandFixture.of("#![recursion_limit = \"300\"]\n" + def + "fn main() { let v = c!("
                + "x ".repeat(200) + "); }").errors()).isEmpty();
    }

    @Test
    void macroDefinedLaterIsNotInScope() {
        ExpandFixture f = ExpandFixture.of("""
                fn main() {
                    later!();
                }
                macro_rules! later { () => {} }
                """);
        assertThat(f.errors()).containsExactly("main.rs:2:5: error: cannot find macro `later` in this scope");
        assertThat(new DiagnosticRenderer(f.file()).render(f.diagnostics().get(0))).isEqualTo("""
                error: cannot find macro `later` in this scope
                 --> main.rs:2:5
                  |
                2 |     later!();
                  |     ^^^^^ consider moving the definition of `later` before this call
                3 | }
                4 | macro_rules! later { () => {} }
                  |              ----- a macro with the same name exists, but it appears later
                """);
    }

    @Test
    void transcriptionDepthErrors() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! a { ($($x:ident)*) => { $x }; }
                macro_rules! b { ($($x:ident)*; $($y:ident)*) => { $(($x, $y))* }; }
                macro_rules! c { ($x:ident) => { $($x)* }; }
                fn main() {
                    a!(p q);
                    b!(p q; r);
                    c!(p);
                }
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:1:38: error: variable `x` is still repeating at this depth",
                "main.rs:2:53: error: meta-variable `x` repeats 2 times, but `y` repeats 1 time",
                "main.rs:3:35: error: attempted to repeat an expression containing no syntax variables matched as "
                        + "repeating at this depth");
    }

    @Test
    void fragmentParseErrorIsHard() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! o { ($e:expr) => { 1 }; ($($t:tt)*) => { 2 }; }
                fn main() {
                    let _ = o!(1 +);
                }
                """);
        assertThat(f.errors()).hasSize(1);
        assertThat(f.errors().get(0)).startsWith("main.rs:3:19: error: expected expression");
    }

    @Test
    void forwardedExpressionIsOpaque() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! inner { (a) => { 1 }; }
                macro_rules! outer { ($e:expr) => { inner!($e) }; }
                fn main() { let _ = outer!(1 + 2); }
                """);
        // rustc points at `$e` in outer's body; rustmem at the forwarded tokens themselves
        assertThat(f.errors()).containsExactly("main.rs:3:28: error: no rules expected `expr` metavariable");
        assertThat(f.diagnostics().get(0).help()).hasValue("try using `:tt` instead in the macro definition");
    }

    @Test
    void expressionMacroInItemPosition() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! square { ($x:expr) => { $x * $x }; }
                square!(3);
                fn main() {}
                """);
        assertThat(f.errors()).containsExactly(
                "main.rs:2:9: error: macro expansion ignores `expr` metavariable and any tokens following");
        assertThat(f.diagnostics().get(0).notes()).containsExactly(
                "the usage of `square!` is likely invalid in item context");
    }
}

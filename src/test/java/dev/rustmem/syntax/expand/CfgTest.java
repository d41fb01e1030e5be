package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.types.Cfg;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code #[cfg]} stripping, {@code #[cfg_attr]} and the predicate evaluator. */
class CfgTest {
    private static final Span S = Span.at(0);

    @Test
    void evaluatesPredicates() {
        CfgEval eval = new CfgEval(new Cfg(Set.of("unix"), Set.of("target_os=linux", "target_pointer_width=64")));
        Diagnostics d = new Diagnostics();
        assertThat(eval.eval(new Meta.Word("unix", S), d)).isTrue();
        assertThat(eval.eval(new Meta.Word("windows", S), d)).isFalse();
        assertThat(eval.eval(new Meta.NameValue("target_os", new Literal.Str("linux", false), S), d)).isTrue();
        assertThat(eval.eval(new Meta.NameValue("target_os", new Literal.Str("macos", false), S), d)).isFalse();
        Meta any = new Meta.ListMeta("any", List.of(new Meta.Word("windows", S),
                new Meta.ListMeta("not", List.of(new Meta.Word("windows", S)), S)), S);
        assertThat(eval.eval(any, d)).isTrue();
        assertThat(eval.eval(new Meta.ListMeta("all", List.of(), S), d)).isTrue();
        assertThat(eval.eval(new Meta.ListMeta("any", List.of(), S), d)).isFalse();
        assertThat(d.isEmpty()).isTrue();
        assertThat(eval.eval(new Meta.ListMeta("not", List.of(), S), d)).isFalse();
        assertThat(eval.eval(new Meta.ListMeta("nope", List.of(), S), d)).isFalse();
        assertThat(d.all()).extracting(x -> x.message()).containsExactly("expected 1 cfg-pattern",
                "invalid predicate `nope`");
    }

    @Test
    void stripsItemsFieldsVariantsStatementsAndArms() {
        ExpandFixture f = ExpandFixture.of("""
                #[cfg(windows)] fn win() {}
                #[cfg(unix)] fn nix() {}
                struct S { a: u8, #[cfg(windows)] b: u16, #[cfg(not(windows))] c: u32 }
                enum E { A, #[cfg(any())] B, C }
                fn main() {
                    #[cfg(windows)] let x = 1;
                    #[cfg(unix)] let y = 2;
                    let z = match y { #[cfg(windows)] 0 => 1, _ => 2 };
                    #[cfg(windows)] win();
                    let s = S { a: 1, #[cfg(windows)] b: 2, c: 3 };
                }
                mod m { #![allow(unused)] #[cfg(all(unix, target_os = "linux"))] pub fn linux() {} }
                """);
        assertThat(f.errors()).isEmpty();
        String out = f.render();
        assertThat(out).doesNotContain("fn win").contains("fn nix()")
                .contains("struct S { a: u8, c: u32 }").contains("enum E { A, C }")
                .doesNotContain("let x").contains("let y = 2;").contains("match y { _ => 2 }")
                .contains("S { a: 1, c: 3 }").contains("fn linux()");
    }

    @Test
    void cfgAttrExpandsOrDisappears() {
        ExpandFixture f = ExpandFixture.of("""
                #[cfg_attr(unix, derive(Clone, Copy), repr(C))]
                #[cfg_attr(windows, repr(u8))]
                #[cfg_attr(unix, cfg_attr(target_os = "linux", inline))]
                struct P { x: u8 }
                #[cfg_attr(windows, cfg(windows))]
                #[cfg_attr(unix, cfg(windows))]
                fn gone() {}
                fn main() {}
                """);
        assertThat(f.errors()).isEmpty();
        Item.Struct p = (Item.Struct) f.crate().items().get(0);
        assertThat(p.attrs()).extracting(a -> a.name()).containsExactly("derive", "repr", "inline");
        assertThat(f.render()).doesNotContain("fn gone");
    }

    @Test
    void malformedCfgIsReported() {
        ExpandFixture f = ExpandFixture.of("""
                #[cfg(a, b)] fn one() {}
                #[cfg] fn two() {}
                fn main() {}
                """);
        assertThat(f.errors()).containsExactly("main.rs:1:10: error: multiple `cfg` predicates are specified",
                "main.rs:2:1: error: malformed `cfg` attribute input");
    }

    @Test
    void cfgRemovesMacroDefinitions() {
        ExpandFixture f = ExpandFixture.of("""
                #[cfg(windows)] #[macro_export] macro_rules! m { () => { 1 }; }
                #[cfg(unix)] macro_rules! m { () => { 2 }; }
                #[cfg(windows)] macro_rules! broken { ($x) => {}; }
                fn main() { let a = m!(); }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("let a = 2;");
    }

    /** Stmt.ExprStmt keeps no attributes; the expander recovers them from the source. */
    @Test
    void stripsExpressionStatements() {
        ExpandFixture f = ExpandFixture.of("""
                fn a() {}
                fn b() {}
                fn main() {
                    #[cfg(windows)] a();
                    #[cfg(unix)]
                    #[allow(unused)] b();
                    #[cfg(windows)] println!("windows");
                    #[cfg(debug_assertions)] println!("debug");
                }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).doesNotContain("a();").contains("b();").doesNotContain("windows")
                .contains("println!(\"debug\");");
    }
}

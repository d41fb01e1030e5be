package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code macro_rules!} matching and transcription, checked on the expanded program text. */
class MacroRulesTest {
    private static String expand(String src) {
        ExpandFixture f = ExpandFixture.of(src);
        assertThat(f.errors()).isEmpty();
        return f.render();
    }

    @Test
    void repetitionWithSeparatorAndTrailingComma() {
        String out = expand("""
                macro_rules! sum { ($($x:expr),* $(,)?) => { 0 $(+ $x)* }; }
                fn main() { let a = sum!(1, 2, 3,); let b = sum!(); }
                """);
        assertThat(out).contains("let a = 0 + 1 + 2 + 3;").contains("let b = 0;");
    }

    @Test
    void exprFragmentKeepsItsPrecedence() {
        // rustc prints 8 for this program: $e is one operand, not `1 + 1 * 2`.
        String out = expand("""
                macro_rules! double { ($e:expr) => { $e * 2 }; }
                fn main() { let x = double!(1 + 3); }
                """);
        assertThat(out).contains("let x = (1 + 3) * 2;");
    }

    @Test
    void invisibleParenthesesAreRemovedWhereTheyDoNotMatter() {
        String out = expand("""
                macro_rules! id { ($e:expr) => { $e }; }
                fn main() { let x = id!(1 + 2); let y = id!((3)); }
                """);
        assertThat(out).contains("let x = 1 + 2;").contains("let y = (3);");
    }

    @Test
    void nestedRepetitions() {
        String out = expand("""
                macro_rules! table {
                    ($($row:ident : [$($v:expr),*]);*) => { $( let $row = [$($v * 10),*]; )* };
                }
                fn main() { table!(a: [1, 2]; b: []; c: [3]); }
                """);
        assertThat(out).contains("let a = [1 * 10, 2 * 10];").contains("let b = [];").contains("let c = [3 * 10];");
    }

    @Test
    void depthZeroVariableInsideRepetition() {
        String out = expand("""
                macro_rules! scale { ($k:expr; $($v:expr),*) => { [$($v * $k),*] }; }
                fn main() { let v = scale!(3; 1, 2); }
                """);
        assertThat(out).contains("let v = [1 * 3, 2 * 3];");
    }

    @Test
    void firstMatchingRuleWinsAndLiteralTokensMustMatch() {
        String out = expand("""
                macro_rules! pick { (zero) => { 0 }; ($i:ident) => { 1 }; ($e:expr) => { 2 }; }
                fn main() { let a = pick!(zero); let b = pick!(other); let c = pick!(1 + 1); }
                """);
        assertThat(out).contains("let a = 0;").contains("let b = 1;").contains("let c = 2;");
    }

    @Test
    void recursiveTtMuncher() {
        // A macro call is one operand, so the recursion nests to the right as in rustc.
        String out = expand("""
                macro_rules! count { () => { 0 }; ($h:tt $($t:tt)*) => { 1 + count!($($t)*) }; }
                fn main() { let n = count!(a b c); }
                """);
        assertThat(out).contains("let n = 1 + (1 + (1 + 0));");
    }

    @Test
    void macroExpandingToItems() {
        String out = expand("""
                macro_rules! make { ($($name:ident: $t:ty),*) => { $(struct $name { v: $t })* }; }
                make!(A: u8, B: Vec<u16>);
                fn main() {}
                """);
        assertThat(out).contains("struct A { v: u8 }").contains("struct B { v: Vec<u16> }");
    }

    @Test
    void macroExpandingToStatementsAndTail() {
        String out = expand("""
                macro_rules! two { ($a:ident) => { let $a = 1; $a + 1 }; }
                fn f() -> i32 { two!(x) }
                fn main() { two!(y); }
                """);
        assertThat(out).contains("fn f() -> i32 {\n    let x = 1;\n    x + 1\n}")
                .contains("fn main() {\n    let y = 1;\n    y + 1;\n}");
    }

    @Test
    void macroInTypeAndPatternPosition() {
        String out = expand("""
                macro_rules! pair { ($t:ty) => { ($t, $t) }; }
                macro_rules! some { ($p:pat) => { Some($p) }; }
                fn main() { let v: pair!(u8) = (1, 2); if let some!(x) = None::<u8> {} }
                """);
        assertThat(out).contains("let v: (u8, u8) = (1, 2);").contains("if let Some(x) = None::<u8>");
    }

    @Test
    void fragmentKinds() {
        String out = expand("""
                macro_rules! all {
                    ($v:vis $l:lifetime $lit:literal $b:block $p:path, $m:meta, $s:stmt) => {
                        #[$m] $v fn g<$l>() -> i32 { $s; $p($lit) + $b }
                    };
                }
                all!(pub 'a -5 { 1 } std::convert::identity, inline, let z = 3);
                fn main() {}
                """);
        assertThat(out).contains("fn g() -> i32 {\n    let z = 3;\n    std::convert::identity(-5) + {\n");
    }

    @Test
    void dollarCrateBecomesCrate() {
        String out = expand("""
                pub fn helper() -> u8 { 7 }
                macro_rules! call { () => { $crate::helper() }; }
                fn main() { let h = call!(); }
                """);
        assertThat(out).contains("let h = crate::helper();");
    }

    @Test
    void macroDefinedInFunctionBodyAndShadowing() {
        String out = expand("""
                macro_rules! v { () => { 1 }; }
                fn main() {
                    let a = v!();
                    macro_rules! v { () => { 2 }; }
                    let b = v!();
                    { macro_rules! v { () => { 3 }; } let c = v!(); }
                    let d = v!();
                }
                fn later() { let e = v!(); }
                """);
        assertThat(out).contains("let a = 1;").contains("let b = 2;").contains("let c = 3;")
                .contains("let d = 2;").contains("let e = 1;");
    }

    @Test
    void moduleScopingAndMacroUse() {
        String out = expand("""
                #[macro_use]
                mod m { macro_rules! inner { () => { 5 }; } pub fn f() -> i32 { inner!() } }
                mod n { #[macro_export] macro_rules! exported { () => { 6 }; } }
                fn main() { let a = inner!(); let b = crate::exported!(); let c = exported!(); }
                """);
        assertThat(out).contains("let a = 5;").contains("let b = 6;").contains("let c = 6;")
                .contains("pub fn f() -> i32".replace("pub ", "")); // inner!() expanded inside the module too
    }

    @Test
    void macrosDefiningMacros() {
        String out = expand("""
                macro_rules! def { ($n:ident, $v:expr) => { macro_rules! $n { () => { $v }; } }; }
                def!(seven, 7);
                fn main() { let s = seven!(); }
                """);
        assertThat(out).contains("let s = 7;");
    }

    @Test
    void macroCallsInsideExpansionArguments() {
        String out = expand("""
                macro_rules! sq { ($e:expr) => { $e * $e }; }
                fn main() { let x = sq!(sq!(2)); println!("{}", sq!(3)); }
                """);
        assertThat(out).contains("let x = 2 * 2 * (2 * 2);").contains("println!(\"{}\", 3 * 3);");
    }

    @Test
    void patParamStopsAtVerticalBar() {
        String out = expand("""
                macro_rules! alts { ($($p:pat_param)|+) => { matches!(1, $($p)|+) }; }
                fn main() { let b = alts!(1 | 2); }
                """);
        assertThat(out).contains("let b = matches!(1, 1 | 2);");
    }

    @Test
    void typeFragmentsInTraitPositionAndWithBounds() {
        ExpandFixture f = ExpandFixture.of("""
                trait Tr {}
                macro_rules! imp { ($tr:ty, $t:ty) => { impl $tr for $t {} }; }
                macro_rules! r { ($t:ty) => { &'static $t }; }
                imp!(Tr, u8);
                static S: r!(dyn std::fmt::Debug + Sync) = &1;
                fn main() {}
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("impl Tr for u8 {");
        // `&'static $t` keeps `dyn Debug + Sync` together as the referent
        var s = (dev.rustmem.syntax.ast.Item.Static) f.crate().items().get(4);
        var ref = (dev.rustmem.syntax.ast.TypeExpr.Ref) s.ty();
        assertThat(((dev.rustmem.syntax.ast.TypeExpr.TraitObject) ref.pointee()).bounds()).hasSize(2);
    }

    @Test
    void typeListsWithGenericCommas() {
        String out = expand("""
                use std::collections::HashMap;
                macro_rules! sizes { ($($t:ty),* $(,)?) => { [$(std::mem::size_of::<$t>()),*] }; }
                fn main() { let s = sizes!(u8, HashMap<String, Vec<u8>>, (u8, u16), [u8; 4], fn(u8) -> u8,); }
                """);
        assertThat(out).contains("let s = [std::mem::size_of::<u8>(), std::mem::size_of::<HashMap<String, Vec<u8>>>(), "
                + "std::mem::size_of::<(u8, u16)>(), std::mem::size_of::<[u8; 4]>(), std::mem::size_of::<fn(u8) -> u8>()];");
    }
}

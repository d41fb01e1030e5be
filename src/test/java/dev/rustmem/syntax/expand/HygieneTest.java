package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Macro-local variables do not capture or shadow the caller's: the program below prints
 * {@code 11 / 5 / 2 1 / 8} under rustc 1.95, which only holds if each macro's {@code let}
 * is a different variable from the caller's of the same name.
 */
class HygieneTest {
    @Test
    void macroLocalsAreRenamedWhereTheyWouldBeConfused() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! add_a { ($e:expr) => {{ let a = 1; $e + a }}; }
                macro_rules! setup { () => { let count = 100; let _ = count; }; }
                macro_rules! swap { ($x:ident, $y:ident) => { let tmp = $x; $x = $y; $y = tmp; }; }
                fn main() {
                    let a = 10;
                    println!("{}", add_a!(a));
                    let count = 5;
                    setup!();
                    println!("{}", count);
                    let (mut tmp, mut y) = (1, 2);
                    swap!(tmp, y);
                    println!("{} {}", tmp, y);
                }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("let a#1 = 1;\n    a + a#1\n")
                .contains("let count#2 = 100;\n    let _ = count#2;\n    println!(\"{}\", count);")
                .contains("let tmp#3 = tmp;\n    tmp = y;\n    y = tmp#3;");
    }

    @Test
    void localsWithoutConflictKeepTheirNames() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! m { ($e:expr) => {{ let inner = $e; inner * 2 }}; }
                macro_rules! named { ($n:ident) => { let $n = 1; }; }
                fn main() { let x = m!(3); named!(z); let w = z + 1; }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("let inner = 3;").contains("let z = 1;").doesNotContain("#");
    }

    @Test
    void stringifyShowsTheWrittenName() {
        ExpandFixture f = ExpandFixture.of("""
                macro_rules! show { ($e:expr) => {{ let a = 1; ($e + a, stringify!(a)) }}; }
                fn main() { let a = 2; let s = show!(a); }
                """);
        assertThat(f.errors()).isEmpty();
        assertThat(f.render()).contains("let a#1 = 1;").contains("\"a\"");
    }
}

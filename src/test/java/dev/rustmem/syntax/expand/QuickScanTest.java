package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickScanTest {
    @Test
    void findsEveryPossibleInvocationOrCfg() {
        assertThat(needs("fn main() { println!(\"x\"); }")).isTrue();
        assertThat(needs("fn main() { m! /* c */ {} }")).isTrue();
        assertThat(needs("fn main() { v ! [1] }")).isTrue();
        assertThat(needs("#[cfg(unix)] fn f() {}")).isTrue();
        assertThat(needs("#![allow(dead_code)] type A = fn() -> !; fn f(b: bool) -> bool { !b }"))
                .isFalse();
        // at the very start and end of the text
        assertThat(needs("cfg")).isTrue();
        assertThat(needs("!(")).isTrue();
        assertThat(needs("x!")).isFalse();
        assertThat(needs("cf")).isFalse();
        assertThat(needs("")).isFalse();
    }

    private static boolean needs(String text) {
        return QuickScan.needsExpansion(text.toCharArray());
    }
}

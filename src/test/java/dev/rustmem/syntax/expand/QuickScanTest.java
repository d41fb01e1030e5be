package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickScanTest {
    @Test
    void findsEveryPossibleInvocationOrCfg() {
        assertThat(QuickScan.needsExpansion("fn main() { println!(\"x\"); }")).isTrue();
        assertThat(QuickScan.needsExpansion("fn main() { m! /* c */ {} }")).isTrue();
        assertThat(QuickScan.needsExpansion("fn main() { v ! [1] }")).isTrue();
        assertThat(QuickScan.needsExpansion("#[cfg(unix)] fn f() {}")).isTrue();
        assertThat(QuickScan.needsExpansion("#![allow(dead_code)] type A = fn() -> !; fn f(b: bool) -> bool { !b }"))
                .isFalse();
    }
}

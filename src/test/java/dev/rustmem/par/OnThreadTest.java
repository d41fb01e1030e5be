package dev.rustmem.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OnThreadTest {
    @Test
    void returnsTheResultComputedOnItsOwnThread() {
        Supplier<String> name = () -> Thread.currentThread().getName();
        assertThat(OnThread.start(name, "rustmem-test", 0).join()).isEqualTo("rustmem-test");
    }

    @Test
    void rethrowsWhatTheComputationThrew() {
        assertThatThrownBy(() -> OnThread.start(() -> {
            throw new IllegalStateException("boom");
        }, "t", 0).join()).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> OnThread.start(() -> {
            throw new StackOverflowError("deep");
        }, "t", 0).join()).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    @Test
    void aLargeStackTakesDeepRecursion() {
        // Far deeper than a default thread stack holds.
        assertThat(OnThread.start(() -> depth(2_000_000), "deep", 1L << 30).join()).isEqualTo(2_000_000);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}

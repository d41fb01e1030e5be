package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine lays out 20,000 distinct generated types (structs, enums with up to ~260 variants,
 * unions, nested generics) and gives the same answers with a fresh engine and on a second request:
 * the cache changes nothing but speed. How fast it is, is measured by {@link PerfMain} and the
 * benchmarks in bench/ (timing is not asserted in tests).
 */
class LayoutPerformanceTest {
    @Test
    void twentyThousandDistinctTypesAreLaidOutConsistently() {
        List<TypeGen.Probe> probes = TypeGen.generate(77, 5_700).probes();
        LayoutEngine first = new LayoutEngine(TargetDataLayout.X86_64);
        LayoutEngine second = new LayoutEngine(TargetDataLayout.X86_64);
        long sizes = 0;
        for (TypeGen.Probe p : probes) {
            if (first.errorOf(p.ty()).isEmpty()) {
                Layout l = first.layoutOf(p.ty());
                sizes += l.size();
                assertThat(first.layoutOf(p.ty())).as("cached answer").isSameAs(l);
            }
        }
        for (int i = probes.size() - 1; i >= 0; i--) {
            TypeGen.Probe p = probes.get(i);
            assertThat(second.errorOf(p.ty())).isEqualTo(first.errorOf(p.ty()));
            if (second.errorOf(p.ty()).isEmpty()) {
                assertThat(second.layoutOf(p.ty())).as("reverse order, fresh engine").isEqualTo(first.layoutOf(p.ty()));
            }
        }
        assertThat(sizes).isPositive();
        assertThat(first.cachedCount()).isGreaterThanOrEqualTo(20_000);
        assertThat(second.cachedCount()).isEqualTo(first.cachedCount());
    }
}

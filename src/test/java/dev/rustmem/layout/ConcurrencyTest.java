package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by several threads gives the same layouts as a private engine. */
class ConcurrencyTest {
    @Test
    void sharedEngineIsConsistent() throws Exception {
        List<TypeGen.Probe> probes = TypeGen.generate(4242, 400).probes();
        LayoutEngine reference = new LayoutEngine(TargetDataLayout.I686);
        List<String> want = new ArrayList<>();
        for (TypeGen.Probe p : probes) {
            want.add(OracleRunner.ours(reference, p));
        }
        LayoutEngine shared = new LayoutEngine(TargetDataLayout.I686);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 97;
                results.add(pool.submit(() -> {
                    String[] got = new String[probes.size()];
                    for (int i = 0; i < probes.size(); i++) {
                        int k = (i + offset) % probes.size();
                        got[k] = OracleRunner.ours(shared, probes.get(k));
                    }
                    return List.of(got);
                }));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(want);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

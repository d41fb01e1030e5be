package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's identity cache answers only what was put for that very object, also when full or shared. */
class IdentityCacheTest {
    private static final Layout A = new LayoutEngine(TargetDataLayout.X86_64).layoutOf(new Ty.Tuple(List.of()));

    @Test
    void answersByIdentityNotByEquality() {
        IdentityCache c = IdentityCache.forEntries(10);
        Ty t = new Ty.Tuple(List.of(new Ty.Bool()));
        Ty equal = new Ty.Tuple(List.of(new Ty.Bool()));
        assertThat(c.get(t)).isNull();
        c.put(t, A);
        assertThat(c.get(t)).isSameAs(A);
        assertThat(c.get(equal)).isNull();
    }

    @Test
    void aFullTableDropsNewKeysButNeverAnswersWrongly() {
        IdentityCache c = new IdentityCache(64);
        List<Ty> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Ty t = new Ty.Array(new Ty.Bool(), i);
            keys.add(t);
            c.put(t, A);
        }
        int kept = 0;
        for (Ty t : keys) {
            Layout l = c.get(t);
            assertThat(l == null || l == A).isTrue();
            kept += l == null ? 0 : 1;
        }
        assertThat(kept).isBetween(1, 64);
    }

    @Test
    void threadsShareOneTable() throws Exception {
        // Mostly empty, so that no key meets a long run of taken slots (which would drop it).
        IdentityCache c = new IdentityCache(1 << 16);
        List<Ty> keys = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            keys.add(new Ty.Array(new Ty.Bool(), i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < keys.size(); i += 2) {
                        c.put(keys.get(i), A);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (Ty t : keys) {
            assertThat(c.get(t)).isSameAs(A);
        }
    }
}

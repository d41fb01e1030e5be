package dev.rustmem.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static List<Integer> upTo(int n) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            in.add(i);
        }
        return in;
    }

    @Test
    void resultsAreInInputOrderForShortAndLongLists() {
        for (int n : new int[] {0, 1, Parallel.MIN_PARALLEL - 1, Parallel.MIN_PARALLEL, 10_007}) {
            List<Integer> in = upTo(n);
            List<Long> out = Parallel.map(in, i -> (long) i * i);
            assertThat(out).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(out.get(i)).isEqualTo((long) i * i);
            }
        }
    }

    @Test
    void longListsRunOnTwoThreadsWhenThereAreTwoCores() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean met = new AtomicBoolean(true);
        Parallel.map(upTo(50_000), i -> {
            if (threads.add(Thread.currentThread().getName())) {
                // Each thread's first element waits for the other thread's: while one waits inside
                // its chunk, the other must take the next chunk (the latch times out if it cannot).
                bothStarted.countDown();
                try {
                    if (!bothStarted.await(10, TimeUnit.SECONDS)) {
                        met.set(false);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return i;
        });
        if (Parallel.parallel(50_000)) {
            assertThat(threads).containsExactlyInAnyOrder(Thread.currentThread().getName(), "rustmem-worker");
            assertThat(met).isTrue();
        } else {
            assertThat(threads).containsExactly(Thread.currentThread().getName());
        }
    }

    @Test
    void throwsWhatTheLowestFailingIndexThrew() {
        int n = 5_000;
        assertThatThrownBy(() -> Parallel.map(upTo(n), i -> {
            if (i % 1000 == 999) {
                throw new IllegalStateException("at " + i);
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("at 999");
        assertThatThrownBy(() -> Parallel.map(upTo(n), i -> {
            if (i == n - 1) {
                throw new StackOverflowError("last");
            }
            return i;
        })).isInstanceOf(StackOverflowError.class).hasMessage("last");
    }

    @Test
    void alongsideRunsBothAndReturnsTheSecondsResult() {
        for (int n : new int[] {1, Parallel.MIN_PARALLEL}) {
            StringBuilder first = new StringBuilder();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            String r = Parallel.alongside(n, () -> first.append("ran"), () -> {
                threads.add(Thread.currentThread().getName());
                return "second";
            });
            assertThat(first.toString()).isEqualTo("ran");
            assertThat(r).isEqualTo("second");
            String expected = Parallel.parallel(n) ? "rustmem-worker" : Thread.currentThread().getName();
            assertThat(threads).containsExactly(expected);
        }
    }

    @Test
    void alongsideRethrowsWhatEitherSideThrew() {
        for (int n : new int[] {1, Parallel.MIN_PARALLEL}) {
            assertThatThrownBy(() -> Parallel.alongside(n, () -> { }, () -> {
                throw new IllegalStateException("second failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("second failed");
            assertThatThrownBy(() -> Parallel.alongside(n, () -> {
                throw new IllegalArgumentException("first failed");
            }, () -> "fine")).isInstanceOf(IllegalArgumentException.class).hasMessage("first failed");
        }
    }
}

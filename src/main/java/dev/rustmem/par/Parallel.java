package dev.rustmem.par;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code map} over a list on the calling thread and, for long lists on a machine with more than
 * one core, one worker thread. Both take chunks of consecutive indices from a shared counter (so
 * neither idles while the other has a slow stretch) and store each result at its element's index:
 * the result list is the serial one. When an element's function throws, {@code map} throws what
 * the lowest such index threw, as the serial loop would have (elements after it may have run,
 * which is harmless for pure functions).
 */
public final class Parallel {
    /** Below this many elements a second thread costs more than it saves. */
    public static final int MIN_PARALLEL = 512;
    /** Indices taken per step: few enough that the two threads end close together (a type can take
     * far longer than another: with 128 the caller waited ~13 ms for the last chunk of the benchmark). */
    static final int CHUNK = 32;

    private Parallel() {}

    /** Whether {@link #map} would use a second thread for {@code n} elements here. */
    public static boolean parallel(int n) {
        return n >= MIN_PARALLEL && Runtime.getRuntime().availableProcessors() > 1;
    }

    public static <T, R> List<R> map(List<T> in, Function<? super T, ? extends R> f) {
        int n = in.size();
        if (!parallel(n)) {
            List<R> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(f.apply(in.get(i)));
            }
            return out;
        }
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        Runnable work = new Chunks<>(in, f, results, failures);
        Thread worker = new Thread(work, "rustmem-worker");
        worker.setDaemon(true);
        worker.start();
        work.run();
        joinUninterruptibly(worker);
        for (Throwable t : failures) {
            rethrow(t);
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    /**
     * Runs {@code second} on a worker thread while the calling thread runs {@code first}, when
     * {@link #parallel(int) parallel(n)}; otherwise both on the calling thread, {@code first} first.
     * Returns what {@code second} returned. When {@code first} throws, that propagates (the worker,
     * a daemon, is left to finish); when only {@code second} throws, that is rethrown here.
     */
    public static <R> R alongside(int n, Runnable first, Supplier<R> second) {
        if (!parallel(n)) {
            first.run();
            return second.get();
        }
        OnThread<R> worker = OnThread.start(second, "rustmem-worker", 0);
        first.run();
        return worker.join();
    }

    /** Throws {@code t} (a RuntimeException or an Error caught on another thread) unless null. */
    static void rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        } else if (t != null) {
            throw (Error) t;
        }
    }

    // Named classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** Both threads' loop of {@link #map}: takes chunks of indices until none are left. */
    private static final class Chunks<T, R> implements Runnable {
        private final List<T> in;
        private final Function<? super T, ? extends R> f;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();

        Chunks(List<T> in, Function<? super T, ? extends R> f, Object[] results, Throwable[] failures) {
            this.in = in;
            this.f = f;
            this.results = results;
            this.failures = failures;
        }

        @Override
        public void run() {
            int n = results.length;
            for (int from; (from = next.getAndAdd(CHUNK)) < n; ) {
                int to = Math.min(n, from + CHUNK);
                for (int i = from; i < to; i++) {
                    try {
                        results[i] = f.apply(in.get(i));
                    } catch (RuntimeException | Error e) {
                        failures[i] = e;
                    }
                }
            }
        }
    }

    static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.rustmem.par;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
    /** Indices taken per step: large enough to keep the counter cold, small enough to balance. */
    static final int CHUNK = 128;

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
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
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
        };
        Thread worker = new Thread(work, "rustmem-worker");
        worker.setDaemon(true);
        worker.start();
        work.run();
        joinUninterruptibly(worker);
        for (Throwable t : failures) {
            if (t instanceof RuntimeException re) {
                throw re;
            } else if (t != null) {
                throw (Error) t;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    private static void joinUninterruptibly(Thread t) {
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

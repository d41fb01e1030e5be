package dev.rustmem.par;

import java.util.function.Supplier;

/**
 * A computation started at once on a daemon thread of its own, whose result {@link #join} returns
 * (or whose exception it rethrows). Not a lambda anywhere: a lambda's bootstrap costs every cold run.
 */
public final class OnThread<R> implements Runnable {
    private final Supplier<R> work;
    private final Thread thread;
    private R result;
    private Throwable failure;

    private OnThread(Supplier<R> work, String name, long stackBytes) {
        this.work = work;
        this.thread = new Thread(null, this, name, stackBytes);
        thread.setDaemon(true);
    }

    /**
     * Starts {@code work} on a new thread named {@code name}.
     *
     * @param stackBytes the thread's stack size, or 0 for the default
     */
    public static <R> OnThread<R> start(Supplier<R> work, String name, long stackBytes) {
        OnThread<R> t = new OnThread<>(work, name, stackBytes);
        t.thread.start();
        return t;
    }

    @Override
    public void run() {
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** Waits for the computation (not interruptible); returns its result or rethrows what it threw. */
    public R join() {
        Parallel.joinUninterruptibly(thread);
        Parallel.rethrow(failure);
        return result;
    }
}

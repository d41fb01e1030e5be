package dev.rustmem.syntax.expand;

import java.util.function.Supplier;

/**
 * Reruns a deeply recursive computation (the backtracking matcher recurses once per matched
 * token) on a thread with a large stack, for the rare invocations with thousands of tokens that
 * overflow the caller's stack. The caller waits, so the computation still runs sequentially.
 */
final class BigStack {
    private static final long STACK_BYTES = 1L << 30; // reserved address space, committed only as used

    private BigStack() {}

    static <T> T run(Supplier<T> work) {
        Task<T> task = new Task<>(work);
        Thread t = new Thread(null, task, "rustmem-macro-matcher", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a macro invocation", e);
        }
        if (task.failure instanceof RuntimeException re) {
            throw re;
        } else if (task.failure instanceof StackOverflowError so) {
            throw so;
        }
        return task.result;
    }

    /** The big thread's body (not a lambda: its bootstrap would cost a cold run); read after join. */
    private static final class Task<T> implements Runnable {
        private final Supplier<T> work;
        T result;
        Throwable failure;

        Task(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                result = work.get();
            } catch (RuntimeException | StackOverflowError e) {
                failure = e;
            }
        }
    }
}

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
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | StackOverflowError e) {
                failure[0] = e;
            }
        }, "rustmem-macro-matcher", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching a macro invocation", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        } else if (failure[0] instanceof StackOverflowError so) {
            throw so;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}

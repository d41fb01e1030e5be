package dev.rustmem.syntax.expand;

import dev.rustmem.par.OnThread;
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
        return OnThread.start(work, "rustmem-macro-matcher", STACK_BYTES).join();
    }
}

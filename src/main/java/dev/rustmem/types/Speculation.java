package dev.rustmem.types;

/**
 * Work done ahead of need on a thread of its own while {@code TyCtxt.load} still runs (layouts of
 * the definitions it has finished). Such a thread only reads definitions and types the load has
 * published; it never enters the lowering, whose state the load is changing without a lock. Where
 * it would have to (field types not lowered yet, for instance), it gives the work up with
 * {@link NotReady}, and the work is done later, when it is needed, as if it had never been tried.
 */
public final class Speculation {
    private Speculation() {}

    /** Marks the threads that speculate (a {@link java.lang.Thread} subclass implements it). */
    public interface Speculating {}

    /** Thrown on a speculating thread where it would enter the lowering. */
    public static final class NotReady extends RuntimeException {
        private NotReady() {
            super("not ready", null, false, false);
        }
    }

    private static final NotReady NOT_READY = new NotReady();

    /** Whether the calling thread speculates. */
    public static boolean active() {
        return Thread.currentThread() instanceof Speculating;
    }

    /** Throws {@link NotReady} on a speculating thread: the caller is about to enter the lowering. */
    public static void enteringLowering() {
        if (active()) {
            throw NOT_READY;
        }
    }
}

package dev.rustmem.layout;

import dev.rustmem.types.Speculation;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * Lays out, on a thread of its own, the definitions that {@code TyCtxt.load} has finished while
 * the load still walks the rest of the file: on a large file the second core has little else to
 * do then. The thread speculates ({@link Speculation}): it keeps only the layouts it completes,
 * in the engine's cache, where the layout pass finds them; a layout that would need the lowering,
 * or that fails, is given up and left to that pass, which computes it as if it had never been
 * tried (errors are not cached by a speculating thread). It stops at the end of the load.
 *
 * <p>One thread adds ({@link #add}, {@link #end}); the speculating thread reads.
 */
final class LayoutAhead implements Runnable {
    private final LayoutEngine engine;
    /** Done after each completed layout, or null. */
    private final EngineOracle.AheadWork work;
    private final TyPrinter printer;
    /** The definitions' types; a grown array replaces it after its elements are copied. */
    private volatile Ty[] published = new Ty[1024];
    private volatile int count;
    private volatile boolean ended;
    /** Set while the thread waits for more (then {@link #add} wakes it). */
    private volatile boolean waiting;
    private final Thread thread;

    private LayoutAhead(LayoutEngine engine, EngineOracle.AheadWork work, TyPrinter printer) {
        this.engine = engine;
        this.work = work;
        this.printer = printer;
        this.thread = new Ahead(this);
        thread.setDaemon(true);
    }

    /** Starts the speculating thread. */
    static LayoutAhead start(LayoutEngine engine, EngineOracle.AheadWork work, TyPrinter printer) {
        LayoutAhead ahead = new LayoutAhead(engine, work, printer);
        ahead.thread.start();
        return ahead;
    }

    /** A definition whose field types are lowered (from the load's thread only). */
    void add(Ty ty) {
        Ty[] b = published;
        int n = count;
        if (n == b.length) {
            b = Arrays.copyOf(b, n * 2);
            published = b;
        }
        b[n] = ty;
        count = n + 1;
        if (waiting) {
            LockSupport.unpark(thread);
        }
    }

    /** The load has ended: the thread stops after the layout in hand. */
    void end() {
        ended = true;
        LockSupport.unpark(thread);
    }

    @Override
    public void run() {
        int i = 0;
        try {
            while (!ended) {
                int n = count;
                if (i == n) {
                    waiting = true;
                    if (count == i && !ended) {
                        LockSupport.park(this);
                    }
                    waiting = false;
                    continue;
                }
                Ty[] b = published;
                for (; i < n && !ended; i++) {
                    try {
                        engine.layoutOf(b[i]);
                        if (work != null) {
                            work.laidOut(b[i], printer);
                        }
                    } catch (RuntimeException e) {
                        // Speculation.NotReady or a layout error: left to the layout pass.
                    }
                }
            }
        } catch (Error e) {
            // A stack overflow, or worse: the thread ends quietly (never a trace on stderr), and
            // the layout pass meets the same types with its own limits and error handling.
        }
    }

    /** The speculating thread. */
    private static final class Ahead extends Thread implements Speculation.Speculating {
        Ahead(Runnable work) {
            super(work, "rustmem-ahead");
        }
    }
}

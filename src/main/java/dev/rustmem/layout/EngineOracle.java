package dev.rustmem.layout;

import dev.rustmem.types.LayoutOracle;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import java.util.OptionalLong;

/**
 * Answers {@code size_of::<T>()} and {@code align_of::<T>()} in constants (array lengths,
 * discriminants) from the layout engine, so the type checker and the layouts agree by construction.
 * Made {@link #layingOutAhead}, it also lays the load's finished definitions out on another thread
 * while the load runs ({@link LayoutAhead}), once there are enough of them to pay for a thread.
 */
public final class EngineOracle implements LayoutOracle {
    /** More work for the speculating thread after each layout it completes (it speculates too). */
    public interface AheadWork {
        /** @param printer the load's type printer (only printing that needs no lowering is safe) */
        void laidOut(Ty ty, TyPrinter printer);
    }

    /**
     * How many definitions the load finishes before the thread starts: a file with fewer is laid
     * out in no time, and by then the JIT has compiled the load's code, so that the compiler no
     * longer needs the second core (started after 512 definitions, a run of the 20,000-definition
     * benchmark was about 20 ms slower than after 2,048).
     */
    public static final int AHEAD_AFTER = 2048;

    private final LayoutEngine engine;
    /** See {@link #layingOutAhead}; 0 for an oracle that does not lay out ahead. */
    private final int startAfter;
    /** See {@link AheadWork}, or null. */
    private final AheadWork work;
    /** The load's printer (see {@link #loadStarted}). */
    private TyPrinter printer;
    /** The definitions announced so far, kept until the speculating thread starts. */
    private Ty[] early;
    private int announced;
    /** The file's top-level items (see {@link #loadStarted}). */
    private int items;
    private LayoutAhead started;
    /** No (more) laying out ahead: the load has ended, or has too few items, or the machine has one core. */
    private boolean ended;

    public EngineOracle(LayoutEngine engine) {
        this(engine, 0, null);
    }

    private EngineOracle(LayoutEngine engine, int startAfter, AheadWork work) {
        this.engine = engine;
        this.startAfter = startAfter;
        this.work = work;
    }

    /**
     * An oracle that also lays definitions out ahead while the load runs (see the class comment),
     * on a machine with more than one core, from the {@code startAfter}th definition on (see
     * {@link #AHEAD_AFTER}).
     */
    public static EngineOracle layingOutAhead(LayoutEngine engine, int startAfter) {
        return layingOutAhead(engine, startAfter, null);
    }

    /** As {@link #layingOutAhead(LayoutEngine, int)}, with {@code work} done after each layout (or null). */
    public static EngineOracle layingOutAhead(LayoutEngine engine, int startAfter, AheadWork work) {
        if (startAfter < 1) {
            throw new IllegalArgumentException("startAfter: " + startAfter);
        }
        return new EngineOracle(engine, startAfter, work);
    }

    @Override
    public void defined(Ty ty) {
        if (started != null) {
            started.add(ty);
            return;
        }
        if (startAfter == 0 || ended) {
            return;
        }
        if (early == null) {
            early = new Ty[startAfter];
        }
        early[announced++] = ty;
        if (announced == early.length) {
            // Room in the caches first: growing them later would copy what is laid out ahead.
            // A file reports about one and a half types per top-level item.
            engine.expect(2 * items);
            started = LayoutAhead.start(engine, work, printer);
            for (Ty t : early) {
                started.add(t);
            }
            early = null;
        }
    }

    @Override
    public void loadStarted(int items, TyPrinter printer) {
        this.items = items;
        this.printer = printer;
        // Too few definitions to start the thread, or one core: nothing to gain.
        if (items < startAfter || Runtime.getRuntime().availableProcessors() < 2) {
            ended = true;
        }
    }

    @Override
    public boolean layingOutAhead() {
        return startAfter > 0 && !ended;
    }

    @Override
    public void loadEnded() {
        if (started != null) {
            started.end();
            started = null;
        }
        ended = true;
        early = null;
    }

    @Override
    public OptionalLong sizeOf(Ty ty) {
        return layout(ty).isPresent() ? OptionalLong.of(layout(ty).get().size()) : OptionalLong.empty();
    }

    @Override
    public OptionalLong alignOf(Ty ty) {
        return layout(ty).isPresent() ? OptionalLong.of(layout(ty).get().align()) : OptionalLong.empty();
    }

    private java.util.Optional<Layout> layout(Ty ty) {
        try {
            Layout l = engine.layoutOf(ty);
            return l.isSized() ? java.util.Optional.of(l) : java.util.Optional.empty();
        } catch (LayoutException e) {
            return java.util.Optional.empty();
        }
    }
}

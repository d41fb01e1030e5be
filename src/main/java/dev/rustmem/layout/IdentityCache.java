package dev.rustmem.layout;

import dev.rustmem.types.Ty;

/**
 * Layouts by {@code Ty} object identity, shared by all threads, in front of the engine's structural
 * cache. Callers keep asking for the very same {@code Ty} objects (types are interned, field types
 * are cached by their definitions, the views ask again for what was laid out), and an identity hit
 * spares hashing a type, comparing it, and the depth walk that must precede both.
 *
 * <p>An open-addressing table of fixed capacity, a key and its layout side by side (one cache line
 * per probe). Reads take no lock and are plain, racy reads; writes are serialized. A slot's layout
 * is written once, before its key, by the only thread that stores that key, so a reader that finds
 * the key sees either that layout or (writes may become visible out of order) nothing yet, which is
 * a miss; the layout itself is safely published by its final fields. A key that finds no free slot
 * within a few probes is not kept, which also only costs misses. The table never grows;
 * {@link LayoutEngine#expect} makes one sized for the work.
 */
final class IdentityCache {
    private static final int MAX_PROBES = 16;

    /** Keys at even indices, their layouts at the following odd ones. */
    private final Object[] slots;
    private final int mask;

    /** @param capacity a power of two */
    IdentityCache(int capacity) {
        slots = new Object[2 * capacity];
        mask = capacity - 1;
    }

    /** A table with room for about {@code entries} keys (at most half full). */
    static IdentityCache forEntries(int entries) {
        int wanted = Math.max(64, Math.min(entries, 1 << 24)) * 2;
        return new IdentityCache(Integer.highestOneBit(wanted - 1) * 2);
    }

    /** The layout stored for this very object, or null. */
    Layout get(Ty ty) {
        int i = index(ty);
        for (int p = 0; p < MAX_PROBES; p++) {
            Object k = slots[2 * i];
            if (k == ty) {
                return (Layout) slots[2 * i + 1];
            }
            if (k == null) {
                return null;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    synchronized void put(Ty ty, Layout layout) {
        int i = index(ty);
        for (int p = 0; p < MAX_PROBES; p++) {
            Object k = slots[2 * i];
            if (k == null) {
                slots[2 * i + 1] = layout;
                slots[2 * i] = ty;
                return;
            }
            if (k == ty) {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private int index(Ty ty) {
        int h = System.identityHashCode(ty);
        return (h ^ (h >>> 16)) & mask;
    }
}

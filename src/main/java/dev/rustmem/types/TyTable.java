package dev.rustmem.types;

/**
 * Types by value with a small int each ({@link OpenTable}): interning (equal types become one
 * object) and the named-type dedup's per-type state. Small values are cached {@code Integer}s,
 * so a value costs no allocation. Not thread-safe.
 */
public final class TyTable {
    private static final Integer ZERO = 0;
    private final OpenTable<Ty, Integer> table;

    /** @param expected about how many types will be added */
    public TyTable(int expected) {
        table = new OpenTable<>(expected);
    }

    /** The value of the key equal to {@code t}, or -1 when there is none. */
    public int get(Ty t) {
        Integer v = table.get(t);
        return v == null ? -1 : v;
    }

    /** Sets the value of {@code t} (added when absent). */
    public void put(Ty t, int value) {
        table.put(t, value);
    }

    /** The key equal to {@code t}, or {@code t} itself, added with value 0, when there is none. */
    public Ty intern(Ty t) {
        return table.intern(t, ZERO);
    }
}

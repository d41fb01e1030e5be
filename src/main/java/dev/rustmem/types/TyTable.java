package dev.rustmem.types;

/**
 * Types by value with a small int each: open addressing over arrays, each slot's hash kept
 * beside its key so that a probe compares ints before it touches a type. Used where tens of
 * thousands of types are looked up (interning, the named-type dedup); a {@code HashMap} cost a
 * node per type and a pointer chase per probe. Not thread-safe.
 */
public final class TyTable {
    private Ty[] keys;
    private int[] hashes;
    private int[] values;
    private int shift;
    private int size;

    /** @param expected about how many types will be added */
    public TyTable(int expected) {
        int bits = 4;
        while ((1 << bits) * 3L < 4L * expected && bits < 30) {
            bits++;
        }
        alloc(bits);
    }

    private void alloc(int bits) {
        keys = new Ty[1 << bits];
        hashes = new int[1 << bits];
        values = new int[1 << bits];
        shift = 32 - bits;
    }

    /** The value of the key equal to {@code t}, or -1 when there is none. */
    public int get(Ty t) {
        int s = slot(t, t.hashCode());
        return s >= 0 ? values[s] : -1;
    }

    /** Sets the value of {@code t} (added when absent). */
    public void put(Ty t, int value) {
        int h = t.hashCode();
        int s = slot(t, h);
        if (s >= 0) {
            values[s] = value;
        } else {
            insert(~s, t, h, value);
        }
    }

    /** The key equal to {@code t}, or {@code t} itself, added with value 0, when there is none. */
    public Ty intern(Ty t) {
        int h = t.hashCode();
        int s = slot(t, h);
        if (s >= 0) {
            return keys[s];
        }
        insert(~s, t, h, 0);
        return t;
    }

    /** The slot holding a key equal to {@code t}, or the complement of the free slot where it goes. */
    private int slot(Ty t, int h) {
        int mask = keys.length - 1;
        for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
            Ty k = keys[i];
            if (k == null) {
                return ~i;
            }
            if (hashes[i] == h && (k == t || k.equals(t))) {
                return i;
            }
        }
    }

    private void insert(int i, Ty t, int h, int value) {
        keys[i] = t;
        hashes[i] = h;
        values[i] = value;
        if (++size * 4L > keys.length * 3L) { // at most three quarters full
            grow();
        }
    }

    private void grow() {
        Ty[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        alloc(32 - shift + 1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int h = oldHashes[j];
                int i = (h * 0x9E3779B9) >>> shift;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = h;
                values[i] = oldValues[j];
            }
        }
    }
}

package dev.rustmem.types;

/**
 * Types by value with a small int each: open addressing over two arrays, each slot's hash and
 * value packed in one long beside its key, so that a probe compares ints before it touches a type. Used where tens of
 * thousands of types are looked up (interning, the named-type dedup); a {@code HashMap} cost a
 * node per type and a pointer chase per probe. Not thread-safe.
 */
public final class TyTable {
    private Ty[] keys;
    /** Per slot: the key's hash in the high half, its value in the low half. */
    private long[] meta;
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
        meta = new long[1 << bits];
        shift = 32 - bits;
    }

    /** The value of the key equal to {@code t}, or -1 when there is none. */
    public int get(Ty t) {
        int s = slot(t, t.hashCode());
        return s >= 0 ? (int) meta[s] : -1;
    }

    /** Sets the value of {@code t} (added when absent). */
    public void put(Ty t, int value) {
        int h = t.hashCode();
        int s = slot(t, h);
        if (s >= 0) {
            meta[s] = (meta[s] & 0xFFFFFFFF00000000L) | (value & 0xFFFFFFFFL);
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
            if ((int) (meta[i] >>> 32) == h && (k == t || k.equals(t))) {
                return i;
            }
        }
    }

    private void insert(int i, Ty t, int h, int value) {
        keys[i] = t;
        meta[i] = ((long) h << 32) | (value & 0xFFFFFFFFL);
        if (++size * 4L > keys.length * 3L) { // at most three quarters full
            grow();
        }
    }

    private void grow() {
        Ty[] oldKeys = keys;
        long[] oldMeta = meta;
        alloc(32 - shift + 1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int h = (int) (oldMeta[j] >>> 32);
                int i = (h * 0x9E3779B9) >>> shift;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                meta[i] = oldMeta[j];
            }
        }
    }
}

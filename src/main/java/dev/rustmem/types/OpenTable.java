package dev.rustmem.types;

/**
 * A hash table by open addressing over arrays, each slot's hash beside its key, so that a probe
 * compares ints (then the key's identity) before it calls {@code equals}. The resolver's name
 * tables and the type tables ({@link TyTable}) look tens of thousands of keys up per file; a
 * {@code HashMap} cost a node per entry and a pointer chase per probe. Keys are never removed.
 * Not thread-safe.
 */
public class OpenTable<K, V> {
    private Object[] keys;
    private int[] hashes;
    private Object[] values;
    private int shift;
    private int size;

    /** @param expected about how many keys will be added */
    public OpenTable(int expected) {
        int bits = 3;
        while ((1 << bits) * 3L < 4L * expected && bits < 30) {
            bits++;
        }
        alloc(bits);
    }

    private void alloc(int bits) {
        keys = new Object[1 << bits];
        hashes = new int[1 << bits];
        values = new Object[1 << bits];
        shift = 32 - bits;
    }

    /** The value of the key equal to {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(K key) {
        int s = slot(key, key.hashCode());
        return s >= 0 ? (V) values[s] : null;
    }

    /** Sets the value of {@code key} (added when absent). */
    public void put(K key, V value) {
        int h = key.hashCode();
        int s = slot(key, h);
        if (s >= 0) {
            values[s] = value;
        } else {
            insert(~s, key, h, value);
        }
    }

    /** Adds {@code key} unless an equal key is there; returns the value that was there, or null. */
    @SuppressWarnings("unchecked")
    public V putIfAbsent(K key, V value) {
        int h = key.hashCode();
        int s = slot(key, h);
        if (s >= 0) {
            return (V) values[s];
        }
        insert(~s, key, h, value);
        return null;
    }

    /** The stored key equal to {@code key}, or {@code key} itself, added with {@code value}, when there is none. */
    @SuppressWarnings("unchecked")
    public K intern(K key, V value) {
        int h = key.hashCode();
        int s = slot(key, h);
        if (s >= 0) {
            return (K) keys[s];
        }
        insert(~s, key, h, value);
        return key;
    }

    public int size() {
        return size;
    }

    /** The slot holding a key equal to {@code key}, or the complement of the free slot where it goes. */
    private int slot(Object key, int h) {
        int mask = keys.length - 1;
        for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) {
                return ~i;
            }
            if (hashes[i] == h && (k == key || k.equals(key))) {
                return i;
            }
        }
    }

    private void insert(int i, Object key, int h, Object value) {
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
        if (++size * 4L > keys.length * 3L) { // at most three quarters full
            grow();
        }
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        alloc(32 - shift + 1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = (oldHashes[j] * 0x9E3779B9) >>> shift;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}

package dev.rustmem.types.lower;

import dev.rustmem.types.Ty;

/**
 * The lowering's table of types by value (see {@link LoweringCtxt#intern}): open addressing over
 * two arrays, the hashes kept beside the keys so that a probe compares ints before it touches a
 * type. A {@code HashMap} cost a node per type and a pointer chase per probe, for about a hundred
 * thousand lookups per large file. Not thread-safe: used under the lowering's lock.
 */
final class Interner {
    private Ty[] keys;
    private int[] hashes;
    private int shift;
    private int size;

    /** @param expected about how many distinct types will be interned */
    Interner(int expected) {
        int bits = 10;
        while ((1 << bits) < 2 * expected && bits < 30) {
            bits++;
        }
        keys = new Ty[1 << bits];
        hashes = new int[1 << bits];
        shift = 32 - bits;
    }

    /** The one object equal to {@code t}: the first one interned. */
    Ty intern(Ty t) {
        int h = t.hashCode();
        int mask = keys.length - 1;
        for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
            Ty k = keys[i];
            if (k == null) {
                keys[i] = t;
                hashes[i] = h;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return t;
            }
            if (hashes[i] == h && (k == t || k.equals(t))) {
                return k;
            }
        }
    }

    private void grow() {
        Ty[] oldKeys = keys;
        int[] oldHashes = hashes;
        keys = new Ty[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Ty k = oldKeys[j];
            if (k != null) {
                int h = oldHashes[j];
                int i = (h * 0x9E3779B9) >>> shift;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                hashes[i] = h;
            }
        }
    }
}

package dev.rustmem.syntax.lex;

import java.util.Arrays;

/**
 * Shares one String per distinct identifier spelling within a file, looked up by the source
 * chars and their hash (computed by the lexer while it scans the name), so a repeated name costs
 * no allocation: big generated files repeat names constantly. Keywords and {@code _} are entered
 * first with their token kind, so the same probe also classifies the word. One instance per lexer
 * run; open addressing with linear probing. A slot's hash, length, chars offset and kind sit
 * side by side in one int array (one cache line per probe), and the names' chars are kept in one
 * pool so that a probe compares plain arrays.
 */
final class Interner {
    private static final TokenKind[] KINDS = TokenKind.values();
    /** Ints per slot: hash, length (0: empty; names are never empty), pool offset, kind ordinal. */
    private static final int STRIDE = 4;

    private int[] slots;
    private String[] strings;
    private char[] pool = new char[4096];
    private int poolSize;
    private int size;
    /** 32 - log2(slot count): the index is the top bits of the multiplied hash. */
    private int shift;
    /** Slot of the last {@link #intern} result, for {@link #lastKind}. */
    private int last;

    Interner(int expectedNames) {
        int cap = 256;
        while (cap < expectedNames * 2) {
            cap <<= 1;
        }
        alloc(cap);
        for (TokenKind k : KINDS) {
            if (k.isKeyword() || k == TokenKind.UNDERSCORE) {
                String s = k.spelling();
                char[] cs = s.toCharArray();
                intern(cs, 0, cs.length, s.hashCode());
                slots[last * STRIDE + 3] = k.ordinal();
            }
        }
    }

    private void alloc(int cap) {
        shift = Integer.numberOfLeadingZeros(cap) + 1;
        slots = new int[cap * STRIDE];
        strings = new String[cap];
    }

    /** The shared String for {@code cs[start, end)}, whose String hash code is {@code hash}. */
    String intern(char[] cs, int start, int end, int hash) {
        int len = end - start;
        int[] t = slots;
        int mask = strings.length - 1;
        int i = slot(hash);
        while (true) {
            int at = i * STRIDE;
            int l = t[at + 1];
            if (l == 0) {
                break;
            }
            if (l == len && t[at] == hash) {
                // compare the chars here: a helper method would be a call per lookup under C1
                char[] p = pool;
                int off = t[at + 2] - start;
                int k = start;
                while (k < end && p[off + k] == cs[k]) {
                    k++;
                }
                if (k == end) {
                    last = i;
                    return strings[i];
                }
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 2 > strings.length) {
            grow();
            mask = strings.length - 1;
            i = free(hash);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(cs, start, pool, poolSize, len);
        String s = new String(cs, start, len);
        int at = i * STRIDE;
        slots[at] = hash;
        slots[at + 1] = len;
        slots[at + 2] = poolSize;
        slots[at + 3] = TokenKind.IDENT.ordinal();
        strings[i] = s;
        poolSize += len;
        size++;
        last = i;
        return s;
    }

    /** The token kind of the last interned name: a keyword, {@code UNDERSCORE} or {@code IDENT}. */
    TokenKind lastKind() {
        return KINDS[slots[last * STRIDE + 3]];
    }

    /**
     * Fibonacci hashing: names like {@code A0, A1, A2...} have consecutive String hashes, which
     * masked low bits would put in one long run of neighbouring slots (slow linear probing).
     */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The first empty slot for {@code hash}. */
    private int free(int hash) {
        int mask = strings.length - 1;
        int i = slot(hash);
        while (slots[i * STRIDE + 1] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] old = slots;
        String[] oldStrings = strings;
        alloc(oldStrings.length * 2);
        for (int j = 0; j < oldStrings.length; j++) {
            int from = j * STRIDE;
            if (old[from + 1] != 0) {
                int to = free(old[from]) * STRIDE;
                System.arraycopy(old, from, slots, to, STRIDE);
                strings[to / STRIDE] = oldStrings[j];
            }
        }
    }
}

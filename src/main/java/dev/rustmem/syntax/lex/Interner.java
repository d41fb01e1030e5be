package dev.rustmem.syntax.lex;

import java.util.Arrays;

/**
 * Shares one String per distinct identifier spelling within a file, looked up by the source
 * chars and their hash (computed by the lexer while it scans the name), so a repeated name costs
 * no allocation: big generated files repeat names constantly. Keywords and {@code _} are entered
 * first with their token kind, so the same probe also classifies the word. One instance per lexer
 * run; open addressing with linear probing; the names' chars are kept in one pool so that a probe
 * compares plain arrays.
 */
final class Interner {
    private static final TokenKind[] KINDS = TokenKind.values();

    private int[] hashes;
    private int[] offsets; // into pool
    private int[] lengths; // 0: empty slot (names are never empty)
    private String[] strings;
    private byte[] kinds;
    private char[] pool = new char[4096];
    private int poolSize;
    private int size;
    /** 32 - log2(table size): the index is the top bits of the multiplied hash. */
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
                kinds[last] = (byte) k.ordinal();
            }
        }
    }

    private void alloc(int cap) {
        shift = Integer.numberOfLeadingZeros(cap) + 1;
        hashes = new int[cap];
        offsets = new int[cap];
        lengths = new int[cap];
        strings = new String[cap];
        kinds = new byte[cap];
        Arrays.fill(kinds, (byte) TokenKind.IDENT.ordinal());
    }

    /** The shared String for {@code cs[start, end)}, whose String hash code is {@code hash}. */
    String intern(char[] cs, int start, int end, int hash) {
        int len = end - start;
        int mask = hashes.length - 1;
        int i = slot(hash);
        while (true) {
            int l = lengths[i];
            if (l == 0) {
                break;
            }
            if (l == len && hashes[i] == hash && sameChars(offsets[i], cs, start, len)) {
                last = i;
                return strings[i];
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 2 > hashes.length) {
            grow();
            mask = hashes.length - 1;
            i = slot(hash);
            while (lengths[i] != 0) {
                i = (i + 1) & mask;
            }
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(cs, start, pool, poolSize, len);
        String s = new String(cs, start, len);
        hashes[i] = hash;
        offsets[i] = poolSize;
        lengths[i] = len;
        strings[i] = s;
        poolSize += len;
        size++;
        last = i;
        return s;
    }

    /** The token kind of the last interned name: a keyword, {@code UNDERSCORE} or {@code IDENT}. */
    TokenKind lastKind() {
        return KINDS[kinds[last]];
    }

    private boolean sameChars(int off, char[] cs, int start, int len) {
        char[] p = pool;
        for (int k = 0; k < len; k++) {
            if (p[off + k] != cs[start + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fibonacci hashing: names like {@code A0, A1, A2...} have consecutive String hashes, which
     * masked low bits would put in one long run of neighbouring slots (slow linear probing).
     */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        int[] oh = hashes;
        int[] oo = offsets;
        int[] ol = lengths;
        String[] os = strings;
        byte[] ok = kinds;
        alloc(oh.length * 2);
        int mask = hashes.length - 1;
        for (int j = 0; j < oh.length; j++) {
            if (ol[j] != 0) {
                int i = slot(oh[j]);
                while (lengths[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oh[j];
                offsets[i] = oo[j];
                lengths[i] = ol[j];
                strings[i] = os[j];
                kinds[i] = ok[j];
            }
        }
    }
}

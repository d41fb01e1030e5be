package dev.rustmem.layout;

/**
 * rustc_abi's {@code StructKind}: what a univariant layout may assume about its last field and
 * where placement starts.
 *
 * <ul>
 *   <li>{@link Type#ALWAYS_SIZED}: every field may move (closures, {@code ()}, enum variants in the
 *       niche-filling candidate, structs whose declared tail is {@code Sized});
 *   <li>{@link Type#MAYBE_UNSIZED}: the last field never moves and no end-biased pass is tried
 *       (non-empty tuples, structs whose declared tail may be unsized);
 *   <li>{@link Type#PREFIXED}: an enum variant after a tag of {@code prefixSize} bytes whose
 *       alignment starts at {@code prefixAlign}.
 * </ul>
 */
record StructKind(Type type, long prefixSize, long prefixAlign) {
    enum Type { ALWAYS_SIZED, MAYBE_UNSIZED, PREFIXED }

    static final StructKind ALWAYS_SIZED = new StructKind(Type.ALWAYS_SIZED, 0, 1);
    static final StructKind MAYBE_UNSIZED = new StructKind(Type.MAYBE_UNSIZED, 0, 1);

    /** Prefixes of 1..=16 bytes aligned to 1..=16, shared (one per enum laid out otherwise). */
    private static final StructKind[][] PREFIXES = prefixes(5);

    private static StructKind[][] prefixes(int n) {
        StructKind[][] out = new StructKind[n][n];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < n; a++) {
                out[s][a] = new StructKind(Type.PREFIXED, 1L << s, 1L << a);
            }
        }
        return out;
    }

    static StructKind prefixed(long size, long align) {
        int s = Long.numberOfTrailingZeros(size);
        int a = Long.numberOfTrailingZeros(align);
        if (Long.bitCount(size) == 1 && s < PREFIXES.length && a < PREFIXES.length) {
            return PREFIXES[s][a];
        }
        return new StructKind(Type.PREFIXED, size, align);
    }

    boolean maybeUnsized() {
        return type == Type.MAYBE_UNSIZED;
    }

    boolean prefixed() {
        return type == Type.PREFIXED;
    }
}

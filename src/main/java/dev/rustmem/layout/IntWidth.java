package dev.rustmem.layout;

/** rustc_abi's {@code Integer}: an integer width, independent of signedness. */
public enum IntWidth {
    I8(1), I16(2), I32(4), I64(8), I128(16);

    private final int bytes;
    /** {@link #values()} without a new array per call. */
    private static final IntWidth[] ALL = values();

    IntWidth(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public int bits() {
        return bytes * 8;
    }

    /** Every width, narrowest first (the caller must not modify the array). */
    static IntWidth[] all() {
        return ALL;
    }

    /** The width of exactly this many bytes. */
    public static IntWidth ofBytes(long bytes) {
        for (IntWidth w : ALL) {
            if (w.bytes == bytes) {
                return w;
            }
        }
        throw new IllegalArgumentException("no integer of " + bytes + " bytes");
    }
}

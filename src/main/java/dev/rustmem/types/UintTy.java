package dev.rustmem.types;

/** Unsigned integer types; {@code USIZE} is pointer-sized. */
public enum UintTy {
    U8("u8", 1), U16("u16", 2), U32("u32", 4), U64("u64", 8), U128("u128", 16), USIZE("usize", 0);

    private final String name;
    private final int bytes;

    UintTy(String name, int bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public String spelling() {
        return name;
    }

    /** Width in bytes, or 0 for {@code usize} (target-dependent). */
    public int fixedBytes() {
        return bytes;
    }
}

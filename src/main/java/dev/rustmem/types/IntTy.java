package dev.rustmem.types;

/** Signed integer types; {@code ISIZE} is pointer-sized. */
public enum IntTy {
    I8("i8", 1), I16("i16", 2), I32("i32", 4), I64("i64", 8), I128("i128", 16), ISIZE("isize", 0);

    private final String name;
    private final int bytes;

    IntTy(String name, int bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public String spelling() {
        return name;
    }

    /** Width in bytes, or 0 for {@code isize} (target-dependent). */
    public int fixedBytes() {
        return bytes;
    }
}

package dev.rustmem.types;

public enum FloatTy {
    F16("f16", 2), F32("f32", 4), F64("f64", 8), F128("f128", 16);

    private final String name;
    private final int bytes;

    FloatTy(String name, int bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public String spelling() {
        return name;
    }

    public int bytes() {
        return bytes;
    }
}

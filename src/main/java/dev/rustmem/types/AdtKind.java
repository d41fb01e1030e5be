package dev.rustmem.types;

public enum AdtKind {
    STRUCT, ENUM, UNION;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

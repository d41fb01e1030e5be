package dev.rustmem.types;

/**
 * Prints types in rustc's spelling, as {@code -Zprint-type-sizes} and diagnostics do:
 * {@code std::option::Option<T3>}, {@code &[u8]}, {@code (u8, u32)}, {@code fn(u32) -> u8},
 * {@code std::collections::HashMap<std::string::String, u8>} (trailing default arguments omitted).
 */
public final class TyPrinter {
    public String print(Ty ty) {
        throw new UnsupportedOperationException("TyPrinter not written yet");
    }
}

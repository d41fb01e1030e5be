package dev.rustmem.layout;

import dev.rustmem.types.Ty;

/** Why a type has no layout, as a value (rustc's {@code LayoutError}). */
public sealed interface LayoutError {
    Ty ty();

    /** "values of the type `[u8; 18446744073709551615]` are too big for the target architecture". */
    record SizeOverflow(Ty ty) implements LayoutError {}

    /** The type contains itself without indirection (reported as E0072 at the definition). */
    record Recursive(Ty ty) implements LayoutError {}

    /** A generic parameter survived substitution: the type is not concrete. */
    record NotConcrete(Ty ty) implements LayoutError {}

    /** Something rustmem cannot lay out yet; {@code what} says what. */
    record Unsupported(Ty ty, String what) implements LayoutError {}
}

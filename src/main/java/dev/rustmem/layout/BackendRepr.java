package dev.rustmem.layout;

/** How a value is passed around at the machine level (rustc_abi's {@code BackendRepr}). */
public sealed interface BackendRepr {
    record ScalarRepr(Scalar scalar) implements BackendRepr {}

    record ScalarPair(Scalar first, Scalar second) implements BackendRepr {}

    /** An aggregate in memory; {@code sized} is false for {@code str}, slices, {@code dyn} and unsized structs. */
    record Memory(boolean sized) implements BackendRepr {}
}

package dev.rustmem.layout;

/**
 * A scalar in a layout's ABI. {@code Initialized} carries the valid range that niches come from;
 * {@code Union} (maybe-uninit) has none.
 */
public sealed interface Scalar {
    Primitive primitive();

    record Initialized(Primitive primitive, WrappingRange valid) implements Scalar {}

    record Union(Primitive primitive) implements Scalar {}
}

package dev.rustmem.layout;

/**
 * A scalar in a layout's ABI. {@code Initialized} carries the valid range that niches come from;
 * {@code Union} (maybe-uninit) has none.
 */
public sealed interface Scalar {
    Primitive primitive();

    record Initialized(Primitive primitive, WrappingRange valid) implements Scalar {
        // equals/hashCode written out: a record's generated ones bootstrap method handles on
        // first use, a cost every cold run paid for each layout record compared.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Initialized i && primitive.equals(i.primitive) && valid.equals(i.valid);
        }

        @Override
        public int hashCode() {
            return 31 * primitive.hashCode() + valid.hashCode();
        }
    }

    record Union(Primitive primitive) implements Scalar {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Union u && primitive.equals(u.primitive);
        }

        @Override
        public int hashCode() {
            return primitive.hashCode() + 0x400;
        }
    }
}

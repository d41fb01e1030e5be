package dev.rustmem.layout;

/** How a value is passed around at the machine level (rustc_abi's {@code BackendRepr}). */
public sealed interface BackendRepr {
    record ScalarRepr(Scalar scalar) implements BackendRepr {
        // equals/hashCode written out: a record's generated ones bootstrap method handles on
        // first use, a cost every cold run paid for each layout record compared.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ScalarRepr r && scalar.equals(r.scalar);
        }

        @Override
        public int hashCode() {
            return scalar.hashCode() + 0x100;
        }
    }

    record ScalarPair(Scalar first, Scalar second) implements BackendRepr {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ScalarPair p && first.equals(p.first) && second.equals(p.second);
        }

        @Override
        public int hashCode() {
            return 31 * first.hashCode() + second.hashCode() + 0x200;
        }
    }

    /** An aggregate in memory; {@code sized} is false for {@code str}, slices, {@code dyn} and unsized structs. */
    record Memory(boolean sized) implements BackendRepr {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Memory m && sized == m.sized;
        }

        @Override
        public int hashCode() {
            return sized ? 0x301 : 0x300;
        }
    }
}

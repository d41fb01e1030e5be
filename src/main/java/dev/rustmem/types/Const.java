package dev.rustmem.types;

import java.math.BigInteger;

/** A const generic argument: an evaluated value, or a const parameter of a generic definition. */
public sealed interface Const extends GenericArg {
    // equals/hashCode written out like Ty's (see there): these sit in argument lists used as keys.
    record Value(BigInteger value, Ty ty) implements Const {
        @Override
        public int hashCode() {
            return 31 * value.hashCode() + ty.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Value v && value.equals(v.value) && ty.equals(v.ty);
        }
    }

    record Param(String name, int index) implements Const {
        @Override
        public int hashCode() {
            return 31 * name.hashCode() + index + 0xC000;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Param p && index == p.index && name.equals(p.name);
        }
    }
}

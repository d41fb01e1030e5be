package dev.rustmem.layout;

import dev.rustmem.types.FloatTy;

/** The machine-level kind of a scalar: integer (with signedness), float, or pointer. */
public sealed interface Primitive {
    long size(TargetDataLayout dl);

    long align(TargetDataLayout dl);

    default int bits(TargetDataLayout dl) {
        return (int) (size(dl) * 8);
    }

    record Int(IntWidth width, boolean signed) implements Primitive {
        // equals/hashCode written out: a record's generated ones bootstrap method handles on
        // first use, a cost every cold run paid for each layout record compared.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Int i && width == i.width && signed == i.signed;
        }

        @Override
        public int hashCode() {
            return width.ordinal() * 2 + (signed ? 1 : 0);
        }

        public long size(TargetDataLayout dl) {
            return width.bytes();
        }

        public long align(TargetDataLayout dl) {
            return dl.intAlign(width);
        }
    }

    record Float(FloatTy fty) implements Primitive {
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Float f && fty == f.fty;
        }

        @Override
        public int hashCode() {
            return 0x40 + fty.ordinal();
        }

        public long size(TargetDataLayout dl) {
            return fty.bytes();
        }

        public long align(TargetDataLayout dl) {
            return dl.floatAlign(fty);
        }
    }

    /**
     * A pointer in an LLVM address space: 0 for data; fn pointers live in the target's instruction
     * address space (1 on AVR), so a data and a fn pointer are different primitives there.
     */
    record Pointer(int addressSpace) implements Primitive {
        /** A data pointer (address space 0). */
        public Pointer() {
            this(0);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Pointer p && addressSpace == p.addressSpace;
        }

        @Override
        public int hashCode() {
            return 0x80 + addressSpace;
        }

        public long size(TargetDataLayout dl) {
            return dl.pointerSize();
        }

        public long align(TargetDataLayout dl) {
            return dl.pointerAlign();
        }
    }
}

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
        public long size(TargetDataLayout dl) {
            return width.bytes();
        }

        public long align(TargetDataLayout dl) {
            return dl.intAlign(width);
        }
    }

    record Float(FloatTy fty) implements Primitive {
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

        public long size(TargetDataLayout dl) {
            return dl.pointerSize();
        }

        public long align(TargetDataLayout dl) {
            return dl.pointerAlign();
        }
    }
}

package dev.rustmem.layout;

import java.util.List;

/** Where a layout's fields are (rustc_abi's {@code FieldsShape}). */
public sealed interface FieldsShape {
    int fieldCount();

    long offset(int field);

    /** Scalars and other field-less layouts. */
    record Primitive() implements FieldsShape {
        public int fieldCount() {
            return 0;
        }

        public long offset(int field) {
            throw new IndexOutOfBoundsException(field);
        }
    }

    /** All fields at offset 0. */
    record Union(int count) implements FieldsShape {
        public int fieldCount() {
            return count;
        }

        public long offset(int field) {
            return 0;
        }
    }

    /** {@code count} elements every {@code stride} bytes ({@code count} is 0 for unsized slices). */
    record Array(long stride, long count) implements FieldsShape {
        public int fieldCount() {
            return (int) Math.min(count, Integer.MAX_VALUE);
        }

        public long offset(int field) {
            return stride * field;
        }
    }

    /**
     * Fields in declaration order with their offsets; {@code inMemoryOrder.get(i)} is the
     * declaration index of the i-th field in memory (rustc 1.95's {@code in_memory_order}).
     */
    record Arbitrary(List<Long> offsets, List<Integer> inMemoryOrder) implements FieldsShape {
        public Arbitrary {
            // The layout code's own immutable array views are kept as they are.
            offsets = offsets instanceof PrimitiveLists.Longs ? offsets : List.copyOf(offsets);
            inMemoryOrder = inMemoryOrder instanceof PrimitiveLists.Ints ? inMemoryOrder : List.copyOf(inMemoryOrder);
            if (offsets.size() != inMemoryOrder.size()) {
                throw new IllegalArgumentException("offsets and memory order differ in length");
            }
            // Only the sign is checked: rustc 1.95 itself records a ZST field past the end of a small
            // enum variant when the tag grows (`#[repr(align(4))] enum E { A(()), B(u64, u64) }`:
            // variant A has size 4 and its `()` at offset 8), and rustmem reproduces that exactly.
            for (int i = 0; i < offsets.size(); i++) {
                if (at(offsets, i) < 0) {
                    throw new IllegalArgumentException("negative field offset " + at(offsets, i));
                }
            }
        }

        /** No fields (fieldless enum variants, unit structs). */
        static final Arbitrary EMPTY = new Arbitrary(List.of(), List.of());

        public int fieldCount() {
            return offsets.size();
        }

        public long offset(int field) {
            return at(offsets, field);
        }

        private static long at(List<Long> offsets, int i) {
            return offsets instanceof PrimitiveLists.Longs l ? l.at(i) : offsets.get(i);
        }
    }
}

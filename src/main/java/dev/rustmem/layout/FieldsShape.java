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
            offsets = List.copyOf(offsets);
            inMemoryOrder = List.copyOf(inMemoryOrder);
            if (offsets.size() != inMemoryOrder.size()) {
                throw new IllegalArgumentException("offsets and memory order differ in length");
            }
        }

        public int fieldCount() {
            return offsets.size();
        }

        public long offset(int field) {
            return offsets.get(field);
        }
    }
}

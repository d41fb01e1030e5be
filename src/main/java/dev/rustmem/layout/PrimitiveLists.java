package dev.rustmem.layout;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Immutable {@code List<Long>} / {@code List<Integer>} views of arrays that the layout code builds
 * and never changes afterwards. {@link FieldsShape.Arbitrary} keeps them without copying: every
 * struct and enum variant has a shape, and boxed copies of its offsets would cost several objects
 * each. Equality and hash codes are those of any {@code List}.
 */
final class PrimitiveLists {
    private PrimitiveLists() {}

    /** Takes ownership of {@code values}: the caller must not change the array afterwards. */
    static Longs longs(long[] values) {
        return new Longs(values);
    }

    /** Takes ownership of {@code values}: the caller must not change the array afterwards. */
    static Ints ints(int[] values) {
        return new Ints(values);
    }

    static final class Longs extends AbstractList<Long> implements RandomAccess {
        private final long[] values;

        private Longs(long[] values) {
            this.values = values;
        }

        /** The i-th value without boxing. */
        long at(int i) {
            return values[i];
        }

        @Override
        public Long get(int i) {
            return values[i];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    static final class Ints extends AbstractList<Integer> implements RandomAccess {
        private final int[] values;

        private Ints(int[] values) {
            this.values = values;
        }

        /** The i-th value without boxing. */
        int at(int i) {
            return values[i];
        }

        @Override
        public Integer get(int i) {
            return values[i];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}

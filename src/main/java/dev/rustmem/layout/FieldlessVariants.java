package dev.rustmem.layout;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layouts of fieldless enum variants, shared by all enums of one engine. Such a variant's
 * layout is fixed by its size and alignments (no fields, no niche, a sized Memory ABI, inhabited)
 * and its index, and enums may have hundreds of fieldless variants: one layout per variant index
 * and shape serves them all. Tables are copied when they grow and never changed once published, so
 * threads may share them.
 */
final class FieldlessVariants {
    private record Shape(long size, long align, long unadjustedAlign) {
        // Written out: a record's generated methods bootstrap method handles on first use.
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && size == s.size && align == s.align && unadjustedAlign == s.unadjustedAlign;
        }

        @Override
        public int hashCode() {
            return (int) (31 * (31 * size + align) + unadjustedAlign);
        }
    }

    private final Map<Shape, Layout[]> tables = new ConcurrentHashMap<>();

    /**
     * Layouts equal to {@code fieldless.withVariant(i)} for i below {@code count}.
     *
     * @param fieldless the layout of some fieldless variant of the enum
     */
    Layout[] table(Layout fieldless, int count) {
        if (fieldless.fields().fieldCount() != 0 || fieldless.largestNiche().isPresent() || fieldless.uninhabited()
                || !Scalars.MEMORY.equals(fieldless.repr())) {
            // Not the plain shape described above (cannot happen today): nothing to share.
            Layout[] own = new Layout[count];
            for (int i = 0; i < count; i++) {
                own[i] = fieldless.withVariant(i);
            }
            return own;
        }
        Shape shape = new Shape(fieldless.size(), fieldless.align(), fieldless.unadjustedAlign());
        Layout[] t = tables.get(shape);
        if (t != null && t.length >= count) {
            return t;
        }
        Layout[] grown = new Layout[Math.max(count, t == null ? 0 : 2 * t.length)];
        int known = t == null ? 0 : t.length;
        if (t != null) {
            System.arraycopy(t, 0, grown, 0, known);
        }
        for (int i = known; i < grown.length; i++) {
            grown[i] = fieldless.withVariant(i);
        }
        // Another thread may publish an equal table at the same time: either serves.
        tables.put(shape, grown);
        return grown;
    }
}

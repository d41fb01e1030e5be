package dev.rustmem.layout;

import java.util.List;

/**
 * The sort keys of univariant field reordering (rustc_abi layout.rs {@code univariant_biased}),
 * computed once per field, and the stable sort by them. Only the first {@code end} fields are
 * sortable (a MaybeUnsized tail is excluded, also from {@code maxFieldAlign} and
 * {@code largestNicheSize}).
 */
final class FieldKeys {
    private final TargetDataLayout dl;
    private final boolean endBias;
    private final boolean prefixed;
    private final int[] group;
    /** Each field's largest niche, or null; niche sizes are compared through {@link Niche#compareAvailable}. */
    private final Niche[] niche;
    /** Start bias: the niche's offset inside the field. End bias: {@code !(distance to the field's end)}. */
    private final long[] nicheOffsetKey;

    /**
     * @param pack     {@code repr(packed(N))} in bytes, or 0
     * @param prefixed an enum variant after a tag ({@link #prefixedOrder}), else {@link #normalOrder}
     */
    FieldKeys(TargetDataLayout dl, List<Layout> fields, int end, long pack, boolean endBias, boolean prefixed) {
        this.dl = dl;
        this.endBias = endBias;
        this.prefixed = prefixed;
        group = new int[end];
        niche = new Niche[end];
        nicheOffsetKey = new long[end];
        long maxFieldAlign = 1;
        Niche largest = null;
        for (int i = 0; i < end; i++) {
            Layout f = fields.get(i);
            maxFieldAlign = Math.max(maxFieldAlign, f.align());
            Niche x = f.largestNiche().orElse(null);
            niche[i] = x;
            if (Niche.compareAvailable(x, largest, dl) > 0) {
                largest = x;
            }
            if (x != null) {
                nicheOffsetKey[i] = endBias ? ~(f.size() - x.primitive().size(dl) - x.offset()) : x.offset();
            }
        }
        for (int i = 0; i < end; i++) {
            group[i] = group(fields.get(i), pack, maxFieldAlign, largest, niche[i]);
        }
    }

    /**
     * The alignment group: larger groups go first. {@code [u8; 4]} groups with {@code u32} because the
     * group is the trailing zeros of max(size, align); when some field has a niche, the start pass
     * flattens the groups so the niche can come first and the end pass lets it go last.
     */
    private int group(Layout f, long pack, long maxFieldAlign, Niche largest, Niche own) {
        if (pack != 0) {
            return Scalars.log2(Math.min(f.align(), pack));
        }
        int sizeAsAlign = Long.numberOfTrailingZeros(Math.max(f.align(), f.size()));
        if (largest == null) {
            return sizeAsAlign;
        }
        if (!endBias) {
            return Math.min(Scalars.log2(maxFieldAlign), sizeAsAlign);
        }
        return Niche.compareAvailable(own, largest, dl) == 0 ? Scalars.log2(f.align()) : sizeAsAlign;
    }

    /** Negative when field {@code a} goes before field {@code b}. */
    private int compare(int a, int b) {
        return prefixed ? prefixedOrder(a, b) : normalOrder(a, b);
    }

    /** Group descending, then niche size (start: descending, end: ascending), then niche position. */
    private int normalOrder(int a, int b) {
        int c = Integer.compare(group[b], group[a]);
        if (c != 0) {
            return c;
        }
        c = endBias ? Niche.compareAvailable(niche[a], niche[b], dl) : Niche.compareAvailable(niche[b], niche[a], dl);
        if (c != 0) {
            return c;
        }
        return Long.compareUnsigned(nicheOffsetKey[a], nicheOffsetKey[b]);
    }

    /** Enum variants after a tag: small groups first so they fill the bytes after the tag, largest niche last. */
    private int prefixedOrder(int a, int b) {
        int c = Integer.compare(group[a], group[b]);
        return c != 0 ? c : Niche.compareAvailable(niche[a], niche[b], dl);
    }

    /**
     * Sorts {@code order[0..end)} (field indices) stably: equal keys keep declaration order, as
     * rustc's {@code sort_by_key} does. Insertion sort, as field counts are small; merge sort
     * beyond that so huge structs stay n log n.
     */
    void sort(int[] order, int end) {
        if (end > 32) {
            mergeSort(order, new int[end], 0, end);
        } else {
            insertionSort(order, 0, end);
        }
    }

    private void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && compare(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= 16) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            // Take from the right half only when strictly smaller: keeps the sort stable.
            if (j >= to || (i < mid && compare(tmp[j], tmp[i]) >= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}

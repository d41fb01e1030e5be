package dev.rustmem.layout;

import dev.rustmem.util.IndexSort;
import java.util.List;

/**
 * The sort keys of univariant field reordering (rustc_abi layout.rs {@code univariant_biased})
 * and the stable sort by them. Only the first {@code end} fields are sortable (a MaybeUnsized tail
 * is excluded, also from {@code maxFieldAlign} and {@code largestNicheSize}). Keys are derived
 * from the fields when compared rather than stored: that is a few arithmetic operations, and this
 * runs for every struct and enum variant.
 */
final class FieldKeys implements IndexSort.Order {
    private final TargetDataLayout dl;
    private final List<Layout> fields;
    private final long pack;
    private final boolean endBias;
    private final boolean prefixed;
    private final long maxFieldAlign;
    /** The largest niche among the sortable fields (the first of equal ones), or null. */
    private final Niche largest;

    /**
     * @param pack     {@code repr(packed(N))} in bytes, or 0
     * @param prefixed an enum variant after a tag ({@link #prefixedOrder}), else {@link #normalOrder}
     */
    FieldKeys(TargetDataLayout dl, List<Layout> fields, int end, long pack, boolean endBias, boolean prefixed) {
        this.dl = dl;
        this.fields = fields;
        this.pack = pack;
        this.endBias = endBias;
        this.prefixed = prefixed;
        long maxAlign = 1;
        Niche max = null;
        for (int i = 0; i < end; i++) {
            Layout f = fields.get(i);
            maxAlign = Math.max(maxAlign, f.align());
            Niche x = niche(i);
            if (Niche.compareAvailable(x, max, dl) > 0) {
                max = x;
            }
        }
        this.maxFieldAlign = maxAlign;
        this.largest = max;
    }

    private Niche niche(int i) {
        return fields.get(i).largestNiche().orElse(null);
    }

    /**
     * The alignment group: larger groups go first. {@code [u8; 4]} groups with {@code u32} because the
     * group is the trailing zeros of max(size, align); when some field has a niche, the start pass
     * flattens the groups so the niche can come first and the end pass lets it go last.
     */
    private int group(int i) {
        Layout f = fields.get(i);
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
        return Niche.compareAvailable(niche(i), largest, dl) == 0 ? Scalars.log2(f.align()) : sizeAsAlign;
    }

    /** Start bias: the niche's offset inside the field. End bias: {@code !(distance to the field's end)}. */
    private long nicheOffsetKey(int i) {
        Layout f = fields.get(i);
        Niche x = niche(i);
        if (x == null) {
            return 0;
        }
        return endBias ? ~(f.size() - x.primitive().size(dl) - x.offset()) : x.offset();
    }

    /** Negative when field {@code a} goes before field {@code b}. */
    @Override
    public int compare(int a, int b) {
        return prefixed ? prefixedOrder(a, b) : normalOrder(a, b);
    }

    /** Group descending, then niche size (start: descending, end: ascending), then niche position. */
    private int normalOrder(int a, int b) {
        int c = Integer.compare(group(b), group(a));
        if (c != 0) {
            return c;
        }
        c = endBias ? Niche.compareAvailable(niche(a), niche(b), dl) : Niche.compareAvailable(niche(b), niche(a), dl);
        if (c != 0) {
            return c;
        }
        return Long.compareUnsigned(nicheOffsetKey(a), nicheOffsetKey(b));
    }

    /** Enum variants after a tag: small groups first so they fill the bytes after the tag, largest niche last. */
    private int prefixedOrder(int a, int b) {
        int c = Integer.compare(group(a), group(b));
        return c != 0 ? c : Niche.compareAvailable(niche(a), niche(b), dl);
    }

    /**
     * Sorts {@code order[0..end)} (field indices) stably: equal keys keep declaration order, as
     * rustc's {@code sort_by_key} does ({@link IndexSort}: insertion sort for the usual few
     * fields, merge sort beyond that so huge structs stay n log n).
     */
    void sort(int[] order, int end) {
        IndexSort.sort(order, 0, end, this);
    }
}

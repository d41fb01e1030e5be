package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The niche-filling enum candidate (layout-algorithm.md §6.6): the largest variant (last of equal
 * sizes) keeps its fields where they are, the other variants are encoded as reserved values of its
 * largest niche and must fit before or after that niche.
 */
final class NicheFilling {
    private final TargetDataLayout dl;
    private final Univariant univariant;
    private final FieldlessVariants fieldlessVariants;

    NicheFilling(TargetDataLayout dl, Univariant univariant, FieldlessVariants fieldlessVariants) {
        this.dl = dl;
        this.univariant = univariant;
        this.fieldlessVariants = fieldlessVariants;
    }

    /**
     * Everything but the final per-variant layouts, which {@link Plan#build} makes if this candidate
     * wins; null when there is no such candidate.
     */
    Plan plan(Ty owner, ReprOptions repr, List<List<Layout>> variants) {
        if (!anyFieldHasNiche(variants)) {
            // A variant's niche can only come from its fields: no variant has one, so neither has the
            // largest. (Laying the variants out could not fail either: the tagged candidate, whose
            // variants are at least as large, succeeded.)
            return null;
        }
        Plan p = new Plan(variants);
        Layout[] layouts = p.layouts;
        long largestSize = -1;
        Layout fieldless = null;
        for (int j = 0; j < layouts.length; j++) {
            Layout st;
            if (variants.get(j).isEmpty()) {
                // Fieldless variants all look alike; enums may have hundreds of them.
                if (fieldless == null) {
                    fieldless = univariant.layout(owner, variants.get(j), repr, true, StructKind.ALWAYS_SIZED, j);
                }
                st = fieldless;
            } else {
                st = univariant.layout(owner, variants.get(j), repr, true, StructKind.ALWAYS_SIZED, j);
            }
            p.align = Math.max(p.align, st.align());
            p.unadjusted = Math.max(p.unadjusted, st.unadjustedAlign());
            // max_by_key keeps the last of equal maxima.
            if (st.size() >= largestSize) {
                p.largest = j;
                largestSize = st.size();
            }
            layouts[j] = st;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < layouts.length; i++) {
            if (i != p.largest && !EnumLayout.absent(variants.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Optional<Niche> maybeNiche = layouts[p.largest].largestNiche();
        if (maybeNiche.isEmpty() || first < 0) {
            return null;
        }
        Niche niche = maybeNiche.get();
        // 1.95 counts the untagged variant's own index when it lies inside first..=last (issue #117238).
        BigInteger count = BigInteger.valueOf(last - first + 1L);
        Optional<NicheReserve> reserved = NicheReserve.reserve(niche, count, dl);
        if (reserved.isEmpty()) {
            return null;
        }
        p.nicheOffset = niche.offset();
        p.nicheSize = niche.primitive().size(dl);
        p.size = Scalars.alignTo(layouts[p.largest].size(), p.align);
        for (int i = 0; i < layouts.length; i++) {
            if (i != p.largest && placedAt(layouts[i], p) < 0) {
                return null;
            }
        }
        p.reserved = reserved.get();
        p.encoding = new TagEncoding.Niche(p.largest, first, last, p.reserved.nicheStart());
        p.niche = Scalars.nicheOf(dl, p.nicheOffset, p.reserved.scalar());
        return p;
    }

    private static boolean anyFieldHasNiche(List<List<Layout>> variants) {
        for (int v = 0; v < variants.size(); v++) {
            List<Layout> fields = variants.get(v);
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).largestNiche().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The niche-filling candidate; fieldless variants share one layout until {@link #build}. */
    final class Plan {
        private final List<List<Layout>> variants;
        /** Per variant, laid out alone (before moving past the niche). */
        private final Layout[] layouts;
        long size;
        long align = dl.aggregateAlign();
        long unadjusted = align;
        int largest;
        long nicheOffset;
        long nicheSize;
        NicheReserve reserved;
        TagEncoding.Niche encoding;
        /** The enum's largest niche: what is left of the untagged variant's niche. */
        Optional<Niche> niche;

        Plan(List<List<Layout>> variants) {
            this.variants = variants;
            this.layouts = new Layout[variants.size()];
        }

        Layout build() {
            Layout[] out = new Layout[layouts.length];
            Layout[] fieldlessTable = null;
            for (int i = 0; i < out.length; i++) {
                if (variants.get(i).isEmpty() && i != largest) {
                    if (fieldlessTable == null) {
                        fieldlessTable = fieldlessVariants.table(place(layouts[i], this), out.length);
                    }
                    out[i] = fieldlessTable[i];
                } else {
                    out[i] = (i == largest ? layouts[i] : place(layouts[i], this)).withVariant(i);
                }
            }
            Scalar.Initialized tag = reserved.scalar();
            BackendRepr abi = abi(out, largest, tag, nicheOffset, size, align);
            boolean uninhabited = TaggedLayout.allUninhabited(out);
            return new Layout(size, align, unadjusted,
                    new FieldsShape.Arbitrary(List.of(nicheOffset), List.of(0)),
                    new Variants.Multiple(tag, encoding, 0, List.of(out)), niche, abi, uninhabited);
        }
    }

    /** Scalar/ScalarPair only when the other variants are all zero-sized and size and alignment match. */
    private static BackendRepr abi(Layout[] layouts, int largest, Scalar.Initialized tag, long nicheOffset,
            long size, long align) {
        Layout big = layouts[largest];
        boolean othersZst = true;
        for (int i = 0; i < layouts.length; i++) {
            othersZst &= i == largest || layouts[i].size() == 0;
        }
        if (size != big.size() || align != big.align() || !othersZst) {
            return Scalars.MEMORY;
        }
        if (big.repr() instanceof BackendRepr.ScalarRepr) {
            return new BackendRepr.ScalarRepr(tag);
        }
        if (big.repr() instanceof BackendRepr.ScalarPair p) {
            // Only the niche is initialized in every variant; the other half may be uninit.
            return nicheOffset == 0 ? new BackendRepr.ScalarPair(tag, Scalars.toUnion(p.second()))
                    : new BackendRepr.ScalarPair(Scalars.toUnion(p.first()), tag);
        }
        return Scalars.MEMORY;
    }

    /**
     * Where a non-largest variant goes: 0 when it fits before the niche, else the offset just after
     * the niche, or -1 when it fits neither way.
     */
    private static long placedAt(Layout v, Plan p) {
        if (v.size() <= p.nicheOffset) {
            return 0;
        }
        long at = Scalars.alignTo(p.nicheOffset + p.nicheSize, v.align());
        return at + v.size() > p.size ? -1 : at;
    }

    /** A non-largest variant before the niche (losing its own niche), or shifted to just after it. */
    private static Layout place(Layout v, Plan p) {
        long at = placedAt(v, p);
        if (at == 0) {
            return v.largestNiche().isEmpty() ? v : v.withNiche(Optional.empty(), v.repr());
        }
        FieldsShape.Arbitrary fs = (FieldsShape.Arbitrary) v.fields();
        long[] offsets = new long[fs.fieldCount()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = fs.offset(i) + at;
        }
        // It cannot stay Scalar/ScalarPair: its fields no longer start at 0.
        BackendRepr repr = v.uninhabited() ? v.repr() : Scalars.MEMORY;
        return new Layout(v.size() + at, v.align(), v.unadjustedAlign(),
                new FieldsShape.Arbitrary(PrimitiveLists.longs(offsets), fs.inMemoryOrder()), v.variants(),
                Optional.empty(), repr, v.uninhabited());
    }
}

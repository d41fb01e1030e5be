package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
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

    NicheFilling(TargetDataLayout dl, Univariant univariant) {
        this.dl = dl;
        this.univariant = univariant;
    }

    Optional<Layout> layout(Ty owner, ReprOptions repr, List<List<Layout>> variants) {
        long align = dl.aggregateAlign();
        long unadjusted = align;
        List<Layout> layouts = new ArrayList<>(variants.size());
        int largest = 0;
        long largestSize = -1;
        Layout fieldless = null;
        for (int j = 0; j < variants.size(); j++) {
            Layout st;
            if (variants.get(j).isEmpty()) {
                if (fieldless == null) {
                    fieldless = univariant.layout(owner, variants.get(j), repr, true, StructKind.ALWAYS_SIZED);
                }
                st = fieldless.withVariants(new Variants.Single(j));
            } else {
                st = univariant.layout(owner, variants.get(j), repr, true, StructKind.ALWAYS_SIZED)
                        .withVariants(new Variants.Single(j));
            }
            align = Math.max(align, st.align());
            unadjusted = Math.max(unadjusted, st.unadjustedAlign());
            // max_by_key keeps the last of equal maxima.
            if (st.size() >= largestSize) {
                largest = j;
                largestSize = st.size();
            }
            layouts.add(st);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < variants.size(); i++) {
            if (i != largest && !EnumLayout.absent(variants.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Optional<Niche> maybeNiche = layouts.get(largest).largestNiche();
        if (maybeNiche.isEmpty() || first < 0) {
            return Optional.empty();
        }
        Niche niche = maybeNiche.get();
        // 1.95 counts the untagged variant's own index when it lies inside first..=last (issue #117238).
        BigInteger count = BigInteger.valueOf(last - first + 1L);
        Optional<NicheReserve> reserved = NicheReserve.reserve(niche, count, dl);
        if (reserved.isEmpty()) {
            return Optional.empty();
        }
        long nicheOffset = niche.offset();
        long nicheSize = niche.primitive().size(dl);
        long size = Scalars.alignTo(layouts.get(largest).size(), align);
        for (int i = 0; i < layouts.size(); i++) {
            if (i == largest) {
                continue;
            }
            Optional<Layout> placed = place(layouts.get(i), nicheOffset, nicheSize, size);
            if (placed.isEmpty()) {
                return Optional.empty();
            }
            layouts.set(i, placed.get());
        }
        Scalar.Initialized tag = reserved.get().scalar();
        BackendRepr abi = abi(layouts, largest, tag, nicheOffset, size, align);
        boolean uninhabited = Univariant.allUninhabited(layouts);
        TagEncoding enc = new TagEncoding.Niche(largest, first, last, reserved.get().nicheStart());
        return Optional.of(new Layout(size, align, unadjusted,
                new FieldsShape.Arbitrary(List.of(nicheOffset), List.of(0)), new Variants.Multiple(tag, enc, 0, layouts),
                Scalars.nicheOf(dl, nicheOffset, tag), abi, uninhabited));
    }

    /** Scalar/ScalarPair only when the other variants are all zero-sized and size and alignment match. */
    private static BackendRepr abi(List<Layout> layouts, int largest, Scalar.Initialized tag, long nicheOffset,
            long size, long align) {
        Layout big = layouts.get(largest);
        boolean othersZst = true;
        for (int i = 0; i < layouts.size(); i++) {
            othersZst &= i == largest || layouts.get(i).size() == 0;
        }
        if (size != big.size() || align != big.align() || !othersZst) {
            return new BackendRepr.Memory(true);
        }
        if (big.repr() instanceof BackendRepr.ScalarRepr) {
            return new BackendRepr.ScalarRepr(tag);
        }
        if (big.repr() instanceof BackendRepr.ScalarPair p) {
            // Only the niche is initialized in every variant; the other half may be uninit.
            return nicheOffset == 0 ? new BackendRepr.ScalarPair(tag, Scalars.toUnion(p.second()))
                    : new BackendRepr.ScalarPair(Scalars.toUnion(p.first()), tag);
        }
        return new BackendRepr.Memory(true);
    }

    /** A non-largest variant before the niche, or shifted to just after it; empty if it fits neither way. */
    private Optional<Layout> place(Layout v, long nicheOffset, long nicheSize, long size) {
        if (v.size() <= nicheOffset) {
            return Optional.of(v.withNiche(Optional.empty(), v.repr()));
        }
        long at = Scalars.alignTo(nicheOffset + nicheSize, v.align());
        if (at + v.size() > size) {
            return Optional.empty();
        }
        FieldsShape.Arbitrary fs = (FieldsShape.Arbitrary) v.fields();
        List<Long> offsets = new ArrayList<>(fs.offsets().size());
        for (long o : fs.offsets()) {
            offsets.add(o + at);
        }
        // It cannot stay Scalar/ScalarPair: its fields no longer start at 0.
        BackendRepr repr = v.uninhabited() ? v.repr() : new BackendRepr.Memory(true);
        return Optional.of(new Layout(v.size() + at, v.align(), v.unadjustedAlign(),
                new FieldsShape.Arbitrary(offsets, fs.inMemoryOrder()), v.variants(), Optional.empty(), repr,
                v.uninhabited()));
    }
}

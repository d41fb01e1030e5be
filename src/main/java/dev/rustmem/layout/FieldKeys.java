package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sort keys of univariant field reordering (rustc_abi layout.rs {@code univariant_biased}),
 * computed once per field. Only the sortable fields are given (a MaybeUnsized tail is excluded, also
 * from {@code maxFieldAlign} and {@code largestNicheSize}).
 */
final class FieldKeys {
    private final int[] group;
    private final BigInteger[] nicheSize;
    /** Start bias: the niche's offset inside the field. End bias: {@code !(distance to the field's end)}. */
    private final long[] nicheOffsetKey;

    FieldKeys(TargetDataLayout dl, List<Layout> fields, Optional<Long> pack, boolean endBias) {
        int n = fields.size();
        group = new int[n];
        nicheSize = new BigInteger[n];
        nicheOffsetKey = new long[n];
        long maxFieldAlign = 1;
        BigInteger largestNicheSize = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            Layout f = fields.get(i);
            maxFieldAlign = Math.max(maxFieldAlign, f.align());
            Optional<Niche> niche = f.largestNiche();
            nicheSize[i] = niche.map(x -> x.available(dl)).orElse(BigInteger.ZERO);
            largestNicheSize = largestNicheSize.max(nicheSize[i]);
            if (niche.isPresent()) {
                Niche x = niche.get();
                nicheOffsetKey[i] = endBias ? ~(f.size() - x.primitive().size(dl) - x.offset()) : x.offset();
            }
        }
        for (int i = 0; i < n; i++) {
            group[i] = group(fields.get(i), pack, endBias, maxFieldAlign, largestNicheSize, nicheSize[i]);
        }
        this.endBias = endBias;
    }

    private final boolean endBias;

    /**
     * The alignment group: larger groups go first. {@code [u8; 4]} groups with {@code u32} because the
     * group is the trailing zeros of max(size, align); when some field has a niche, the start pass
     * flattens the groups so the niche can come first and the end pass lets it go last.
     */
    private static int group(Layout f, Optional<Long> pack, boolean endBias, long maxFieldAlign,
            BigInteger largestNicheSize, BigInteger nicheSize) {
        if (pack.isPresent()) {
            return Scalars.log2(Math.min(f.align(), pack.get()));
        }
        int sizeAsAlign = Long.numberOfTrailingZeros(Math.max(f.align(), f.size()));
        if (largestNicheSize.signum() == 0) {
            return sizeAsAlign;
        }
        if (!endBias) {
            return Math.min(Scalars.log2(maxFieldAlign), sizeAsAlign);
        }
        return nicheSize.equals(largestNicheSize) ? Scalars.log2(f.align()) : sizeAsAlign;
    }

    /** Group descending, then niche size (start: descending, end: ascending), then niche position. */
    Comparator<Integer> normalOrder() {
        return (a, b) -> {
            int c = Integer.compare(group[b], group[a]);
            if (c != 0) {
                return c;
            }
            c = endBias ? nicheSize[a].compareTo(nicheSize[b]) : nicheSize[b].compareTo(nicheSize[a]);
            if (c != 0) {
                return c;
            }
            return Long.compareUnsigned(nicheOffsetKey[a], nicheOffsetKey[b]);
        };
    }

    /** Enum variants after a tag: small groups first so they fill the bytes after the tag, largest niche last. */
    Comparator<Integer> prefixedOrder() {
        return (a, b) -> {
            int c = Integer.compare(group[a], group[b]);
            return c != 0 ? c : nicheSize[a].compareTo(nicheSize[b]);
        };
    }
}

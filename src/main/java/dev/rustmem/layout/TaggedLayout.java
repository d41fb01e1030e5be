package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The tagged ("direct") enum candidate (layout-algorithm.md §6.4): every variant is laid out after
 * a tag of the smallest fitting integer, the tag then grows to the smallest first-field alignment
 * (no-repr enums only), and the tag's valid range follows rustc 1.95 ({@link TagRange}).
 */
final class TaggedLayout {
    private static final FieldsShape.Arbitrary TAG_AT_0 = new FieldsShape.Arbitrary(List.of(0L), List.of(0));
    private static final TagEncoding.Direct DIRECT = new TagEncoding.Direct();

    private final TargetDataLayout dl;
    private final Univariant univariant;
    private final FieldlessVariants fieldlessVariants;

    TaggedLayout(TargetDataLayout dl, Univariant univariant, FieldlessVariants fieldlessVariants) {
        this.dl = dl;
        this.univariant = univariant;
        this.fieldlessVariants = fieldlessVariants;
    }

    /** Everything but the final per-variant layouts, which {@link Plan#build} makes if this candidate wins. */
    Plan plan(Ty owner, AdtDef def, List<List<Layout>> variants, boolean reorder) {
        ReprOptions repr = def.repr();
        ReprDiscr discrType = ReprDiscr.discrType(repr, dl);
        BigInteger[] necessary = new BigInteger[variants.size()];
        int count = necessaryDiscriminants(def, variants, discrType, necessary);
        BigInteger[] endpoints = TagRange.endpoints(necessary, count, discrType.width().bits(), discrType.signed());
        // 1.95 sizes the tag from the chosen range's endpoints (verified: see TagRange.endpoints).
        BigInteger lo = endpoints[0].min(endpoints[1]);
        BigInteger hi = endpoints[0].max(endpoints[1]);
        ReprDiscr minIty = ReprDiscr.forRange(repr, lo, hi, dl);
        long prefixAlign = dl.intAlign(minIty.width());
        if (repr.c()) {
            // repr(C) is `struct { tag, union { variants } }`: the payload starts at the union's alignment.
            for (int v = 0; v < variants.size(); v++) {
                List<Layout> fields = variants.get(v);
                for (int i = 0; i < fields.size(); i++) {
                    prefixAlign = Math.max(prefixAlign, fields.get(i).align());
                }
            }
        }
        StructKind kind = StructKind.prefixed(minIty.width().bytes(), prefixAlign);
        Plan p = new Plan(variants);
        layoutVariants(p, owner, repr, reorder, kind);
        p.size = Scalars.alignTo(p.size, p.align);
        if (p.size >= dl.objSizeBound()) {
            throw new LayoutException(new LayoutError.SizeOverflow(owner));
        }
        IntWidth ity = minIty.width();
        p.oldTagSize = ity.bytes();
        if (!repr.c() && repr.intTy().isEmpty()) {
            // Grow the tag to the first fields' alignment so LLVM need not copy padding
            // (rustc_abi layout.rs, "use a different type for the discriminant").
            IntWidth forAlign = forAlign(p.startAlign);
            if (forAlign != null && forAlign.compareTo(ity) > 0) {
                ity = forAlign;
            }
        }
        p.newTagSize = ity.bytes();
        WrappingRange range = TagRange.truncate(endpoints, ity.bits());
        p.tag = new Scalar.Initialized(Scalars.intPrimitive(ity, minIty.signed()), range);
        p.niche = Scalars.nicheOf(dl, 0, p.tag);
        return p;
    }

    /** The tagged candidate; fieldless variants share one layout until {@link #build}. */
    final class Plan {
        private final List<List<Layout>> variants;
        /** Per variant, laid out after the tag before it grows. */
        private final Layout[] layouts;
        long size;
        long align = dl.aggregateAlign();
        long unadjusted = align;
        /** The smallest alignment of a variant's first non-1-ZST field in memory. */
        long startAlign = 256;
        long oldTagSize;
        long newTagSize;
        Scalar.Initialized tag;
        Optional<Niche> niche;

        Plan(List<List<Layout>> variants) {
            this.variants = variants;
            this.layouts = new Layout[variants.size()];
        }

        Layout build() {
            int n = layouts.length;
            Layout[] out = new Layout[n];
            Layout fieldless = null;
            for (int i = 0; i < n; i++) {
                boolean shared = variants.get(i).isEmpty();
                if (shared && fieldless != null) {
                    out[i] = fieldless;
                    continue;
                }
                out[i] = newTagSize > oldTagSize ? growTag(layouts[i], oldTagSize, newTagSize) : layouts[i];
                if (shared) {
                    fieldless = out[i];
                }
            }
            boolean uninhabited = allUninhabited(out);
            BackendRepr abi = TaggedAbi.abi(dl, tag, variants, out, size, align);
            if (!(abi instanceof BackendRepr.Memory)) {
                TaggedAbi.propagate(abi, out, size, align);
            }
            Layout[] fieldlessTable = fieldless == null ? null : fieldlessVariants.table(fieldless, n);
            for (int i = 0; i < n; i++) {
                out[i] = variants.get(i).isEmpty() ? fieldlessTable[i] : out[i].withVariant(i);
            }
            return new Layout(size, align, unadjusted, TAG_AT_0, new Variants.Multiple(tag, DIRECT, 0, List.of(out)),
                    niche, abi, uninhabited);
        }
    }

    static boolean allUninhabited(Layout[] layouts) {
        for (Layout l : layouts) {
            if (!l.uninhabited()) {
                return false;
            }
        }
        return true;
    }

    /** The variants laid out after the tag, with the maxima and the smallest first-field alignment. */
    private void layoutVariants(Plan p, Ty owner, ReprOptions repr, boolean reorder, StructKind kind) {
        Layout fieldless = null;
        for (int i = 0; i < p.layouts.length; i++) {
            List<Layout> fields = p.variants.get(i);
            Layout st;
            if (fields.isEmpty()) {
                // Fieldless variants all look alike; enums may have hundreds of them.
                if (fieldless == null) {
                    fieldless = univariant.layout(owner, fields, repr, reorder, kind, i);
                }
                st = fieldless;
            } else {
                st = univariant.layout(owner, fields, repr, reorder, kind, i);
            }
            List<Integer> memoryOrder = ((FieldsShape.Arbitrary) st.fields()).inMemoryOrder();
            for (int k = 0; k < memoryOrder.size(); k++) {
                Layout f = fields.get(memoryOrder.get(k));
                if (!f.is1Zst()) {
                    p.startAlign = Math.min(p.startAlign, f.align());
                    break;
                }
            }
            p.size = Math.max(p.size, st.size());
            p.align = Math.max(p.align, st.align());
            p.unadjusted = Math.max(p.unadjusted, st.unadjustedAlign());
            p.layouts[i] = st;
        }
    }

    /**
     * Discriminants of variants without uninhabited fields (all variants for repr(C)), read as values
     * of the discriminant type: sign-extended or truncated to its width. Returns how many were put in {@code out}.
     */
    private static int necessaryDiscriminants(AdtDef def, List<List<Layout>> variants, ReprDiscr d, BigInteger[] out) {
        int count = 0;
        int bits = d.width().bits();
        boolean all = def.repr().c();
        List<BigInteger> discriminants = def.discriminants();
        for (int i = 0; i < variants.size(); i++) {
            if (all || !Univariant.anyUninhabited(variants.get(i))) {
                out[count++] = reinterpret(discriminants.get(i), bits, d.signed());
            }
        }
        return count;
    }

    /** {@code v}'s low {@code bits} bits as a value of the discriminant type. */
    private static BigInteger reinterpret(BigInteger v, int bits, boolean signed) {
        if (signed ? v.bitLength() < bits : v.signum() >= 0 && v.bitLength() <= bits) {
            // Already a value of the type (the usual case): no new object.
            return v;
        }
        if (bits > 64) {
            return signed ? TagRange.signExtend(v, bits) : v.and(Scalars.max(bits));
        }
        // longValue() keeps the low 64 bits; shifting sign- or zero-extends from `bits`.
        long low = v.longValue() << (64 - bits);
        if (signed) {
            return BigInteger.valueOf(low >> (64 - bits));
        }
        long u = low >>> (64 - bits);
        return u >= 0 ? BigInteger.valueOf(u) : BigInteger.valueOf(u).and(Scalars.max(64));
    }

    /** rustc's {@code Integer::for_align}: the integer whose size and alignment both equal {@code align}. */
    private IntWidth forAlign(long align) {
        for (IntWidth w : IntWidth.all()) {
            if (dl.intAlign(w) == align && w.bytes() == align) {
                return w;
            }
        }
        return null;
    }

    /** Moves every field sitting right after the old tag to the new tag's end; tiny variants grow. */
    private static Layout growTag(Layout v, long oldSize, long newSize) {
        FieldsShape.Arbitrary fs = (FieldsShape.Arbitrary) v.fields();
        int n = fs.fieldCount();
        FieldsShape.Arbitrary shape = fs;
        for (int i = 0; i < n; i++) {
            if (fs.offset(i) <= oldSize) {
                long[] moved = new long[n];
                for (int k = 0; k < n; k++) {
                    long o = fs.offset(k);
                    moved[k] = o <= oldSize ? newSize : o;
                }
                shape = new FieldsShape.Arbitrary(PrimitiveLists.longs(moved), fs.inMemoryOrder());
                break;
            }
        }
        long size = v.size() <= oldSize ? newSize : v.size();
        if (shape == fs && size == v.size()) {
            return v;
        }
        return new Layout(size, v.align(), v.unadjustedAlign(), shape, v.variants(), v.largestNiche(), v.repr(),
                v.uninhabited());
    }
}

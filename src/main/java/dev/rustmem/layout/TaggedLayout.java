package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagged ("direct") enum candidate (layout-algorithm.md §6.4): every variant is laid out after
 * a tag of the smallest fitting integer, the tag then grows to the smallest first-field alignment
 * (no-repr enums only), and the tag's valid range follows rustc 1.95 ({@link TagRange}).
 */
final class TaggedLayout {
    private final TargetDataLayout dl;
    private final Univariant univariant;

    TaggedLayout(TargetDataLayout dl, Univariant univariant) {
        this.dl = dl;
        this.univariant = univariant;
    }

    Layout layout(Ty owner, AdtDef def, List<List<Layout>> variants, boolean reorder) {
        ReprOptions repr = def.repr();
        ReprDiscr discrType = ReprDiscr.discrType(repr, dl);
        List<BigInteger> necessary = necessaryDiscriminants(def, variants, discrType);
        BigInteger[] endpoints = TagRange.endpoints(necessary, discrType.width().bits(), discrType.signed());
        // 1.95 sizes the tag from the chosen range's endpoints (verified: see TagRange.endpoints).
        BigInteger lo = endpoints[0].min(endpoints[1]);
        BigInteger hi = endpoints[0].max(endpoints[1]);
        ReprDiscr minIty = ReprDiscr.forRange(repr, lo, hi, dl);
        long prefixAlign = dl.intAlign(minIty.width());
        if (repr.c()) {
            // repr(C) is `struct { tag, union { variants } }`: the payload starts at the union's alignment.
            for (List<Layout> fields : variants) {
                for (Layout f : fields) {
                    prefixAlign = Math.max(prefixAlign, f.align());
                }
            }
        }
        StructKind kind = StructKind.prefixed(minIty.width().bytes(), prefixAlign);
        Prefixed p = layoutVariants(owner, repr, variants, reorder, kind);
        List<Layout> layouts = p.layouts();
        long align = p.align();
        long unadjusted = p.unadjusted();
        long size = Scalars.alignTo(p.size(), align);
        if (size >= dl.objSizeBound()) {
            throw new LayoutException(new LayoutError.SizeOverflow(owner));
        }
        IntWidth ity = minIty.width();
        if (!repr.c() && repr.intTy().isEmpty()) {
            // Grow the tag to the first fields' alignment so LLVM need not copy padding
            // (rustc_abi layout.rs, "use a different type for the discriminant").
            IntWidth forAlign = forAlign(p.startAlign());
            if (forAlign != null && forAlign.compareTo(ity) > 0) {
                ity = forAlign;
                layouts = growTag(layouts, minIty.width().bytes(), ity.bytes());
            }
        }
        WrappingRange range = TagRange.truncate(endpoints, ity.bits());
        Scalar.Initialized tag = new Scalar.Initialized(new Primitive.Int(ity, minIty.signed()), range);
        boolean uninhabited = Univariant.allUninhabited(layouts);
        BackendRepr abi = TaggedAbi.abi(dl, tag, variants, layouts, size, align);
        if (!(abi instanceof BackendRepr.Memory)) {
            layouts = TaggedAbi.propagate(abi, layouts, size, align);
        }
        return new Layout(size, align, unadjusted, new FieldsShape.Arbitrary(List.of(0L), List.of(0)),
                new Variants.Multiple(tag, new TagEncoding.Direct(), 0, layouts), Scalars.nicheOf(dl, 0, tag),
                abi, uninhabited);
    }

    /** The variants laid out after the tag, with the maxima and the smallest first-field alignment. */
    private record Prefixed(List<Layout> layouts, long size, long align, long unadjusted, long startAlign) {}

    private Prefixed layoutVariants(Ty owner, ReprOptions repr, List<List<Layout>> variants, boolean reorder,
            StructKind kind) {
        long size = 0;
        long align = dl.aggregateAlign();
        long unadjusted = align;
        long startAlign = 256;
        List<Layout> layouts = new ArrayList<>(variants.size());
        Layout fieldless = null;
        for (int i = 0; i < variants.size(); i++) {
            List<Layout> fields = variants.get(i);
            Layout st;
            if (fields.isEmpty()) {
                // Fieldless variants all look alike; enums may have hundreds of them.
                if (fieldless == null) {
                    fieldless = univariant.layout(owner, fields, repr, reorder, kind);
                }
                st = fieldless.withVariants(new Variants.Single(i));
            } else {
                st = univariant.layout(owner, fields, repr, reorder, kind).withVariants(new Variants.Single(i));
            }
            FieldsShape.Arbitrary fs = (FieldsShape.Arbitrary) st.fields();
            for (int idx : fs.inMemoryOrder()) {
                if (!fields.get(idx).is1Zst()) {
                    startAlign = Math.min(startAlign, fields.get(idx).align());
                    break;
                }
            }
            size = Math.max(size, st.size());
            align = Math.max(align, st.align());
            unadjusted = Math.max(unadjusted, st.unadjustedAlign());
            layouts.add(st);
        }
        return new Prefixed(layouts, size, align, unadjusted, startAlign);
    }

    /**
     * Discriminants of variants without uninhabited fields (all variants for repr(C)), read as values
     * of the discriminant type: sign-extended or truncated to its width.
     */
    private List<BigInteger> necessaryDiscriminants(AdtDef def, List<List<Layout>> variants, ReprDiscr d) {
        List<BigInteger> out = new ArrayList<>();
        int bits = d.width().bits();
        for (int i = 0; i < variants.size(); i++) {
            if (!def.repr().c() && Univariant.anyUninhabited(variants.get(i))) {
                continue;
            }
            out.add(reinterpret(def.discriminants().get(i), bits, d.signed()));
        }
        return out;
    }

    /** {@code v}'s low {@code bits} bits as a value of the discriminant type. */
    private static BigInteger reinterpret(BigInteger v, int bits, boolean signed) {
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
        for (IntWidth w : IntWidth.values()) {
            if (dl.intAlign(w) == align && w.bytes() == align) {
                return w;
            }
        }
        return null;
    }

    /** Moves every field sitting right after the old tag to the new tag's end; tiny variants grow. */
    private static List<Layout> growTag(List<Layout> layouts, long oldSize, long newSize) {
        List<Layout> out = new ArrayList<>(layouts.size());
        for (Layout v : layouts) {
            FieldsShape.Arbitrary fs = (FieldsShape.Arbitrary) v.fields();
            List<Long> offsets = new ArrayList<>(fs.offsets().size());
            for (long o : fs.offsets()) {
                offsets.add(o <= oldSize ? newSize : o);
            }
            long size = v.size() <= oldSize ? newSize : v.size();
            out.add(new Layout(size, v.align(), v.unadjustedAlign(), new FieldsShape.Arbitrary(offsets, fs.inMemoryOrder()),
                    v.variants(), v.largestNiche(), v.repr(), v.uninhabited()));
        }
        return out;
    }
}

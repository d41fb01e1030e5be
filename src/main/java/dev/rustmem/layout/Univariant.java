package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * The layout of one variant's fields: structs, tuples and enum variants (rustc_abi's
 * {@code LayoutCalculator::univariant}). Fields are sorted (unless the repr forbids it), placed in
 * that order, and the resulting ABI is Scalar/ScalarPair when the fields allow it. Runs once per
 * struct and per enum variant and candidate, so it works on arrays and allocates little.
 */
final class Univariant {
    private final TargetDataLayout dl;

    Univariant(TargetDataLayout dl) {
        this.dl = dl;
    }

    /** {@link #layout(Ty, List, ReprOptions, boolean, StructKind, int)} for variant 0. */
    Layout layout(Ty owner, List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind) {
        return layout(owner, fields, repr, reorder, kind, 0);
    }

    /**
     * Tries the start-biased order first; if its largest niche is neither at the start nor at the
     * end, an end-biased order may win (rustc_abi layout.rs {@code univariant}, PR #108106).
     *
     * @param owner   the type being laid out (for {@link LayoutError.SizeOverflow})
     * @param reorder false for repr(C), repr(simd) and the variants of int-repr enums
     * @param variant the index recorded in the layout's {@code Variants.Single}
     */
    Layout layout(Ty owner, List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind, int variant) {
        Layout start = biased(owner, fields, repr, reorder, kind, false, variant);
        if (kind.maybeUnsized() || start.largestNiche().isEmpty() || fields.size() <= 1) {
            return start;
        }
        Niche niche = start.largestNiche().get();
        long head = niche.offset();
        long tail = start.size() - head - niche.primitive().size(dl);
        if (head == 0 || tail <= 0) {
            return start;
        }
        Layout alt = biased(owner, fields, repr, reorder, kind, true, variant);
        long altHead = alt.largestNiche().orElseThrow().offset();
        return altHead > head && altHead > tail ? alt : start;
    }

    private Layout biased(Ty owner, List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind,
            boolean endBias, int variant) {
        int n = fields.size();
        long pack = repr.pack().isPresent() ? repr.pack().get() : 0;
        int[] order = memoryOrder(fields, pack, reorder, kind, endBias);
        long align = pack != 0 ? 1 : dl.aggregateAlign();
        long offset = 0;
        if (kind.prefixed()) {
            long prefixAlign = pack != 0 ? Math.min(kind.prefixAlign(), pack) : kind.prefixAlign();
            align = Math.max(align, prefixAlign);
            offset = Scalars.alignTo(kind.prefixSize(), prefixAlign);
        }
        long[] offsets = new long[n];
        boolean sized = true;
        Niche largest = null;
        Optional<Niche> largestOwn = Optional.empty();
        long largestAt = 0;
        long bound = dl.objSizeBound();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Layout f = fields.get(i);
            if (!sized) {
                throw new LayoutException(new LayoutError.Unsupported(owner, "an unsized field that is not last"));
            }
            if (!f.isSized()) {
                if (!kind.maybeUnsized()) {
                    throw new LayoutException(new LayoutError.Unsupported(owner, "an unsized field in a sized type"));
                }
                sized = false;
            }
            long fieldAlign = pack != 0 ? Math.min(f.align(), pack) : f.align();
            offset = Scalars.alignTo(offset, fieldAlign);
            align = Math.max(align, fieldAlign);
            offsets[i] = offset;
            if (f.largestNiche().isPresent()) {
                Niche x = f.largestNiche().get();
                // Start bias keeps the first of equal niches, end bias the last (rustc: `>` vs `>=`).
                int cmp = Niche.compareAvailable(x, largest, dl);
                if (endBias ? cmp >= 0 : cmp > 0) {
                    largest = x;
                    largestOwn = f.largestNiche();
                    largestAt = offset;
                }
            }
            offset += f.size();
            if (offset >= bound) {
                throw new LayoutException(new LayoutError.SizeOverflow(owner));
            }
        }
        long unadjusted = align;
        if (repr.align().isPresent()) {
            align = Math.max(align, repr.align().get());
        }
        long size = Scalars.alignTo(offset, align);
        if (size >= bound) {
            throw new LayoutException(new LayoutError.SizeOverflow(owner));
        }
        boolean uninhabited = anyUninhabited(fields);
        BackendRepr abi = sized ? abi(fields, offsets, repr, size, align) : new BackendRepr.Memory(false);
        if (repr.transparent()) {
            // rustc keeps the single non-ZST field's unadjusted alignment for repr(transparent).
            Layout single = null;
            int nonZst = 0;
            for (int i = 0; i < n; i++) {
                Layout f = fields.get(i);
                if (!f.isZst()) {
                    single = f;
                    nonZst++;
                }
            }
            if (nonZst == 1) {
                unadjusted = single.unadjustedAlign();
            }
        }
        // A niche at the field's own offset 0 keeps the field's Optional (no new objects).
        Optional<Niche> niche = largest == null || largestAt == 0 ? largestOwn : Optional.of(largest.shifted(largestAt));
        return new Layout(size, align, unadjusted, shape(offsets, order), Layout.single(variant), niche, abi,
                uninhabited);
    }

    /** Shapes of one field at offsets 0..63: most variants and newtypes have one of these. */
    private static final FieldsShape.Arbitrary[] ONE_FIELD = oneField(64);
    /** The memory order of a single field (never changed: one field is never sorted). */
    private static final int[] ORDER_OF_ONE = {0};
    private static final int[] NO_ORDER = {};

    private static FieldsShape.Arbitrary[] oneField(int n) {
        FieldsShape.Arbitrary[] out = new FieldsShape.Arbitrary[n];
        for (int i = 0; i < n; i++) {
            out[i] = new FieldsShape.Arbitrary(List.of((long) i), List.of(0));
        }
        return out;
    }

    /** The offsets and memory order as an immutable shape (owning the arrays); common shapes are shared. */
    static FieldsShape.Arbitrary shape(long[] offsets, int[] order) {
        if (offsets.length == 0) {
            return FieldsShape.Arbitrary.EMPTY;
        }
        if (offsets.length == 1 && offsets[0] < ONE_FIELD.length) {
            return ONE_FIELD[(int) offsets[0]];
        }
        return new FieldsShape.Arbitrary(PrimitiveLists.longs(offsets), PrimitiveLists.ints(order));
    }

    static boolean anyUninhabited(List<Layout> layouts) {
        for (int i = 0; i < layouts.size(); i++) {
            if (layouts.get(i).uninhabited()) {
                return true;
            }
        }
        return false;
    }

    static boolean allUninhabited(List<Layout> layouts) {
        for (int i = 0; i < layouts.size(); i++) {
            if (!layouts.get(i).uninhabited()) {
                return false;
            }
        }
        return true;
    }

    /** Scalar/ScalarPair when one or two non-ZST scalar fields sit exactly where a scalar (pair) would. */
    private BackendRepr abi(List<Layout> fields, long[] offsets, ReprOptions repr, long size, long align) {
        if (size == 0) {
            return Scalars.MEMORY;
        }
        int first = -1;
        int second = -1;
        int nonZst = 0;
        for (int i = 0; i < fields.size() && nonZst < 3; i++) {
            if (!fields.get(i).isZst()) {
                if (nonZst == 0) {
                    first = i;
                } else if (nonZst == 1) {
                    second = i;
                }
                nonZst++;
            }
        }
        if (nonZst == 1) {
            Layout f = fields.get(first);
            if (offsets[first] == 0 && align == f.align() && size == f.size()) {
                // Newtypes around plain scalars keep them, except repr(C) (C ABIs); pairs always.
                if (f.repr() instanceof BackendRepr.ScalarRepr && !repr.c()) {
                    return f.repr();
                }
                if (f.repr() instanceof BackendRepr.ScalarPair) {
                    return f.repr();
                }
            }
            return Scalars.MEMORY;
        }
        if (nonZst == 2) {
            int i = first;
            int j = second;
            if (fields.get(i).repr() instanceof BackendRepr.ScalarRepr a
                    && fields.get(j).repr() instanceof BackendRepr.ScalarRepr b) {
                if (offsets[j] < offsets[i]) {
                    BackendRepr.ScalarRepr t = a;
                    a = b;
                    b = t;
                    int ti = i;
                    i = j;
                    j = ti;
                }
                Scalar sa = a.scalar();
                Scalar sb = b.scalar();
                // Where Scalars.scalarPair(dl, sa, sb) would put them, without building that layout.
                if (offsets[i] == 0 && offsets[j] == Scalars.pairOffset(dl, sa, sb)
                        && align == Scalars.pairAlign(dl, sa, sb) && size == Scalars.pairSize(dl, sa, sb)) {
                    return new BackendRepr.ScalarPair(sa, sb);
                }
            }
        }
        return Scalars.MEMORY;
    }

    private int[] memoryOrder(List<Layout> fields, long pack, boolean reorder, StructKind kind, boolean endBias) {
        int n = fields.size();
        if (n <= 1) {
            return n == 0 ? NO_ORDER : ORDER_OF_ONE;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (!reorder) {
            return order;
        }
        int end = kind.maybeUnsized() ? n - 1 : n;
        new FieldKeys(dl, fields, end, pack, endBias, kind.prefixed()).sort(order, end);
        return order;
    }
}

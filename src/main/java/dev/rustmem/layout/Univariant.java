package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The layout of one variant's fields: structs, tuples and enum variants (rustc_abi's
 * {@code LayoutCalculator::univariant}). Fields are sorted (unless the repr forbids it), placed in
 * that order, and the resulting ABI is Scalar/ScalarPair when the fields allow it.
 */
final class Univariant {
    private final TargetDataLayout dl;

    Univariant(TargetDataLayout dl) {
        this.dl = dl;
    }

    /**
     * Tries the start-biased order first; if its largest niche is neither at the start nor at the
     * end, an end-biased order may win (rustc_abi layout.rs {@code univariant}, PR #108106).
     *
     * @param owner   the type being laid out (for {@link LayoutError.SizeOverflow})
     * @param reorder false for repr(C), repr(simd) and the variants of int-repr enums
     */
    Layout layout(Ty owner, List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind) {
        Layout start = biased(owner, fields, repr, reorder, kind, false);
        if (kind.maybeUnsized() || start.largestNiche().isEmpty() || fields.size() <= 1) {
            return start;
        }
        Niche niche = start.largestNiche().get();
        long head = niche.offset();
        long tail = start.size() - head - niche.primitive().size(dl);
        if (head == 0 || tail <= 0) {
            return start;
        }
        Layout alt = biased(owner, fields, repr, reorder, kind, true);
        long altHead = alt.largestNiche().orElseThrow().offset();
        return altHead > head && altHead > tail ? alt : start;
    }

    private Layout biased(Ty owner, List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind,
            boolean endBias) {
        List<Integer> order = memoryOrder(fields, repr, reorder, kind, endBias);
        Optional<Long> pack = repr.pack();
        long align = pack.isPresent() ? 1 : dl.aggregateAlign();
        long offset = 0;
        if (kind.prefixed()) {
            long prefixAlign = pack.map(p -> Math.min(kind.prefixAlign(), p)).orElse(kind.prefixAlign());
            align = Math.max(align, prefixAlign);
            offset = Scalars.alignTo(kind.prefixSize(), prefixAlign);
        }
        long[] offsets = new long[fields.size()];
        boolean sized = true;
        Optional<Niche> largestNiche = Optional.empty();
        BigInteger largestAvailable = BigInteger.ZERO;
        long bound = dl.objSizeBound();
        for (int i : order) {
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
            long fieldAlign = pack.isPresent() ? Math.min(f.align(), pack.get()) : f.align();
            offset = Scalars.alignTo(offset, fieldAlign);
            align = Math.max(align, fieldAlign);
            offsets[i] = offset;
            if (f.largestNiche().isPresent()) {
                BigInteger available = f.largestNiche().get().available(dl);
                // Start bias keeps the first of equal niches, end bias the last (rustc: `>` vs `>=`).
                int cmp = available.compareTo(largestAvailable);
                if (endBias ? cmp >= 0 : cmp > 0) {
                    largestAvailable = available;
                    largestNiche = Optional.of(f.largestNiche().get().shifted(offset));
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
        List<Long> offsetList = new ArrayList<>(fields.size());
        for (long o : offsets) {
            offsetList.add(o);
        }
        boolean uninhabited = anyUninhabited(fields);
        BackendRepr abi = sized ? abi(fields, offsets, repr, size, align) : new BackendRepr.Memory(false);
        if (repr.transparent()) {
            // rustc keeps the single non-ZST field's unadjusted alignment for repr(transparent).
            Layout single = null;
            int nonZst = 0;
            for (Layout f : fields) {
                if (!f.isZst()) {
                    single = f;
                    nonZst++;
                }
            }
            if (nonZst == 1) {
                unadjusted = single.unadjustedAlign();
            }
        }
        return new Layout(size, align, unadjusted, new FieldsShape.Arbitrary(offsetList, order),
                new Variants.Single(0), largestNiche, abi, uninhabited);
    }

    static boolean anyUninhabited(List<Layout> layouts) {
        for (Layout l : layouts) {
            if (l.uninhabited()) {
                return true;
            }
        }
        return false;
    }

    static boolean allUninhabited(List<Layout> layouts) {
        for (Layout l : layouts) {
            if (!l.uninhabited()) {
                return false;
            }
        }
        return true;
    }

    /** Scalar/ScalarPair when one or two non-ZST scalar fields sit exactly where a scalar (pair) would. */
    private BackendRepr abi(List<Layout> fields, long[] offsets, ReprOptions repr, long size, long align) {
        BackendRepr memory = new BackendRepr.Memory(true);
        if (size == 0) {
            return memory;
        }
        List<Integer> nonZst = new ArrayList<>(3);
        for (int i = 0; i < fields.size() && nonZst.size() < 3; i++) {
            if (!fields.get(i).isZst()) {
                nonZst.add(i);
            }
        }
        if (nonZst.size() == 1) {
            int i = nonZst.get(0);
            Layout f = fields.get(i);
            if (offsets[i] == 0 && align == f.align() && size == f.size()) {
                // Newtypes around plain scalars keep them, except repr(C) (C ABIs); pairs always.
                if (f.repr() instanceof BackendRepr.ScalarRepr && !repr.c()) {
                    return f.repr();
                }
                if (f.repr() instanceof BackendRepr.ScalarPair) {
                    return f.repr();
                }
            }
            return memory;
        }
        if (nonZst.size() == 2) {
            int i = nonZst.get(0);
            int j = nonZst.get(1);
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
                Layout pair = Scalars.scalarPair(dl, a.scalar(), b.scalar());
                if (offsets[i] == 0 && offsets[j] == pair.fields().offset(1) && align == pair.align()
                        && size == pair.size()) {
                    return pair.repr();
                }
            }
        }
        return memory;
    }

    private List<Integer> memoryOrder(List<Layout> fields, ReprOptions repr, boolean reorder, StructKind kind,
            boolean endBias) {
        int n = fields.size();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (!reorder || n <= 1) {
            return order;
        }
        int end = kind.maybeUnsized() ? n - 1 : n;
        FieldKeys keys = new FieldKeys(dl, fields.subList(0, end), repr.pack(), endBias);
        Comparator<Integer> cmp = kind.prefixed() ? keys.prefixedOrder() : keys.normalOrder();
        // List.sort is stable: equal keys keep declaration order, as rustc's sort_by_key does.
        order.subList(0, end).sort(cmp);
        return order;
    }
}

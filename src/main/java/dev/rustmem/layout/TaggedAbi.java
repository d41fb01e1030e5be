package dev.rustmem.layout;

import java.util.List;

/**
 * The ABI of a tagged enum (rustc_abi layout.rs, end of {@code layout_of_enum}): Scalar when the
 * tag is the whole enum, ScalarPair(tag, payload) when every variant has at most one non-ZST field
 * and those are scalars of one primitive at one offset, otherwise Memory.
 */
final class TaggedAbi {
    private TaggedAbi() {}

    static BackendRepr abi(TargetDataLayout dl, Scalar.Initialized tag, List<List<Layout>> variants,
            Layout[] layouts, long size, long align) {
        BackendRepr memory = Scalars.MEMORY;
        if (tag.primitive().size(dl) == size) {
            return new BackendRepr.ScalarRepr(tag);
        }
        Primitive common = null;
        long commonOffset = -1;
        boolean initializedInAll = true;
        for (int v = 0; v < variants.size(); v++) {
            List<Layout> fields = variants.get(v);
            FieldsShape fs = layouts[v].fields();
            int found = -1;
            int count = 0;
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.get(i).isZst()) {
                    found = i;
                    count++;
                }
            }
            if (count == 0) {
                initializedInAll = false;
                continue;
            }
            if (count > 1 || !(fields.get(found).repr() instanceof BackendRepr.ScalarRepr sr)) {
                return memory;
            }
            initializedInAll &= sr.scalar() instanceof Scalar.Initialized;
            Primitive prim = sr.scalar().primitive();
            long offset = fs.offset(found);
            if (common == null) {
                common = prim;
                commonOffset = offset;
                continue;
            }
            if (offset != commonOffset) {
                return memory;
            }
            common = unify(dl, common, prim);
            if (common == null) {
                return memory;
            }
        }
        if (common == null) {
            return memory;
        }
        Scalar payload = initializedInAll ? Scalars.full(common, dl) : new Scalar.Union(common);
        // Where Scalars.scalarPair(dl, tag, payload) would put them, without building that layout.
        if (Scalars.pairOffset(dl, tag, payload) == commonOffset && align == Scalars.pairAlign(dl, tag, payload)
                && size == Scalars.pairSize(dl, tag, payload)) {
            return new BackendRepr.ScalarPair(tag, payload);
        }
        return memory;
    }

    /** Same primitive; ints of one width (first signedness wins); pointer with same-sized int → pointer. */
    private static Primitive unify(TargetDataLayout dl, Primitive a, Primitive b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof Primitive.Int x && b instanceof Primitive.Int y && x.width() == y.width()) {
            return a;
        }
        boolean ptrInt = a instanceof Primitive.Pointer && b instanceof Primitive.Int
                || a instanceof Primitive.Int && b instanceof Primitive.Pointer;
        if (ptrInt && a.size(dl) == b.size(dl) && a.align(dl) == b.align(dl)) {
            return a instanceof Primitive.Pointer ? a : b;
        }
        return null;
    }

    /** Variants with fields and a Memory ABI take the enum's Scalar/ScalarPair ABI, size and alignment (in place). */
    static void propagate(BackendRepr abi, Layout[] layouts, long size, long align) {
        for (int i = 0; i < layouts.length; i++) {
            Layout v = layouts[i];
            if (v.fields().fieldCount() > 0 && v.repr() instanceof BackendRepr.Memory) {
                layouts[i] = new Layout(Math.max(v.size(), size), Math.max(v.align(), align), v.unadjustedAlign(),
                        v.fields(), v.variants(), v.largestNiche(), abi, v.uninhabited());
            }
        }
    }
}

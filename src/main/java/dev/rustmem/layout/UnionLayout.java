package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Optional;

/**
 * Unions (rustc_abi layout.rs {@code layout_of_union}): every field at offset 0, never a niche; the
 * union takes its non-ZST fields' common Scalar/ScalarPair ABI (widened to maybe-uninit) unless it
 * is repr(C) or packing changed the alignment.
 */
final class UnionLayout {
    private UnionLayout() {}

    static Layout layout(TargetDataLayout dl, Ty owner, List<Layout> fields, ReprOptions repr) {
        if (fields.isEmpty()) {
            throw new LayoutException(new LayoutError.Unsupported(owner, "a union without fields"));
        }
        if (repr.pack().isPresent() && repr.align().isPresent()) {
            throw new LayoutException(new LayoutError.Unsupported(owner, "a union both packed and aligned"));
        }
        long align = repr.pack().isPresent() ? 1 : dl.aggregateAlign();
        long size = 0;
        boolean mismatch = repr.c();
        BackendRepr common = null;
        for (Layout f : fields) {
            if (!f.isSized()) {
                throw new LayoutException(new LayoutError.Unsupported(owner, "an unsized union field"));
            }
            align = Math.max(align, f.align());
            size = Math.max(size, f.size());
            if (f.isZst() || mismatch) {
                continue;
            }
            BackendRepr fieldAbi = Scalars.toUnion(f.repr());
            if (common == null) {
                common = fieldAbi;
            } else if (!common.equals(fieldAbi)) {
                mismatch = true;
            }
        }
        if (repr.pack().isPresent()) {
            align = Math.min(align, repr.pack().get());
        }
        long unadjusted = align;
        if (repr.align().isPresent()) {
            align = Math.max(align, repr.align().get());
        }
        BackendRepr abi = new BackendRepr.Memory(true);
        if (!mismatch && common != null) {
            long scalarAlign = Scalars.scalarAlign(common, dl);
            boolean scalarish = !(common instanceof BackendRepr.Memory);
            abi = scalarish && scalarAlign != align ? abi : common;
        }
        long total = Scalars.alignTo(size, align);
        if (total >= dl.objSizeBound()) {
            throw new LayoutException(new LayoutError.SizeOverflow(owner));
        }
        return new Layout(total, align, unadjusted, new FieldsShape.Union(fields.size()), new Variants.Single(0),
                Optional.empty(), abi, false);
    }
}

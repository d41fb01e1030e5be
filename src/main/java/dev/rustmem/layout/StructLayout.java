package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Structs (rustc_abi layout.rs {@code layout_of_struct}): a univariant layout, then
 * {@code UnsafeCell} niche hiding or the {@code rustc_layout_scalar_valid_range_start/end} attributes.
 */
final class StructLayout {
    private StructLayout() {}

    static Layout layout(TargetDataLayout dl, Univariant univariant, Ty.Adt ty, List<Layout> fields) {
        AdtDef def = ty.def();
        ReprOptions repr = def.repr();
        StructKind kind = fields.isEmpty() || !def.tailMaybeUnsized() ? StructKind.ALWAYS_SIZED : StructKind.MAYBE_UNSIZED;
        Layout st = univariant.layout(ty, fields, repr, !repr.inhibitReorder(AdtKind.STRUCT), kind);
        if (def.hidesNiches()) {
            return st.withNiche(Optional.empty(), widen(st.repr(), dl));
        }
        if (def.validRangeStart().isEmpty() && def.validRangeEnd().isEmpty()) {
            return st;
        }
        return withValidRange(dl, ty, st, def.validRangeStart(), def.validRangeEnd());
    }

    /** UnsafeCell: every scalar of the ABI becomes fully valid (rustc {@code hide_niches}). */
    private static BackendRepr widen(BackendRepr r, TargetDataLayout dl) {
        if (r instanceof BackendRepr.ScalarRepr s) {
            return new BackendRepr.ScalarRepr(widen(s.scalar(), dl));
        }
        if (r instanceof BackendRepr.ScalarPair p) {
            return new BackendRepr.ScalarPair(widen(p.first(), dl), widen(p.second(), dl));
        }
        return r;
    }

    private static Scalar widen(Scalar s, TargetDataLayout dl) {
        return s instanceof Scalar.Initialized ? Scalars.full(s.primitive(), dl) : s;
    }

    /**
     * Replaces the start and/or end of the leading scalar's valid range; its niche (at offset 0)
     * replaces the struct's largest niche if at least as large.
     */
    private static Layout withValidRange(TargetDataLayout dl, Ty ty, Layout st, Optional<BigInteger> start,
            Optional<BigInteger> end) {
        Scalar first;
        if (st.repr() instanceof BackendRepr.ScalarRepr s) {
            first = s.scalar();
        } else if (st.repr() instanceof BackendRepr.ScalarPair p) {
            first = p.first();
        } else {
            throw new LayoutException(new LayoutError.Unsupported(ty,
                    "`rustc_layout_scalar_valid_range` on a type that is not a scalar"));
        }
        if (!(first instanceof Scalar.Initialized init)) {
            return st;
        }
        BigInteger max = Scalars.max(init.primitive().bits(dl));
        BigInteger s0 = start.orElse(init.valid().start());
        BigInteger e0 = end.orElse(init.valid().end());
        if (s0.signum() < 0 || s0.compareTo(max) > 0 || e0.signum() < 0 || e0.compareTo(max) > 0) {
            throw new LayoutException(new LayoutError.Unsupported(ty, "a valid range outside the scalar's values"));
        }
        Scalar.Initialized scalar = new Scalar.Initialized(init.primitive(), new WrappingRange(s0, e0));
        BackendRepr repr = st.repr() instanceof BackendRepr.ScalarPair p ? new BackendRepr.ScalarPair(scalar, p.second())
                : new BackendRepr.ScalarRepr(scalar);
        Optional<Niche> niche = st.largestNiche();
        Optional<Niche> own = Scalars.nicheOf(dl, 0, scalar);
        if (own.isPresent() && Niche.compareAvailable(niche.orElse(null), own.get(), dl) <= 0) {
            niche = own;
        }
        return st.withNiche(niche, repr);
    }
}

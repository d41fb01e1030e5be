package dev.rustmem.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * The layout of one type on one target (rustc_abi's {@code LayoutData}): size, alignment, where
 * the fields are, how variants are encoded, the largest niche, and the ABI. Immutable. The
 * constructor checks JOL-style invariants: alignment a power of two, size a multiple of it (for
 * sized layouts), no negative field offset.
 *
 * @param unadjustedAlign the alignment before {@code repr(align)} raised it
 * @param uninhabited     no value of this type can exist ({@code !}, empty enums, ...)
 */
public record Layout(long size, long align, long unadjustedAlign, FieldsShape fields, Variants variants,
        Optional<Niche> largestNiche, BackendRepr repr, boolean uninhabited) {

    public Layout {
        Objects.requireNonNull(fields);
        Objects.requireNonNull(variants);
        Objects.requireNonNull(largestNiche);
        Objects.requireNonNull(repr);
        if (align <= 0 || Long.bitCount(align) != 1) {
            throw new IllegalArgumentException("alignment " + align + " is not a power of two");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        if (isSized() && size % align != 0) {
            throw new IllegalArgumentException("size " + size + " is not a multiple of alignment " + align);
        }
        // Field offsets are checked (for sign only) by FieldsShape.Arbitrary itself: shapes are
        // shared by many layouts (one per enum variant), so checking them here would repeat the work.
    }

    /** Variants.Single(i) for the first variant indices, shared: enums may have hundreds of variants. */
    private static final Variants.Single[] SINGLES = singles(256);

    private static Variants.Single[] singles(int n) {
        Variants.Single[] out = new Variants.Single[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Variants.Single(i);
        }
        return out;
    }

    /** {@code new Variants.Single(index)}, shared for small indices. */
    static Variants.Single single(int index) {
        return index >= 0 && index < SINGLES.length ? SINGLES[index] : new Variants.Single(index);
    }

    public boolean isSized() {
        return !(repr instanceof BackendRepr.Memory m) || m.sized();
    }

    public boolean isZst() {
        return isSized() && size == 0;
    }

    /** Size 0 and alignment 1: such fields never affect a layout (rustc's {@code is_1zst}). */
    public boolean is1Zst() {
        return isZst() && align == 1;
    }

    /** The same layout recorded as variant {@code index} (rustc sets {@code Variants::Single} after univariant). */
    public Layout withVariants(Variants v) {
        return new Layout(size, align, unadjustedAlign, fields, v, largestNiche, repr, uninhabited);
    }

    /** The same layout recorded as variant {@code index}; itself when it already is. */
    Layout withVariant(int index) {
        if (variants instanceof Variants.Single s && s.index() == index) {
            return this;
        }
        return withVariants(single(index));
    }

    /** The same layout with a different largest niche (valid-range attributes, niche hiding). */
    public Layout withNiche(Optional<Niche> niche, BackendRepr newRepr) {
        return new Layout(size, align, unadjustedAlign, fields, variants, niche, newRepr, uninhabited);
    }
}

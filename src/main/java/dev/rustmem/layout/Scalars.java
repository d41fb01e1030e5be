package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Scalar helpers: full ranges, niches of scalars, and the layouts of one scalar or a scalar pair. */
final class Scalars {
    private Scalars() {}

    /** 2^bits for bits 0..=128, computed once. */
    private static final List<BigInteger> POW2 = powers(0);
    /** 2^bits - 1 for bits 0..=128, computed once. */
    private static final List<BigInteger> MAX = powers(-1);

    private static List<BigInteger> powers(int plus) {
        BigInteger[] out = new BigInteger[129];
        for (int b = 0; b <= 128; b++) {
            out[b] = BigInteger.ONE.shiftLeft(b).add(BigInteger.valueOf(plus));
        }
        return List.of(out);
    }

    static BigInteger max(int bits) {
        return MAX.get(bits);
    }

    /** 2^bits for bits 0..=128. */
    static BigInteger pow2(int bits) {
        return POW2.get(bits);
    }

    static Scalar.Initialized full(Primitive p, TargetDataLayout dl) {
        return new Scalar.Initialized(p, WrappingRange.full(p.bits(dl)));
    }

    static Scalar.Initialized withRange(Primitive p, long start, BigInteger end) {
        return new Scalar.Initialized(p, new WrappingRange(BigInteger.valueOf(start), end));
    }

    /** A non-null pointer (references, vtables, fn pointers): valid 1..=MAX. */
    static Scalar.Initialized nonNullPointer(TargetDataLayout dl) {
        return withRange(new Primitive.Pointer(), 1, max(dl.pointerBits()));
    }

    /** A fn pointer: non-null, in the instruction address space. */
    static Scalar.Initialized fnPointer(TargetDataLayout dl) {
        return withRange(new Primitive.Pointer(dl.instructionAddressSpace()), 1, max(dl.pointerBits()));
    }

    /** {@code Niche::from_scalar}: a niche only if some bit pattern is invalid. */
    static Optional<Niche> nicheOf(TargetDataLayout dl, long offset, Scalar s) {
        if (!(s instanceof Scalar.Initialized i)) {
            return Optional.empty();
        }
        Niche n = new Niche(offset, i.primitive(), i.valid());
        return n.hasAvailable(dl) ? Optional.of(n) : Optional.empty();
    }

    /** rustc's {@code Scalar::to_union}: same primitive, may be uninitialized, no valid range. */
    static Scalar toUnion(Scalar s) {
        return new Scalar.Union(s.primitive());
    }

    static BackendRepr toUnion(BackendRepr r) {
        if (r instanceof BackendRepr.ScalarRepr s) {
            return new BackendRepr.ScalarRepr(toUnion(s.scalar()));
        }
        if (r instanceof BackendRepr.ScalarPair p) {
            return new BackendRepr.ScalarPair(toUnion(p.first()), toUnion(p.second()));
        }
        return r;
    }

    /** The alignment of a Scalar/ScalarPair repr ({@code BackendRepr::scalar_align}), else 0. */
    static long scalarAlign(BackendRepr r, TargetDataLayout dl) {
        if (r instanceof BackendRepr.ScalarRepr s) {
            return s.scalar().primitive().align(dl);
        }
        if (r instanceof BackendRepr.ScalarPair p) {
            return Math.max(p.first().primitive().align(dl), p.second().primitive().align(dl));
        }
        return 0;
    }

    /** {@code LayoutData::scalar}. */
    static Layout scalarLayout(TargetDataLayout dl, Scalar s) {
        long size = s.primitive().size(dl);
        long align = s.primitive().align(dl);
        return new Layout(size, align, align, new FieldsShape.Primitive(), new Variants.Single(0),
                nicheOf(dl, 0, s), new BackendRepr.ScalarRepr(s), false);
    }

    /** Every integer primitive, shared: unsigned then signed per width. */
    private static final List<Primitive.Int> INTS = ints();

    private static List<Primitive.Int> ints() {
        Primitive.Int[] out = new Primitive.Int[IntWidth.all().length * 2];
        for (IntWidth w : IntWidth.all()) {
            out[2 * w.ordinal()] = new Primitive.Int(w, false);
            out[2 * w.ordinal() + 1] = new Primitive.Int(w, true);
        }
        return List.of(out);
    }

    /** {@code new Primitive.Int(width, signed)}, shared (records compare by value). */
    static Primitive.Int intPrimitive(IntWidth width, boolean signed) {
        return INTS.get(2 * width.ordinal() + (signed ? 1 : 0));
    }

    /** A {@code BackendRepr.Memory} of a sized aggregate, shared (records compare by value). */
    static final BackendRepr.Memory MEMORY = new BackendRepr.Memory(true);

    /** The alignment of {@link #scalarPair}: the larger scalar alignment, at least the aggregate alignment. */
    static long pairAlign(TargetDataLayout dl, Scalar a, Scalar b) {
        return Math.max(Math.max(a.primitive().align(dl), b.primitive().align(dl)), dl.aggregateAlign());
    }

    /** The size of {@link #scalarPair}: the second scalar's end rounded up to the pair's alignment. */
    static long pairSize(TargetDataLayout dl, Scalar a, Scalar b) {
        return alignTo(pairOffset(dl, a, b) + b.primitive().size(dl), pairAlign(dl, a, b));
    }

    /** Offset of the second scalar in a pair: the first's size rounded up to the second's alignment. */
    static long pairOffset(TargetDataLayout dl, Scalar a, Scalar b) {
        return alignTo(a.primitive().size(dl), b.primitive().align(dl));
    }

    /**
     * {@code LayoutCalculator::scalar_pair}: a {@code (a, b)} tuple. The largest niche is the larger
     * one; on a tie the first scalar's (rustc iterates b then a and keeps the last maximum).
     */
    static Layout scalarPair(TargetDataLayout dl, Scalar a, Scalar b) {
        long align = pairAlign(dl, a, b);
        long bOffset = pairOffset(dl, a, b);
        long size = pairSize(dl, a, b);
        Optional<Niche> na = nicheOf(dl, 0, a);
        Optional<Niche> nb = nicheOf(dl, bOffset, b);
        Optional<Niche> largest = na;
        if (nb.isPresent() && Niche.compareAvailable(nb.get(), na.orElse(null), dl) > 0) {
            largest = nb;
        }
        return new Layout(size, align, align, new FieldsShape.Arbitrary(List.of(0L, bOffset), List.of(0, 1)),
                new Variants.Single(0), largest, new BackendRepr.ScalarPair(a, b), false);
    }

    static long alignTo(long v, long align) {
        return (v + align - 1) & -align;
    }

    static int log2(long powerOfTwo) {
        return Long.numberOfTrailingZeros(powerOfTwo);
    }
}

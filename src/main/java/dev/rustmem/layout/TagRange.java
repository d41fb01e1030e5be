package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * rustc 1.95's valid range of a direct enum tag (layout-algorithm.md §6.5, reproduced by
 * {@code tag_range_model_195.py} on 872 generated enums). Newer rustc (PR #159509) computes the
 * smallest wrapping range on the tag's bit patterns instead; 1.95 differs in three ways: the
 * computation runs at the width of the discriminant type (isize for enums without an int repr),
 * signed types measure widths modulo 2^(n-1), and ties go to the later candidate.
 *
 * <p>Known gap: for {@code repr(i128)} enums whose discriminants span 2^127 or more, rustc 1.95
 * sometimes picks a wrapping candidate where this rule takes the plain range (16 of 300 random
 * such enums; every narrower span and every other width matches).
 */
public final class TagRange {
    private TagRange() {}

    /**
     * @param values  the necessary discriminant values (any BigIntegers; reinterpreted at {@code bits})
     * @param bits    width n of the discriminant type
     * @param signed  whether the discriminant type is signed
     * @param tagBits width of the (possibly grown) tag; the result is reduced modulo 2^tagBits
     */
    public static WrappingRange of(List<BigInteger> values, int bits, boolean signed, int tagBits) {
        return truncate(endpoints(values, bits, signed), tagBits);
    }

    /**
     * The chosen {@code [start, end]} before truncation, as values of the discriminant type
     * (sign-extended when it is signed). 1.95 also sizes the tag from these endpoints rather than
     * from the true minimum and maximum: a no-repr enum whose range wraps between two positive
     * values gets an unsigned tag ({@code {-4.4e17, 5.8e17, 6.5e18}} → u64), see {@link ReprDiscr}.
     */
    static BigInteger[] endpoints(List<BigInteger> values, int bits, boolean signed) {
        return endpoints(values.toArray(new BigInteger[0]), values.size(), bits, signed);
    }

    /** {@link #endpoints(List, int, boolean)} of {@code values[0..count)}; the array is reordered. */
    static BigInteger[] endpoints(BigInteger[] values, int count, int bits, boolean signed) {
        if (count == 0) {
            values = new BigInteger[] {BigInteger.ZERO};
            count = 1;
        }
        int distinct = sortedDistinct(values, count, bits, signed);
        return signed ? signedRange(values, distinct, bits) : smallestCandidate(values, distinct, bits);
    }

    static WrappingRange truncate(BigInteger[] range, int tagBits) {
        return new WrappingRange(wrap(range[0], tagBits), wrap(range[1], tagBits));
    }

    /** {@code v mod 2^bits}; {@code v} itself (no new object) when it already is an n-bit pattern. */
    static BigInteger wrap(BigInteger v, int bits) {
        return v.signum() >= 0 && v.bitLength() <= bits ? v : v.and(Scalars.max(bits));
    }

    private static BigInteger[] signedRange(BigInteger[] xs, int count, int n) {
        BigInteger min = xs[0];
        BigInteger max = xs[count - 1];
        if (signExtend(max.subtract(min), n).compareTo(Scalars.pow2(n - 2)) < 0) {
            return new BigInteger[] {min, max};
        }
        // The 1.95 quirk: widths are compared one bit short of the type's width.
        return smallestCandidate(xs, count, n - 1);
    }

    /**
     * Candidates: [min ..= max], then for each adjacent pair (a, b) the wrapping [b ..= a]; ties → later.
     * Widths are taken modulo 2^modBits.
     */
    private static BigInteger[] smallestCandidate(BigInteger[] xs, int count, int modBits) {
        int last = count - 1;
        int best = -1; // -1: the plain range [xs[0] ..= xs[last]], else the wrapping [xs[best + 1] ..= xs[best]]
        if (modBits <= 62 && xs[0].bitLength() <= 62 && xs[last].bitLength() <= 62) {
            // Fast path (the values are sorted, so the extremes bound them all): widths fit a long.
            long mod = 1L << modBits;
            long bestWidth = Math.floorMod(xs[last].longValue() - xs[0].longValue(), mod);
            for (int i = 0; i < last; i++) {
                long width = Math.floorMod(xs[i].longValue() - xs[i + 1].longValue(), mod);
                if (width <= bestWidth) {
                    bestWidth = width;
                    best = i;
                }
            }
        } else {
            BigInteger mod = Scalars.pow2(modBits);
            BigInteger bestWidth = xs[last].subtract(xs[0]).mod(mod);
            for (int i = 0; i < last; i++) {
                BigInteger width = xs[i].subtract(xs[i + 1]).mod(mod);
                if (width.compareTo(bestWidth) <= 0) {
                    bestWidth = width;
                    best = i;
                }
            }
        }
        return best < 0 ? new BigInteger[] {xs[0], xs[last]} : new BigInteger[] {xs[best + 1], xs[best]};
    }

    /**
     * Reads {@code xs[0..count)} as n-bit signed (sign-extended) or unsigned (wrapped) numbers, sorts
     * them and moves the distinct ones to the front; returns how many there are.
     */
    private static int sortedDistinct(BigInteger[] xs, int count, int n, boolean signed) {
        boolean ascending = true;
        for (int i = 0; i < count; i++) {
            xs[i] = signed ? signExtend(xs[i], n) : wrap(xs[i], n);
            ascending &= i == 0 || xs[i - 1].compareTo(xs[i]) < 0;
        }
        if (ascending) {
            // Discriminants are usually declared in increasing order: nothing to sort or remove.
            return count;
        }
        Arrays.sort(xs, 0, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (!xs[i].equals(xs[distinct - 1])) {
                xs[distinct++] = xs[i];
            }
        }
        return distinct;
    }

    /** The n-bit two's complement reading of {@code v}'s low n bits. */
    static BigInteger signExtend(BigInteger v, int n) {
        if (v.bitLength() < n) {
            // Already an n-bit signed value (bitLength excludes the sign).
            return v;
        }
        BigInteger low = v.and(Scalars.max(n));
        return low.testBit(n - 1) ? low.subtract(Scalars.pow2(n)) : low;
    }
}

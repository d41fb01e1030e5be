package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
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
        return signed ? signedRange(values, bits) : unsignedRange(values, bits);
    }

    static WrappingRange truncate(BigInteger[] range, int tagBits) {
        BigInteger mask = Scalars.max(tagBits);
        return new WrappingRange(range[0].and(mask), range[1].and(mask));
    }

    private static BigInteger[] signedRange(List<BigInteger> values, int n) {
        List<BigInteger> xs = sortedDistinct(values, v -> signExtend(v, n));
        BigInteger min = xs.get(0);
        BigInteger max = xs.get(xs.size() - 1);
        if (signExtend(max.subtract(min), n).compareTo(BigInteger.ONE.shiftLeft(n - 2)) < 0) {
            return new BigInteger[] {min, max};
        }
        // The 1.95 quirk: widths are compared one bit short of the type's width.
        return smallestCandidate(xs, BigInteger.ONE.shiftLeft(n - 1));
    }

    private static BigInteger[] unsignedRange(List<BigInteger> values, int n) {
        BigInteger mask = Scalars.max(n);
        List<BigInteger> xs = sortedDistinct(values, v -> v.signum() >= 0 && v.bitLength() <= n ? v : v.and(mask));
        return smallestCandidate(xs, BigInteger.ONE.shiftLeft(n));
    }

    /** Candidates: [min ..= max], then for each adjacent pair (a, b) the wrapping [b ..= a]; ties → later. */
    private static BigInteger[] smallestCandidate(List<BigInteger> xs, BigInteger mod) {
        BigInteger[] best = {xs.get(0), xs.get(xs.size() - 1)};
        BigInteger bestWidth = best[1].subtract(best[0]).mod(mod);
        for (int i = 0; i + 1 < xs.size(); i++) {
            BigInteger start = xs.get(i + 1);
            BigInteger end = xs.get(i);
            BigInteger width = end.subtract(start).mod(mod);
            if (width.compareTo(bestWidth) <= 0) {
                bestWidth = width;
                best = new BigInteger[] {start, end};
            }
        }
        return best;
    }

    private static List<BigInteger> sortedDistinct(List<BigInteger> values,
            java.util.function.UnaryOperator<BigInteger> norm) {
        List<BigInteger> xs = new ArrayList<>(values.size() + 1);
        for (BigInteger v : values) {
            xs.add(norm.apply(v));
        }
        if (xs.isEmpty()) {
            xs.add(BigInteger.ZERO);
        }
        xs.sort(null);
        List<BigInteger> out = new ArrayList<>(xs.size());
        for (BigInteger x : xs) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The n-bit two's complement reading of {@code v}'s low n bits. */
    static BigInteger signExtend(BigInteger v, int n) {
        if (v.bitLength() < n) {
            // Already an n-bit signed value (bitLength excludes the sign).
            return v;
        }
        BigInteger low = v.and(Scalars.max(n));
        return low.testBit(n - 1) ? low.subtract(BigInteger.ONE.shiftLeft(n)) : low;
    }
}

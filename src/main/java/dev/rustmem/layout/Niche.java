package dev.rustmem.layout;

import java.math.BigInteger;

/**
 * Invalid values of a scalar at {@code offset}: everything outside {@code valid}. Enums store
 * other variants' tags there (rustc_abi's {@code Niche}).
 */
public record Niche(long offset, Primitive primitive, WrappingRange valid) {
    /** How many bit patterns lie outside the valid range. */
    public BigInteger available(TargetDataLayout dl) {
        BigInteger low = unsigned(availableLow(dl));
        long high = availableHigh(dl);
        return high == 0 ? low : unsigned(high).shiftLeft(64).or(low);
    }

    private static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v >>> 1).shiftLeft(1).or(BigInteger.valueOf(v & 1));
    }

    /*
     * The layout engine compares niche sizes constantly, so they are computed without BigInteger:
     * available = (start - end - 1) mod 2^bits as a 128-bit unsigned number in two longs (scalars
     * have at most 128 bits), from the range's cached words.
     */

    /** The low 64 bits of {@link #available}. */
    long availableLow(TargetDataLayout dl) {
        int bits = primitive.bits(dl);
        long low = valid.startLow() - valid.endLow() - 1;
        return bits < 64 ? low & ((1L << bits) - 1) : low;
    }

    /** Bits 64..127 of {@link #available} (0 for scalars of up to 64 bits). */
    long availableHigh(TargetDataLayout dl) {
        if (primitive.bits(dl) <= 64) {
            return 0;
        }
        long sl = valid.startLow();
        long el = valid.endLow();
        long d = sl - el;
        // Borrows out of the low word: from start - end, then from subtracting 1 more.
        long borrow = (Long.compareUnsigned(sl, el) < 0 ? 1 : 0) + (d == 0 ? 1 : 0);
        return valid.startHigh() - valid.endHigh() - borrow;
    }

    /** Whether some bit pattern is invalid. */
    boolean hasAvailable(TargetDataLayout dl) {
        return (availableLow(dl) | availableHigh(dl)) != 0;
    }

    /** Compares the available counts of two niches; a missing (null) niche counts as 0. */
    static int compareAvailable(Niche a, Niche b, TargetDataLayout dl) {
        int c = Long.compareUnsigned(a == null ? 0 : a.availableHigh(dl), b == null ? 0 : b.availableHigh(dl));
        return c != 0 ? c : Long.compareUnsigned(a == null ? 0 : a.availableLow(dl), b == null ? 0 : b.availableLow(dl));
    }

    /** The same niche seen from an enclosing aggregate, {@code delta} bytes further in. */
    public Niche shifted(long delta) {
        return new Niche(offset + delta, primitive, valid);
    }
}

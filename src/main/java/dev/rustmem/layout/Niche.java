package dev.rustmem.layout;

import java.math.BigInteger;

/**
 * Invalid values of a scalar at {@code offset}: everything outside {@code valid}. Enums store
 * other variants' tags there (rustc_abi's {@code Niche}).
 */
public record Niche(long offset, Primitive primitive, WrappingRange valid) {
    /** How many bit patterns lie outside the valid range. */
    public BigInteger available(TargetDataLayout dl) {
        int bits = primitive.bits(dl);
        if (bits <= 64) {
            long n = available64(dl);
            return n >= 0 ? BigInteger.valueOf(n) : BigInteger.valueOf(n >>> 1).shiftLeft(1).or(BigInteger.valueOf(n & 1));
        }
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        // (start - (end + 1)) mod 2^bits
        return valid.start().subtract(valid.end().add(BigInteger.ONE)).mod(mod);
    }

    /** Whether the scalar has at most 64 bits, so that {@link #available64} applies. */
    boolean narrow(TargetDataLayout dl) {
        return primitive.bits(dl) <= 64;
    }

    /**
     * {@link #available} of a {@link #narrow} niche as an unsigned 64-bit number. The layout engine
     * compares niche sizes constantly; this spares a BigInteger each time.
     */
    long available64(TargetDataLayout dl) {
        int bits = primitive.bits(dl);
        // Long arithmetic wraps modulo 2^64; mask down for narrower scalars.
        long diff = valid.startLow() - valid.endLow() - 1;
        return bits < 64 ? diff & ((1L << bits) - 1) : diff;
    }

    /** Whether some bit pattern is invalid. */
    boolean hasAvailable(TargetDataLayout dl) {
        return narrow(dl) ? available64(dl) != 0 : available(dl).signum() > 0;
    }

    /** Compares the available counts of two niches; a missing (null) niche counts as 0. */
    static int compareAvailable(Niche a, Niche b, TargetDataLayout dl) {
        if ((a == null || a.narrow(dl)) && (b == null || b.narrow(dl))) {
            return Long.compareUnsigned(a == null ? 0 : a.available64(dl), b == null ? 0 : b.available64(dl));
        }
        BigInteger x = a == null ? BigInteger.ZERO : a.available(dl);
        BigInteger y = b == null ? BigInteger.ZERO : b.available(dl);
        return x.compareTo(y);
    }

    /** The same niche seen from an enclosing aggregate, {@code delta} bytes further in. */
    public Niche shifted(long delta) {
        return new Niche(offset + delta, primitive, valid);
    }
}

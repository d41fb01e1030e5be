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
            // Long arithmetic wraps modulo 2^64; mask down for narrower scalars.
            long diff = valid.start().longValue() - valid.end().longValue() - 1;
            if (bits < 64) {
                return BigInteger.valueOf(diff & ((1L << bits) - 1));
            }
            return diff >= 0 ? BigInteger.valueOf(diff)
                    : BigInteger.valueOf(diff >>> 1).shiftLeft(1).or(BigInteger.valueOf(diff & 1));
        }
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        // (start - (end + 1)) mod 2^bits
        return valid.start().subtract(valid.end().add(BigInteger.ONE)).mod(mod);
    }

    /** The same niche seen from an enclosing aggregate, {@code delta} bytes further in. */
    public Niche shifted(long delta) {
        return new Niche(offset + delta, primitive, valid);
    }
}

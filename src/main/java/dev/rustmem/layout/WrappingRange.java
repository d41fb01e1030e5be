package dev.rustmem.layout;

import java.math.BigInteger;

/**
 * An inclusive range of bit patterns that may wrap around: {@code start > end} means
 * {@code start..=MAX} then {@code 0..=end}. Values are unsigned bit patterns of the scalar's width
 * (rustc_abi's {@code WrappingRange}).
 */
public record WrappingRange(BigInteger start, BigInteger end) {
    public WrappingRange {
        if (start.signum() < 0 || end.signum() < 0) {
            throw new IllegalArgumentException("negative bound " + start + "..=" + end);
        }
    }

    public static WrappingRange full(int bits) {
        return new WrappingRange(BigInteger.ZERO, Scalars.max(bits));
    }

    public static WrappingRange of(long start, long end) {
        return new WrappingRange(BigInteger.valueOf(start), BigInteger.valueOf(end));
    }

    public boolean isFull(int bits) {
        BigInteger max = Scalars.max(bits);
        return start.equals(end.add(BigInteger.ONE).and(max));
    }

    public boolean contains(BigInteger v) {
        if (start.compareTo(end) <= 0) {
            return start.compareTo(v) <= 0 && v.compareTo(end) <= 0;
        }
        return start.compareTo(v) <= 0 || v.compareTo(end) <= 0;
    }

    @Override
    public String toString() {
        return start + "..=" + end;
    }
}

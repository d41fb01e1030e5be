package dev.rustmem.layout;

import java.math.BigInteger;

/**
 * An inclusive range of bit patterns that may wrap around: {@code start > end} means
 * {@code start..=MAX} then {@code 0..=end}. Values are unsigned bit patterns of the scalar's width
 * (rustc_abi's {@code WrappingRange}).
 *
 * <p>A value class like a record (equal when both bounds are equal), written out so that it can
 * also keep the bounds as pairs of longs: niche sizes are compared constantly while laying out, and
 * {@link BigInteger#longValue} each time was a measurable cost.
 */
public final class WrappingRange {
    private final BigInteger start;
    private final BigInteger end;
    /** The bounds as 128-bit unsigned numbers in two longs each (scalars have at most 128 bits). */
    private final long startLow;
    private final long startHigh;
    private final long endLow;
    private final long endHigh;

    public WrappingRange(BigInteger start, BigInteger end) {
        if (start.signum() < 0 || end.signum() < 0) {
            throw new IllegalArgumentException("negative bound " + start + "..=" + end);
        }
        this.start = start;
        this.end = end;
        this.startLow = start.longValue();
        this.startHigh = high(start);
        this.endLow = end.longValue();
        this.endHigh = high(end);
    }

    private static long high(BigInteger v) {
        return v.bitLength() <= 64 ? 0 : v.shiftRight(64).longValue();
    }

    public static WrappingRange full(int bits) {
        return new WrappingRange(BigInteger.ZERO, Scalars.max(bits));
    }

    public static WrappingRange of(long start, long end) {
        return new WrappingRange(BigInteger.valueOf(start), BigInteger.valueOf(end));
    }

    public BigInteger start() {
        return start;
    }

    public BigInteger end() {
        return end;
    }

    /** The low 64 bits of {@link #start()}. */
    long startLow() {
        return startLow;
    }

    /** The low 64 bits of {@link #end()}. */
    long endLow() {
        return endLow;
    }

    /** Bits 64..127 of {@link #start()}. */
    long startHigh() {
        return startHigh;
    }

    /** Bits 64..127 of {@link #end()}. */
    long endHigh() {
        return endHigh;
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
    public boolean equals(Object o) {
        return o == this || o instanceof WrappingRange r && start.equals(r.start) && end.equals(r.end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    @Override
    public String toString() {
        return start + "..=" + end;
    }
}

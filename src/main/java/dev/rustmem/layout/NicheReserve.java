package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.Optional;

/**
 * rustc_abi's {@code Niche::reserve}: claim {@code count} invalid values of a niche for other enum
 * variants by widening its valid range on one side. The side is chosen so that a single extra value
 * lands on 0 where possible ({@code Option<&T>}'s None is null), otherwise just past the range.
 *
 * @param nicheStart the first claimed value (variant {@code niche_variants.start} is encoded as it)
 * @param scalar     the niche's scalar with the widened valid range
 */
public record NicheReserve(BigInteger nicheStart, Scalar.Initialized scalar) {

    /** Empty when fewer than {@code count} values are available. */
    public static Optional<NicheReserve> reserve(Niche niche, BigInteger count, TargetDataLayout dl) {
        int bits = niche.primitive().bits(dl);
        BigInteger max = Scalars.max(bits);
        BigInteger start = niche.valid().start();
        BigInteger end = niche.valid().end();
        if (count.compareTo(niche.available(dl)) > 0) {
            return Optional.empty();
        }
        if (start.compareTo(end) > 0) {
            // The range wraps, so 0 is already valid: grow upwards.
            return Optional.of(moveEnd(niche, count, max));
        }
        BigInteger distanceEndZero = max.subtract(end);
        if (start.compareTo(distanceEndZero) <= 0) {
            // Nearer to 0 than to MAX: move the start down unless that would pass 0.
            return Optional.of(count.compareTo(start) <= 0 ? moveStart(niche, count, max) : moveEnd(niche, count, max));
        }
        BigInteger newEnd = end.add(count).and(max);
        boolean overshotZero = newEnd.signum() > 0 && newEnd.compareTo(end) <= 0;
        return Optional.of(overshotZero ? moveStart(niche, count, max) : moveEnd(niche, count, max));
    }

    private static NicheReserve moveStart(Niche n, BigInteger count, BigInteger max) {
        BigInteger start = n.valid().start().subtract(count).and(max);
        return new NicheReserve(start, new Scalar.Initialized(n.primitive(), new WrappingRange(start, n.valid().end())));
    }

    private static NicheReserve moveEnd(Niche n, BigInteger count, BigInteger max) {
        BigInteger first = n.valid().end().add(BigInteger.ONE).and(max);
        BigInteger end = n.valid().end().add(count).and(max);
        return new NicheReserve(first, new Scalar.Initialized(n.primitive(), new WrappingRange(n.valid().start(), end)));
    }
}

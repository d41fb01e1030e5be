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
        boolean tooMany = count.bitLength() > 63 ? count.compareTo(niche.available(dl)) > 0
                : niche.availableHigh(dl) == 0 && Long.compareUnsigned(count.longValue(), niche.availableLow(dl)) > 0;
        if (tooMany) {
            return Optional.empty();
        }
        if (start.compareTo(end) > 0) {
            // The range wraps, so 0 is already valid: grow upwards.
            return Optional.of(moveEnd(niche, count, bits));
        }
        // start <= distance from end to MAX (= max - end), compared without computing it.
        if (start.add(end).compareTo(max) <= 0) {
            // Nearer to 0 than to MAX: move the start down unless that would pass 0.
            return Optional.of(count.compareTo(start) <= 0 ? moveStart(niche, count, bits) : moveEnd(niche, count, bits));
        }
        BigInteger newEnd = TagRange.wrap(end.add(count), bits);
        boolean overshotZero = newEnd.signum() > 0 && newEnd.compareTo(end) <= 0;
        return Optional.of(overshotZero ? moveStart(niche, count, bits) : moveEnd(niche, count, bits));
    }

    private static NicheReserve moveStart(Niche n, BigInteger count, int bits) {
        BigInteger start = TagRange.wrap(n.valid().start().subtract(count), bits);
        return new NicheReserve(start, new Scalar.Initialized(n.primitive(), new WrappingRange(start, n.valid().end())));
    }

    private static NicheReserve moveEnd(Niche n, BigInteger count, int bits) {
        BigInteger first = TagRange.wrap(n.valid().end().add(BigInteger.ONE), bits);
        BigInteger end = count.equals(BigInteger.ONE) ? first : TagRange.wrap(n.valid().end().add(count), bits);
        return new NicheReserve(first, new Scalar.Initialized(n.primitive(), new WrappingRange(n.valid().start(), end)));
    }
}

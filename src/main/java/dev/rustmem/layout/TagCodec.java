package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Reading and writing an enum's tag (what rustc's codegen does for {@code discriminant} and
 * {@code set_discriminant}). Values are unsigned bit patterns of the tag's width, as stored.
 */
public final class TagCodec {
    private TagCodec() {}

    /**
     * The tag value to store for {@code variant}, or empty when nothing is stored (the untagged
     * variant of a niche encoding).
     *
     * @param discriminants the enum's discriminant values ({@code AdtDef.discriminants()})
     */
    public static Optional<BigInteger> encode(Variants.Multiple m, int variant, List<BigInteger> discriminants,
            TargetDataLayout dl) {
        BigInteger mask = Scalars.max(m.tag().primitive().bits(dl));
        if (m.encoding() instanceof TagEncoding.Niche n) {
            if (variant == n.untaggedVariant()) {
                return Optional.empty();
            }
            BigInteger relative = BigInteger.valueOf(variant - (long) n.nicheFirst());
            return Optional.of(n.nicheStart().add(relative).and(mask));
        }
        return Optional.of(discriminants.get(variant).and(mask));
    }

    /**
     * The variant a stored tag value means, or empty if no variant has it (an invalid value).
     * Niche encoding: values in {@code niche_start ..} for {@code last - first + 1} values are the
     * niche variants, everything else is the untagged variant (rustc codegen's {@code relative_max}).
     */
    public static Optional<Integer> decode(Variants.Multiple m, BigInteger raw, List<BigInteger> discriminants,
            TargetDataLayout dl) {
        BigInteger mask = Scalars.max(m.tag().primitive().bits(dl));
        BigInteger value = raw.and(mask);
        if (m.encoding() instanceof TagEncoding.Niche n) {
            BigInteger relative = value.subtract(n.nicheStart()).and(mask);
            if (relative.compareTo(BigInteger.valueOf(n.nicheLast() - (long) n.nicheFirst())) <= 0) {
                return Optional.of(n.nicheFirst() + relative.intValueExact());
            }
            return Optional.of(n.untaggedVariant());
        }
        for (int v = 0; v < discriminants.size(); v++) {
            if (discriminants.get(v).and(mask).equals(value) && !m.variants().get(v).uninhabited()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}

package dev.rustmem.layout;

import java.math.BigInteger;

/** How an enum's variant is found from its tag (rustc_abi's {@code TagEncoding}). */
public sealed interface TagEncoding {
    /** The tag holds the discriminant value (truncated to the tag's width). */
    record Direct() implements TagEncoding {}

    /**
     * The untagged variant owns the bytes; other variants in {@code nicheFirst..=nicheLast} are
     * encoded as {@code nicheStart + (index - nicheFirst)} in its niche.
     */
    record Niche(int untaggedVariant, int nicheFirst, int nicheLast, BigInteger nicheStart) implements TagEncoding {}
}

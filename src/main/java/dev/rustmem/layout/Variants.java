package dev.rustmem.layout;

import dev.rustmem.types.HashedList;
import java.util.List;

/** Single-variant layouts, or an enum's tag with one layout per variant. */
public sealed interface Variants {
    /** @param index the variant this layout is (0 for structs, unions and non-enums) */
    record Single(int index) implements Variants {}

    /**
     * @param tag      the tag scalar (its valid range is the enum's tag range)
     * @param tagField index of the tag among the enum layout's fields (always 0)
     * @param variants one layout per variant, in declaration order; absent variants included
     */
    record Multiple(Scalar tag, TagEncoding encoding, int tagField, List<Layout> variants) implements Variants {
        public Multiple {
            variants = HashedList.copyOf(variants);
        }
    }
}

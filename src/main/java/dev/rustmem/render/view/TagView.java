package dev.rustmem.render.view;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * How an enum records which variant it holds (rustc_abi's {@code TagEncoding}).
 *
 * @param intType  the tag's integer type ({@code u8}, {@code i32}, ...; for a niche, the niche scalar's
 *                 integer type, {@code ptr} for pointers)
 * @param direct   true for a direct tag (the discriminant is stored), false for a niche
 * @param untagged the variant that stores no value of its own (niche encoding only): any value in
 *                 the niche's valid range means this variant
 * @param values   per variant in declaration order, the bit pattern stored in the tag (direct tags:
 *                 the discriminant as declared, which may be negative); empty for variants that can
 *                 never exist and for the untagged variant
 */
public record TagView(long offset, long size, String intType, boolean direct, Optional<String> untagged,
        List<VariantValue> values) {
    public TagView {
        values = List.copyOf(values);
    }

    public record VariantValue(String variant, Optional<BigInteger> value) {}
}

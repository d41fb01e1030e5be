package dev.rustmem.render.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the renderers show about one type's layout on one target. Built by
 * {@link ViewBuilder}; renderers read only this record, never the layout engine.
 *
 * @param header   how the type is introduced: {@code struct S1}, {@code type X = Option<T3>}, or
 *                 the printed type for instantiations and {@code --type} requests
 * @param name     the type in rustc's spelling ({@code std::option::Option<T3>})
 * @param sized    false for unsized types; {@code size} is then the minimum size
 * @param uninhabited no value of this type can exist (it holds {@code !}, an empty enum, ...)
 * @param packed   {@code repr(packed)}: rustc's dump never mentions field alignment then
 * @param rows     single-variant types: fields and padding in memory order, covering
 *                 {@code 0..size}; enums with a tag: empty (see {@code variants})
 * @param fields   single-variant types: the fields in declaration order
 * @param variants rustc's variant list: one entry for structs and unions (named like the type),
 *                 every variant of a tagged enum, the only inhabited variant of a single-variant
 *                 enum, none for enums without variants
 * @param niche    the niche this type offers to an enclosing enum
 * @param dataBytes bytes that some field or the tag occupies in some variant; the rest is padding
 */
public record TypeView(String header, String name, TypeKind kind, boolean sized, boolean uninhabited, long size, long align,
        boolean packed, List<Row> rows, List<Row.Field> fields, Optional<TagView> tag, List<VariantView> variants,
        Optional<NicheView> niche, long dataBytes, long paddingBytes, List<Advice> advice) {

    public TypeView {
        Objects.requireNonNull(header);
        Objects.requireNonNull(name);
        rows = List.copyOf(rows);
        fields = List.copyOf(fields);
        variants = List.copyOf(variants);
        advice = List.copyOf(advice);
        if (dataBytes + paddingBytes != size) {
            throw new IllegalArgumentException(name + ": " + dataBytes + " data + " + paddingBytes
                    + " padding bytes != size " + size);
        }
    }

    /** rustc's {@code discriminant: N bytes} line is printed only for direct tags. */
    public Optional<Long> directTagSize() {
        return tag.isPresent() && tag.get().direct() ? Optional.of(tag.get().size()) : Optional.empty();
    }
}

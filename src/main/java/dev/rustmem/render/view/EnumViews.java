package dev.rustmem.render.view;

import dev.rustmem.layout.Layout;
import dev.rustmem.layout.TagEncoding;
import dev.rustmem.layout.Variants;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tag and per-variant rows of an enum whose layout has several variants
 * ({@link Variants.Multiple}). Each variant's rows cover the whole enum: its fields, the tag value
 * it stores (direct tags: always; niches: every variant but the untagged one), and padding.
 */
final class EnumViews {
    private final Fields fields;

    EnumViews(Fields fields) {
        this.fields = fields;
    }

    TagView tag(Ty.Adt adt, Layout layout, Variants.Multiple m) {
        long offset = layout.fields().fieldCount() > m.tagField() ? layout.fields().offset(m.tagField()) : 0;
        long size = m.tag().primitive().size(fields.target());
        String intType = Scalars.spell(m.tag().primitive());
        AdtDef def = adt.def();
        List<TagView.VariantValue> values = new ArrayList<>();
        Optional<String> untagged = Optional.empty();
        if (m.encoding() instanceof TagEncoding.Niche n) {
            untagged = Optional.of(Fields.variantName(def, n.untaggedVariant()));
        }
        for (int i = 0; i < def.variants().size(); i++) {
            values.add(new TagView.VariantValue(Fields.variantName(def, i), tagValue(def, m, i, size)));
        }
        return new TagView(offset, size, intType, m.encoding() instanceof TagEncoding.Direct, untagged, values);
    }

    /** What variant {@code i} writes into the tag, if it writes anything. */
    private static Optional<BigInteger> tagValue(AdtDef def, Variants.Multiple m, int i, long tagSize) {
        if (m.variants().get(i).uninhabited()) {
            return Optional.empty();
        }
        if (m.encoding() instanceof TagEncoding.Niche n) {
            if (i == n.untaggedVariant() || i < n.nicheFirst() || i > n.nicheLast()) {
                return Optional.empty();
            }
            BigInteger mod = BigInteger.ONE.shiftLeft((int) tagSize * 8);
            return Optional.of(n.nicheStart().add(BigInteger.valueOf(i - n.nicheFirst())).mod(mod));
        }
        return Optional.of(def.discriminants().get(i));
    }

    List<VariantView> variants(Ty.Adt adt, Layout layout, Variants.Multiple m, TagView tag) {
        List<VariantView> out = new ArrayList<>();
        for (int i = 0; i < m.variants().size(); i++) {
            Layout vl = m.variants().get(i);
            List<Row.Field> fs = fields.ofVariant(adt, i, vl);
            List<Row> rows = new ArrayList<>(fs);
            Optional<BigInteger> value = tag.values().get(i).value();
            if (value.isPresent()) {
                rows.add(new Row.Tag(tag.offset(), tag.size(), tag.intType(), value));
            }
            out.add(new VariantView(Fields.variantName(adt.def(), i), i, extent(fs, vl), vl.uninhabited(),
                    Rows.inMemoryOrder(rows, layout.size()), fs));
        }
        return out;
    }

    /** rustc's {@code VariantInfo.size}: end of the last field, or the variant layout's size if that is 0. */
    static long extent(List<Row.Field> fs, Layout variantLayout) {
        long end = 0;
        for (int i = 0; i < fs.size(); i++) {
            end = Math.max(end, fs.get(i).end());
        }
        return extent(end, variantLayout);
    }

    /** The extent of a variant whose fields end at {@code fieldsEnd} (0 without fields). */
    static long extent(long fieldsEnd, Layout variantLayout) {
        return fieldsEnd == 0 ? variantLayout.size() : fieldsEnd;
    }
}

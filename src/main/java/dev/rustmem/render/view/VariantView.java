package dev.rustmem.render.view;

import java.util.List;

/**
 * One enum variant's own layout: {@code rows} cover the whole enum ({@code 0..enum size}) as seen
 * when this variant is stored, including the tag bytes; {@code fields} are the same fields in
 * declaration order.
 *
 * @param extent      rustc's {@code VariantInfo.size}: the end of the variant's last field, or the
 *                    variant layout's size when that is 0 (what {@code -Zprint-type-sizes} reports)
 * @param uninhabited no value of this variant can exist (e.g. it holds {@code !})
 */
public record VariantView(String name, int index, long extent, boolean uninhabited, List<Row> rows,
        List<Row.Field> fields) {
    public VariantView {
        rows = List.copyOf(rows);
        fields = List.copyOf(fields);
    }
}

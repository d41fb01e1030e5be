package dev.rustmem.render.view;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What rustc's {@code -Zprint-type-sizes} prints about one ADT, and nothing more: the lean view
 * the rustc format is built from (a large file lists tens of thousands of ADTs and hundreds of
 * thousands of variants, so this holds flat arrays instead of a record per variant and field).
 * Built by {@link ViewBuilder#rustcView} from the engine's layouts, or from a full
 * {@link TypeView} by {@link #of}. The arrays belong to the view: nobody modifies them.
 *
 * <p>Variant {@code v} (declaration order) owns fields {@code fieldStart[v] ..< fieldStart[v + 1]}
 * of the field arrays, in declaration order.
 *
 * @param name          the type in rustc's spelling, as UTF-8: the renderer sorts by these bytes (as
 *                      Rust compares strings) and prints them, and encoding right after printing
 *                      the name, while it is in the cache, is cheaper than later
 * @param structLike    rustc prints a struct's one variant without a {@code variant} line
 * @param directTagSize the size of a direct tag (rustc's {@code discriminant} line), or -1 when the
 *                      type has no tag or a niche
 * @param extents       per variant, rustc's {@code VariantInfo.size} (see {@link VariantView#extent})
 */
public record RustcView(byte[] name, long size, long align, boolean packed, boolean structLike, long directTagSize,
        String[] variantNames, long[] extents, int[] fieldStart, String[] fieldNames, long[] fieldOffsets,
        long[] fieldSizes, long[] fieldAligns) {

    public RustcView {
        Objects.requireNonNull(name);
        if (fieldStart.length != variantNames.length + 1 || extents.length != variantNames.length
                || fieldNames.length != fieldStart[variantNames.length] || fieldOffsets.length != fieldNames.length
                || fieldSizes.length != fieldNames.length || fieldAligns.length != fieldNames.length) {
            throw new IllegalArgumentException(new String(name, StandardCharsets.UTF_8)
                    + ": inconsistent variant and field arrays");
        }
    }

    public int variantCount() {
        return variantNames.length;
    }

    /** The lean view of a full view of an ADT. */
    public static RustcView of(TypeView t) {
        List<VariantView> vs = t.variants();
        int fieldCount = 0;
        for (int v = 0; v < vs.size(); v++) {
            fieldCount += vs.get(v).fields().size();
        }
        String[] variantNames = new String[vs.size()];
        long[] extents = new long[vs.size()];
        int[] fieldStart = new int[vs.size() + 1];
        String[] fieldNames = new String[fieldCount];
        long[] offsets = new long[fieldCount];
        long[] sizes = new long[fieldCount];
        long[] aligns = new long[fieldCount];
        int f = 0;
        for (int v = 0; v < vs.size(); v++) {
            VariantView vv = vs.get(v);
            variantNames[v] = vv.name();
            extents[v] = vv.extent();
            fieldStart[v] = f;
            for (Row.Field field : vv.fields()) {
                fieldNames[f] = field.name();
                offsets[f] = field.offset();
                sizes[f] = field.size();
                aligns[f] = field.align();
                f++;
            }
        }
        fieldStart[vs.size()] = f;
        return new RustcView(t.name().getBytes(StandardCharsets.UTF_8), t.size(), t.align(), t.packed(), t.kind() == TypeKind.STRUCT,
                t.directTagSize().orElse(-1L), variantNames, extents, fieldStart, fieldNames, offsets, sizes, aligns);
    }
}

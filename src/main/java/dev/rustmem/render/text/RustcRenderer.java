package dev.rustmem.render.text;

import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.Row;
import dev.rustmem.render.view.TypeKind;
import dev.rustmem.render.view.TypeView;
import dev.rustmem.render.view.VariantView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints ADT layouts exactly as rustc 1.95's {@code -Zprint-type-sizes} does
 * ({@code rustc_session/src/code_stats.rs}, {@code print_type_sizes}): types by size descending then
 * by name; a {@code discriminant} line only for direct tags; variants by size descending (stable);
 * fields by (offset, size) with {@code padding} lines, {@code alignment} only after padding (never
 * for packed types), {@code offset} for overlapping union fields, then {@code end padding}.
 */
public final class RustcRenderer {
    private static final String PREFIX = "print-type-size ";

    public String render(LayoutReport report) {
        List<TypeView> types = new ArrayList<>();
        for (TypeView t : report.rustcTypes()) {
            if (t.kind().isAdt()) {
                types.add(t);
            }
        }
        // rustc sorts by (Reverse(size), description); Rust compares strings by UTF-8 bytes.
        types.sort(Comparator.comparingLong((TypeView t) -> -t.size())
                .thenComparing((a, b) -> Utf8Order.compare(a.name(), b.name())));
        StringBuilder sb = new StringBuilder();
        for (TypeView t : types) {
            renderType(sb, t);
        }
        return sb.toString();
    }

    private static void renderType(StringBuilder sb, TypeView t) {
        sb.append(PREFIX).append("type: `").append(t.name()).append("`: ").append(t.size())
                .append(" bytes, alignment: ").append(t.align()).append(" bytes\n");
        long discr = t.directTagSize().orElse(0L);
        if (t.directTagSize().isPresent()) {
            sb.append(PREFIX).append("    discriminant: ").append(discr).append(" bytes\n");
        }
        long maxVariant = discr;
        boolean structLike = t.kind() == TypeKind.STRUCT;
        List<VariantView> variants = new ArrayList<>(t.variants());
        variants.sort(Comparator.comparingLong((VariantView v) -> -v.extent()));
        for (VariantView v : variants) {
            String indent = "    ";
            if (!structLike) {
                // rustc subtracts in u64 without a check: a fieldless variant whose layout is smaller
                // than a grown tag (repr(align) enums) prints a wrapped-around size. Same here.
                sb.append(PREFIX).append(indent).append("variant `").append(v.name()).append("`: ")
                        .append(Long.toUnsignedString(v.extent() - discr)).append(" bytes\n");
                indent = "        ";
            }
            maxVariant = Math.max(maxVariant, v.extent());
            renderFields(sb, t, v, discr, indent);
        }
        if (t.size() > maxVariant) {
            sb.append(PREFIX).append("    end padding: ").append(t.size() - maxVariant).append(" bytes\n");
        }
    }

    private static void renderFields(StringBuilder sb, TypeView t, VariantView v, long discr, String indent) {
        List<Row.Field> fields = new ArrayList<>(v.fields());
        fields.sort(Comparator.comparingLong(Row.Field::offset).thenComparingLong(Row.Field::size));
        long minOffset = discr;
        for (Row.Field f : fields) {
            if (f.offset() > minOffset) {
                sb.append(PREFIX).append(indent).append("padding: ").append(f.offset() - minOffset).append(" bytes\n");
            }
            sb.append(PREFIX).append(indent).append("field `.").append(f.name()).append("`: ").append(f.size())
                    .append(" bytes");
            if (f.offset() < minOffset) {
                sb.append(", offset: ").append(f.offset()).append(" bytes, alignment: ").append(f.align())
                        .append(" bytes");
            } else if (!t.packed() && f.offset() != minOffset) {
                sb.append(", alignment: ").append(f.align()).append(" bytes");
            }
            sb.append('\n');
            minOffset = f.offset() + f.size();
        }
    }
}

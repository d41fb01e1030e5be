package dev.rustmem.render.text;

import dev.rustmem.render.view.Advice;
import dev.rustmem.render.view.Fmt;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.NicheView;
import dev.rustmem.render.view.Row;
import dev.rustmem.render.view.TagView;
import dev.rustmem.render.view.TypeKind;
import dev.rustmem.render.view.TypeView;
import dev.rustmem.render.view.VariantView;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default {@code rustmem layout} output, modelled on JOL's {@code ClassLayout}: per type a
 * header with size and alignment, the tag, rows {@code offset size align field type} covering
 * every byte (padding explicit), each enum variant's own rows, the niche, totals and advice.
 * Types are separated by a blank line.
 */
public final class TableRenderer {
    public String render(LayoutReport report) {
        StringBuilder sb = new StringBuilder();
        for (TypeView t : report.types()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            renderType(sb, t);
        }
        return sb.toString();
    }

    public String renderType(TypeView t) {
        StringBuilder sb = new StringBuilder();
        renderType(sb, t);
        return sb.toString();
    }

    private static void renderType(StringBuilder sb, TypeView t) {
        sb.append(t.header()).append(" (");
        if (!t.sized()) {
            sb.append("unsized, at least ").append(Fmt.bytes(t.size()));
        } else {
            sb.append(Fmt.bytes(t.size()));
        }
        sb.append(", align ").append(t.align()).append(")\n");
        // Plain ifs, not Optional.ifPresent: a lambda's bootstrap costs every cold run.
        if (t.tag().isPresent()) {
            sb.append("  tag: ").append(tagLine(t.tag().get())).append('\n');
        }
        Optional<String> note = singleVariantNote(t);
        if (note.isPresent()) {
            sb.append("  ").append(note.get()).append('\n');
        }
        Grid grid = new Grid();
        if (t.tag().isEmpty()) {
            for (Row r : t.rows()) {
                grid.row(r);
            }
        } else {
            for (VariantView v : t.variants()) {
                grid.section("variant " + v.name() + (v.uninhabited() ? " (uninhabited)" : ""));
                for (Row r : v.rows()) {
                    grid.row(r);
                }
            }
        }
        grid.appendTo(sb);
        sb.append("  niche: ").append(t.niche().isPresent() ? nicheLine(t.niche().get()) : "none").append('\n');
        sb.append("  data: ").append(Fmt.bytes(t.dataBytes())).append(", padding: ").append(Fmt.bytes(t.paddingBytes()))
                .append('\n');
        for (Advice a : t.advice()) {
            sb.append("  advice: ").append(a.message()).append('\n');
        }
    }

    /** Uninhabited types, and enums without a tag (only one variant can exist). */
    private static Optional<String> singleVariantNote(TypeView t) {
        boolean singleEnum = t.kind() == TypeKind.ENUM && t.tag().isEmpty() && !t.variants().isEmpty();
        if (t.uninhabited()) {
            String only = singleEnum ? " (laid out as variant `" + t.variants().get(0).name() + "`)" : "";
            return Optional.of("uninhabited: no value of this type can exist" + only);
        }
        if (singleEnum) {
            return Optional.of("no tag: `" + t.variants().get(0).name() + "` is the only variant that can exist");
        }
        return Optional.empty();
    }

    static String tagLine(TagView tag) {
        StringBuilder sb = new StringBuilder();
        sb.append(tag.direct() ? "direct " : "niche in ").append(tag.intType()).append(" at ").append(range(tag.offset(), tag.size()))
                .append(':');
        List<String> never = new ArrayList<>();
        for (TagView.VariantValue v : tag.values()) {
            if (v.value().isPresent()) {
                sb.append(' ').append(v.variant()).append(" = ").append(number(v.value().get())).append(',');
            } else if (tag.untagged().isEmpty() || !tag.untagged().get().equals(v.variant())) {
                never.add(v.variant());
            }
        }
        sb.setLength(sb.length() - 1);
        if (tag.untagged().isPresent()) {
            sb.append("; ").append(tag.untagged().get()).append(" = any other value");
        }
        if (!never.isEmpty()) {
            sb.append("; never stored: ").append(String.join(", ", never));
        }
        return sb.toString();
    }

    static String nicheLine(NicheView n) {
        String holder = n.holder();
        String where;
        if (holder.equals("tag")) {
            where = "(tag, " + n.primitive() + ")";
        } else if (holder.startsWith(".") || holder.startsWith("[")) {
            where = "in " + holder;
        } else {
            where = "(" + holder + ")";
        }
        BigInteger spare = n.spare();
        return range(n.offset(), n.size()) + " " + where + ", valid " + number(n.validStart()) + "..=" + number(n.validEnd()) + ", "
                + spare + (spare.equals(BigInteger.ONE) ? " spare value" : " spare values");
    }

    /** Bit patterns: decimal while small, hexadecimal from 2^16 on ({@code 0x110000}, not 1114112). */
    static String number(BigInteger v) {
        return v.bitLength() <= 16 ? v.toString() : "0x" + v.toString(16);
    }

    static String range(long offset, long size) {
        return "bytes " + offset + ".." + (offset + size);
    }
}

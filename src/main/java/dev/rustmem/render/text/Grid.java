package dev.rustmem.render.text;

import dev.rustmem.render.view.Row;
import java.util.ArrayList;
import java.util.List;

/** The aligned {@code offset size align field type} table of one type, with variant section lines. */
final class Grid {
    private static final String[] HEAD = {"offset", "size", "align", "field", "type"};
    private final List<String[]> lines = new ArrayList<>();

    void section(String title) {
        lines.add(new String[] {title});
    }

    void row(Row r) {
        String off = Long.toString(r.offset());
        String size = Long.toString(r.size());
        if (r instanceof Row.Field f) {
            lines.add(new String[] {off, f.unsized() ? "unsized" : size, Long.toString(f.align()), fieldName(f), f.type()});
        } else if (r instanceof Row.Tag t) {
            String value = t.value().isPresent() ? " = " + TableRenderer.number(t.value().get()) : "";
            lines.add(new String[] {off, size, "", "(tag)", t.intType() + value});
        } else if (r instanceof Row.Padding) {
            lines.add(new String[] {off, size, "", "(padding)", ""});
        } else {
            throw new AssertionError(r);
        }
    }

    private static String fieldName(Row.Field f) {
        char c = f.name().isEmpty() ? ' ' : f.name().charAt(0);
        return c == '[' || c == '(' ? f.name() : "." + f.name();
    }

    void appendTo(StringBuilder sb) {
        if (lines.isEmpty()) {
            sb.append("  (no bytes)\n");
            return;
        }
        int[] w = new int[HEAD.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEAD[i].length();
        }
        for (String[] l : lines) {
            if (l.length == HEAD.length) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = Math.max(w[i], l[i].length());
                }
            }
        }
        appendLine(sb, HEAD, w);
        for (String[] l : lines) {
            if (l.length == 1) {
                sb.append("  ").append(l[0]).append('\n');
            } else {
                appendLine(sb, l, w);
            }
        }
    }

    /** Numbers right-aligned, names left-aligned, the last column unpadded (no trailing blanks). */
    private static void appendLine(StringBuilder sb, String[] l, int[] w) {
        sb.append("  ");
        for (int i = 0; i < 3; i++) {
            pad(sb, w[i] - l[i].length());
            sb.append(l[i]).append("  ");
        }
        sb.append(l[3]);
        if (!l[4].isEmpty()) {
            pad(sb, w[3] - l[3].length() + 2);
            sb.append(l[4]);
        }
        int end = sb.length();
        while (sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }
}

package dev.rustmem.syntax.expand;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Oppen-style line breaker, the part of rustc's {@code rustc_ast_pretty::pp} that
 * {@code stringify!} output goes through: text, breakable spaces and boxes, a margin of 78
 * columns. At a break the printer starts a new line when the text up to the next break of the
 * same box (nested boxes counted whole) would not fit; in a consistent box every break breaks
 * once the box does not fit. After a line break the column is the box's indentation plus the
 * break's offset. So a long {@code stringify!} result spans lines exactly where rustc's does.
 */
final class PrettyLines {
    static final int MARGIN = 78;

    sealed interface Doc {}

    record Text(String text) implements Doc {}

    /** A space that may become a line break; {@code offset} adjusts the next line's indentation. */
    record Break(int offset) implements Doc {}

    /** {@code indent} is added to the enclosing box's indentation for this box's line breaks. */
    record Box(List<Doc> items, boolean consistent, int indent) implements Doc {
        Box {
            items = List.copyOf(items);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private int col;

    static String print(Box doc) {
        PrettyLines p = new PrettyLines();
        p.box(doc, 0);
        return p.out.toString();
    }

    private void box(Box b, int outerIndent) {
        int indent = outerIndent + b.indent();
        boolean breakAll = b.consistent() && col + size(b) > MARGIN;
        List<Doc> items = b.items();
        for (int i = 0; i < items.size(); i++) {
            Doc d = items.get(i);
            if (d instanceof Text t) {
                out.append(t.text());
                col += t.text().length();
            } else if (d instanceof Box inner) {
                box(inner, indent);
            } else if (d instanceof Break br) {
                if (breakAll || col + 1 + sizeToNextBreak(items, i + 1) > MARGIN) {
                    out.append('\n');
                    col = Math.max(0, indent + br.offset());
                    out.append(" ".repeat(col));
                } else {
                    out.append(' ');
                    col++;
                }
            }
        }
    }

    private static int sizeToNextBreak(List<Doc> items, int from) {
        int n = 0;
        for (int i = from; i < items.size() && !(items.get(i) instanceof Break); i++) {
            n += size(items.get(i));
        }
        return n;
    }

    /** The width of a document printed on one line. */
    static int size(Doc d) {
        if (d instanceof Text t) {
            return t.text().length();
        } else if (d instanceof Break) {
            return 1;
        }
        int n = 0;
        for (Doc x : ((Box) d).items()) {
            n += size(x);
        }
        return n;
    }

    /** Builds a box's items. */
    static final class Builder {
        private final List<Doc> items = new ArrayList<>();

        Builder text(String s) {
            items.add(new Text(s));
            return this;
        }

        Builder space() {
            items.add(new Break(0));
            return this;
        }

        Builder add(Doc d) {
            items.add(d);
            return this;
        }

        Box box(boolean consistent, int indent) {
            return new Box(items, consistent, indent);
        }
    }
}

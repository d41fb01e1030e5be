package dev.rustmem.diag;

/**
 * Source text as rustc prints it in snippets, so that a line shows on one terminal row and the
 * marks under it line up: a tab becomes four spaces, an ASCII control character its Unicode control
 * picture (U+2400 + c, DEL U+2421), a zero-width joiner nothing, and a bidirectional embedding,
 * override or isolate U+FFFD (so it cannot reorder the row). Every other code point is printed as
 * is and counted as one column; rustc counts East Asian wide characters as two columns and
 * zero-width ones as none, which rustmem does not model.
 */
final class DisplayText {
    private DisplayText() {}

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                sb.append("    ");
            } else if (cp < 0x20) {
                sb.append((char) (0x2400 + cp));
            } else if (cp == 0x7f) {
                sb.append('\u2421');
            } else if (cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069) {
                sb.append('\uFFFD');
            } else if (cp != 0x200d) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The columns {@code text} takes once printed. */
    static int width(String text) {
        String shown = of(text);
        return shown.codePointCount(0, shown.length());
    }
}

package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.Optional;

/**
 * Decodes a string literal token ({@code "..."} or {@code r#"..."#}) and remembers where each
 * decoded char came from, so that format-string errors and implicit captures point into the
 * literal exactly as rustc's do.
 *
 * @param offsets source offset of each decoded char; one extra entry for the closing quote
 */
record StrLit(String value, int[] offsets) {
    int offset(int index) {
        return offsets[Math.min(index, offsets.length - 1)];
    }

    static Optional<StrLit> decode(Token t) {
        String text = t.text();
        int base = t.span().start();
        if (t.is(TokenKind.RAW_STR_LIT)) {
            int hashes = 0;
            while (1 + hashes < text.length() && text.charAt(1 + hashes) == '#') {
                hashes++;
            }
            int start = 2 + hashes;
            int end = text.lastIndexOf('"');
            if (end < start) {
                return Optional.empty();
            }
            int[] offs = new int[end - start + 1];
            for (int i = 0; i < offs.length; i++) {
                offs[i] = base + start + i;
            }
            return Optional.of(new StrLit(text.substring(start, end), offs));
        }
        if (!t.is(TokenKind.STR_LIT)) {
            return Optional.empty();
        }
        return cooked(text, base);
    }

    private static Optional<StrLit> cooked(String text, int base) {
        int end = text.lastIndexOf('"');
        StringBuilder sb = new StringBuilder();
        int[] offs = new int[text.length() + 1];
        int i = 1;
        while (i < end) {
            char c = text.charAt(i);
            int at = base + i;
            if (c != '\\') {
                offs[sb.length()] = at;
                sb.append(c);
                i++;
                continue;
            }
            char e = i + 1 < end ? text.charAt(i + 1) : '\\';
            i += 2;
            switch (e) {
                case 'n' -> append(sb, offs, '\n', at);
                case 'r' -> append(sb, offs, '\r', at);
                case 't' -> append(sb, offs, '\t', at);
                case '0' -> append(sb, offs, '\0', at);
                case '\\', '\'', '"' -> append(sb, offs, e, at);
                case 'x' -> {
                    append(sb, offs, (char) Integer.parseInt(text.substring(i, Math.min(i + 2, end)), 16), at);
                    i += 2;
                }
                case 'u' -> {
                    int close = text.indexOf('}', i);
                    int cp = Integer.parseInt(text.substring(i + 1, close).replace("_", ""), 16);
                    for (char ch : Character.toChars(cp)) {
                        append(sb, offs, ch, at);
                    }
                    i = close + 1;
                }
                case '\n' -> {
                    while (i < end && Character.isWhitespace(text.charAt(i))) {
                        i++; // a line continuation skips the newline and the next line's indentation
                    }
                }
                default -> {
                    return Optional.empty(); // the lexer reported bad escapes already
                }
            }
        }
        offs[sb.length()] = base + end;
        int[] exact = java.util.Arrays.copyOf(offs, sb.length() + 1);
        return Optional.of(new StrLit(sb.toString(), exact));
    }

    private static void append(StringBuilder sb, int[] offs, char c, int at) {
        offs[sb.length()] = at;
        sb.append(c);
    }
}

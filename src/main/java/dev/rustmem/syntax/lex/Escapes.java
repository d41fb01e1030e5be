package dev.rustmem.syntax.lex;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;

/** Escape sequences of quoted literals (rustc_lexer::unescape), with rustc's error wording. */
final class Escapes {
    /**
     * In C strings a {@code \xNN} escape is a raw byte, not a char: it is returned as the code point
     * {@code RAW_BYTE + NN} (Unicode plane 16, private use) and turned back into a byte by the decoder.
     */
    static final int RAW_BYTE = 0x100000;

    enum Mode {
        STR, CHAR, BYTE, BYTE_STR, C_STR;

        boolean isByte() {
            return this == BYTE || this == BYTE_STR;
        }

        boolean allowsContinuation() {
            return this == STR || this == BYTE_STR || this == C_STR;
        }
    }

    private Escapes() {}

    /** @param base offset of {@code body}'s first char in the file, for error spans */
    static String unescape(String body, Mode mode, int base, Diagnostics diags) {
        if (body.indexOf('\\') < 0 && !mode.isByte()) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            int c = body.codePointAt(i);
            if (c != '\\') {
                if (mode.isByte() && c >= 0x80) {
                    diags.add(Diagnostic.error("non-ASCII character in byte " + (mode == Mode.BYTE ? "literal"
                            : "string literal"), new Span(base + i, base + i + Character.charCount(c)),
                            "must be ASCII"));
                }
                sb.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            i = escape(body, i, mode, base, diags, sb);
        }
        return sb.toString();
    }

    /** Decodes the escape at {@code body[i] == '\\'}; returns the index after it. */
    private static int escape(String body, int i, Mode mode, int base, Diagnostics diags, StringBuilder sb) {
        if (i + 1 >= body.length()) {
            return i + 1;
        }
        char e = body.charAt(i + 1);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case '\\' -> sb.append('\\');
            case '\'' -> sb.append('\'');
            case '"' -> sb.append('"');
            case '0' -> {
                if (mode == Mode.C_STR) {
                    diags.add(Diagnostic.error("null characters in C string literals are not supported",
                            new Span(base + i, base + i + 2), ""));
                }
                sb.append('\0');
            }
            case 'x' -> {
                return hex(body, i, mode, base, diags, sb);
            }
            case 'u' -> {
                return unicode(body, i, mode, base, diags, sb);
            }
            case '\n' -> {
                if (!mode.allowsContinuation()) {
                    return unknown(body, i, base, diags, sb);
                }
                int j = i + 2;
                while (j < body.length() && " \t\n\r".indexOf(body.charAt(j)) >= 0) {
                    j++;
                }
                return j;
            }
            default -> {
                return unknown(body, i, base, diags, sb);
            }
        }
        return i + 2;
    }

    private static int unknown(String body, int i, int base, Diagnostics diags, StringBuilder sb) {
        int c = body.codePointAt(i + 1);
        int n = Character.charCount(c);
        String shown = c == '\n' ? "\\n" : new String(Character.toChars(c));
        diags.add(Diagnostic.error("unknown character escape: `" + shown + "`",
                new Span(base + i + 1, base + i + 1 + n), "unknown character escape"));
        sb.appendCodePoint(c);
        return i + 1 + n;
    }

    private static int hex(String body, int i, Mode mode, int base, Diagnostics diags, StringBuilder sb) {
        int end = Math.min(i + 4, body.length());
        String digits = body.substring(i + 2, end);
        int v = digits.length() == 2 ? parseHex(digits) : -1;
        if (v < 0) {
            diags.add(Diagnostic.error("numeric character escape is too short", new Span(base + i, base + end), ""));
            return end;
        }
        if (v > 0x7F && !mode.isByte() && mode != Mode.C_STR) {
            diags.add(Diagnostic.error("out of range hex escape", new Span(base + i, base + end),
                    "must be a character in the range [\\x00-\\x7f]"));
        }
        sb.appendCodePoint(mode == Mode.C_STR ? RAW_BYTE + v : v);
        return end;
    }

    private static int unicode(String body, int i, Mode mode, int base, Diagnostics diags, StringBuilder sb) {
        int open = i + 2;
        int close = body.indexOf('}', open);
        if (open >= body.length() || body.charAt(open) != '{' || close < 0) {
            diags.add(Diagnostic.error("incorrect unicode escape sequence", new Span(base + i, base + i + 2),
                    "incorrect unicode escape sequence"));
            return Math.min(i + 2, body.length());
        }
        Span span = new Span(base + i, base + close + 1);
        String digits = body.substring(open + 1, close).replace("_", "");
        int v = digits.isEmpty() || digits.length() > 6 ? -1 : parseHex(digits);
        if (mode.isByte()) {
            diags.add(Diagnostic.error("unicode escape in byte string", span, "unicode escape in byte string"));
        } else if (v < 0 || v > 0x10FFFF) {
            diags.add(Diagnostic.error(digits.length() > 6 ? "overlong unicode escape" : "invalid unicode character escape",
                    span, "invalid escape"));
        } else if (v >= 0xD800 && v <= 0xDFFF) {
            diags.add(Diagnostic.error("invalid unicode character escape", span, "invalid escape")
                    .withHelp("unicode escape must not be a surrogate"));
        } else {
            sb.appendCodePoint(v);
        }
        return close + 1;
    }

    private static int parseHex(String s) {
        int v = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}

package dev.rustmem.syntax.lex;

import java.util.Locale;

/** Character classes of the Rust lexer (Unicode XID identifiers, Pattern_White_Space). */
final class CharClass {
    private CharClass() {}

    /** Rust's Pattern_White_Space (rustc_lexer::is_whitespace). */
    static boolean isWhitespace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0x200E || c == 0x200F
                || c == 0x2028 || c == 0x2029;
    }

    static boolean isIdentStart(int c) {
        if (c < 0x80) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentContinue(int c) {
        if (c < 0x80) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        // Java's identifier-part set also admits "ignorable" format characters; XID_Continue does not.
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    /** End of the identifier starting at {@code i} of {@code s[0, n)} (which must be an identifier start). */
    static int skipIdent(char[] s, int n, int i) {
        i += Character.charCount(Character.codePointAt(s, i, n));
        while (i < n) {
            int c = Character.codePointAt(s, i, n);
            if (!isIdentContinue(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A literal's suffix ({@code 1u8}, {@code "x"suffix}) is lexed as part of the literal. */
    static int skipSuffix(char[] s, int n, int i) {
        if (i < n && isIdentStart(Character.codePointAt(s, i, n))) {
            return skipIdent(s, n, i);
        }
        return i;
    }

    /** Rust's {@code char::escape_default}, used in "unknown start of token" messages. */
    static String escapeDefault(int c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\\' -> "\\\\";
            case '\'' -> "\\'";
            case '"' -> "\\\"";
            default -> c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                    : "\\u{" + Integer.toHexString(c).toLowerCase(Locale.ROOT) + "}";
        };
    }
}

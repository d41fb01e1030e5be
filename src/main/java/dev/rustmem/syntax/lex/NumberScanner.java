package dev.rustmem.syntax.lex;

/**
 * Finds the end of a number literal (without its suffix), following rustc_lexer: a {@code .}
 * makes a float only when it is not followed by another {@code .} ({@code 1..2}) or by an
 * identifier ({@code 2.foo()}); {@code e}/{@code E} starts an exponent only before digits.
 */
final class NumberScanner {
    private NumberScanner() {}

    /** Result bit: the literal is a float. The rest ({@code >>> 1}) is the end offset. */
    static final int FLOAT = 1;

    /** Scans {@code s[i, n)}; returns {@code end << 1}, or-ed with {@link #FLOAT} for a float. */
    static int scan(char[] s, int n, int i) {
        if (s[i] == '0' && i + 1 < n) {
            char p = s[i + 1];
            if (p == 'x') {
                return skipWhile(s, n, i + 2, true) << 1;
            }
            if (p == 'o' || p == 'b') {
                return skipWhile(s, n, i + 2, false) << 1;
            }
        }
        int end = skipWhile(s, n, i, false);
        if (end < n && s[end] == '.') {
            int c2 = end + 1 < n ? Character.codePointAt(s, end + 1, n) : -1;
            if (c2 != '.' && (c2 < 0 || !CharClass.isIdentStart(c2))) {
                end++;
                if (c2 >= '0' && c2 <= '9') {
                    end = skipWhile(s, n, end, false);
                    end = exponent(s, n, end);
                }
                return (end << 1) | FLOAT;
            }
        }
        int e = exponent(s, n, end);
        return (e << 1) | (e != end ? FLOAT : 0);
    }

    /** {@code e[+-]?[0-9_]*[0-9][0-9_]*} if present. */
    private static int exponent(char[] s, int n, int i) {
        if (i >= n || (s[i] != 'e' && s[i] != 'E')) {
            return i;
        }
        int j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) {
            j++;
        }
        int k = j;
        boolean digit = false;
        while (k < n && (isDigit(s[k]) || s[k] == '_')) {
            digit |= isDigit(s[k]);
            k++;
        }
        return digit ? k : i;
    }

    private static int skipWhile(char[] s, int n, int i, boolean hex) {
        while (i < n) {
            char c = s[i];
            boolean ok = isDigit(c) || c == '_' || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!ok) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

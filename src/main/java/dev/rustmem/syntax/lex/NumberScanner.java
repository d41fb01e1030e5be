package dev.rustmem.syntax.lex;

/**
 * Finds the end of a number literal (without its suffix), following rustc_lexer: a {@code .}
 * makes a float only when it is not followed by another {@code .} ({@code 1..2}) or by an
 * identifier ({@code 2.foo()}); {@code e}/{@code E} starts an exponent only before digits.
 */
final class NumberScanner {
    private NumberScanner() {}

    record Result(int end, boolean isFloat) {}

    static Result scan(String s, int i) {
        if (s.charAt(i) == '0' && i + 1 < s.length()) {
            char p = s.charAt(i + 1);
            if (p == 'x') {
                return new Result(skipWhile(s, i + 2, true), false);
            }
            if (p == 'o' || p == 'b') {
                return new Result(skipWhile(s, i + 2, false), false);
            }
        }
        int end = skipWhile(s, i, false);
        boolean isFloat = false;
        if (end < s.length() && s.charAt(end) == '.') {
            int c2 = end + 1 < s.length() ? s.codePointAt(end + 1) : -1;
            if (c2 != '.' && (c2 < 0 || !CharClass.isIdentStart(c2))) {
                isFloat = true;
                end++;
                if (c2 >= '0' && c2 <= '9') {
                    end = skipWhile(s, end, false);
                    end = exponent(s, end);
                }
                return new Result(end, true);
            }
        }
        int e = exponent(s, end);
        return new Result(e, isFloat || e != end);
    }

    /** {@code e[+-]?[0-9_]*[0-9][0-9_]*} if present. */
    private static int exponent(String s, int i) {
        if (i >= s.length() || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
            return i;
        }
        int j = i + 1;
        if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
        }
        int k = j;
        boolean digit = false;
        while (k < s.length() && (isDigit(s.charAt(k)) || s.charAt(k) == '_')) {
            digit |= isDigit(s.charAt(k));
            k++;
        }
        return digit ? k : i;
    }

    private static int skipWhile(String s, int i, boolean hex) {
        while (i < s.length()) {
            char c = s.charAt(i);
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

package dev.rustmem.syntax.lex;

/**
 * Greedy punctuation glueing. {@code <-} is deliberately not glued: {@code x<-1} means
 * {@code x < -1} (rustc dropped the {@code <-} token for the same reason).
 */
final class Punct {
    private Punct() {}

    /** The longest punctuation token at {@code i} of {@code s[0, n)}, or null. */
    static TokenKind longest(char[] s, int n, int i) {
        char c = s[i];
        char c1 = i + 1 < n ? s[i + 1] : '\0';
        char c2 = i + 2 < n ? s[i + 2] : '\0';
        switch (c) {
            case '<':
                if (c1 == '<') {
                    return c2 == '=' ? TokenKind.SHL_EQ : TokenKind.SHL;
                }
                return c1 == '=' ? TokenKind.LE : TokenKind.LT;
            case '>':
                if (c1 == '>') {
                    return c2 == '=' ? TokenKind.SHR_EQ : TokenKind.SHR;
                }
                return c1 == '=' ? TokenKind.GE : TokenKind.GT;
            case '.':
                if (c1 == '.') {
                    return c2 == '.' ? TokenKind.DOT_DOT_DOT : c2 == '=' ? TokenKind.DOT_DOT_EQ : TokenKind.DOT_DOT;
                }
                return TokenKind.DOT;
            case ':':
                return c1 == ':' ? TokenKind.PATH_SEP : TokenKind.COLON;
            case '-':
                return c1 == '>' ? TokenKind.R_ARROW : c1 == '=' ? TokenKind.MINUS_EQ : TokenKind.MINUS;
            case '=':
                return c1 == '>' ? TokenKind.FAT_ARROW : c1 == '=' ? TokenKind.EQ_EQ : TokenKind.EQ;
            case '!':
                return c1 == '=' ? TokenKind.NE : TokenKind.NOT;
            case '&':
                return c1 == '&' ? TokenKind.AND_AND : c1 == '=' ? TokenKind.AND_EQ : TokenKind.AND;
            case '|':
                return c1 == '|' ? TokenKind.OR_OR : c1 == '=' ? TokenKind.OR_EQ : TokenKind.OR;
            case '+':
                return c1 == '=' ? TokenKind.PLUS_EQ : TokenKind.PLUS;
            case '*':
                return c1 == '=' ? TokenKind.STAR_EQ : TokenKind.STAR;
            case '/':
                return c1 == '=' ? TokenKind.SLASH_EQ : TokenKind.SLASH;
            case '%':
                return c1 == '=' ? TokenKind.PERCENT_EQ : TokenKind.PERCENT;
            case '^':
                return c1 == '=' ? TokenKind.CARET_EQ : TokenKind.CARET;
            default:
                return single(c);
        }
    }

    private static TokenKind single(char c) {
        return switch (c) {
            case '@' -> TokenKind.AT;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '#' -> TokenKind.POUND;
            case '$' -> TokenKind.DOLLAR;
            case '?' -> TokenKind.QUESTION;
            case '~' -> TokenKind.TILDE;
            case '{' -> TokenKind.OPEN_BRACE;
            case '}' -> TokenKind.CLOSE_BRACE;
            case '[' -> TokenKind.OPEN_BRACKET;
            case ']' -> TokenKind.CLOSE_BRACKET;
            case '(' -> TokenKind.OPEN_PAREN;
            case ')' -> TokenKind.CLOSE_PAREN;
            default -> null;
        };
    }
}

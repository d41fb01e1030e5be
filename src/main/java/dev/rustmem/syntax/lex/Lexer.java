package dev.rustmem.syntax.lex;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.parse.ParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns source text into tokens, as rustc_lexer plus the token glueing of rustc_parse do:
 * whitespace and comments vanish, punctuation is glued greedily, literals keep their exact
 * spelling (decoded later by {@link LiteralDecoder}). Doc comments are desugared here into the
 * tokens of {@code #[doc = "..."]} (or {@code #![doc = "..."]}), all spanning the comment, which is
 * what rustc does when a doc comment enters a token stream.
 *
 * <p>Always terminates with exactly one {@link TokenKind#EOF} token; errors are diagnostics.
 */
public final class Lexer {
    private final SourceFile file;
    private final String src;
    private final Diagnostics diags = new Diagnostics();
    private final List<Token> out = new ArrayList<>();
    private final QuoteScanner quotes;
    private final Interner names = new Interner();
    private int pos;

    private Lexer(SourceFile file) {
        this.file = file;
        this.src = file.text();
        this.quotes = new QuoteScanner(src, diags);
    }

    public static ParseResult<List<Token>> lex(SourceFile file) {
        Lexer lx = new Lexer(file);
        lx.run();
        return new ParseResult<>(Collections.unmodifiableList(lx.out), lx.diags);
    }

    private void run() {
        if (src.startsWith("\uFEFF")) {
            pos = 1;
        }
        skipShebang();
        while (pos < src.length()) {
            int c = src.codePointAt(pos);
            if (CharClass.isWhitespace(c)) {
                pos += Character.charCount(c);
            } else if (c == '/' && pos + 1 < src.length() && (src.charAt(pos + 1) == '/' || src.charAt(pos + 1) == '*')) {
                comment();
            } else {
                token(c);
            }
        }
        out.add(new Token(TokenKind.EOF, "", Span.at(src.length())));
    }

    /** {@code #!} on the first line is a shebang unless it starts an inner attribute {@code #![}. */
    private void skipShebang() {
        if (!src.startsWith("#!", pos)) {
            return;
        }
        int i = pos + 2;
        while (i < src.length() && CharClass.isWhitespace(src.charAt(i))) {
            i++;
        }
        if (i < src.length() && src.charAt(i) == '[') {
            return;
        }
        int nl = src.indexOf('\n', pos);
        pos = nl < 0 ? src.length() : nl;
    }

    private void comment() {
        int start = pos;
        if (src.charAt(pos + 1) == '/') {
            int nl = src.indexOf('\n', pos);
            int end = nl < 0 ? src.length() : nl;
            pos = end;
            boolean outer = src.startsWith("///", start) && !src.startsWith("////", start);
            boolean inner = src.startsWith("//!", start);
            if (outer || inner) {
                docAttribute(inner, src.substring(start + 3, end), new Span(start, end));
            }
            return;
        }
        int depth = 0;
        int i = pos;
        while (i < src.length()) {
            if (src.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (src.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    break;
                }
            } else {
                i++;
            }
        }
        pos = i;
        if (depth != 0) {
            diags.add(Diagnostic.error(Code.E0758, "unterminated block comment", new Span(start, src.length()), ""));
            return;
        }
        boolean outer = src.startsWith("/**", start) && !src.startsWith("/***", start) && i - start > 4;
        boolean inner = src.startsWith("/*!", start);
        if (outer || inner) {
            docAttribute(inner, src.substring(start + 3, i - 2), new Span(start, i));
        }
    }

    /** {@code /// text} becomes {@code #[doc = " text"]}, every token spanning the comment. */
    private void docAttribute(boolean inner, String text, Span span) {
        out.add(new Token(TokenKind.POUND, "#", span));
        if (inner) {
            out.add(new Token(TokenKind.NOT, "!", span));
        }
        out.add(new Token(TokenKind.OPEN_BRACKET, "[", span));
        out.add(new Token(TokenKind.IDENT, "doc", span));
        out.add(new Token(TokenKind.EQ, "=", span));
        out.add(new Token(TokenKind.STR_LIT, quote(text), span));
        out.add(new Token(TokenKind.CLOSE_BRACKET, "]", span));
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private void token(int c) {
        int start = pos;
        if (c >= '0' && c <= '9') {
            NumberScanner.Result r = NumberScanner.scan(src, pos);
            pos = CharClass.skipSuffix(src, r.end());
            emit(r.isFloat() ? TokenKind.FLOAT_LIT : TokenKind.INT_LIT, start);
        } else if (c == '"') {
            pos = CharClass.skipSuffix(src, quotes.string(pos, pos, Code.E0765, "unterminated double quote string"));
            emit(TokenKind.STR_LIT, start);
        } else if (c == '\'') {
            quoteOrLifetime(start);
        } else if (CharClass.isIdentStart(c)) {
            identOrPrefixedLiteral(start);
        } else {
            TokenKind k = Punct.longest(src, pos);
            if (k == null) {
                pos += Character.charCount(c);
                diags.add(Diagnostic.error("unknown start of token: " + CharClass.escapeDefault(c),
                        new Span(start, pos), ""));
                return;
            }
            pos += k.spelling().length();
            out.add(new Token(k, k.spelling(), new Span(start, pos)));
        }
    }

    private void quoteOrLifetime(int start) {
        int next = start + 1;
        if (next < src.length() && src.charAt(next) != '\\') {
            int c1 = src.codePointAt(next);
            int after = next + Character.charCount(c1);
            boolean closes = after < src.length() && src.charAt(after) == '\'';
            if (!closes && (CharClass.isIdentStart(c1) || Character.isDigit(c1))) {
                int i = next;
                if (src.startsWith("r#", i) && i + 2 < src.length() && CharClass.isIdentStart(src.codePointAt(i + 2))) {
                    i += 2;
                }
                pos = CharClass.skipIdent(src, i);
                emit(TokenKind.LIFETIME, start);
                return;
            }
        }
        pos = CharClass.skipSuffix(src, quotes.charLit(start, start, Code.E0762, "unterminated character literal"));
        emit(TokenKind.CHAR_LIT, start);
    }

    private void identOrPrefixedLiteral(int start) {
        String two = src.startsWith("br", start) || src.startsWith("cr", start) ? src.substring(start, start + 2) : "";
        char c = src.charAt(start);
        char c1 = start + 1 < src.length() ? src.charAt(start + 1) : '\0';
        if (c == 'b' && c1 == '\'') {
            pos = CharClass.skipSuffix(src, quotes.charLit(start, start + 1, Code.E0763, "unterminated byte constant"));
            emit(TokenKind.BYTE_LIT, start);
        } else if (c == 'b' && c1 == '"') {
            pos = CharClass.skipSuffix(src,
                    quotes.string(start, start + 1, Code.E0766, "unterminated double quote byte string"));
            emit(TokenKind.BYTE_STR_LIT, start);
        } else if (c == 'c' && c1 == '"') {
            pos = CharClass.skipSuffix(src,
                    quotes.string(start, start + 1, Code.E0765, "unterminated double quote string"));
            emit(TokenKind.C_STR_LIT, start);
        } else if (!two.isEmpty() && isRawStart(start + 2)) {
            pos = CharClass.skipSuffix(src, quotes.raw(start, start + 2));
            emit(two.equals("br") ? TokenKind.RAW_BYTE_STR_LIT : TokenKind.RAW_C_STR_LIT, start);
        } else if (c == 'r' && isRawStart(start + 1)) {
            pos = CharClass.skipSuffix(src, quotes.raw(start, start + 1));
            emit(TokenKind.RAW_STR_LIT, start);
        } else if (c == 'r' && c1 == '#' && start + 2 < src.length()
                && CharClass.isIdentStart(src.codePointAt(start + 2))) {
            rawIdent(start);
        } else {
            pos = CharClass.skipIdent(src, start);
            String text = names.intern(src, start, pos);
            TokenKind kw = Keywords.lookup(text);
            if (text.equals("_")) {
                kw = TokenKind.UNDERSCORE;
            }
            out.add(new Token(kw == null ? TokenKind.IDENT : kw, text, new Span(start, pos)));
        }
    }

    /** {@code r"}, {@code r#"}, {@code r##"}...: a raw string (a bare {@code r#x} is a raw identifier). */
    private boolean isRawStart(int i) {
        while (i < src.length() && src.charAt(i) == '#') {
            i++;
        }
        return i < src.length() && src.charAt(i) == '"';
    }

    private void rawIdent(int start) {
        pos = CharClass.skipIdent(src, start + 2);
        String name = src.substring(start + 2, pos);
        Span span = new Span(start, pos);
        if (name.equals("_") || name.equals("crate") || name.equals("self") || name.equals("super")
                || name.equals("Self")) {
            diags.add(Diagnostic.error("`" + name + "` cannot be a raw identifier", span, ""));
        }
        out.add(new Token(TokenKind.IDENT, name, span));
    }

    private void emit(TokenKind kind, int start) {
        out.add(new Token(kind, src.substring(start, pos), new Span(start, pos)));
    }

    @Override
    public String toString() {
        return "Lexer(" + file.name() + "@" + pos + ")";
    }
}

package dev.rustmem.syntax.lex;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.parse.ParseResult;
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
    /** ASCII identifier-continue chars (read only). */
    private static final boolean[] ASCII_IDENT = asciiIdent();
    // What an ASCII char starts, for the main loop's dispatch (read only).
    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte IDENT = 2;
    private static final byte PUNCT = 3;
    private static final byte[] ASCII_START = asciiStart();

    private final SourceFile file;
    private final String src;
    /** The text as chars: array access is much cheaper than String.charAt before the JIT has warmed up. */
    private final char[] cs;
    private final int len;
    /** Where lexing stops: the end of the text, or of the part being lexed. */
    private final int stop;
    private final Diagnostics diags = new Diagnostics();
    private final TokenBuffer out;
    private final QuoteScanner quotes;
    private final Interner names;
    private int pos;
    /** Closers expected for the open delimiters, innermost last; cleared once a mismatch is seen. */
    private TokenKind[] closers = new TokenKind[64];
    private int openDelims;
    private boolean mismatched;

    private Lexer(SourceFile file) {
        this(file, file.chars(), 0, file.text().length());
    }

    /** A lexer of {@code [from, to)} of the file, whose text is {@code cs} (read only). */
    private Lexer(SourceFile file, char[] cs, int from, int to) {
        this.file = file;
        this.src = file.text();
        this.cs = cs;
        this.len = cs.length;
        this.pos = from;
        this.stop = to;
        // dense generated code has about one token per three chars (the 20,000-type benchmark:
        // 2.8); typical code has fewer, and the buffer grows if needed
        this.out = new TokenBuffer((to - from) / 5 * 2 + 16);
        this.names = new Interner((to - from) / 128);
        this.quotes = new QuoteScanner(src, diags);
    }

    public static ParseResult<List<Token>> lex(SourceFile file) {
        ParseResult<TokenBuffer> r = lexBuffer(file);
        return new ParseResult<>(r.value().toList(), r.diagnostics());
    }

    /** As {@link #lex}, as parallel arrays (what the parser reads). */
    public static ParseResult<TokenBuffer> lexBuffer(SourceFile file) {
        Lexer lx = new Lexer(file);
        lx.run();
        return new ParseResult<>(lx.out, lx.diags);
    }

    /**
     * The tokens of one part of a file lexed in parts (on threads of their own), ending with an
     * EOF token, and whether the part is clean: no diagnostic, its delimiters balance, and, unless
     * it runs to the end of the file, its last token is a {@code ;} or {@code }} followed by
     * nothing but whitespace and comments up to the part's end, where the next part's lexer
     * starts afresh. Clean parts hold exactly the whole file's tokens; a file with a part that is
     * not clean is to be lexed again as a whole.
     */
    public record Part(TokenBuffer tokens, boolean clean) {}

    /** Lexes {@code [from, to)} of {@code file}, whose text's chars are {@code chars} (shared, read only). */
    public static Part lexPart(SourceFile file, char[] chars, int from, int to) {
        Lexer lx = new Lexer(file, chars, from, to);
        lx.run();
        boolean clean = lx.diags.isEmpty() && lx.out.delimitersBalanced();
        if (clean && to < chars.length) {
            int last = lx.out.size() - 2; // before EOF
            int k = last < 0 ? -1 : lx.out.kindOrdinal(last);
            clean = lx.pos == to && (k == TokenKind.SEMI.ordinal() || k == TokenKind.CLOSE_BRACE.ordinal());
        }
        return new Part(lx.out, clean);
    }

    private void run() {
        if (pos == 0) {
            if (len > 0 && cs[0] == '\uFEFF') {
                pos = 1;
            }
            skipShebang();
        }
        char[] s = cs;
        byte[] starts = ASCII_START;
        int n = len;
        int end = stop;
        while (pos < end) {
            char ch = s[pos];
            byte what = ch < 128 ? starts[ch] : OTHER;
            if (what == SPACE) {
                pos++;
                continue;
            }
            if (what == IDENT) {
                identOrPrefixedLiteral(pos, ch);
                continue;
            }
            if (what == PUNCT) {
                punct(pos);
                continue;
            }
            int c = ch < Character.MIN_SURROGATE ? ch : Character.codePointAt(s, pos, n);
            if (CharClass.isWhitespace(c)) {
                pos += Character.charCount(c);
            } else if (c == '/' && pos + 1 < n && (s[pos + 1] == '/' || s[pos + 1] == '*')) {
                comment();
            } else {
                token(c);
            }
        }
        out.add(TokenKind.EOF, "", end, end);
        if (!mismatched && openDelims == 0) {
            out.markBalanced();
        }
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
                docAttribute(inner, src.substring(start + 3, end), start, end);
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
            docAttribute(inner, src.substring(start + 3, i - 2), start, i);
        }
    }

    /** {@code /// text} becomes {@code #[doc = " text"]}, every token spanning the comment. */
    private void docAttribute(boolean inner, String text, int start, int end) {
        out.add(TokenKind.POUND, "#", start, end);
        if (inner) {
            out.add(TokenKind.NOT, "!", start, end);
        }
        out.add(TokenKind.OPEN_BRACKET, "[", start, end);
        out.add(TokenKind.IDENT, "doc", start, end);
        out.add(TokenKind.EQ, "=", start, end);
        out.add(TokenKind.STR_LIT, quote(text), start, end);
        out.add(TokenKind.CLOSE_BRACKET, "]", start, end);
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
            int r = NumberScanner.scan(cs, len, pos);
            pos = CharClass.skipSuffix(cs, len, r >>> 1);
            emit((r & NumberScanner.FLOAT) != 0 ? TokenKind.FLOAT_LIT : TokenKind.INT_LIT, start);
        } else if (c == '"') {
            pos = CharClass.skipSuffix(cs, len, quotes.string(pos, pos, Code.E0765, "unterminated double quote string"));
            emit(TokenKind.STR_LIT, start);
        } else if (c == '\'') {
            quoteOrLifetime(start);
        } else if (c < 0x80 ? isAsciiIdentStart(c) : CharClass.isIdentStart(c)) {
            identOrPrefixedLiteral(start, c);
        } else if (Punct.longest(cs, len, pos) != null) {
            punct(start);
        } else {
            pos += Character.charCount(c);
            diags.add(Diagnostic.error("unknown start of token: " + CharClass.escapeDefault(c),
                    new Span(start, pos), ""));
        }
    }

    /** The longest punctuation token at {@code start} (there is one). */
    private void punct(int start) {
        TokenKind k = Punct.longest(cs, len, start);
        String spelling = k.spelling();
        pos = start + spelling.length();
        out.add(k, spelling, start, pos);
        if (k.ordinal() >= TokenKind.OPEN_BRACE.ordinal()) { // the delimiters are the last punctuation kinds
            delimiter(k);
        }
    }

    /**
     * Tracks delimiter nesting so that the parser can skip its own balance check when all is well
     * (it reports unbalanced delimiters in rustc's words; this only says whether there are any).
     */
    private void delimiter(TokenKind k) {
        TokenKind close = k == TokenKind.OPEN_BRACE ? TokenKind.CLOSE_BRACE
                : k == TokenKind.OPEN_BRACKET ? TokenKind.CLOSE_BRACKET
                : k == TokenKind.OPEN_PAREN ? TokenKind.CLOSE_PAREN : null;
        if (close != null) {
            if (openDelims == closers.length) {
                closers = java.util.Arrays.copyOf(closers, openDelims * 2);
            }
            closers[openDelims++] = close;
        } else if (openDelims == 0 || closers[--openDelims] != k) {
            mismatched = true;
            openDelims = 0;
        }
    }

    /** Digits, quotes and {@code /} (a comment?) are OTHER: the general path handles them. */
    private static byte[] asciiStart() {
        byte[] t = new byte[128];
        char[] one = new char[1];
        for (char c = 0; c < 128; c++) {
            one[0] = c;
            if (CharClass.isWhitespace(c)) {
                t[c] = SPACE;
            } else if (isAsciiIdentStart(c)) {
                t[c] = IDENT;
            } else if (c != '/' && c != '"' && c != '\'' && Punct.longest(one, 1, 0) != null) {
                t[c] = PUNCT;
            }
        }
        return t;
    }

    private static boolean[] asciiIdent() {
        boolean[] t = new boolean[128];
        for (int c = 0; c < 128; c++) {
            t[c] = CharClass.isIdentContinue(c);
        }
        return t;
    }

    private static boolean isAsciiIdentStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private void quoteOrLifetime(int start) {
        int next = start + 1;
        if (next < len && cs[next] != '\\') {
            int c1 = Character.codePointAt(cs, next, len);
            int after = next + Character.charCount(c1);
            boolean closes = after < len && cs[after] == '\'';
            if (!closes && (CharClass.isIdentStart(c1) || Character.isDigit(c1))) {
                int i = next;
                if (cs[i] == 'r' && i + 2 < len && cs[i + 1] == '#'
                        && CharClass.isIdentStart(Character.codePointAt(cs, i + 2, len))) {
                    i += 2;
                }
                pos = CharClass.skipIdent(cs, len, i);
                emit(TokenKind.LIFETIME, start);
                return;
            }
        }
        pos = CharClass.skipSuffix(cs, len, quotes.charLit(start, start, Code.E0762, "unterminated character literal"));
        emit(TokenKind.CHAR_LIT, start);
    }

    /** {@code c} is the identifier start at {@code start}. */
    private void identOrPrefixedLiteral(int start, int c) {
        char c1 = start + 1 < len ? cs[start + 1] : '\0';
        // only b, c and r can start a literal or raw identifier, and only when a quote or # follows
        if ((c == 'b' || c == 'c' || c == 'r') && (c1 == '\'' || c1 == '"' || c1 == '#' || c1 == 'r')
                && prefixedLiteral(start, c, c1)) {
            return;
        }
        // Plain identifier: scan ASCII chars hashing as String.hashCode does, so the interner
        // needs no second pass; any other char takes the general path.
        char[] s = cs;
        boolean[] ident = ASCII_IDENT;
        int n = len;
        int h = c;
        int i = start + 1;
        while (i < n) {
            char ch = s[i];
            if (ch < 0x80) {
                if (!ident[ch]) {
                    break;
                }
                h = 31 * h + ch;
                i++;
            } else {
                i = CharClass.skipIdent(s, n, start);
                h = 0;
                for (int k = start; k < i; k++) {
                    h = 31 * h + s[k];
                }
                break;
            }
        }
        pos = i;
        String text = names.intern(s, start, i, h);
        out.add(names.lastKind(), text, start, i);
    }

    /** Byte, C and raw strings, byte chars and raw identifiers; false if none starts here. */
    private boolean prefixedLiteral(int start, int c, char c1) {
        if (c == 'b' && c1 == '\'') {
            pos = CharClass.skipSuffix(cs, len, quotes.charLit(start, start + 1, Code.E0763, "unterminated byte constant"));
            emit(TokenKind.BYTE_LIT, start);
        } else if (c == 'b' && c1 == '"') {
            pos = CharClass.skipSuffix(cs, len,
                    quotes.string(start, start + 1, Code.E0766, "unterminated double quote byte string"));
            emit(TokenKind.BYTE_STR_LIT, start);
        } else if (c == 'c' && c1 == '"') {
            pos = CharClass.skipSuffix(cs, len,
                    quotes.string(start, start + 1, Code.E0765, "unterminated double quote string"));
            emit(TokenKind.C_STR_LIT, start);
        } else if ((c == 'b' || c == 'c') && c1 == 'r' && isRawStart(start + 2)) {
            pos = CharClass.skipSuffix(cs, len, quotes.raw(start, start + 2));
            emit(c == 'b' ? TokenKind.RAW_BYTE_STR_LIT : TokenKind.RAW_C_STR_LIT, start);
        } else if (c == 'r' && isRawStart(start + 1)) {
            pos = CharClass.skipSuffix(cs, len, quotes.raw(start, start + 1));
            emit(TokenKind.RAW_STR_LIT, start);
        } else if (c == 'r' && c1 == '#' && start + 2 < len
                && CharClass.isIdentStart(Character.codePointAt(cs, start + 2, len))) {
            rawIdent(start);
        } else {
            return false;
        }
        return true;
    }

    /** {@code r"}, {@code r#"}, {@code r##"}...: a raw string (a bare {@code r#x} is a raw identifier). */
    private boolean isRawStart(int i) {
        while (i < len && cs[i] == '#') {
            i++;
        }
        return i < len && cs[i] == '"';
    }

    private void rawIdent(int start) {
        pos = CharClass.skipIdent(cs, len, start + 2);
        String name = src.substring(start + 2, pos);
        Span span = new Span(start, pos);
        if (name.equals("_") || name.equals("crate") || name.equals("self") || name.equals("super")
                || name.equals("Self")) {
            diags.add(Diagnostic.error("`" + name + "` cannot be a raw identifier", span, ""));
        }
        out.add(TokenKind.IDENT, name, start, pos);
    }

    private void emit(TokenKind kind, int start) {
        out.add(kind, src.substring(start, pos), start, pos);
    }

    @Override
    public String toString() {
        return "Lexer(" + file.name() + "@" + pos + ")";
    }
}

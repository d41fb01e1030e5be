package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenBuffer;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The token stream shared by all sub-parsers: lookahead, consumption, compound-token splitting
 * ({@code >>} closing two generic lists) and rustc's "expected one of ..." bookkeeping: every
 * failed {@link #check} at the current position records what would have been accepted, and
 * {@link #unexpected()} reports that set, sorted as rustc sorts it.
 */
final class TokenCursor {
    private static final int MAX_DEPTH = 200;
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int EOF = TokenKind.EOF.ordinal();
    private static final Span NO_SPAN = Span.at(0);
    /** Punctuation by spelling, for the rest of a split compound token. */
    private static final Map<String, TokenKind> PUNCT = punctuation();

    final SourceFile file;
    final Diagnostics diags;
    /** Ends with EOF. */
    private final TokenBuffer toks;
    private final int last;
    private int pos;
    /** The kind ordinal of the token at {@link #pos}, kept in a field for the many kind tests. */
    private int cur;
    /** The end of the first part of a split token while it is the last thing consumed, else -1. */
    private int splitEnd = -1;
    /** Index of the last consumed token, or -1. */
    private int prevIndex = -1;
    /** Set for whole files: rustc reports an unexpected end of file at the last token. */
    boolean eofAtLastToken;
    /** Set for whole files whose delimiters were checked; token lists are not known to balance. */
    boolean balanced;
    private int depth;
    // What would have been accepted at the current token, as a bit set of kind ordinals (there are
    // fewer than 128 kinds) plus descriptions; strings are only built when reporting.
    private final long[] expected = new long[2]; // bit o & 63 of word o >>> 6
    private final ArrayList<String> expectedOther = new ArrayList<>();
    /** Whether {@link #expectedOther} has entries (a field test: C1 does not inline interface calls). */
    private boolean anyExpectedOther;
    /**
     * The last span this cursor made: AST nodes that cover the same tokens (an identifier, its
     * path segment, its path and its path type) share one object instead of equal copies.
     */
    private Span lastSpan = NO_SPAN;
    /** Cache of {@link #peek()}: the token object made for {@code peekIndex}. */
    private Token peeked;
    private int peekIndex = -1;

    TokenCursor(SourceFile file, List<Token> tokens, Diagnostics diags) {
        this(file, TokenBuffer.withEof(tokens), diags);
    }

    /** @param tokens must end with EOF */
    TokenCursor(SourceFile file, TokenBuffer tokens, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
        this.toks = tokens;
        this.last = tokens.size() - 1;
        this.cur = toks.kindOrdinal(0);
    }

    private static Map<String, TokenKind> punctuation() {
        Map<String, TokenKind> m = new HashMap<>();
        for (TokenKind k : KINDS) {
            if (k.spelling() != null && !k.isKeyword()) {
                m.put(k.spelling(), k);
            }
        }
        return Map.copyOf(m);
    }

    int position() {
        return pos;
    }

    /** True if every delimiter is known to be closed by its match (whole files that passed the check). */
    boolean delimitersBalanced() {
        return balanced;
    }

    /** The current token as an object (made on demand: prefer {@link #kind}, {@link #text}, {@link #span}). */
    Token peek() {
        if (peekIndex != pos || peeked == null) {
            peeked = toks.token(pos);
            peekIndex = pos;
        }
        return peeked;
    }

    Token peek(int n) {
        int i = Math.min(pos + n, last);
        return i == pos ? peek() : toks.token(i);
    }

    TokenKind kind() {
        return KINDS[cur];
    }

    TokenKind kind(int n) {
        return toks.kind(Math.min(pos + n, last));
    }

    /** Text of the current token, as {@link Token#text()}. */
    String text() {
        return toks.text(pos);
    }

    boolean at(TokenKind k) {
        return cur == k.ordinal();
    }

    boolean atIdent(String name) {
        return at(TokenKind.IDENT) && toks.text(pos).equals(name);
    }

    /** True if the token {@code n} ahead is the identifier {@code name}. */
    boolean atIdent(int n, String name) {
        int i = Math.min(pos + n, last);
        return toks.kind(i) == TokenKind.IDENT && toks.text(i).equals(name);
    }

    boolean atEof() {
        return at(TokenKind.EOF);
    }

    /** Like {@link #at} but remembers {@code k} for the "expected one of" message. */
    boolean check(TokenKind k) {
        int o = k.ordinal();
        if (cur == o) {
            return true;
        }
        expected[o >>> 6] |= 1L << o; // small enough for C1 to inline the whole method
        return false;
    }

    boolean checkIdent(String contextualKeyword) {
        if (atIdent(contextualKeyword)) {
            return true;
        }
        expectedOther.add("`" + contextualKeyword + "`");
        anyExpectedOther = true;
        return false;
    }

    /** Records a description ("identifier", "type", ...) for the next error message. */
    void expect(String description) {
        expectedOther.add(description);
        anyExpectedOther = true;
    }

    private void clearExpected() {
        expected[0] = 0;
        expected[1] = 0;
        if (anyExpectedOther) {
            expectedOther.clear();
            anyExpectedOther = false;
        }
    }

    boolean eat(TokenKind k) {
        if (check(k)) {
            bump();
            return true;
        }
        return false;
    }

    /** Consumes a {@code k} or reports what was expected. */
    void expect(TokenKind k) {
        if (check(k)) {
            bump();
            return;
        }
        throw unexpected();
    }

    /** Consumes the current token; at EOF the cursor stays there. */
    void bump() {
        int p = pos;
        splitEnd = -1;
        prevIndex = p;
        if (cur != EOF) {
            pos = p + 1;
            cur = toks.kindOrdinal(p + 1);
        }
        clearExpected();
    }

    /** Consumes the current token and returns it as an object. */
    Token bumpToken() {
        Token t = peek();
        bump();
        return t;
    }

    /** Consumes the current token (an identifier, keyword, lifetime or literal) as an {@link Ident}. */
    Ident bumpIdent() {
        int p = pos;
        Ident id = new Ident(toks.text(p), toks.start(p), toks.end(p));
        bump();
        return id;
    }

    /** Delimiters opened and not yet closed between token index {@code from} and the cursor. */
    int openDepthSince(int from) {
        int depth = 0;
        for (int i = Math.max(0, from); i < pos; i++) {
            TokenKind k = toks.kind(i);
            if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET || k == TokenKind.OPEN_BRACE) {
                depth++;
            } else if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.CLOSE_BRACE) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    /** End offset of the last consumed token. */
    int prevEnd() {
        // computed when asked (AST nodes ask), not at every bump
        return splitEnd >= 0 ? splitEnd : prevIndex >= 0 ? toks.end(prevIndex) : toks.start(0);
    }

    int start() {
        return toks.start(pos);
    }

    /** The span of the current token. */
    Span span() {
        return spanOf(pos);
    }

    private Span spanOf(int i) {
        int s = toks.start(i);
        int e = toks.end(i);
        Span l = lastSpan;
        if (l.start() == s && l.end() == e) {
            return l;
        }
        return lastSpan = toks.span(i);
    }

    /** The span from {@code start} to the end of the last consumed token. */
    Span spanFrom(int start) {
        int end = Math.max(start, prevEnd());
        Span l = lastSpan;
        if (l.start() == start && l.end() == end) {
            return l;
        }
        return lastSpan = new Span(start, end);
    }

    /**
     * Consumes the first char of a compound token ({@code >>}, {@code >=}, {@code &&}, {@code ||},
     * {@code <<}, {@code ..=}) when the grammar wants only its first part, leaving the rest in place.
     */
    boolean eatSplit(TokenKind want) {
        if (check(want)) {
            bump();
            return true;
        }
        String s = kind().spelling();
        String w = want.spelling();
        if (s == null || s.length() <= w.length() || !s.startsWith(w)) {
            return false;
        }
        TokenKind rest = PUNCT.get(s.substring(w.length()));
        if (rest == null) {
            return false;
        }
        int end = toks.end(pos);
        int mid = Math.min(toks.start(pos) + w.length(), end);
        toks.split(pos, rest, mid);
        cur = rest.ordinal();
        peeked = null;
        splitEnd = mid;
        clearExpected();
        return true;
    }

    /** True if the current token is {@code want} or a compound token starting with it. */
    boolean atSplit(TokenKind want) {
        String s = kind().spelling();
        return s != null && s.startsWith(want.spelling());
    }

    /** Reports rustc's "expected one of ..., found ..." at the current token. */
    ParseError unexpected() {
        Token found0 = peek();
        if (expectedOther.contains("identifier") && found0.kind().isKeyword()) {
            // rustc: where an identifier would do, a keyword gets "expected identifier, found keyword"
            String d = Describe.token(found0);
            return error("expected identifier, found " + d, found0.span(),
                    "expected identifier, found " + d.substring(0, d.indexOf(" `")));
        }
        TreeSet<String> sorted = new TreeSet<>(expectedOther);
        for (int o = 0; o < KINDS.length; o++) {
            if ((expected[o >>> 6] & (1L << o)) != 0) {
                sorted.add("`" + KINDS[o].spelling() + "`");
            }
        }
        List<String> exp = List.copyOf(sorted);
        Token t = peek();
        String found = Describe.token(t);
        String msg;
        String label;
        if (exp.isEmpty()) {
            msg = "unexpected token: " + found;
            label = "unexpected token";
        } else if (exp.size() == 1) {
            msg = "expected " + exp.get(0) + ", found " + found;
            label = "expected " + exp.get(0);
        } else {
            String all = Describe.oneOf(exp);
            msg = "expected one of " + all + ", found " + found;
            label = "expected one of " + (exp.size() > 6 ? exp.size() + " possible tokens" : all);
        }
        return error(msg, errorSpan(t), label);
    }

    /**
     * rustc points an unexpected end of file at the last token instead; the end of a macro
     * fragment (an EOF anywhere else) is reported where it is.
     */
    Span errorSpan(Token t) {
        boolean endOfFile = eofAtLastToken && t.is(TokenKind.EOF) && t.span().start() >= file.text().length();
        return endOfFile && prevIndex >= 0 ? toks.span(prevIndex) : t.span();
    }

    ParseError error(String msg, Span span, String label) {
        diags.add(Diagnostic.error(msg, span, label));
        return new ParseError();
    }

    void report(Diagnostic d) {
        diags.add(d);
    }

    /** Guards recursion so that deeply nested input is a diagnostic, not a StackOverflowError. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw error("recursion limit reached while parsing", peek().span(), "nested too deeply");
        }
    }

    void exit() {
        if (depth > 0) {
            depth--;
        }
    }

    /** Restores the depth counter after recovery unwound nested calls. */
    void resetDepth(int d) {
        depth = d;
    }

    int depth() {
        return depth;
    }
}

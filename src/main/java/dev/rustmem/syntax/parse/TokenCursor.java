package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.TreeSet;

/**
 * The token stream shared by all sub-parsers: lookahead, consumption, compound-token splitting
 * ({@code >>} closing two generic lists) and rustc's "expected one of ..." bookkeeping: every
 * failed {@link #check} at the current position records what would have been accepted, and
 * {@link #unexpected()} reports that set, sorted as rustc sorts it.
 */
final class TokenCursor {
    private static final int MAX_DEPTH = 200;

    final SourceFile file;
    final Diagnostics diags;
    private final Token[] toks;
    private int pos;
    private int prevEnd;
    private Span prevSpan;
    /** Set for whole files: rustc reports an unexpected end of file at the last token. */
    boolean eofAtLastToken;
    private int depth;
    // What would have been accepted at the current token; strings are only built when reporting.
    private final EnumSet<TokenKind> expectedKinds = EnumSet.noneOf(TokenKind.class);
    private final List<String> expectedOther = new ArrayList<>();

    TokenCursor(SourceFile file, List<Token> tokens, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
        boolean hasEof = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(TokenKind.EOF);
        int n = tokens.size();
        int eofAt = n == 0 ? 0 : tokens.get(n - 1).span().end();
        this.toks = tokens.toArray(new Token[hasEof ? n : n + 1]);
        if (!hasEof) {
            toks[n] = new Token(TokenKind.EOF, "", Span.at(eofAt));
        }
        this.prevEnd = toks[0].span().start();
    }

    int position() {
        return pos;
    }

    Token peek() {
        return toks[pos];
    }

    Token peek(int n) {
        return toks[Math.min(pos + n, toks.length - 1)];
    }

    TokenKind kind() {
        return toks[pos].kind();
    }

    TokenKind kind(int n) {
        return peek(n).kind();
    }

    boolean at(TokenKind k) {
        return toks[pos].kind() == k;
    }

    boolean atIdent(String name) {
        return toks[pos].isIdent(name);
    }

    boolean atEof() {
        return toks[pos].kind() == TokenKind.EOF;
    }

    /** Like {@link #at} but remembers {@code k} for the "expected one of" message. */
    boolean check(TokenKind k) {
        if (toks[pos].kind() == k) {
            return true;
        }
        expectedKinds.add(k);
        return false;
    }

    boolean checkIdent(String contextualKeyword) {
        if (atIdent(contextualKeyword)) {
            return true;
        }
        expectedOther.add("`" + contextualKeyword + "`");
        return false;
    }

    /** Records a description ("identifier", "type", ...) for the next error message. */
    void expect(String description) {
        expectedOther.add(description);
    }

    private void clearExpected() {
        if (!expectedKinds.isEmpty()) {
            expectedKinds.clear();
        }
        if (!expectedOther.isEmpty()) {
            expectedOther.clear();
        }
    }

    boolean eat(TokenKind k) {
        if (check(k)) {
            bump();
            return true;
        }
        return false;
    }

    Token expect(TokenKind k) {
        if (check(k)) {
            return bump();
        }
        throw unexpected();
    }

    Token bump() {
        Token t = toks[pos];
        if (t.kind() != TokenKind.EOF) {
            pos++;
        }
        prevEnd = t.span().end();
        prevSpan = t.span();
        clearExpected();
        return t;
    }

    /** Delimiters opened and not yet closed between token index {@code from} and the cursor. */
    int openDepthSince(int from) {
        int depth = 0;
        for (int i = Math.max(0, from); i < pos; i++) {
            TokenKind k = toks[i].kind();
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
        return prevEnd;
    }

    int start() {
        return toks[pos].span().start();
    }

    /** The span from {@code start} to the end of the last consumed token. */
    Span spanFrom(int start) {
        return new Span(start, Math.max(start, prevEnd));
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
        Token t = toks[pos];
        String s = t.kind().spelling();
        String w = want.spelling();
        if (s == null || s.length() <= w.length() || !s.startsWith(w)) {
            return false;
        }
        TokenKind rest = kindOf(s.substring(w.length()));
        if (rest == null) {
            return false;
        }
        int mid = t.span().start() + w.length();
        toks[pos] = new Token(rest, rest.spelling(), new Span(Math.min(mid, t.span().end()), t.span().end()));
        prevEnd = Math.min(mid, t.span().end());
        clearExpected();
        return true;
    }

    /** True if the current token is {@code want} or a compound token starting with it. */
    boolean atSplit(TokenKind want) {
        String s = kind().spelling();
        return s != null && s.startsWith(want.spelling());
    }

    private static TokenKind kindOf(String spelling) {
        for (TokenKind k : TokenKind.values()) {
            if (spelling.equals(k.spelling()) && !k.isKeyword()) {
                return k;
            }
        }
        return null;
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
        for (TokenKind k : expectedKinds) {
            sorted.add("`" + k.spelling() + "`");
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
        return endOfFile && prevSpan != null ? prevSpan : t.span();
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

package dev.rustmem.syntax.lex;

import dev.rustmem.source.Span;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Tokens as parallel arrays (kind, start, end, text) instead of one {@link Token} and one
 * {@link Span} object each: a whole file lexes into a handful of arrays, and the parser
 * materialises a {@code Token} only where it keeps one (token trees of attributes and macro
 * calls). Built from {@code Token} objects (macro expansion re-parses token lists), it hands those
 * same objects back, because expansion tracks tokens by identity.
 *
 * <p>Owned by one lexer run or one parser: {@link #split} rewrites a token in place.
 */
public final class TokenBuffer {
    private static final TokenKind[] KINDS = TokenKind.values();

    private byte[] kinds;
    private int[] starts;
    /**
     * Null while every token's end is its start plus its text's length, as almost all lexed
     * tokens are (not doc comments, whose tokens all span the comment, nor raw identifiers).
     */
    private int[] ends;
    private String[] texts;
    private int size;
    /** Set by the lexer when its delimiters are known to be balanced. */
    private boolean balanced;
    /** The original tokens when built from them, else null. */
    private final Token[] tokens;

    TokenBuffer(int capacity) {
        int n = Math.max(capacity, 16);
        this.kinds = new byte[n];
        this.starts = new int[n];
        this.texts = new String[n];
        this.tokens = null;
    }

    private TokenBuffer(Token[] tokens) {
        int n = tokens.length;
        this.kinds = new byte[n];
        this.starts = new int[n];
        this.ends = new int[n];
        this.texts = new String[n];
        this.tokens = tokens;
        for (int i = 0; i < n; i++) {
            Token t = tokens[i];
            kinds[i] = (byte) t.kind().ordinal();
            starts[i] = t.span().start();
            ends[i] = t.span().end();
            texts[i] = t.text();
        }
        this.size = n;
    }

    /**
     * A buffer over these tokens (kept by identity), ending with EOF: one is appended at the
     * last token's end when the list does not end with one.
     */
    public static TokenBuffer withEof(List<Token> list) {
        int n = list.size();
        boolean hasEof = n > 0 && list.get(n - 1).is(TokenKind.EOF);
        Token[] arr = list.toArray(new Token[hasEof ? n : n + 1]);
        if (!hasEof) {
            int eofAt = n == 0 ? 0 : arr[n - 1].span().end();
            arr[n] = new Token(TokenKind.EOF, "", Span.at(eofAt));
        }
        return new TokenBuffer(arr);
    }

    void add(TokenKind kind, String text, int start, int end) {
        int i = size;
        if (i == kinds.length || ends != null || end != start + text.length()) {
            addSlowly(kind, text, start, end);
            return;
        }
        kinds[i] = (byte) kind.ordinal();
        starts[i] = start;
        texts[i] = text;
        size = i + 1;
    }

    private void addSlowly(TokenKind kind, String text, int start, int end) {
        int i = size;
        if (i == kinds.length) {
            grow();
        }
        kinds[i] = (byte) kind.ordinal();
        starts[i] = start;
        texts[i] = text;
        if (ends != null) {
            ends[i] = end;
        } else if (end != start + text.length()) {
            storeEnds();
            ends[i] = end;
        }
        size = i + 1;
    }

    /** From now on ends are stored. */
    private void storeEnds() {
        int[] e = new int[kinds.length];
        for (int j = 0; j < size; j++) {
            e[j] = starts[j] + texts[j].length();
        }
        ends = e;
    }

    private void grow() {
        int n = kinds.length + (kinds.length >> 1) + 16;
        kinds = Arrays.copyOf(kinds, n);
        starts = Arrays.copyOf(starts, n);
        if (ends != null) {
            ends = Arrays.copyOf(ends, n);
        }
        texts = Arrays.copyOf(texts, n);
    }

    void markBalanced() {
        balanced = true;
    }

    /** True if the lexer saw every delimiter closed by its match (unknown, so false, for token lists). */
    public boolean delimitersBalanced() {
        return balanced;
    }

    public int size() {
        return size;
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** The kind's ordinal: cheaper to compare on hot paths than {@link #kind}. */
    public int kindOrdinal(int i) {
        return kinds[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends != null ? ends[i] : starts[i] + texts[i].length();
    }

    /** As {@link Token#text()}. */
    public String text(int i) {
        return texts[i];
    }

    public Span span(int i) {
        return tokens != null ? tokens[i].span() : new Span(starts[i], end(i));
    }

    /** The token at {@code i}: the original object when built from tokens, else a new one. */
    public Token token(int i) {
        return tokens != null ? tokens[i] : new Token(KINDS[kinds[i]], texts[i], new Span(starts[i], end(i)));
    }

    /**
     * Replaces token {@code i} by the rest of a compound token whose first part the parser took
     * ({@code >>} becomes {@code >} starting one char later).
     */
    public void split(int i, TokenKind rest, int newStart) {
        if (ends == null && newStart + rest.spelling().length() != end(i)) {
            storeEnds();
        }
        kinds[i] = (byte) rest.ordinal();
        starts[i] = newStart;
        texts[i] = rest.spelling();
        if (tokens != null) {
            tokens[i] = new Token(rest, rest.spelling(), new Span(newStart, end(i)));
        }
    }

    /** All tokens as objects (for callers that want a list). */
    public List<Token> toList() {
        Token[] out = new Token[size];
        for (int i = 0; i < size; i++) {
            out[i] = token(i);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}

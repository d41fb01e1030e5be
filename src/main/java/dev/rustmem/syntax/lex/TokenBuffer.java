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
    /** {@link #lens} value of a token 255 chars long or longer, whose end is kept aside. */
    private static final int LONG = 255;

    // Null when built from token objects (see tokens).
    private byte[] kinds;
    private int[] starts;
    /** Span lengths (end - start), unsigned; {@link #LONG} for long tokens. */
    private byte[] lens;
    // The long tokens (rare: long doc comments and string literals): indices, ascending, and ends.
    private int[] longIndices = new int[0];
    private int[] longEnds = new int[0];
    private int longCount;
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
        this.lens = new byte[n];
        this.texts = new String[n];
        this.tokens = null;
    }

    /** Over token objects: the accessors read them (no arrays are filled; macro expansion makes many small parsers). */
    private TokenBuffer(Token[] tokens) {
        this.tokens = tokens;
        this.size = tokens.length;
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
        if (i == kinds.length) {
            grow();
        }
        kinds[i] = (byte) kind.ordinal();
        starts[i] = start;
        texts[i] = text;
        int len = end - start;
        if (len < LONG) {
            lens[i] = (byte) len;
        } else {
            setEnd(i, end);
        }
        size = i + 1;
    }

    /** Records token {@code i}'s end ({@code starts[i]} must be set). */
    private void setEnd(int i, int end) {
        int len = end - starts[i];
        if (len < LONG) {
            lens[i] = (byte) len;
            return;
        }
        lens[i] = (byte) LONG;
        int at = Arrays.binarySearch(longIndices, 0, longCount, i);
        if (at >= 0) {
            longEnds[at] = end;
            return;
        }
        // tokens are added in order, so a new long token has the highest index yet
        if (longCount == longIndices.length) {
            longIndices = Arrays.copyOf(longIndices, longCount * 2 + 4);
            longEnds = Arrays.copyOf(longEnds, longCount * 2 + 4);
        }
        longIndices[longCount] = i;
        longEnds[longCount] = end;
        longCount++;
    }

    private void grow() {
        int n = kinds.length + (kinds.length >> 1) + 16;
        kinds = Arrays.copyOf(kinds, n);
        starts = Arrays.copyOf(starts, n);
        lens = Arrays.copyOf(lens, n);
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
        return tokens != null ? tokens[i].kind() : KINDS[kinds[i]];
    }

    /** The kind's ordinal: cheaper to compare on hot paths than {@link #kind}. */
    public int kindOrdinal(int i) {
        return tokens != null ? tokens[i].kind().ordinal() : kinds[i];
    }

    public int start(int i) {
        return tokens != null ? tokens[i].span().start() : starts[i];
    }

    public int end(int i) {
        if (tokens != null) {
            return tokens[i].span().end();
        }
        int len = lens[i] & 0xFF;
        return len != LONG ? starts[i] + len : longEnds[Arrays.binarySearch(longIndices, 0, longCount, i)];
    }

    /** As {@link Token#text()}. */
    public String text(int i) {
        return tokens != null ? tokens[i].text() : texts[i];
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
        int end = end(i);
        if (tokens != null) {
            tokens[i] = new Token(rest, rest.spelling(), new Span(newStart, end));
            return;
        }
        kinds[i] = (byte) rest.ordinal();
        starts[i] = newStart;
        setEnd(i, end);
        texts[i] = rest.spelling();
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

package dev.rustmem.syntax.lex;

import dev.rustmem.source.Span;

/**
 * A token with its source text. For identifiers the text is the name (raw {@code r#} prefix
 * removed); for literals the exact spelling including any suffix; for punctuation and keywords
 * the fixed spelling.
 */
public record Token(TokenKind kind, String text, Span span) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isIdent(String name) {
        return kind == TokenKind.IDENT && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + span.start();
    }
}

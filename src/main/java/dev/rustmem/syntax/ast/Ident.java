package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;

/**
 * A name with its span. {@code self}, {@code Self}, {@code crate}, {@code super} are idents here too.
 *
 * <p>The span is kept as its two offsets and made on request: a large file has hundreds of
 * thousands of idents, and their spans are read only for diagnostics and a few item heads.
 */
public record Ident(String name, int start, int end) {
    public Ident {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Ident(String name, Span span) {
        this(name, span.start(), span.end());
    }

    public Span span() {
        return new Span(start, end);
    }

    @Override
    public String toString() {
        return name;
    }
}

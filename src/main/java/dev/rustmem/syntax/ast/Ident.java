package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;

/** A name with its span. {@code self}, {@code Self}, {@code crate}, {@code super} are idents here too. */
public record Ident(String name, Span span) {
    @Override
    public String toString() {
        return name;
    }
}

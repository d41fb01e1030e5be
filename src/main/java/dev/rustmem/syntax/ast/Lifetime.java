package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;

/** {@code 'a}, {@code 'static}, {@code '_}; name includes the quote. */
public record Lifetime(String name, Span span) {}

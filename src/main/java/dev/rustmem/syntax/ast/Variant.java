package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code Name}, {@code Name(T)}, {@code Name { a: T }}, optionally {@code = discriminant}. */
public record Variant(List<Attribute> attrs, Ident name, VariantData data, Optional<Expr> discriminant, Span span) {
    public Variant {
        attrs = List.copyOf(attrs);
    }
}

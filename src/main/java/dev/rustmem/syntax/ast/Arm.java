package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code pat if guard => body}. */
public record Arm(List<Attribute> attrs, Pat pat, Optional<Expr> guard, Expr body, Span span) {
    public Arm {
        attrs = List.copyOf(attrs);
    }
}
